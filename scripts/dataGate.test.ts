// Bad data never ships: `npm run validate` and `vite build` both refuse a broken dataset, listing every
// problem with its file, event id and field, and the build writes no site.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const INVALID = 'tests/fixtures/invalid-story.json';
const EXPECTED = [
	/tests\/fixtures\/invalid-story\.json › event "too-early" \(events\[1\]\) › date: "2014-06" comes before the previous event "late-start"/,
	/event "too-early" \(events\[1\]\) › visual\.focus\[0\]: unknown place id "atlantis"/,
	/event "bad-date" \(events\[2\]\) › date: "2019-13-45" is not a real date/,
	/event "bad-date" \(events\[2\]\) › title: is empty/,
	/event "bad-date" \(events\[2\]\) › visual\.kind: must have a "kind" that is one of/,
	/event "bad-date" \(events\[2\]\) › figures\[0\]\.value: must not be negative/,
	/event "bad-date" \(events\[2\]\) › sources: needs at least one source id/
];

function run(command: string, args: string[], env: Record<string, string> = {}) {
	const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the data gate', () => {
	it('npm run validate lists every problem and exits non-zero', () => {
		const { status, output } = run('node_modules/.bin/tsx', ['scripts/validate.ts', INVALID]);
		expect(status).toBe(1);
		for (const pattern of EXPECTED) expect(output).toMatch(pattern);
	});

	it('npm run validate passes the real dataset', () => {
		const { status, output } = run('node_modules/.bin/tsx', ['scripts/validate.ts']);
		expect(output).toMatch(/✓ timeline-data\/story\.json: \d+ events/);
		expect(output).toMatch(/✓ timeline-data\/story\.ar\.json: every text translated \(ar\)/);
		expect(status).toBe(0);
	});

	it('the build refuses a translation with a missing text, naming the file, the event and the field', () => {
		// The real story and its Arabic translation, with one event's title and another's paragraph taken out.
		const dir = 'build-untranslated-data';
		const outDir = 'build-untranslated';
		rmSync(dir, { recursive: true, force: true });
		rmSync(outDir, { recursive: true, force: true });
		mkdirSync(dir);
		copyFileSync('timeline-data/story.json', `${dir}/story.json`);
		const ar = JSON.parse(readFileSync('timeline-data/story.ar.json', 'utf8'));
		delete ar.events['centcom-statement'].title;
		ar.events['transfer-decision'].body.pop();
		writeFileSync(`${dir}/story.ar.json`, JSON.stringify(ar));
		const { status, output } = run('node_modules/.bin/vite', ['build', '--logLevel', 'error'], { STORY_DATA: `${dir}/story.json`, BUILD_DIR: outDir });
		expect(status).not.toBe(0);
		expect(output).toMatch(/build-untranslated-data\/story\.ar\.json › event "centcom-statement" \(events\[12\]\) › title: missing translation \(English: "CENTCOM confirms/);
		expect(output).toMatch(/story\.ar\.json › event "transfer-decision" \(events\[11\]\) › body: has 1 item\(s\), the English has 2/);
		expect(existsSync(outDir)).toBe(false);
		rmSync(dir, { recursive: true, force: true });
	}, 60_000);

	it('the build refuses invalid data and writes no site', () => {
		const outDir = 'build-invalid-data';
		rmSync(outDir, { recursive: true, force: true });
		const { status, output } = run('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
			STORY_DATA: INVALID,
			BUILD_DIR: outDir
		});
		expect(status).not.toBe(0);
		for (const pattern of EXPECTED) expect(output).toMatch(pattern);
		expect(existsSync(outDir)).toBe(false);
	}, 60_000);
});
