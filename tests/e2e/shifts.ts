/**
 * What a reader sees move while a page loads: every layout shift in which a box changed place or size
 * by a pixel or more, written as the element that moved with its box before and after, so a failure
 * names what moved. (Chrome also reports text re-set a fraction of a pixel, with the same boxes before
 * and after: in the full suite, a 0.0005 shift of the embed caption's lines, whose boxes did not change.
 * No reader sees that.)
 */
import type { Frame, Page } from '@playwright/test';

/** Starts recording in every page `page` opens (and its frames), from their first byte. */
export async function recordShifts(page: Page) {
	await page.addInitScript(() => {
		type Shift = { value: number; sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
		const shifts: string[] = ((window as unknown as { shifts: string[] }).shifts = []);
		const name = (n?: Node | null): string =>
			n instanceof Element
				? `${n.localName}${n.id ? '#' + n.id : ''}${[...n.classList].map((c) => '.' + c).join('')}${n.getAttribute('data-testid') ? `[data-testid=${n.getAttribute('data-testid')}]` : ''}`
				: `${String(n?.nodeName)} in ${n?.parentElement ? name(n.parentElement) : '?'}`;
		const box = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
		const seen = (a: DOMRectReadOnly, b: DOMRectReadOnly) =>
			Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y), Math.abs(a.width - b.width), Math.abs(a.height - b.height)) >= 1;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as Shift[])
				if (e.sources.some((s) => seen(s.previousRect, s.currentRect)))
					shifts.push(`${e.value.toFixed(5)}: ${e.sources.map((s) => `${name(s.node)} ${box(s.previousRect)} → ${box(s.currentRect)}`).join('; ')}`);
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/**
 * The shifts recorded so far, once loading is over: the faces are in and two frames are painted (the
 * observer's entries come in a task of their own after a frame).
 */
export const shiftsSeen = (page: Page | Frame) =>
	page.evaluate(async () => {
		await document.fonts.ready;
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done))));
		return (window as unknown as { shifts: string[] }).shifts;
	});
