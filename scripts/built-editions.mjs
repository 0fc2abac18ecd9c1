// The languages a build made besides English (`ar` for /ar/), as the build recorded them in
// build-info.json (vite.config.ts): the scripts that work on a finished build (offline files, share
// cards, handout, PowerPoint) follow the build rather than a list of their own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The translated editions in the build in `dir` (none for a build from before editions were recorded).
 * @param {string} dir
 * @returns {string[]}
 */
export function builtEditions(dir) {
	const file = join(dir, 'build-info.json');
	if (!existsSync(file)) return [];
	const info = JSON.parse(readFileSync(file, 'utf8'));
	return Array.isArray(info.editions) ? info.editions : [];
}
