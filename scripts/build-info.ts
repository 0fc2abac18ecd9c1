// What a build recorded about itself in build-info.json (written by vite.config.ts): the dataset it
// was made from and that file's hash, its base path, and the translated editions it built. The
// scripts that work on a finished build (preview, offline files, share cards, handout, PowerPoint)
// read it here rather than each its own way.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildInfo {
	dataset: string;
	sha256: string;
	base?: string;
	editions?: string[];
	typefaces?: Record<string, string>;
}

/** The build's record, or null when `dir` holds no build. */
export function buildInfo(dir: string): BuildInfo | null {
	const file = join(dir, 'build-info.json');
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** The translated editions in the build in `dir` (none for a build from before editions were recorded). */
export function builtEditions(dir: string): string[] {
	const editions = buildInfo(dir)?.editions;
	return Array.isArray(editions) ? editions : [];
}

/**
 * The typefaces of the editions that have one of their own (`{ ar: 'Noto Naskh Arabic' }`), from the
 * editions list (src/lib/i18n/langs.ts) as the build recorded it.
 */
export function editionTypefaces(dir: string): Record<string, string> {
	return buildInfo(dir)?.typefaces ?? {};
}

/** Why the build no longer shows its dataset (the file is gone or has changed since), or null while it does. */
export function staleness(info: BuildInfo): string | null {
	if (!existsSync(info.dataset)) return `${info.dataset}, which this build was made from, is gone`;
	const now = createHash('sha256').update(readFileSync(info.dataset)).digest('hex');
	return now === info.sha256 ? null : `${info.dataset} has changed since this build was made`;
}
