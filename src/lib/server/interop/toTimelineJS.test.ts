import { describe, expect, it } from 'vitest';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import { timelineJSDate, toTimelineJS } from './toTimelineJS';

describe('timelineJSDate', () => {
	it('keeps the precision of the date', () => {
		expect(timelineJSDate('2019')).toEqual({ year: 2019 });
		expect(timelineJSDate('2019-03')).toEqual({ year: 2019, month: 3 });
		expect(timelineJSDate('2019-03-23')).toEqual({ year: 2019, month: 3, day: 23 });
		// A quarter has no TimelineJS form: its year, not a month it does not know.
		expect(timelineJSDate('2026-33')).toEqual({ year: 2026, edtf: '2026-33' });
	});
	it('refuses what is not a date', () => {
		expect(() => timelineJSDate('2019-13')).toThrow(/2019-13/);
	});
});

describe('toTimelineJS', () => {
	const story = storySchema.parse(testStory());
	const file = toTimelineJS(story);

	it('has one slide per event, in order, with its id, title and date', () => {
		expect(file.events.map((s) => s.unique_id)).toEqual(story.events.map((e) => e.id));
		expect(file.events[0].text.headline).toBe(story.events[0].title.replace(/&/g, '&amp;'));
		expect(file.events[0].start_date).toEqual(timelineJSDate(story.events[0].date));
	});

	it('turns the title into the title slide and eras into eras', () => {
		expect(file.title?.text.headline).toContain(story.title.slice(0, 10));
		expect(file.eras).toHaveLength(story.eras.length);
	});

	it('gives a video, a recording and a link their media as TimelineJS names it: a file by its path, a link by its address', () => {
		const withVisuals = (...visuals: object[]) =>
			storySchema.parse({ ...testStory(), events: testStory().events.map((e, i) => (visuals[i] ? { ...e, visual: visuals[i] } : e)) });
		const media = toTimelineJS(
			withVisuals(
				{ kind: 'video', src: 'media/launch.mp4', alt: 'Lift-off', credit: 'NASA & JSC', captions: 'media/launch.vtt' },
				{ kind: 'audio', src: 'media/speech.mp3', title: 'The speech', credit: 'NASA' },
				{ kind: 'link', url: 'https://vimeo.com/1', title: 'The landing', poster: 'photos/still.jpg', caption: 'From the archive' }
			)
		).events.map((e) => e.media);
		expect(media.slice(0, 3)).toEqual([
			{ url: 'media/launch.mp4', alt: 'Lift-off', credit: 'NASA &amp; JSC' },
			{ url: 'media/speech.mp3', title: 'The speech', credit: 'NASA' },
			{ url: 'https://vimeo.com/1', title: 'The landing', thumbnail: 'photos/still.jpg', caption: 'From the archive' }
		]);
	});

	it('writes body text as escaped paragraphs and sources as links', () => {
		const marked = { ...story, events: [{ ...story.events[0], body: ['<b>not bold</b> & more'] }, ...story.events.slice(1)] };
		const text = toTimelineJS(marked).events[0].text.text!;
		expect(text).toContain('<p>&lt;b&gt;not bold&lt;/b&gt; &amp; more</p>');
		expect(text).toMatch(/<p>Sources: /);
	});

	it('writes a link in the text as an HTML link, and nothing else as markup', () => {
		const linked = { ...story, events: [{ ...story.events[0], body: ['See [the "report"](https://example.org/r?a=1&b=2) and [x](javascript:y).'] }] };
		expect(toTimelineJS(linked).events[0].text.text).toContain(
			'<p>See <a href="https://example.org/r?a=1&amp;b=2">the &quot;report&quot;</a> and [x](javascript:y).</p>'
		);
	});
});
