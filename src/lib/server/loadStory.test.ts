// The editions as the build reads them: a translation that lags behind the story is published, its
// missing texts in English and marked; a strict build refuses it; an overlay of another story, or an
// edition turned off, is left out.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { formatError } from './data/validateTimeline';
import { checkEditions, editionLine, readEdition } from './loadStory';

const overlay = readFileSync('timeline-data/story.ar.json', 'utf8');
const english = JSON.parse(readFileSync('timeline-data/story.json', 'utf8'));

/** The real story with an event added, one removed and a sentence edited. */
function lagging() {
	const raw = structuredClone(english);
	raw.events.splice(14, 0, { ...raw.events[13], id: 'added-event', title: 'An event added in English' });
	raw.events = raw.events.filter((e: { id: string }) => e.id !== 'border-activity');
	raw.events[11].body[1] += ' An edited sentence.';
	return storySchema.parse(raw);
}

describe('readEdition', () => {
	it('publishes the real translation whole', () => {
		const e = readEdition(overlay, 'story.ar.json', storySchema.parse(english), 'ar');
		expect(e.ok && [e.missing, e.stale, e.leftOver]).toEqual([[], [], []]);
		expect(editionLine(e)).toMatch(/^ar edition \(story\.ar\.json\): every text translated \(\d+ texts\)$/);
		// Its credits end with the translation's line, then its review, in the edition's words and dates.
		expect(e.ok && e.story.credits.slice(-2)).toEqual([
			'الترجمة إلى العربية: قسم الرسوم البيانية.',
			'راجع الترجمة محرر أخبار ثنائي اللغة في ٣ كانون الأول ٢٠٢٦.'
		]);
	});

	it('publishes a translation that lags: the English for what is missing, marked; stale and left over as warnings', () => {
		const e = readEdition(overlay, 'story.ar.json', lagging(), 'ar');
		if (!e.ok) throw new Error(e.errors.map(formatError).join('\n'));
		const added = e.story.events.find((ev) => ev.id === 'added-event')!;
		expect(added.title).toBe('An event added in English');
		expect(added.untranslated).toEqual(expect.arrayContaining(['title', 'body.0', 'body.1', 'notes']));
		// The stale paragraph keeps its translation; the event's other texts are Arabic.
		const decision = e.story.events.find((ev) => ev.id === 'transfer-decision')!;
		expect(decision.untranslated).toBeUndefined();
		expect(decision.body[1]).toMatch(/[\u0600-\u06FF]/);
		expect(e.missing.map(formatError)).toEqual([
			expect.stringMatching(/^story\.ar\.json › event "added-event" \(events\[14\]\) › \(all\): missing translation/)
		]);
		expect(e.stale.map(formatError)).toEqual([expect.stringMatching(/^story\.ar\.json › event "transfer-decision" \(events\[11\]\) › body\[1\]: stale/)]);
		expect(e.leftOver.map(formatError)).toEqual([expect.stringMatching(/events\.border-activity: the story has no event "border-activity"/)]);
		expect(editionLine(e)).toMatch(
			/^ar edition \(story\.ar\.json\): 1 missing, 1 stale, 1 left over \(of \d+ texts\): published; the missing texts are shown in English, marked/
		);
	});

	it('refuses it in strict mode, naming the file, the event and the field', () => {
		const e = readEdition(overlay, 'story.ar.json', lagging(), 'ar', true);
		expect(e.ok).toBe(false);
		expect(e.ok || e.errors.map(formatError)).toEqual([
			expect.stringMatching(/^story\.ar\.json › event "added-event" \(events\[14\]\) › \(all\): missing translation of the event "An event added in English"/),
			expect.stringMatching(/^story\.ar\.json › event "transfer-decision" \(events\[11\]\) › body\[1\]: stale: the English has changed/)
		]);
		expect(editionLine(e)).toMatch(/refused: 2 problem\(s\) \(TRANSLATIONS=strict\)/);
	});

	it('leaves out an overlay that translates none of the story’s events (another story’s)', () => {
		const other = storySchema.parse(JSON.parse(readFileSync('tests/fixtures/second-story.json', 'utf8')));
		const e = readEdition(overlay, 'story.ar.json', other, 'ar');
		expect(e.ok).toBe(false);
		expect(e.ok || [e.errors, e.leftOut]).toEqual([[], expect.stringMatching(/translates none of the story’s events/)]);
		expect(editionLine(e)).toMatch(/^ar edition \(story\.ar\.json\): not built: it translates none/);
	});
});

describe('checkEditions', () => {
	afterEach(() => {
		delete process.env.EDITIONS_OFF;
	});

	it('finds the overlay next to the dataset; EDITIONS_OFF turns an edition off', () => {
		expect(checkEditions().map((e) => [e.lang, e.ok])).toEqual([['ar', true]]);
		process.env.EDITIONS_OFF = 'ar';
		const [off] = checkEditions();
		expect(off.ok || off.leftOut).toBe('turned off (EDITIONS_OFF=ar)');
	});
});
