/**
 * The story's Latin faces cut down to the characters the site can show, at build time (and when
 * `npm run dev` starts): every character of the dataset and its translations, of the interface's
 * strings in every language, and of printable ASCII. The @fontsource Latin files carry ~300
 * characters each (71 KB for the four faces); the story uses about a hundred (45 KB). Every page
 * preloads its faces, so this is what a first visit pays before its first paint (see fonts.css).
 *
 * Written into `src/lib/styles/faces/` (not under version control), where fonts.css finds them; a file
 * is rewritten only when its subset changes, so the dev server is not sent round in circles. A
 * character the subset lacks (typed into the dataset while `npm run dev` runs) falls back, glyph by
 * glyph, to the metric-matched local face until the server restarts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { facesDir } from './buildLane.ts';

/** Each face: the file fonts.css names, and the @fontsource file it is cut from. */
export const FACES = [
	['source-serif-4-400.woff2', '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2'],
	['source-serif-4-700.woff2', '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2'],
	['source-sans-3-400.woff2', '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2'],
	['source-sans-3-600.woff2', '@fontsource/source-sans-3/files/source-sans-3-latin-600-normal.woff2']
] as const;

/** Where the faces are written: src/lib/styles/faces (a build lane's own in the e2e suite's second lane). */
export const FACES_DIR = facesDir();

/** Where the characters the story's faces were last cut to are kept (the key that spares a rewrite). */
export const charactersFile = (dir = FACES_DIR) => join(dir, 'characters.txt');

/** Printable ASCII and the typography the interface draws by itself (quotes, dashes, arrows, ×, ⋯). */
const ALWAYS = String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i)) + '‘’“”–—…·•×→←↑↓▴▾⋯⫽ ';

/** The characters to keep: ALWAYS, and every character of the given texts, in code-point order. */
export function faceCharacters(texts: string[]): string {
	return [...new Set([...ALWAYS, ...texts.join('')])].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/** The texts a build can show: the dataset's folder's JSON files (the story and its translations) and the strings files. */
export function siteTexts(storyFile: string, stringsDir = 'src/lib/i18n'): string[] {
	const folder = dirname(storyFile);
	const jsons = readdirSync(folder)
		.filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
		.map((f) => join(folder, f));
	const strings = readdirSync(stringsDir)
		.filter((f) => /^strings\..*\.ts$/.test(f))
		.map((f) => join(stringsDir, f));
	return [...new Set([storyFile, ...jsons, ...strings])].filter(existsSync).map((f) => readFileSync(f, 'utf8'));
}

/** Cuts the four faces to `characters` into `dir`; returns the files it (re)wrote. */
export async function writeStoryFaces(characters: string, dir = FACES_DIR): Promise<string[]> {
	const require = createRequire(import.meta.url);
	mkdirSync(dir, { recursive: true });
	const key = charactersFile(dir);
	const unchanged = existsSync(key) && readFileSync(key, 'utf8') === characters && FACES.every(([name]) => existsSync(join(dir, name)));
	if (unchanged) return [];
	const written: string[] = [];
	for (const [name, source] of FACES) {
		const cut = await subsetFont(readFileSync(require.resolve(source)), characters, { targetFormat: 'woff2' });
		writeFileSync(join(dir, name), cut);
		written.push(name);
	}
	writeFileSync(key, characters);
	return written;
}

/**
 * Cuts a theme's faces (themeFaces.ts) to `characters` into `dir`, as the story's own; returns the
 * files it (re)wrote. Rewritten only when the characters or the faces change.
 */
export async function writeThemeFaces(characters: string, faces: { file: string; source: string }[], dir = FACES_DIR): Promise<string[]> {
	if (!faces.length) return [];
	mkdirSync(dir, { recursive: true });
	const key = join(dir, 'theme.txt');
	const signature = [characters, ...faces.map((f) => `${f.file} ${f.source}`)].join('\n');
	if (existsSync(key) && readFileSync(key, 'utf8') === signature && faces.every((f) => existsSync(join(dir, f.file)))) return [];
	for (const face of faces) writeFileSync(join(dir, face.file), await subsetFont(readFileSync(face.source), characters, { targetFormat: 'woff2' }));
	writeFileSync(key, signature);
	return faces.map((f) => f.file);
}
