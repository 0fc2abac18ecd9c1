// The single-file editions: builds the site again with everything inlined (OFFLINE=1) and copies the
// story's page to build/offline.html, and each translated edition's the build made to
// build/offline.<lang>.html (build/offline.ar.html): files a presenter can open from a USB stick with no server and no network.
// Refuses to finish if a page still points at any other file.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtEditions, editionTypefaces } from './build-info.ts';

const out = process.env.BUILD_DIR ?? 'build';
// (Beside the build it belongs to: the e2e suite builds two sites at once: scripts/e2e-build.ts.)
const tmp = `${out}-offline`;
rmSync(tmp, { recursive: true, force: true });
execSync('node_modules/.bin/vite build --logLevel error', {
	stdio: 'inherit',
	env: { ...process.env, OFFLINE: '1', BUILD_DIR: tmp, BASE_PATH: '' }
});

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
/** Each edition's page in the inlined build, and the file it becomes. */
const editions = [['index.html', 'offline.html'], ...builtEditions(out).map((lang): [string, string] => [`${lang}/index.html`, `offline.${lang}.html`])].filter(
	([page]) => existsSync(join(tmp, page))
);

for (const [page, file] of editions) {
	const target = join(out, file);
	const built = readFileSync(join(tmp, page), 'utf8');
	if (!/<html lang="[^"]*"[^>]*>/.test(built)) throw new Error('build-offline: no <html lang> tag to mark');
	// The site's touch icon is not beside a file on a USB stick (the page's icon is inline). The one
	// inlined stylesheet holds every edition's faces; a page keeps only those its language uses (the
	// English file has no use for the Arabic typeface's 140 KB).
	const lang = /<html lang="([^"]*)"/.exec(built)![1];
	const typefaces = editionTypefaces(out);
	const otherFaces = Object.values(typefaces).filter((face) => face !== typefaces[lang]);
	let single = built.replace(/<link rel="apple-touch-icon"[^>]*>\s*/g, '');
	// (The page's policy allows its stylesheet by hash, so a trimmed stylesheet gets its new hash.)
	// (With the faces named after a typeface: an edition's own cuts of the Latin faces, arabic.css.)
	const faces = otherFaces.map((face) => new RegExp(`@font-face\\{font-family:"?${face}[^";]*"?;[^}]*\\}`, 'g'));
	// A face the site swaps in when it arrives (the Latin faces, see fonts.css) is in this file already:
	// it only has to be decoded, in time for the first paint, so it is `optional` here, as it was before
	// the site's became `swap`: with `swap` (or `block`, whose hidden text is still laid out in the
	// fallback) text could still move when the face was ready (0.004 measured on the deck; 0 with `optional`).
	for (const [, css] of single.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) {
		const trimmed = withoutSharedLatin(
			faces.reduce((c, face) => c.replace(face, ''), css),
			typefaces[lang]
		).replace(/font-display:\s*swap/g, 'font-display:optional');
		if (trimmed !== css) single = single.replace(css, trimmed).replace(`'${sha256(css)}'`, `'${sha256(trimmed)}'`);
	}
	writeFileSync(target, single);

	const html = readFileSync(target, 'utf8');
	// Any src/href in the markup or url() in the styles that is not data:, a #fragment or a ?view= link
	// would be a failed request from disk. (Script bodies are skipped: their text is code, not links.)
	// (A canonical link and the other-language alternates name pages' addresses on the web; they are never
	// fetched. Nor is a link in a step's text to a web page, or a link step's card, `<a href="https://…"
	// target="_blank" …>`: a reader follows it, with the network, or not.)
	const markup = html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
		.replace(/<link rel="canonical"[^>]*>/g, '')
		.replace(/<link rel="alternate" hreflang=[^>]*>/g, '')
		.replace(/<a (?=[^>]*\btarget="_blank")[^>]*\bhref="https?:\/\/[^"]*"[^>]*>/g, '<a>');
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
	const external = [
		// Attributes of real tags only: escaped text (&lt;a href="…") is not a link.
		...[...markup.matchAll(/<[a-z][^<>]*?\s(?:src|href)="([^"]*)"/gi)].map((m) => m[1]),
		...[...styles.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1].replace(/^['"]|['"]$/g, ''))
	].filter((u) => u && !/^(data:|#|\?view=)/.test(u));
	if (external.length) {
		console.error(`${target} still refers to other files: ${[...new Set(external)].slice(0, 5).join(', ')}`);
		process.exit(1);
	}
	console.log(`wrote ${target}: ${kb(statSync(target).size)} (${kb(gzipSync(html).length)} gzipped), self-contained`);
}
rmSync(tmp, { recursive: true, force: true });

/**
 * An edition with its own cuts of the Latin faces (`<typeface> Latin sans`, `<typeface> Latin serif`,
 * arabic.css) has no use for the shared faces made from the same files: its `--sans` and `--serif`
 * name only its own cuts. Drops every face whose file is one of the own cuts', under another name (in
 * the Arabic file, 'Source Sans 3' and 'Source Serif 4').
 */
function withoutSharedLatin(css: string, typeface: string | undefined): string {
	if (!typeface) return css;
	const rules = css.match(/@font-face\{[^}]*\}/g) ?? [];
	const own = (rule: string) => rule.includes(`${typeface} Latin `);
	const files = rules.filter(own).flatMap((r) => [...r.matchAll(/url\(([^)]+)\)/g)].map((m) => m[1]));
	if (!files.length) return css;
	return rules.filter((r) => !own(r) && files.some((f) => r.includes(f))).reduce((c, r) => c.replace(r, ''), css);
}
