/** axe-core over a page, its violations as one line each (rule, impact, the first three elements), for `toEqual([])`. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe's rules over the page, or over `only` (selectors: what a step changes, once the whole page has
 * been checked; axe takes seconds over a whole page, so a walk that checks it all at every step spends
 * most of its time there).
 */
export async function axeViolations(page: Page, only: string[] = []): Promise<string[]> {
	// Only the violations in full: the passes, listed node by node, are most of axe's work after its
	// rules and of what crosses back to the test (a deck's results 300 KB → 50 KB, 0.9 → 0.7 s a check).
	const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
	for (const selector of only) builder.include(selector);
	const { violations } = await builder.analyze();
	return violationLines(violations);
}

/** What axe found, one line per rule: its id, impact and first three elements (the same in every engine). */
export function violationLines(violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[]): string[] {
	return violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(' | ')}`
	);
}
