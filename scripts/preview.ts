// `npm run preview`: the built site (build/) served as a static host serves it, at
// http://localhost:4173/. A build made from an older dataset says so, in the terminal and at the top of
// every page, instead of showing old data silently: build/build-info.json records the dataset the
// build was made from, and it is compared with the file on disk at every page load.
import { buildInfo, staleness as stalenessOf } from './build-info.ts';
import { serve } from './serve.ts';

const dir = process.env.BUILD_DIR ?? 'build';
const port = Number(process.env.PORT ?? 4173);
const info = buildInfo(dir);
if (!info) {
	console.error(`No build in ${dir}/: run npm run build first.`);
	process.exit(1);
}
/**
 * Why this build no longer shows the dataset, or null while it does. Asked at every page load, of the
 * build as it is then: a rebuild while the preview runs is seen at the next reload.
 */
const staleness = () => stalenessOf(buildInfo(dir) ?? info);

let warned = false;
const notice = (why: string) =>
	`<p role="alert" data-testid="stale-build" style="position: sticky; top: 0; z-index: 1000; margin: 0; padding: 0.75rem 1rem; background: #b3261e; color: #fff; font: 600 1rem/1.4 system-ui, sans-serif">This preview is out of date: ${why}. Run <code>npm run build</code>, then reload.</p>`;

await serve(dir, port, info.base ?? '', {
	html(page) {
		const why = staleness();
		if (!why) return page;
		if (!warned) console.warn(`\n⚠ ${why}: this preview shows the old story. Run npm run build, then reload.\n`);
		warned = true;
		return page.replace(/<body[^>]*>/, (body) => body + notice(why));
	}
});
console.log(`Serving ${dir}/ at http://localhost:${port}${info.base ?? ''}/ (as a static host would)`);
const why = staleness();
if (why) console.warn(`⚠ ${why}: this preview shows the old story. Run npm run build, then reload.`);
