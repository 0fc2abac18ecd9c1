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
	/event "bad-date" \(events\[2\]\) › sources: no source given, and this story requires one for every step/
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
		const { status, output } = run('node_modules/.bin/tsx', ['scripts/validate.ts', '--strict']);
		expect(output).toMatch(/✓ timeline-data\/story\.json: \d+ events/);
		expect(output).toMatch(/✓ timeline-data\/story\.ar\.json \(ar\): every text translated \(\d+ texts\)/);
		expect(status).toBe(0);
	});

	describe('a translation that lags behind the story', () => {
		// The real story with an event added, one removed and a sentence edited; its Arabic as it was.
		const dir = 'build-lagging-data';
		const setUp = () => {
			rmSync(dir, { recursive: true, force: true });
			mkdirSync(dir);
			const story = JSON.parse(readFileSync('timeline-data/story.json', 'utf8'));
			const added = { ...story.events[13], id: 'added-event', title: 'An event added in English' };
			story.events.splice(14, 0, added);
			story.events = story.events.filter((e: { id: string }) => e.id !== 'border-activity');
			story.events[11].body[1] += ' An edited sentence.';
			story.$schema = '../timeline-data/story.schema.json';
			writeFileSync(`${dir}/story.json`, JSON.stringify(story, null, 2));
			copyFileSync('timeline-data/story.ar.json', `${dir}/story.ar.json`);
		};

		it('npm run validate lists what is missing, stale and left over, by edition, event and field, and passes', () => {
			setUp();
			const { status, output } = run('node_modules/.bin/tsx', ['scripts/validate.ts', `${dir}/story.json`]);
			expect(output).toMatch(
				/! build-lagging-data\/story\.ar\.json \(ar\): 1 missing, 1 stale, 1 left over \(of \d+ texts\): published with the missing texts in English/
			);
			expect(output).toMatch(
				/missing \(1\):\n {4}build-lagging-data\/story\.ar\.json › event "added-event" \(events\[14\]\) › \(all\): missing translation of the event "An event added in English"/
			);
			expect(output).toMatch(
				/stale \(1\):\n {4}build-lagging-data\/story\.ar\.json › event "transfer-decision" \(events\[11\]\) › body\[1\]: stale: the English has changed since it was translated/
			);
			expect(output).toMatch(
				/left over, warnings \(1\):\n {4}build-lagging-data\/story\.ar\.json › translation › events\.border-activity: the story has no event "border-activity"/
			);
			expect(status).toBe(0);
		});

		it('npm run validate --strict refuses it', () => {
			setUp();
			const { status, output } = run('node_modules/.bin/tsx', ['scripts/validate.ts', '--strict', `${dir}/story.json`]);
			expect(output).toMatch(/✗ build-lagging-data\/story\.ar\.json \(ar\): 1 missing, 1 stale, 1 left over .*\(refused: --strict\)/);
			expect(status).toBe(1);
		});

		it('a strict build (TRANSLATIONS=strict) stops on it, naming the file, the event and the field, and writes no site', () => {
			setUp();
			const outDir = 'build-lagging';
			rmSync(outDir, { recursive: true, force: true });
			const { status, output } = run('node_modules/.bin/vite', ['build', '--logLevel', 'error'], {
				STORY_DATA: `${dir}/story.json`,
				BUILD_DIR: outDir,
				TRANSLATIONS: 'strict'
			});
			expect(status).not.toBe(0);
			expect(output).toMatch(/build-lagging-data\/story\.ar\.json › event "added-event" \(events\[14\]\) › \(all\): missing translation of the event/);
			expect(output).toMatch(/build-lagging-data\/story\.ar\.json › event "transfer-decision" \(events\[11\]\) › body\[1\]: stale/);
			expect(existsSync(outDir)).toBe(false);
			rmSync(dir, { recursive: true, force: true });
		}, 60_000);
	});

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
