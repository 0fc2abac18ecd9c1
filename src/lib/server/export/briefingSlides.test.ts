import { describe, expect, it } from 'vitest';
import { storySchema } from '../../model/schema';
import { testStory } from '../../model/testStory';
import { editionLocale } from '../../i18n/editions';
import { AR, AR_SLIDES } from '../../i18n/strings.ar';

const ar = editionLocale('ar', AR);
import { EN_SLIDES, english } from '../../i18n/strings.en';
import { authorOf, briefingSlides, SOURCES_PER_SLIDE } from './briefingSlides';

const story = storySchema.parse(testStory());

describe('briefingSlides', () => {
	const b = briefingSlides(story, english, EN_SLIDES);

	it('opens with the title slide, has a slide per step in story order, and ends with the sources', () => {
		expect(b.slides.map((s) => s.kind)).toEqual(['title', ...story.events.map(() => 'step'), 'sources']);
		expect(b.slides.filter((s) => s.kind === 'step').map((s) => s.id)).toEqual(story.events.map((e) => e.id));
	});

	it('gives each step its date as the deck writes it, its title, first paragraph as caption, sources and notes', () => {
		const second = b.slides[2];
		expect(second).toMatchObject({
			kind: 'step',
			date: '23 March 2019',
			title: 'Second',
			caption: 'Two.',
			notes: 'Say two.',
			position: `Step 2 of ${story.events.length}`
		});
		expect(second.kind === 'step' && second.sources).toBe('Source: The article');
	});

	it('prints no byline or credit still to be written (a placeholder), nor names it the author', () => {
		const draft = { ...story, byline: '[Byline: who made this story]', credits: ['Maps: A', '[Credits: who else]'] };
		const briefing = briefingSlides(draft, english, EN_SLIDES);
		expect(briefing.slides[0]).toMatchObject({ kind: 'title', byline: '', credits: ['Maps: A'] });
		expect(briefing.author).toBe('');
	});

	it('says plainly, in each edition, that a step with no source has none', () => {
		const unsourced = storySchema.parse(testStory());
		unsourced.events[1].sources = [];
		const slideOf = (s: ReturnType<typeof briefingSlides>) => s.slides.find((x) => x.kind === 'step' && x.id === unsourced.events[1].id);
		expect(slideOf(briefingSlides(unsourced, english, EN_SLIDES))).toMatchObject({ sources: 'No source given.' });
		expect(slideOf(briefingSlides(unsourced, ar, AR_SLIDES))).toMatchObject({ sources: 'لم يُذكر مصدر.' });
	});

	it('names the document from the story: title, author from the byline, the dataset’s updated date', () => {
		expect(b).toMatchObject({ title: 'Test story', author: 'a tester', updated: '2026-02-01', subject: 'Test story — briefing', dir: 'ltr' });
		expect(b.slides[0]).toMatchObject({ kind: 'title', title: 'Test story', dek: 'A dek.', byline: 'By a tester' });
	});

	it('says on the title slide, in each edition, the day the briefing is as of (the story’s updated day, its last change once validated)', () => {
		expect(b.slides[0]).toMatchObject({ kind: 'title', asOf: 'Updated 1 February 2026' });
		expect(briefingSlides(story, ar, AR_SLIDES).slides[0]).toMatchObject({ kind: 'title', asOf: 'آخر تحديث: ١ شباط ٢٠٢٦' });
	});

	it('takes its paper, ink and rules from the story’s theme, and puts the desk’s name over the title slide’s kicker', () => {
		expect(b.palette).toMatchObject({ paper: '#fbfaf7', ink: '#1b1b1b' });
		expect(b.slides[0]).not.toHaveProperty('publisher');
		const themed = briefingSlides(
			storySchema.parse({ ...testStory(), theme: { name: 'The Daily Example', colors: { paper: '#ffffff' } } }),
			english,
			EN_SLIDES
		);
		expect(themed.palette).toMatchObject({ paper: '#ffffff', ink: '#1b1b1b' });
		expect(themed.slides[0]).toMatchObject({ kind: 'title', publisher: 'The Daily Example' });
		// The theme's serif names the slides' headline face; the sans stays the story's own.
		const faced = briefingSlides(storySchema.parse({ ...testStory(), theme: { fonts: { serif: '@fontsource/merriweather' } } }), english, EN_SLIDES);
		expect(faced.type).toMatchObject({ serif: 'Merriweather', sans: 'Source Sans 3' });
	});

	it('gives a link step’s slide its medium as a link (a picture of the card is not one)', () => {
		const raw = testStory();
		const first = raw.events[0];
		raw.events[0] = { ...first, visual: { kind: 'link', url: 'https://vimeo.com/1', title: 'The landing' } } as never;
		const slide = briefingSlides(storySchema.parse(raw), english, EN_SLIDES).slides[1];
		expect(slide).toMatchObject({ kind: 'step', link: { text: 'The landing — Opens on Vimeo, in a new tab', url: 'https://vimeo.com/1' } });
		expect(b.slides[1]).not.toHaveProperty('link');
	});

	it('tells the briefer, in the title slide’s notes, the typefaces and what to use where they are missing', () => {
		expect(b.slides[0].kind === 'title' && b.slides[0].notes).toMatch(/Source Serif 4.*Georgia/);
	});

	it('lists every source on closing slides, a new slide every few sources', () => {
		const many = storySchema.parse({
			...testStory(),
			sources: Array.from({ length: SOURCES_PER_SLIDE + 2 }, (_, i) => ({
				id: `s${i}`,
				title: `Source ${i}`,
				kind: 'reporting',
				url: `https://example.org/${i}`
			}))
		});
		// Every event cites the first source.
		many.events.forEach((e) => (e.sources = ['s0']));
		const closing = briefingSlides(many, english, EN_SLIDES).slides.filter((s) => s.kind === 'sources');
		expect(closing).toHaveLength(2);
		expect(closing.flatMap((s) => s.sources)).toHaveLength(SOURCES_PER_SLIDE + 2);
		expect(closing[0].sources[1]).toEqual({ text: 'Source 1', url: 'https://example.org/1' });
	});

	it('writes an Arabic briefing right to left, in Arabic words and digits', () => {
		const arabic = briefingSlides(story, ar, AR_SLIDES);
		expect(arabic.dir).toBe('rtl');
		expect(arabic.type.serif).toBe('Noto Naskh Arabic');
		const second = arabic.slides[2];
		expect(second.kind === 'step' && second.position).toBe(`الخطوة ٢ من ${ar.number(story.events.length)}`);
		expect(second.kind === 'step' && second.date).toMatch(/٢٣/);
	});
});

describe('authorOf', () => {
	it('takes the "By" off a byline and leaves other bylines as they are', () => {
		expect(authorOf('By the Graphics Desk')).toBe('the Graphics Desk');
		expect(authorOf('قسم الرسوم البيانية')).toBe('قسم الرسوم البيانية');
	});
});
