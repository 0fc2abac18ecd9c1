import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatEventDate, parseStoryDate } from '../../model/dates';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import type { Story } from '../../model/types';
import { validateStory } from '../data/validateTimeline';
import { ImportError, importTimeline, readTimelineJSON, slugify, type ImportOptions } from './fromTimelineJS';
import { toTimelineJS } from './toTimelineJS';

const options: ImportOptions = { file: 'imported.json', today: '2026-11-29' };
const importText = (text: string, o: Partial<ImportOptions> = {}) => importTimeline(readTimelineJSON(text, 'imported.json'), { ...options, ...o });
const importJSON = (data: unknown, o: Partial<ImportOptions> = {}) => importText(JSON.stringify(data), o);
/** The imported story, validated as the build validates it. */
function valid(story: Record<string, unknown>): Story {
	const result = validateStory(story, 'imported.json');
	if (!result.ok) throw new Error(result.errors.map((e) => `${e.where} ${e.field}: ${e.message}`).join('\n'));
	return result.story;
}
const slide = (headline: string, start: object, more: object = {}) => ({
	start_date: start,
	text: { headline, text: `<p>${headline}, in text.</p>` },
	...more
});

describe('import(export(story))', () => {
	for (const [name, story] of [
		['the test story', storySchema.parse(testStory())],
		['the real story', valid(JSON.parse(readFileSync('timeline-data/story.json', 'utf8')))]
	] as const) {
		it(`keeps ids, dates and their precision, titles and body text: ${name}`, () => {
			const back = valid(importJSON(toTimelineJS(story)).story);
			// The date label a reader sees, too ("c. 2014", "Late 2025"), and groups.
			const essentials = (s: Story) => s.events.map((e) => [e.id, e.date, e.endDate, formatEventDate(e), e.title, e.body, e.group]);
			expect(essentials(back)).toEqual(essentials(story));
			expect([back.title, back.dek, back.byline]).toEqual([story.title, story.dek, story.byline]);
			expect(back.eras).toEqual(story.eras);
			// Sources come back as sources, not as a "Sources:" paragraph.
			expect(back.events.every((e) => e.sources.length > 0)).toBe(true);
			expect(back.events.flatMap((e) => e.body).some((p) => /^sources?:/i.test(p))).toBe(false);
		});
	}
});

describe('importTimeline', () => {
	it('reads dates at their real precision, numbers given as strings, and spans', () => {
		const { story } = importJSON({
			events: [
				slide('A year', { year: '2014' }),
				slide('A month', { year: 2019, month: '3' }),
				slide('A day', { year: '2026', month: '01', day: '21' }),
				slide('A span', { year: 2019 }, { end_date: { year: 2025 } })
			]
		});
		const events = valid(story).events;
		expect(events.map((e) => [e.date, e.endDate])).toEqual([
			['2014', undefined],
			['2019', '2025'],
			['2019-03', undefined],
			['2026-01-21', undefined]
		]);
		expect(events.map((e) => parseStoryDate(e.date)?.precision)).toEqual(['year', 'year', 'month', 'day']);
	});

	it('sorts events by date and reports every move', () => {
		const { story, notes } = importJSON({ events: [slide('Later', { year: 2026 }), slide('Earlier', { year: 2014 })] });
		expect(valid(story).events.map((e) => e.title)).toEqual(['Earlier', 'Later']);
		expect(notes).toContainEqual({ where: 'events[1] ("Earlier")', field: 'start_date', reason: 'out of date order: now step 1 of 2' });
	});

	it('turns markup into plain paragraphs and link targets into sources, never HTML', () => {
		const { story } = importJSON({
			events: [
				{
					start_date: { year: 2019 },
					text: {
						headline: 'Baghouz <i>falls</i> &amp; after',
						text: '<p>The <a href="https://example.org/report">UN report</a> said so.</p><p>Second<br><br>third <script>alert(1)</script></p>'
					}
				}
			]
		});
		const s = valid(story);
		expect(s.events[0].title).toBe('Baghouz falls & after');
		// The link stays a link in the text (as the story writes one) and is cited.
		expect(s.events[0].body).toEqual(['The [UN report](https://example.org/report) said so.', 'Second', 'third']);
		expect(s.sources).toEqual([{ id: 'un-report', title: 'UN report', kind: 'reporting', url: 'https://example.org/report' }]);
		expect(s.events[0].sources).toEqual(['un-report']);
		expect(JSON.stringify(s)).not.toMatch(/<|script/);
	});

	it('makes up no source: an event that cites nothing is imported unsourced, builds, and is listed in the report', () => {
		const { story, notes } = importJSON({
			events: [slide('Uncited', { year: 2019 }), slide('Cited', { year: 2020 }, { text: { text: '<a href="https://example.org/r">Report</a>' } })]
		});
		const s = valid(story);
		expect(s.sources.map((x) => x.title)).toEqual(['Report']);
		expect(s.events.map((e) => e.sources)).toEqual([[], ['report']]);
		expect(notes.filter((n) => n.field === 'sources' && n.where !== 'story').map((n) => n.where)).toEqual(['events[0] ("Uncited")']);
	});

	it('makes the title slide the title, dek, byline and credits; eras eras; keeps groups', () => {
		const s = valid(
			importJSON({
				title: { text: { headline: 'The title', text: '<p>The dek.</p><p>By Someone</p><p>Maps: Someone else</p>' } },
				eras: [{ start_date: { year: 2014 }, end_date: { year: 2017 }, text: { headline: 'ISIS holds territory' } }],
				events: [slide('In the era', { year: 2015 }, { group: 'Iraq' }), slide('After it', { year: 2019 })]
			}).story
		);
		expect([s.title, s.dek, s.byline, s.credits]).toEqual(['The title', 'The dek.', 'By Someone', ['Maps: Someone else']]);
		expect(s.eras).toEqual([{ id: 'isis-holds-territory', label: 'ISIS holds territory', start: '2014', end: '2017' }]);
		expect(s.events.map((e) => e.visual)).toEqual([{ kind: 'timeline', era: 'isis-holds-territory' }, { kind: 'timeline' }]);
		expect(s.events.map((e) => e.group)).toEqual(['Iraq', undefined]);
	});

	it('takes ids from unique_id or the headline, unique and the same on every import', () => {
		const data = {
			events: [
				slide('Baghouz falls', { year: 2019 }),
				slide('Baghouz falls', { year: 2019, month: 4 }),
				slide('Other', { year: 2020 }, { unique_id: 'My Own Id' })
			]
		};
		const { story, notes } = importJSON(data);
		expect(valid(story).events.map((e) => e.id)).toEqual(['baghouz-falls', 'baghouz-falls-2', 'my-own-id']);
		expect(valid(importJSON(data).story).events.map((e) => e.id)).toEqual(['baghouz-falls', 'baghouz-falls-2', 'my-own-id']);
		expect(notes.some((n) => n.field === 'unique_id' && n.reason.includes('"my-own-id"'))).toBe(true);
		expect(slugify('Ça va, Mosul! (2017)', 'x')).toBe('ca-va-mosul-2017');
	});

	it('makes readable ids from headlines in other scripts, and cuts a long one between words', () => {
		const { story } = importJSON({ events: [slide('Москва взята', { year: 2019 }), slide('Ελληνικά νέα', { year: 2020 }), slide('北京', { year: 2021 })] });
		expect(valid(story).events.map((e) => e.id)).toEqual(['moskva-vzyata', 'ellinika-nea', 'event-3']);
		const long = slugify('Wildfires spread from the hills above Los Angeles across Southern California', 'x');
		expect(long).toBe('wildfires-spread-from-the-hills-above-los-angeles-across');
		expect(long.length).toBeLessThanOrEqual(60);
		expect(slugify('x'.repeat(70), 'y')).toHaveLength(60);
	});

	it('shows the dates of a slide whose display date names none (".", as sheets hold), and says so', () => {
		const { story, notes } = importJSON({
			events: [slide('Dotted', { year: 2019, month: 3 }, { display_date: '.' }), slide('Labelled', { year: 2020 }, { display_date: 'Spring 2020' })]
		});
		expect(valid(story).events.map((e) => e.dateLabel)).toEqual([undefined, 'Spring 2020']);
		expect(notes).toContainEqual(expect.objectContaining({ field: 'display_date', reason: expect.stringMatching(/^"\." not carried: it names no date/) }));
	});

	it('shows remote media as a link that opens it, loading nothing, and reports every field it cannot carry', () => {
		const { story, notes } = importJSON({
			events: [
				slide(
					'With media',
					{ year: 2019, hour: 10 },
					{
						media: { url: 'https://video.example/clip', caption: 'A clip', credit: 'Agency photo', thumbnail: 'https://t.example/x.jpg' },
						background: { color: '#000' }
					}
				)
			]
		});
		const s = valid(story);
		// The clip is a card that opens it; its address and credit are the clip's, not sources of the step.
		expect(s.sources).toEqual([]);
		expect(s.events[0].visual).toEqual({ kind: 'link', url: 'https://video.example/clip', title: 'A clip', credit: 'Agency photo' });
		const fields = notes.map((n) => n.field);
		for (const f of ['start_date.hour', 'media.url', 'media.thumbnail', 'background', 'notes', 'updated']) expect(fields).toContain(f);
	});

	it('makes a local picture with alt text and credit a photo step', () => {
		const findFile = (url: string) => (url === 'photos/camp.jpg' ? { src: 'photos/camp.jpg' } : null);
		const media = { url: 'photos/camp.jpg', alt: 'Tents in rows', credit: 'Photographer / Agency', caption: 'The camp' };
		const { story } = importJSON({ events: [slide('Photo', { year: 2019 }, { media })] }, { findFile });
		expect(story.events).toMatchObject([
			{ visual: { kind: 'photo', src: 'photos/camp.jpg', alt: 'Tents in rows', credit: 'Photographer / Agency', caption: 'The camp' } }
		]);
		const { story: noAlt, notes } = importJSON({ events: [slide('Photo', { year: 2019 }, { media: { ...media, alt: '' } })] }, { findFile });
		expect(valid(noAlt).events[0].visual).toMatchObject({ kind: 'photo', alt: 'The camp' });
		expect(notes.some((n) => n.field === 'media.alt' && /caption stands as the alt text/.test(n.reason))).toBe(true);
	});

	it('refuses bad input with a message naming the slide, and the line of bad JSON', () => {
		const fails = (data: unknown) => {
			try {
				importJSON(data);
			} catch (e) {
				expect(e).toBeInstanceOf(ImportError);
				return (e as Error).message;
			}
			throw new Error('imported');
		};
		expect(fails({ events: [slide('Fine', { year: 2019 }), { text: { headline: 'No date' } }] })).toBe(
			'events[1] ("No date"): no start_date; every slide needs at least a year'
		);
		expect(fails({ events: [slide('Bad', { year: 2019, month: 2, day: 30 })] })).toMatch(
			/^events\[0\] \("Bad"\): start_date is impossible: 2019-2 has no day 30/
		);
		expect(fails({ events: [slide('Bad', { year: 2019, month: 13 })] })).toMatch(/no month 13/);
		expect(fails({ events: [slide('Bad', { year: 'soon' })] })).toMatch(/start_date\.year "soon" is not a whole number/);
		expect(fails({ events: [] })).toMatch(/no events/);
		expect(fails({ title: {} })).toMatch(/no "events" list/);
		expect(() => importText('{\n  "events": [\n    {"start_date": }\n  ]\n}')).toThrow(/^line 3, column 20: malformed JSON/);
	});
});

describe('a photo step, exported and imported again', () => {
	it('keeps its picture, alt text, credit and caption', () => {
		const story = storySchema.parse(testStory());
		story.events[1] = {
			...story.events[1],
			visual: { kind: 'photo', src: 'photos/camp.jpg', alt: 'Tents in rows', credit: 'A & B', caption: 'The camp' }
		};
		const back = importJSON(toTimelineJS(story), { findFile: (url) => ({ src: url }) }).story as Story;
		expect(back.events[1].visual).toEqual({ kind: 'photo', src: 'photos/camp.jpg', alt: 'Tents in rows', credit: 'A & B', caption: 'The camp' });
	});
});

describe('a TimelineJS file in the documented JSON format (tests/fixtures/timelinejs/timeline.json)', () => {
	const { story, notes } = importText(readFileSync('tests/fixtures/timelinejs/timeline.json', 'utf8'));
	const s = valid(story);

	it('reads numbers given as strings, empty end dates, old year-only dates, spans; sorts out-of-order slides', () => {
		expect(s.events.map((e) => [e.id, e.date, e.endDate])).toEqual([
			['an-old-date', '1815', undefined],
			['mosul-to-victory', '2014-06', '2017-12-09'],
			['isis-loses-its-last-territory-at-baghouz', '2019-03-23', undefined]
		]);
		expect(s.events[1].dateLabel).toBe('June 2014 to December 2017');
		expect(notes.filter((n) => n.field === 'start_date' && n.reason.startsWith('out of date order'))).toHaveLength(3);
	});

	it('turns HTML in text into text and sources; shows remote media as a link without loading it, citing neither it nor its credit', () => {
		expect(s.title).toBe('Detainees and the long war, a TimelineJS file');
		expect(s.events[2].body).toEqual([
			'2019 marked the territorial defeat of ISIS in Iraq and Syria.',
			'Its last enclave was [the town of Baghouz](https://example.org/baghouz).'
		]);
		const cited = s.events[2].sources.map((id) => s.sources.find((x) => x.id === id)!);
		expect(cited.map((x) => [x.title, x.url])).toEqual([['the town of Baghouz', 'https://example.org/baghouz']]);
		expect(s.events[2].visual).toMatchObject({ kind: 'link', url: 'https://www.youtube.com/watch?v=xxxxxxxxxxx', title: 'A video report' });
	});

	it('keeps the era, the title slide, groups; reports what it drops', () => {
		expect(s.eras).toEqual([{ id: 'isis-holds-territory', label: 'ISIS holds territory', start: '2014', end: '2019-03' }]);
		expect([s.dek, s.byline]).toEqual(["Written in TimelineJS 3's documented JSON format, to test the import.", 'By the Graphics Desk']);
		expect(s.events[2].group).toBe('Syria');
		const fields = notes.map((n) => `${n.where} ${n.field}`);
		expect(fields).toContain('title media');
		expect(fields).toContain('events[2] ("From Mosul to victory") background');
	});
});

describe('what real TimelineJS files hold (found in the TimelineJS3 repository’s examples)', () => {
	it('links protocol-relative media, folds embedded quotes into the text, cites embedded frames', () => {
		const { story } = importJSON({
			events: [
				slide('Relative', { year: 2012 }, { media: { url: '//upload.example.org/a.jpg', caption: 'A picture' } }),
				slide('Quote', { year: 2013 }, { media: { url: '<blockquote>“Words,” she said.</blockquote>' } }),
				slide('Frame', { year: 2014 }, { media: { url: "<iframe src='https://example.org/embed' width='100%'></iframe>" } })
			]
		});
		const s = valid(story);
		const urls = (i: number) => s.events[i].sources.map((id) => s.sources.find((x) => x.id === id)!.url);
		expect(s.events[0].visual).toEqual({ kind: 'link', url: 'https://upload.example.org/a.jpg', title: 'A picture' });
		expect(s.events[1].body).toEqual(['Quote, in text.', '“Words,” she said.']);
		expect(urls(2)).toEqual(['https://example.org/embed']);
		expect(JSON.stringify(s)).not.toMatch(/<|iframe/);
	});

	it('reads years before 1000 (eras of the early Middle Ages), refuses BCE and cosmological years', () => {
		const s = valid(importJSON({ events: [slide('Old', { year: 650 }, { end_date: { year: 700 } })] }).story);
		expect([s.events[0].date, s.events[0].endDate]).toEqual(['0650', '0700']);
		expect(() => importJSON({ events: [slide('Big Bang', { year: -13800000000 })] })).toThrow(/outside the years a story date can hold/);
	});
});

describe('all-media-types.json (TimelineJS3’s test of every medium it embeds)', () => {
	const s = valid(importText(readFileSync('tests/fixtures/timelinejs/real/all-media-types.json', 'utf8')).story);
	const byId = (id: string) => s.events.find((e) => e.id === id)!.visual;

	it('shows every remote medium as a link card that opens it: videos, sound, posts, maps, documents and pictures elsewhere', () => {
		expect(byId('youtube-videos')).toMatchObject({ kind: 'link', url: 'https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s' });
		expect(byId('vimeo')).toMatchObject({
			kind: 'link',
			url: 'http://vimeo.com/20839673',
			title: 'Phat Tai, a story of Vietnamese fishermen on the Gulf Coast.'
		});
		for (const id of ['soundcloud', 'twitter', 'google-maps-directions', 'document-cloud', 'image-jpg', 'video-mp4', 'audio'])
			expect(byId(id).kind, id).toBe('link');
		// Only the embedded quotes and frames, which are not media, stay on the time axis.
		expect(s.events.filter((e) => e.visual.kind !== 'link').map((e) => e.visual.kind)).toEqual(['timeline', 'timeline', 'timeline']);
	});

	it('cites none of them as a source of the steps’ facts', () => {
		const mediaUrls = new Set(s.events.flatMap((e) => (e.visual.kind === 'link' ? [e.visual.url] : [])));
		expect(s.sources.filter((src) => src.url && mediaUrls.has(src.url))).toEqual([]);
	});
});

describe('export(import(a real TimelineJS file)): the original back (tests/fixtures/timelinejs/real/)', () => {
	/** Slides compared whatever their order (the import sorts them by date; TimelineJS does too). */
	const asSet = (slides: unknown[]) => slides.map((s) => JSON.stringify(s)).sort();

	for (const name of ['eras', 'women_in_computing', 'all-media-types']) {
		const text = readFileSync(`tests/fixtures/timelinejs/real/${name}.json`, 'utf8');
		const originalFile = JSON.parse(text);
		const { story, kept } = importText(text);
		const imported = valid(story);

		it(`${name}.json: the same title, eras and events, text, dates, media, backgrounds and groups`, () => {
			const back = toTimelineJS(imported, kept);
			expect(back.title).toEqual(originalFile.title);
			expect(asSet(back.eras)).toEqual(asSet(originalFile.eras ?? []));
			expect(back.events).toHaveLength(originalFile.events.length);
			expect(asSet(back.events)).toEqual(asSet(originalFile.events));
		});

		it(`${name}.json: a desk's choices TimelineJS has no place for (a visual, notes) keep the original; an edited text is written, with its slide's media and background`, () => {
			const edited = structuredClone(imported);
			edited.events[0].notes = 'Say this.';
			edited.events[1].title = 'A new headline';
			const back = toTimelineJS(edited, kept);
			const before = kept.events[imported.events[1].id].slide;
			expect(back.events[0]).toEqual(kept.events[imported.events[0].id].slide);
			expect(back.events[1]).toMatchObject({ text: { headline: 'A new headline' }, unique_id: imported.events[1].id });
			expect(back.events[1].media).toEqual(before.media);
			expect(back.events[1].background).toEqual(before.background);
		});
	}

	it('adds no English display date, no id and no "Sources:" line to a slide the story has not changed', () => {
		const { story, kept } = importJSON({
			events: [slide('Plain', { year: 2019, month: 3 }, { text: { headline: 'Plain', text: '<p>See <a href="https://example.org/r">the report</a>.</p>' } })]
		});
		const [back] = toTimelineJS(valid(story), kept).events;
		expect(back).not.toHaveProperty('display_date');
		expect(back).not.toHaveProperty('unique_id');
		expect(back.text.text).toBe('<p>See <a href="https://example.org/r">the report</a>.</p>');
	});
});
