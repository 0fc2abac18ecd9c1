// The single-file edition: builds the site again with everything inlined (OFFLINE=1) and copies the
// page to build/offline.html, which a presenter can open from a USB stick with no server and no
// network. Refuses to finish if the page still points at any other file.
import { execSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const out = process.env.BUILD_DIR ?? 'build';
const tmp = 'build-offline';
rmSync(tmp, { recursive: true, force: true });
execSync('node_modules/.bin/vite build --logLevel error', {
	stdio: 'inherit',
	env: { ...process.env, OFFLINE: '1', VITE_OFFLINE: '1', BUILD_DIR: tmp, BASE_PATH: '' }
});
const target = join(out, 'offline.html');
// The faces are inlined, so they are always there: use them from the first paint (see fonts.css).
const built = readFileSync(join(tmp, 'index.html'), 'utf8');
if (!/<html lang="[^"]*">/.test(built)) throw new Error('build-offline: no <html lang> tag to mark');
// The site's touch icon is not beside a file on a USB stick (the page's icon is inline).
writeFileSync(
	target,
	built.replace(/<html lang="([^"]*)">/, '<html lang="$1" class="webfonts">').replace(/<link rel="apple-touch-icon"[^>]*>\s*/g, '')
);
rmSync(tmp, { recursive: true, force: true });

const html = readFileSync(target, 'utf8');
// Any src/href in the markup or url() in the styles that is not data:, a #fragment or a ?view= link
// would be a failed request from disk. (Script bodies are skipped: their text is code, not links.)
// (A canonical link and the other-language alternates name pages' addresses on the web; they are never fetched.)
const markup = html
	.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
	.replace(/<link rel="canonical"[^>]*>/g, '')
	.replace(/<link rel="alternate" hreflang=[^>]*>/g, '');
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
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`wrote ${target}: ${kb(statSync(target).size)} (${kb(gzipSync(html).length)} gzipped), self-contained`);
