// `npm run import` as a desk runs it on a sheet it keeps writing: it never writes over a story by
// accident, and `--merge` brings the sheet's changes in while keeping the desk's work on the story.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const tsx = (args: string[]) => {
	const r = spawnSync('node_modules/.bin/tsx', ['scripts/import.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
	return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
};

describe('npm run import', () => {
	// One folder for the describe's tests, which go on from each other's files.
	const dir = mkdtempSync(join(tmpdir(), 'import-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	cpSync('tests/fixtures/timelinejs', dir, { recursive: true });
	const sheet = join(dir, 'sheet.csv');
	const out = join(dir, 'story', 'story.json');
	const read = () => JSON.parse(readFileSync(out, 'utf8')) as { events: { id: string; body: string[]; notes: string; visual: { kind: string } }[] };

	it('imports a sheet, with its original slides beside the story; then refuses to write over it', () => {
		expect(tsx([sheet, '--out', out]).status).toBe(0);
		expect(JSON.parse(readFileSync(join(dir, 'story', 'story.timelinejs.json'), 'utf8')).from).toBe('sheet.csv');
		const again = tsx([sheet, '--out', out]);
		expect(again.status).toBe(1);
		expect(again.output).toContain(`${out} exists: nothing was written. --merge brings the timeline's changes into it; --replace writes over it.`);
	});

	it('--merge: the sheet’s edit arrives, the desk’s notes and visual stay', () => {
		const story = read();
		const surge = story.events.find((e) => e.id === 'isis-surges-across-iraq')!;
		surge.notes = 'The desk’s own notes.';
		surge.visual = { kind: 'units', figures: ['f'] } as never;
		Object.assign(surge, { figures: [{ id: 'f', value: 10, qualifier: 'exactly', unit: 'people', label: 'counted' }] });
		writeFileSync(out, JSON.stringify(story, null, '\t'));
		writeFileSync(sheet, readFileSync(sheet, 'utf8').replace('taking Mosul in June.', 'taking Mosul in June 2014.'));

		const merged = tsx([sheet, '--out', out, '--merge']);
		expect(merged.status).toBe(0);
		expect(merged.output).toContain('updated from the timeline (1): isis-surges-across-iraq');
		const after = read().events.find((e) => e.id === 'isis-surges-across-iraq')!;
		expect(after.body).toEqual(['In 2014 the Islamic State group swept across northern and western Iraq, taking Mosul in June 2014.']);
		expect(after).toMatchObject({ notes: 'The desk’s own notes.', visual: { kind: 'units' } });
		// The schema is still named first, where editors look for it.
		expect(Object.keys(JSON.parse(readFileSync(out, 'utf8')))[0]).toBe('$schema');
	});
});
