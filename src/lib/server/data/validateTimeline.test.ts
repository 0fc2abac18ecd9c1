import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { testStory } from '../../model/testStory';
import { formatError, storyWarnings, validateStory, validateStoryText, type ValidationError } from './validateTimeline';

const FILE = 'timeline-data/story.json';

/** Validates a broken copy of the test story and returns its error lines. */
function errorsFor(mutate: (s: ReturnType<typeof testStory>) => void): string[] {
	const story = testStory();
	mutate(story);
	const result = validateStory(story, FILE);
	if (result.ok) throw new Error('expected the story to be refused');
	return result.errors.map(formatError);
}

/** The test story (or a given one), validated: it must pass. */
function validateOk(raw: unknown) {
	const result = validateStory(raw, FILE);
	if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
	return result.story;
}

describe('validateStory', () => {
	it('accepts the test story and fills defaults', () => {
		const result = validateStory(testStory(), FILE);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.story.events[2].figures).toEqual([]);
	});

	it('takes the story’s last change from its events’ and corrections’ days, and shows each correction on its step', () => {
		const raw = testStory() as ReturnType<typeof testStory> & { corrections?: unknown[] };
		Object.assign(raw.events[1], { added: '2026-02-03' });
		Object.assign(raw.events[2], { added: '2026-02-03', updated: '2026-02-10' });
		raw.corrections = [{ id: 'second-date', date: '2026-02-12', event: 'second', text: 'An earlier version gave the wrong day.' }];
		expect(validateOk(raw).updated).toBe('2026-02-12');
	});

	it('refuses a correction to an unknown step, an update before the addition, and days that are not days', () => {
		const lines = errorsFor((s) => {
			const raw = s as typeof s & { corrections?: unknown[] };
			Object.assign(raw.events[1], { added: '2026-02-03', updated: '2026-02-01' });
			Object.assign(raw.events[2], { added: '2026-02' });
			raw.corrections = [
				{ id: 'fix', date: '2026-02-12', event: 'nowhere', text: 'Fixed.' },
				{ id: 'fix', date: '2026-02-31', text: 'Again.' }
			];
		});
		expect(lines).toEqual([
			`${FILE} › correction "fix" (corrections[0]) › event: unknown event id "nowhere": use the id of the step it corrects, or leave it out for the story as a whole`,
			`${FILE} › correction "fix" (corrections[1]) › date: "2026-02-31" is not a real day ("YYYY-MM-DD")`,
			`${FILE} › correction "fix" (corrections[1]) › id: duplicate id "fix" (also corrections[0]): ids must be unique, rename one`,
			`${FILE} › event "second" (events[1]) › updated: "2026-02-01" is before the day it was added ("2026-02-03"): an update comes after the addition`,
			`${FILE} › event "third" (events[2]) › added: must be a day as "YYYY-MM-DD", e.g. "2026-12-04": the day the desk did it`
		]);
	});

	it('refuses a step duration too short to read or too long for one step, naming event and field', () => {
		const lines = errorsFor((s) => {
			Object.assign(s.events[0], { duration: 1 });
			Object.assign(s.events[1], { duration: '12' });
			Object.assign(s.events[2], { duration: 600 });
		});
		expect(lines).toEqual([
			`${FILE} › event "first" (events[0]) › duration: must be at least 2 seconds: a step on screen for less cannot be read`,
			`${FILE} › event "second" (events[1]) › duration: must be a number of seconds, e.g. 12`,
			`${FILE} › event "third" (events[2]) › duration: must be at most 300 seconds (5 minutes) for one step`
		]);
	});

	it('accepts the real dataset', () => {
		const result = validateStoryText(readFileSync(FILE, 'utf8'), FILE);
		expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
	});

	it('refuses a lead step that is not in the story, naming the field', () => {
		const lines = errorsFor((s) => Object.assign(s, { lead: 'no-such-step' }));
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/lead: unknown event id "no-such-step"/);
	});

	it('refuses malformed JSON with line and column', () => {
		const result = validateStoryText('{\n  "title": "x",\n  "dek" "y"\n}', FILE);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const [e] = result.errors as [ValidationError];
		expect(e.file).toBe(FILE);
		expect(e.where).toBe('line 3, column 9');
		expect(e.message).toMatch(/malformed JSON/);
		// An error that Node 20's JSON.parse gives no position for ("Unexpected token '}'").
		const bare = validateStoryText('{\n  "title": "x",\n  "dek": }\n', FILE);
		expect(!bare.ok && bare.errors[0].where).toBe('line 3, column 10');
	});

	it('refuses a missing required field, naming the event and the field', () => {
		expect(errorsFor((s) => delete (s.events[1] as Partial<(typeof s.events)[1]>).title)).toContainEqual(
			expect.stringMatching(/^timeline-data\/story\.json › event "second" \(events\[1\]\) › title: is missing: add it/)
		);
	});

	it('refuses an empty required field', () => {
		expect(errorsFor((s) => (s.events[0].notes = '  '))).toContainEqual(
			expect.stringMatching(/event "first" \(events\[0\]\) › notes: is empty: write what a presenter says/)
		);
	});

	it('names an event by index when it has no id', () => {
		expect(errorsFor((s) => delete (s.events[2] as Partial<(typeof s.events)[2]>).id)).toContainEqual(expect.stringMatching(/› events\[2\] › id: is missing/));
	});

	it('refuses a date that does not exist, saying which formats work', () => {
		expect(errorsFor((s) => (s.events[1].date = '2019-13-45'))).toContainEqual(
			expect.stringMatching(/event "second" \(events\[1\]\) › date: "2019-13-45" is not a real date\. Use "YYYY", "YYYY-MM" or "YYYY-MM-DD"/)
		);
	});

	it('refuses events out of chronological order', () => {
		const lines = errorsFor((s) => (s.events[1].date = '2016-05'));
		expect(lines).toContainEqual(
			expect.stringMatching(/event "second" \(events\[1\]\) › date: "2016-05" comes before the previous event "first" .*chronological order/)
		);
	});

	it('lets a coarser date follow a finer one it contains (2026 after 21 January 2026)', () => {
		// The test story already does this: "fourth" (2026) follows "third" (2026-01-21).
		expect(validateStory(testStory(), FILE).ok).toBe(true);
	});

	it('refuses a duplicate id', () => {
		expect(errorsFor((s) => (s.events[2].id = 'first'))).toContainEqual(
			expect.stringMatching(/event "first" \(events\[2\]\) › id: duplicate id "first" \(also events\[0\]\)/)
		);
	});

	it('refuses an id that is not kebab-case', () => {
		expect(errorsFor((s) => (s.events[0].id = 'First Event'))).toContainEqual(expect.stringMatching(/› id: must be a kebab-case id/));
	});

	it('refuses an unknown visual kind, listing the known ones', () => {
		expect(errorsFor((s) => ((s.events[0].visual as { kind: string }).kind = 'piechart'))).toContainEqual(
			expect.stringMatching(/event "first" \(events\[0\]\) › visual\.kind: must have a "kind" that is one of: timeline, map, units, countries, politics/)
		);
	});

	it('refuses an unknown place id, listing the known ones', () => {
		expect(errorsFor((s) => (s.events[2].visual.routes![0].to = 'atlantis'))).toContainEqual(
			expect.stringMatching(/event "third" \(events\[2\]\) › visual\.routes\[0\]\.to: unknown place id "atlantis": use one of hasakah, iraq/)
		);
	});

	it('refuses an area that is not a region with an admin-1 code, and a border that is not two countries, naming event and field', () => {
		const lines = errorsFor((s) => {
			const v = s.events[2].visual as { areas?: string[]; borders?: [string, string][] };
			v.areas = ['hasakah'];
			v.borders = [['hasakah', 'iraq']];
		});
		expect(lines).toContainEqual(
			expect.stringMatching(
				/event "third" \(events\[2\]\) › visual\.areas\[0\]: place "hasakah" cannot be drawn as an area: an area must be a place of kind "region" with an "adm1" code/
			)
		);
		expect(lines).toContainEqual(expect.stringMatching(/event "third" \(events\[2\]\) › visual\.borders\[0\]\[0\]: place "hasakah" is not a country/));
	});

	it('refuses an admin-1 code that is not one, and an unknown departure place', () => {
		const lines = errorsFor((s) => {
			Object.assign(s.places[0], { kind: 'region', adm1: 'Nineveh' });
			(s.events[2].visual as { departures?: string[] }).departures = ['atlantis'];
		});
		expect(lines).toContainEqual(expect.stringMatching(/places\[0\].*adm1: must be a Natural Earth admin-1 code such as "IRQ-3051"/));
		expect(lines).toContainEqual(expect.stringMatching(/visual\.departures\[0\]: unknown place id "atlantis"/));
	});

	it('publishes an event with no source (or no sources field), with a warning naming the event and the field', () => {
		const story = testStory();
		story.events[3].sources = [];
		delete (story.events[1] as { sources?: string[] }).sources;
		const result = validateStory(story, FILE);
		expect(result.ok ? result.story.events[1].sources : 'refused').toEqual([]);
		if (!result.ok) return;
		expect(storyWarnings(result.story, FILE).map(formatError)).toEqual([
			expect.stringMatching(/^timeline-data\/story\.json › event "second" \(events\[1\]\) › sources: no source given: the step says so/),
			expect.stringMatching(/^timeline-data\/story\.json › event "fourth" \(events\[3\]\) › sources: no source given/)
		]);
		expect(storyWarnings(validateOk(testStory()), FILE)).toEqual([]);
	});

	it('refuses an event with no source when the story requires sources', () => {
		expect(errorsFor((s) => Object.assign(s, { requireSources: true }).events[3].sources.splice(0))).toEqual([
			expect.stringMatching(/event "fourth" \(events\[3\]\) › sources: no source given, and this story requires one for every step/)
		]);
		expect(validateStory(Object.assign(testStory(), { requireSources: true }), FILE).ok).toBe(true);
	});

	it('refuses a source id that is not defined', () => {
		expect(errorsFor((s) => s.events[3].sources.push('blog'))).toContainEqual(
			expect.stringMatching(/event "fourth" \(events\[3\]\) › sources\[1\]: unknown source id "blog"/)
		);
	});

	it.each([
		['negative', -5, /must not be negative/],
		['a string', '7,000', /must be a finite number/],
		['infinite', Infinity, /must be a finite number/]
	])('refuses a figure that is %s', (_, value, message) => {
		expect(errorsFor((s) => ((s.events[1].figures![0] as { value: unknown }).value = value))).toContainEqual(
			expect.stringMatching(new RegExp(`event "second" \\(events\\[1\\]\\) › figures\\[0\\]\\.value: ${(message as RegExp).source}`))
		);
	});

	it('refuses a visual that names a figure nobody defined', () => {
		expect(errorsFor((s) => (s.events[1].visual.figures![1] = 'ghost'))).toContainEqual(
			expect.stringMatching(/visual\.figures\[1\]: unknown figure id "ghost"/)
		);
	});

	it('reports every error at once, not only the first', () => {
		const lines = errorsFor((s) => {
			s.events[0].date = '2019-13-45';
			s.events[2].id = 'second';
			Object.assign(s, { requireSources: true }).events[3].sources = [];
			s.events[1].visual.figures![0] = 'ghost';
		});
		// All four, listed in file order so an editor can walk down the file.
		expect(lines).toEqual([
			expect.stringMatching(/\(events\[0\]\) › date: "2019-13-45"/),
			expect.stringMatching(/\(events\[1\]\) › visual\.figures\[0\]: unknown figure id "ghost"/),
			expect.stringMatching(/\(events\[2\]\) › id: duplicate id "second"/),
			expect.stringMatching(/\(events\[3\]\) › sources: no source given, and this story requires one/)
		]);
	});
});

describe('a theme', () => {
	const themed = (theme: unknown) => ({ ...testStory(), theme });
	const problems = (theme: unknown) => {
		const result = validateStory(themed(theme), 'story.json');
		return result.ok ? [] : result.errors.map(formatError);
	};

	it('is valid with a name and colours that keep their contrast on the paper', () => {
		expect(problems({ name: 'The Daily Example', colors: { paper: '#ffffff', inkMuted: '#4d4d4d' } })).toEqual([]);
	});

	it('names each colour without the contrast its role needs, the ratio it has and which way to move it', () => {
		expect(problems({ colors: { paper: '#ffffff', inkMuted: '#999999', count0: '#dddddd' } })).toEqual([
			'story.json › story › theme.colors.inkMuted: #999999 is 2.8:1 on the paper (#ffffff); text in this colour needs 4.5:1 (WCAG): choose a darker one',
			'story.json › story › theme.colors.count0: #dddddd is 1.3:1 on the paper (#ffffff); a mark in this colour needs 3:1 (WCAG): choose a darker one'
		]);
		// A dark paper the story's own inks cannot stand on: each is named, under the paper.
		expect(problems({ colors: { paper: '#101010' } })).toContainEqual(
			'story.json › story › theme.colors.paper: leaves ink (#1b1b1b) at 1.1:1, under the 4.5:1 it needs (WCAG): set theme.colors.ink too, or choose another paper'
		);
	});

	it('refuses a colour that is not #rrggbb, and a role the palette does not have', () => {
		expect(problems({ colors: { ink: 'red' } })).toEqual(['story.json › story › theme.colors.ink: must be a colour as "#rrggbb", e.g. "#1d4f7a"']);
		expect(problems({ colors: { accent: '#000000' } }).join()).toMatch(/theme\.colors/);
	});
});
