import { mkdirSync } from 'node:fs';
import { test } from '@playwright/test';

/**
 * A new empty folder of the running test's own (or its hook's), under test-results/: Playwright empties
 * that when a run starts, so nothing piles up in the system's temp folder from run to run, and a
 * failed test's files are there to look at until the next.
 */
export function scratch(name: string): string {
	const dir = test.info().outputPath(name);
	mkdirSync(dir, { recursive: true });
	return dir;
}
