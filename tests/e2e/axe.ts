/** axe-core over a page, its violations as one line each (rule, impact, the first three elements), for `toEqual([])`. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { twoFrames } from './fixtures';

/** axe-core's browser build, as the page is given it (here, and by each driver in engines.spec.ts). */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Violation = { id: string; impact?: string | null; nodes: { target: unknown[] }[] };

/**
 * axe's rules over the page, or over `only` (selectors: what a step changes, once the whole page has
 * been checked; axe takes seconds over a whole page, so a walk that checks it all at every step spends
 * most of its time there).
 *
 * axe-core itself, run in the page (`axe.run`), put there once a document. `@axe-core/playwright`'s
 * AxeBuilder, which this replaced, evaluated axe's 570 KB in the page three times a check (once more
 * in each frame, and once in a blank page it opened to merge the frames' results): a page of its own
 * and most of a second a check, for pages that have no frames. A page with frames is refused, so a
 * frame is never left unchecked.
 */
export async function axeViolations(page: Page, only: string[] = []): Promise<string[]> {
	// The page as the reader has it once it has settled: its faces in (a face first used by a new
	// step's picture can arrive after it is drawn, and the picture is fitted to its stage again), then
	// two frames on (a text-led picture is laid out at its own size and scaled to its stage a frame
	// later; checked in between, the political track's layer overflowed its stage and scrolled, 1 run in 10).
	await page.evaluate(() => document.fonts.ready);
	await twoFrames(page);
	if (page.frames().length > 1) throw new Error(`axeViolations checks one document, and ${page.url()} has frames`);
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(runAxe, only);
	return violationLines(violations);
}

/**
 * axe's rules run in the page (where axe-core has been put), over the document or `only` (selectors):
 * the violations, only what `violationLines` needs crossing back.
 */
export async function runAxe(only: string[] = []): Promise<Violation[]> {
	const { axe } = window as unknown as { axe: { run: (context: unknown, options: object) => Promise<{ violations: Violation[] }> } };
	// Only the violations in full: the passes, listed node by node, are most of axe's work after its
	// rules and of what crosses back to the test.
	const { violations } = await axe.run(only.length ? { include: only.map((selector) => [selector]) } : document, { resultTypes: ['violations'] });
	return violations.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map(({ target }) => ({ target })) }));
}

/** What axe found, one line per rule: its id, impact and first three elements (the same in every engine). */
export function violationLines(violations: Violation[]): string[] {
	return violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')}`
	);
}
