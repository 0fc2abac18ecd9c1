// What a build recorded about itself in build-info.json (written by vite.config.ts): the dataset it
// was made from and that file's hash, its base path, and the translated editions it built. The
// scripts that work on a finished build (preview, offline files, share cards, handout, PowerPoint)
// read it here rather than each its own way.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../src/lib/i18n/locale.ts';
import type { Story } from '../src/lib/model/types.ts';
import { checkEditions, checkStory } from '../src/lib/server/loadStory.ts';

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

/**
 * The story in each edition the site in `dir` was built with, for a script that works from the built
 * site (`npm run pptx`, `npm run video`: their words come from the dataset and their pictures from the
 * build, so the two must be the same story); or what to do first, naming `command` to run after.
 */
export function builtStories(
	dir: string,
	info: BuildInfo,
	command: string
): { ok: true; editions: { lang: Lang; story: Story }[] } | { ok: false; problem: string } {
	if (staleness(info))
		return { ok: false, problem: `${info.dataset} has changed since the site in ${dir}/ was built: run \`npm run build\` again, then \`${command}\`.` };
	const checked = checkStory(info.dataset);
	if (!checked.ok) return { ok: false, problem: `${info.dataset} does not validate: run \`npm run validate\` and fix what it lists, then build again.` };
	const editions: { lang: Lang; story: Story }[] = [{ lang: 'en', story: checked.story }];
	for (const lang of builtEditions(dir) as Lang[]) {
		const edition = checkEditions(info.dataset).find((e) => e.lang === lang);
		if (!edition?.ok)
			return {
				ok: false,
				problem: `The ${lang} edition in ${dir}/ has no valid translation next to ${info.dataset}: run \`npm run validate\`, then build again.`
			};
		editions.push({ lang, story: edition.story });
	}
	return { ok: true, editions };
}
