import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
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
});
