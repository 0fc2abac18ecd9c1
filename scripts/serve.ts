// A minimal static file server for built folders, behaving like an ordinary static host:
// a folder's address serves its `index.html` (`/present/`), a bare `/name` serves `name.html` if there
// is one, everything under an optional base path,
// text compressed with gzip when the browser accepts it (as every static host does), and the headers
// the build's `_headers` file gives each address, as Netlify and Cloudflare Pages apply it (which
// sites may frame a page is decided there), except caching: these servers say `no-store`, so a
// rebuilt folder is always seen.
// The e2e suite and the benchmark serve the real build output with it, not Vite's dev machinery.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mediaType } from '../src/lib/server/stepFiles.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.gif': 'image/gif',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.pdf': 'application/pdf'
};

/**
 * A file's gzipped bytes, kept while the file is unchanged (its content's digest is the key): the
 * suite loads the same pages and scripts a thousand times, and compressing each again cost its
 * server seconds of CPU.
 */
const gzipped = new Map<string, { digest: string; body: Buffer }>();
function compressed(file: string, body: Buffer): Buffer {
	const digest = createHash('sha1').update(body).digest('hex');
	const kept = gzipped.get(file);
	if (kept?.digest === digest) return kept.body;
	const fresh = gzipSync(body);
	gzipped.set(file, { digest, body: fresh });
	return fresh;
}

/**
 * Serves `dir` on `port` under `base` (e.g. "/story"); resolves to the http.Server once listening.
 * `html`, if given, may rewrite every HTML page as it is sent (`npm run preview`'s stale-build notice).
 * `cacheHashed`: the build's content-hashed files (`_app/immutable/`, the faces among them) may be kept,
 * as a real host lets them be, so a page opened again has its faces at its first paint (the tools
 * that photograph pages: scripts/story-faces.ts). A rebuild names its changed files anew.
 */
export function serve(
	dir: string,
	port: number,
	base = '',
	{ html, cacheHashed = false }: { html?: (page: string) => string; cacheHashed?: boolean } = {}
): Promise<Server> {
	const root = resolve(dir);
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let path = decodeURIComponent(url.pathname);
		const ruled = hostRules(root, path);
		if (base) {
			if (path === base) path = base + '/';
			if (!path.startsWith(base + '/')) return notFound(res);
			path = path.slice(base.length);
		}
		/** The built file at an address's path, if there is one (and it is inside the folder served). */
		const fileAt = (p: string) => {
			const file = join(root, normalize(p));
			return file.startsWith(root) && existsSync(file) && statSync(file).isFile() ? file : null;
		};
		// As Cloudflare Pages, Netlify, nginx and Python's http.server do, a page has one address:
		// `/present` and `/embed` (folders with an index.html) move to `/present/` and `/embed/`, and
		// `/name/` with only a name.html to `/name`, so a page's relative links resolve as the build
		// wrote them. The hash is kept by the browser.
		const moved =
			path.endsWith('/') && path !== '/' && !fileAt(join(path, 'index.html')) && fileAt(path.slice(0, -1) + '.html')
				? path.slice(0, -1)
				: !path.endsWith('/') && !extname(path) && fileAt(join(path, 'index.html'))
					? path + '/'
					: null;
		if (moved !== null) {
			res.writeHead(308, { location: (base || '') + moved + url.search, 'cache-control': 'no-store' });
			return res.end();
		}
		const candidates = [path, join(path, 'index.html')];
		if (!path.endsWith('/')) candidates.push(path + '.html');
		for (const candidate of candidates) {
			const file = fileAt(candidate);
			if (file) {
				const type = TYPES[extname(file)] ?? mediaType(file);
				let body: Buffer = readFileSync(file);
				// A byte range, as every static host serves one: a player seeks in a video or recording by asking for one.
				const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
				const seekable = /^(audio|video)\//.test(type);
				if (seekable && range && (range[1] || range[2])) {
					const size = body.length;
					const start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
					const end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
					if (start >= size || start > end) {
						res.writeHead(416, { ...ruled, 'content-range': `bytes */${size}` });
						return res.end();
					}
					res.writeHead(206, {
						...ruled,
						'content-type': type,
						'cache-control': 'no-store',
						'accept-ranges': 'bytes',
						'content-range': `bytes ${start}-${end}/${size}`,
						'content-length': end - start + 1
					});
					return res.end(body.subarray(start, end + 1));
				}
				const rewritten = !!html && type.startsWith('text/html');
				if (rewritten) body = Buffer.from(html(body.toString('utf8')));
				const kept = cacheHashed && url.pathname.includes('/_app/immutable/');
				const headers: Record<string, string> = { ...ruled, 'content-type': type, 'cache-control': kept ? 'public, max-age=31536000, immutable' : 'no-store' };
				if (/text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
					body = rewritten ? gzipSync(body) : compressed(file, body);
					headers['content-encoding'] = 'gzip';
				}
				res.writeHead(200, { ...headers, ...(seekable ? { 'accept-ranges': 'bytes' } : {}), 'content-length': body.length });
				return res.end(body);
			}
		}
		notFound(res);
	});
	return new Promise((done, fail) => {
		server.once('error', (error) =>
			fail((error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? new Error(`port ${port} is in use by another program: stop it, then run again`) : error)
		);
		server.listen(port, '127.0.0.1', () => done(server));
	});
}

/**
 * The headers `_headers` gives a path: every rule whose pattern matches (`*` any characters,
 * `:name` one segment), values of the same header from several rules joined with commas, as those
 * hosts do. Cache-Control is left out (see above). Read on every request: a rebuild is seen at once.
 */
export function hostRules(root: string, path: string): Record<string, string> {
	const file = join(root, '_headers');
	if (!existsSync(file)) return {};
	const headers: Record<string, string> = {};
	let matches = false;
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*')
				.replace(/:\w+/g, '[^/]+');
			matches = new RegExp(`^${pattern}$`).test(path);
			continue;
		}
		const [, name, value] = /^\s+([^:]+):\s*(.*)$/.exec(line) ?? [];
		if (!matches || !name || name.toLowerCase() === 'cache-control') continue;
		const key = name.toLowerCase();
		headers[key] = headers[key] ? `${headers[key]}, ${value}` : value;
	}
	return headers;
}

function notFound(res: ServerResponse) {
	res.writeHead(404, { 'content-type': 'text/plain' });
	res.end('Not found');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const [dir = 'build', port = '4173', base = ''] = process.argv.slice(2);
	await serve(dir, Number(port), base);
	console.log(`Serving ${dir} at http://localhost:${port}${base}/`);
}
