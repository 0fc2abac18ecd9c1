import { createHash } from 'node:crypto';
import { stringify } from 'devalue';
import { describe, expect, it, vi } from 'vitest';
import { deferScripts } from './deferScripts';

const hash = (s: string) => `sha256-${createHash('sha256').update(s).digest('base64')}`;
// The shape of SvelteKit 2's prerendered output, trimmed.
const start = `
	const element = document.currentScript.parentElement;
	Promise.all([
		import("./_app/immutable/entry/start.js"),
		import("./_app/immutable/entry/app.js")
	]).then(([kit, app]) => {
		kit.start(app, element, {});
	});
`;
const page = (script: string) => `<!doctype html><html><head>
<meta http-equiv="content-security-policy" content="script-src 'self' '${hash(script)}'; style-src 'self'">
<link href="./_app/immutable/entry/start.js" rel="modulepreload">
<link href="./_app/immutable/chunks/a.js" rel="modulepreload">
<link rel="icon" href="data:,">
</head><body><div><script>${script}</script></div></body></html>`;

describe('deferScripts', () => {
	const out = deferScripts(page(start));
	const script = /<script>([\s\S]*?)<\/script>/.exec(out)![1];

	it('takes out the module preloads and nothing else', () => {
		expect(out.replace(script, '')).not.toContain('modulepreload');
		expect(out).toContain('<link rel="icon"');
	});

	it('starts the app only after the first paint, with every module it starts with preloaded together', () => {
		expect(script).toMatch(
			/observe\(\{ type: 'paint', buffered: true \}\)[\s\S]*\.then\(\(\) => \(\["\.\/_app\/immutable\/entry\/start\.js","\.\/_app\/immutable\/chunks\/a\.js"\]\.forEach[\s\S]*link\.rel = 'modulepreload'[\s\S]*, Promise\.all\(\[/
		);
		expect(script).toContain("])))");
		// Still valid JavaScript that starts the app once both modules are in.
		expect(() => new Function(script)).not.toThrow();
	});

	it('allows the new script, and only it, in the CSP', () => {
		expect(out).toContain(`'${hash(script)}'`);
		expect(out).not.toContain(`'${hash(start)}'`);
	});

	it('refuses a page whose start-up script it does not recognise', () => {
		expect(() => deferScripts(page(start.replace('Promise.all([', 'Promise.allSettled([')))).toThrow(/unexpected shape/);
		expect(() => deferScripts('<html><link href="./_app/immutable/entry/start.js" rel="modulepreload"></html>')).toThrow(/no SvelteKit start-up script/);
	});

	it('leaves a page without the app as it is (a step page: csr = false)', () => {
		const plain = '<html><head></head><body><p>Text</p><script>location.replace("#x")</script></body></html>';
		expect(deferScripts(plain)).toBe(plain);
	});

	describe('the page data', () => {
		const story = { title: 'From Syria’s camps to Iraq’s prisons', events: Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, figures: [i, 30000] })) };
		const nodes = [{ type: 'data', data: {}, uses: {} }, { type: 'data', data: story, uses: {} }];
		// SvelteKit writes the data as a JavaScript literal (devalue's uneval); JSON is one too.
		const withData = (data: unknown) => start.replace('kit.start(app, element, {});', `kit.start(app, element, {\n\t\tnode_ids: [0, 2],\n\t\tdata: ${JSON.stringify(data)},\n\t\tform: null\n\t});`);
		const deferredScript = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1];

		it('is taken out of the page and fetched, with the modules, from SvelteKit’s copy beside the page', () => {
			const out = deferScripts(page(withData(nodes)), 'ar/present');
			expect(out).not.toContain('Iraq’s prisons');
			expect(deferredScript(out)).toMatch(/fetch\("\.\/ar\/present\/__data\.json\?v=[0-9a-f]{12}"\)/);
			expect(deferScripts(page(withData(nodes)), '')).toMatch(/fetch\("\.\/__data\.json\?v=[0-9a-f]{12}"\)/);
			expect(deferScripts(page(withData(nodes)), 'ar/')).toMatch(/fetch\("\.\/ar\/__data\.json\?v=[0-9a-f]{12}"\)/);
		});

		it('is asked for by an address that changes with it, so no cached copy of older data is used', () => {
			const version = (data: unknown) => /__data\.json\?v=([0-9a-f]+)/.exec(deferScripts(page(withData(data)), ''))![1];
			expect(version(nodes)).toBe(version(nodes));
			const changed = structuredClone(nodes);
			(changed[1].data as typeof story).title = 'Another title';
			expect(version(changed)).not.toBe(version(nodes));
		});

		it('starts the app with the same data it would have had inline', async () => {
			const script = deferredScript(deferScripts(page(withData(nodes)), ''));
			const started = vi.fn();
			const json = { type: 'data', nodes: nodes.map((n) => ({ ...n, data: JSON.parse(stringify(n.data)) })) };
			const modules: Record<string, unknown> = { './_app/immutable/entry/start.js': { start: started }, './_app/immutable/entry/app.js': { app: true } };
			// The browser's part, stood in for: a first paint at once, the two modules and the data file.
			const PerformanceObserver = class {
				constructor(private cb: (list: { getEntriesByName: () => unknown[] }) => void) {}
				observe() {
					this.cb({ getEntriesByName: () => [{}] });
				}
			};
			const fetch = async (url: string) => ({ ok: url.startsWith('./__data.json?v='), json: async () => json });
			const document = { currentScript: { parentElement: 'target' }, createElement: () => ({}), head: { append() {} } };
			new Function('PerformanceObserver', 'fetch', 'document', 'importModule', script.replace(/\bimport\(/g, 'importModule('))(PerformanceObserver, fetch, document, async (url: string) => modules[url]);
			await vi.waitFor(() => expect(started).toHaveBeenCalled());
			expect(started.mock.calls[0][1]).toBe('target');
			expect(started.mock.calls[0][2].data).toStrictEqual(nodes);
		});

		it('stays in the page when it is too small to be worth a request', () => {
			const out = deferScripts(page(withData([{ type: 'data', data: { n: 1 }, uses: {} }])), '');
			expect(out).not.toContain('__data.json');
			expect(deferredScript(out)).toContain('data: [{"type":"data","data":{"n":1}');
		});

		it('stops the build when the data holds something the page cannot read back', () => {
			const withDate = start.replace('kit.start(app, element, {});', `kit.start(app, element, {\n\t\tdata: [null,{type:"data",data:{when:new Date(0),pad:${JSON.stringify('x'.repeat(2000))}},uses:{}}],\n\t\tform: null\n\t});`);
			expect(() => deferScripts(page(withDate), 'present')).toThrow('the data of the page at /present[1].data.when is a Date');
		});
	});
});
