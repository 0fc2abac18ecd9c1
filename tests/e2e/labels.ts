/**
 * The label walk's check (labels.spec.ts, pseudo.spec.ts): the drawn texts of the visual on show and
 * of the time axis inside the graphic, clear of each other and at least `minSize` px; annotations whole
 * inside the graphic and off the data marks; a key entry or a milestone's title that wraps, with no word
 * alone on its last line.
 */
import type { Page } from '@playwright/test';

/** Problems with the labels on show: outside the graphic, overlapping another label, or too small. */
export function labelProblems(page: Page, minSize: number): Promise<string[]> {
	return page.evaluate((minSize) => {
		const root = document.querySelector('[data-testid="graphic"]')!;
		const box = root.getBoundingClientRect();
		const layer = root.querySelector(`[data-visual="${root.getAttribute('data-visual-kind')}"]`);
		const texts = [...(layer?.querySelectorAll('text') ?? []), ...root.querySelectorAll<SVGTextElement>('[data-testid="timeline-axis"] text')].filter((t) => {
			const r = t.getBoundingClientRect();
			return r.width > 0 && r.height > 0 && t.textContent!.trim() && getComputedStyle(t).visibility !== 'hidden';
		});
		const problems: string[] = [];
		const name = (t: Element) => `"${t.textContent!.trim()}"`;
		const rects = texts.map((t) => t.getBoundingClientRect());
		texts.forEach((t, i) => {
			const r = rects[i];
			if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) problems.push(`${name(t)} leaves the graphic`);
			for (let j = i + 1; j < texts.length; j++) {
				if (texts[j].ownerSVGElement !== t.ownerSVGElement) continue;
				const o = rects[j];
				const w = Math.min(r.right, o.right) - Math.max(r.left, o.left);
				const h = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
				// Glyph boxes include line spacing: a sliver of overlap is not a collision.
				if (w > 2 && h > 3) problems.push(`${name(t)} overlaps ${name(texts[j])}`);
			}
		});
		// Annotations: whole inside the graphic, and never on a data mark (the squares' or dots' extent).
		const marks = [...(layer?.querySelectorAll('[data-mark="units"], [data-mark="dots"]') ?? [])].map((m) => m.getBoundingClientRect());
		for (const note of layer?.querySelectorAll('[data-mark^="label"], [data-mark="figure"], [data-legend], [data-legend-group]') ?? []) {
			const r = note.getBoundingClientRect();
			if (r.width <= 1 || r.height <= 1) continue;
			if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
				problems.push(`annotation "${note.textContent!.trim().slice(0, 40)}" is not whole inside the graphic`);
			for (const m of marks) {
				const w = Math.min(r.right, m.right) - Math.max(r.left, m.left);
				const h = Math.min(r.bottom, m.bottom) - Math.max(r.top, m.top);
				if (w > 1 && h > 1) problems.push(`annotation "${note.textContent!.trim().slice(0, 40)}" covers data marks`);
			}
		}
		// Texts set as headlines where they wrap (a key entry, a milestone's title: `text-wrap: balance`): no
		// word left alone on a last line that is under half the line above it ("Bold: places in this / step").
		for (const el of layer?.querySelectorAll('[data-legend] > span, [data-milestone] .what') ?? []) {
			const lines: { top: number; left: number; right: number; words: number }[] = [];
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode())
				for (const word of n.textContent!.matchAll(/\S+/g)) {
					const range = document.createRange();
					range.setStart(n, word.index);
					range.setEnd(n, word.index + word[0].length);
					const r = range.getBoundingClientRect();
					if (!r.width) continue;
					const line = lines.at(-1);
					if (line && Math.abs(r.top - line.top) < r.height / 2) {
						line.left = Math.min(line.left, r.left);
						line.right = Math.max(line.right, r.right);
						line.words++;
					} else lines.push({ top: r.top, left: r.left, right: r.right, words: 1 });
				}
			const [above, last] = lines.slice(-2);
			if (last?.words === 1 && last.right - last.left < (above.right - above.left) / 2)
				problems.push(`"${el.textContent!.trim()}" leaves a word alone on its last line`);
		}
		// Every text in the graphic at its size on screen (CSS zoom and scaling transforms included).
		for (const el of root.querySelectorAll('*')) {
			if (![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())) continue;
			const r = el.getBoundingClientRect();
			const cs = getComputedStyle(el);
			if (
				r.width <= 1 ||
				r.height <= 1 ||
				cs.visibility === 'hidden' ||
				el.closest('[data-visual]:not([data-visual="' + root.getAttribute('data-visual-kind') + '"])')
			)
				continue;
			let scale = (el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
			for (let a: Element | null = el; a && a !== root; a = a.parentElement)
				if (a instanceof HTMLElement && getComputedStyle(a).transform !== 'none') scale *= new DOMMatrix(getComputedStyle(a).transform).a;
			const px = parseFloat(cs.fontSize) * scale;
			if (px < minSize - 0.05) problems.push(`${name(el)} is ${px.toFixed(1)} px (under ${minSize})`);
		}
		return problems;
	}, minSize);
}
