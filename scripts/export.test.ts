// `npm run export` as a desk runs it: the story as a TimelineJS 3 file, written where `--out` says
// (a folder not made yet included), or to standard output; an unknown format stops it with one line.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../tests/support/scratchDir';

const story = JSON.parse(readFileSync('timeline-data/story.json', 'utf8')) as { title: string; events: unknown[] };
const run = (args: string[]) => {
	const r = spawnSync('node_modules/.bin/tsx', ['scripts/export.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
	return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
type TimelineJS = { title: { text: { headline: string } }; events: unknown[] };

describe('npm run export', () => {
	it('--out a file in a folder not made yet: makes the folder, writes the story’s title and every step', () => {
		const out = join(scratchDir('export'), 'for-timelinejs', 'story.json');
		const result = run(['--format', 'timelinejs', '--out', out]);
		expect(result.stderr.trim()).toBe(`wrote ${out}`);
		expect(result.status).toBe(0);
		const written = JSON.parse(readFileSync(out, 'utf8')) as TimelineJS;
		expect(written.title.text.headline).toContain(story.title);
		expect(written.events).toHaveLength(story.events.length);
	});

	it('without --out: the same file on standard output', () => {
		const result = run([]);
		expect(result.status).toBe(0);
		expect((JSON.parse(result.stdout) as TimelineJS).events).toHaveLength(story.events.length);
	});

	it('an unknown format: one line naming the one there is, and exit 1', () => {
		const result = run(['--format', 'csv']);
		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toBe('Unknown format "csv": the one format is "timelinejs".');
	});
});
