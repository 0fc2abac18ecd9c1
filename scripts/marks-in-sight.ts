// "Marks in sight while reading": walks every step of the reading page as a reader reads it and, at
// three positions of its text (just past the trigger line, centred in the reading area, about to
// leave), checks that every mark the step names is on screen, inside the graphic and under no text.
// Used by the e2e layout tests (which fail on any miss) and by `npm run bench` (which prints the
// share). Works on any story: it uses only the page's public hooks (docs/test-contract.md, "Testing against the
// story"): `[data-step-id]`, `aria-current`, the graphic's `data-visual-kind`, each layer's
// `data-visual`, every named mark's `data-mark`, and the engine's `[data-scrolly-line]` markers.

import type { Page } from '@playwright/test';

export const POSITIONS = ['entering', 'centred', 'leaving'] as const;
export type Position = (typeof POSITIONS)[number];
export interface MarkResult {
	step: string;
	position: Position;
	mark: string;
	ok: boolean;
	why?: string;
}
type Box = { left: number; top: number; right: number; bottom: number };

/** Where to scroll so that step `i` is at `position`. Runs in the page. */
function scrollTarget({ i, position }: { i: number; position: Position }) {
	const steps = [...document.querySelectorAll('[data-step-id]')];
	const lineOf = (name: string) => document.querySelector(`[data-scrolly-line="${name}"]`)?.getBoundingClientRect().top;
	const line = lineOf('trigger') ?? innerHeight / 2;
	const readTop = lineOf('read-top') ?? 0;
	const docTop = (el: Element) => el.getBoundingClientRect().top + scrollY;
	const max = document.documentElement.scrollHeight - innerHeight;
	const card = steps[i];
	const enter = docTop(card) - line + 2;
	// A step leaves when the next one crosses the line; the last one, when its text leaves the screen.
	const leave = steps[i + 1] ? docTop(steps[i + 1]) - line - 2 : docTop(card) + card.getBoundingClientRect().height - readTop - 2;
	const centre = docTop(card) + card.getBoundingClientRect().height / 2 - (readTop + innerHeight) / 2;
	const y = position === 'entering' ? enter : position === 'leaving' ? leave : Math.min(Math.max(centre, enter), leave);
	return Math.round(Math.max(0, Math.min(max, y)));
}

/**
 * Scrolls there at once, then waits for the engine and the page to settle: the graphic shows the
 * active step, its layer drawn, and the scroll position, the active step and the box of every mark in
 * that layer have held over two frames in a row (each frame followed by a task, so the intersection
 * callbacks it queued have run). Not past 3 s: a page that never settles is measured as it is then,
 * and its misses say so. Runs in the page.
 */
async function scrollAndSettle(y: number) {
	scrollTo({ top: y, behavior: 'instant' });
	const state = () => {
		const graphic = document.querySelector('[data-testid="graphic"]');
		const active = document.querySelector('[data-step-id][aria-current="step"]')?.getAttribute('data-step-id');
		const layer = graphic?.querySelector(`[data-visual="${graphic.getAttribute('data-visual-kind')}"]`);
		const boxes = [...(layer?.querySelectorAll('[data-mark]') ?? [])].map((el) => {
			const r = el.getBoundingClientRect();
			return [r.left, r.top, r.width, r.height].join();
		});
		return { shown: !!layer && graphic?.getAttribute('data-active-step') === active, key: JSON.stringify([scrollY, active, boxes]) };
	};
	const until = performance.now() + 3000;
	let last = '';
	for (let still = 0; still < 2 && performance.now() < until;) {
		await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
		const now = state();
		still = now.shown && now.key === last ? still + 1 : 0;
		last = now.key;
	}
}

/** Checks every named mark of the visual on show (`expected`: the step that should be active). Runs in the page. */
function measure(expected: string): { active: string | null | undefined; marks: { mark: string; ok: boolean; why?: string }[] } {
	const graphic = document.querySelector('[data-testid="graphic"]');
	if (!graphic) return { active: undefined, marks: [] };
	const active = document.querySelector('[data-step-id][aria-current="step"]')?.getAttribute('data-step-id');
	if (active !== expected) return { active, marks: [] };
	const layer = graphic.querySelector(`[data-visual="${graphic.getAttribute('data-visual-kind')}"]`);
	if (!layer) return { active, marks: [{ mark: '(visual layer)', ok: false, why: 'not drawn' }] };
	const stage = (layer.parentElement ?? layer).getBoundingClientRect();
	const box = {
		left: Math.max(0, stage.left),
		top: Math.max(0, stage.top),
		right: Math.min(innerWidth, stage.right),
		bottom: Math.min(innerHeight, stage.bottom)
	};
	/** Marks sharing a name (the blocks of one part, say) are checked as one box. */
	const groups = new Map<string, Box>();
	for (const el of layer.querySelectorAll('[data-mark]')) {
		const r = el.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue;
		const name = el.getAttribute('data-mark') ?? '';
		const g = groups.get(name);
		groups.set(
			name,
			g
				? { left: Math.min(g.left, r.left), top: Math.min(g.top, r.top), right: Math.max(g.right, r.right), bottom: Math.max(g.bottom, r.bottom) }
				: { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
		);
	}
	const describe = (el: Element | null) => {
		if (!el) return 'nothing (off screen)';
		const step = el.closest('[data-step-id]');
		if (step) return `the text of step "${step.getAttribute('data-step-id')}"`;
		const hook = el.closest('[data-testid]');
		return hook ? `[data-testid="${hook.getAttribute('data-testid')}"] (${el.tagName.toLowerCase()})` : el.tagName.toLowerCase();
	};
	const marks: { mark: string; ok: boolean; why?: string }[] = [];
	for (const [mark, r] of groups) {
		const px = (n: number) => Math.round(n);
		const outside: string[] = [];
		if (r.left < box.left - 1) outside.push(`${px(box.left - r.left)} px past the left`);
		if (r.right > box.right + 1) outside.push(`${px(r.right - box.right)} px past the right`);
		if (r.top < box.top - 1) outside.push(`${px(box.top - r.top)} px past the top`);
		if (r.bottom > box.bottom + 1) outside.push(`${px(r.bottom - box.bottom)} px past the bottom`);
		if (outside.length) {
			marks.push({ mark, ok: false, why: `cut off: ${outside.join(', ')} of the visible graphic` });
			continue;
		}
		// Sample a 3×3 grid inside the mark: every point must show the graphic, not something over it.
		let covered: string | null = null;
		for (const fx of [0.1, 0.5, 0.9])
			for (const fy of [0.1, 0.5, 0.9]) {
				const x = r.left + (r.right - r.left) * fx;
				const y = r.top + (r.bottom - r.top) * fy;
				const hit = document.elementFromPoint(x, y);
				if (!covered && !(hit && layer.contains(hit))) covered = describe(hit);
			}
		marks.push(covered ? { mark, ok: false, why: `under ${covered}` } : { mark, ok: true });
	}
	if (!marks.length) marks.push({ mark: '(any)', ok: false, why: 'the visual names no mark' });
	return { active, marks };
}

/** Walks every step at every reading position of `page`, the reading page, loaded and hydrated. */
export async function marksInSight(page: Page): Promise<MarkResult[]> {
	const count = await page.locator('[data-step-id]').count();
	const ids = await page.locator('[data-step-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id') ?? ''));
	const results: MarkResult[] = [];
	for (let i = 0; i < count; i++) {
		for (const position of POSITIONS) {
			const y = await page.evaluate(scrollTarget, { i, position });
			await page.evaluate(scrollAndSettle, y);
			const { active, marks } = await page.evaluate(measure, ids[i]);
			if (active !== ids[i]) {
				results.push({ step: ids[i], position, mark: '(step)', ok: false, why: `step "${active}" was active instead` });
				continue;
			}
			for (const m of marks) results.push({ step: ids[i], position, ...m });
		}
	}
	return results;
}

/** "97% (33 of 34)" and the misses, one line each. */
export function summarise(results: MarkResult[]) {
	const ok = results.filter((r) => r.ok).length;
	const share = results.length ? (100 * ok) / results.length : 0;
	return {
		share,
		text: `${share.toFixed(share === 100 ? 0 : 1)}% (${ok} of ${results.length})`,
		misses: results.filter((r) => !r.ok).map((r) => `${r.step} (${r.position}) › ${r.mark}: ${r.why}`)
	};
}
