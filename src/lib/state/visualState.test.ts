import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { describeVisual, figureText, PEOPLE_PER_UNIT, visualState, visualStateFor } from './visualState';
import { english } from '../i18n/strings.en';
import { formatEventDate } from '../model/dates';

const story = storySchema.parse(testStory());

describe('visualState(story, index)', () => {
	it('a timeline step names its era', () => {
		const state = visualState(story, 0);
		expect(state).toEqual({ kind: 'timeline', era: story.eras[0] });
	});

	it('a units step resolves its figures, whole first, one unit per PEOPLE_PER_UNIT people', () => {
		const state = visualState(story, 1);
		if (state.kind !== 'units') throw new Error(state.kind);
		expect(state.groups.map((g) => [g.figure.id, g.units])).toEqual([
			['whole', 30000 / PEOPLE_PER_UNIT],
			['part', 7000 / PEOPLE_PER_UNIT]
		]);
	});

	it('a units step is laid out for the deepest nesting of its figures in the story', () => {
		const raw = testStory();
		raw.events[0].visual = { kind: 'units', figures: ['whole'] };
		const state = visualState(storySchema.parse(raw), 0);
		if (state.kind !== 'units') throw new Error(state.kind);
		expect(state.groups.map((g) => g.figure.id)).toEqual(['whole']);
		expect(state.frame.map((g) => g.figure.id)).toEqual(['whole', 'part']);
	});

	it('a map step resolves place ids to places, routes to both ends', () => {
		const state = visualState(story, 2);
		if (state.kind !== 'map') throw new Error(state.kind);
		expect(state.focus.map((p) => p.name)).toEqual(['Hasakah']);
		expect(state.highlight.map((p) => p.id)).toEqual(['hasakah']);
		expect(state.concern).toEqual([]);
		expect(state.routes).toEqual([{ from: story.places[0], to: story.places[1], mode: 'land' }]);
	});

	it('a politics step marks its own milestone active', () => {
		const state = visualState(story, 3);
		if (state.kind !== 'politics') throw new Error(state.kind);
		expect(state.milestones.map((m) => [m.event.id, formatEventDate(m.event), m.active])).toEqual([
			['first', '2017', false],
			['fourth', '2026', true]
		]);
		expect(state.status).toBe('deadlock');
		expect(state.figures).toEqual([]);
	});

	it('a closing politics step brings the numbers beside the track, in its text alternative too', () => {
		const raw = testStory();
		const last = raw.events[3];
		if (last.visual.kind !== 'politics') throw new Error(last.visual.kind);
		Object.assign(last.visual, { figures: ['whole', 'part'] });
		const closing = storySchema.parse(raw);
		const state = visualState(closing, 3);
		if (state.kind !== 'politics') throw new Error(state.kind);
		expect(state.figures.map((f) => f.id)).toEqual(['whole', 'part']);
		const text = describeVisual(state, english);
		for (const f of state.figures) expect(text.toLowerCase()).toContain(figureText(f, english).toLowerCase());
		// The nested block, at the scale the units step drew those figures.
		expect(state.block?.groups.map((g) => [g.figure.id, g.units])).toEqual([
			['whole', 30000 / PEOPLE_PER_UNIT],
			['part', 7000 / PEOPLE_PER_UNIT]
		]);
	});

	it('draws the closing block in any language (a figure’s unit is translated), and none for figures no units step shows', () => {
		const raw = testStory();
		const last = raw.events[3];
		if (last.visual.kind !== 'politics') throw new Error(last.visual.kind);
		Object.assign(last.visual, { figures: ['whole', 'part'] });
		for (const e of raw.events) for (const f of e.figures ?? []) f.unit = 'شخص';
		const translated = visualState(storySchema.parse(raw), 3);
		if (translated.kind !== 'politics') throw new Error(translated.kind);
		expect(translated.block?.groups).toHaveLength(2);
		Object.assign(last.visual, { figures: ['nations'] });
		const countries = visualState(storySchema.parse(raw), 3);
		if (countries.kind !== 'politics') throw new Error(countries.kind);
		expect(countries.block).toBeNull();
	});

	it('is the same picture however often or in whatever order it is asked', () => {
		const direct = visualState(story, 3);
		for (const i of [0, 1, 2]) visualState(story, i);
		expect(visualState(story, 3)).toEqual(direct);
	});

	it('refuses a step that does not exist', () => {
		expect(() => visualState(story, 4)).toThrow(RangeError);
	});
});

describe('figureText and describeVisual', () => {
	it('keeps the source’s qualifier', () => {
		expect(figureText(story.events[0].figures[0], english)).toBe('more than 30,000\u00a0people');
		expect(figureText({ ...story.events[0].figures[0], qualifier: 'exactly', value: 150 }, english)).toBe('150\u00a0people');
	});

	it('describes units with the same numbers the picture draws', () => {
		expect(describeVisual(visualState(story, 1), english)).toBe(
			`Each square stands for ${PEOPLE_PER_UNIT} people. More than 30,000\u00a0people detained. Of those, up to 7,000\u00a0people to move.`
		);
	});

	it('describes a map with its route', () => {
		expect(describeVisual(visualState(story, 2), english)).toMatch(/Transfer route by land from Hasakah to Iraq\./);
	});
});

describe('visualStateFor(story, index, kind)', () => {
	it('is the step’s own state when the step shows that kind', () => {
		expect(visualStateFor(story, 2, 'map')).toEqual(visualState(story, 2));
	});
	it('keeps the last state of a kind after its step', () => {
		expect(visualStateFor(story, 3, 'units')).toEqual(visualState(story, 1));
	});
	it('shows the next state of a kind before its first step', () => {
		expect(visualStateFor(story, 0, 'map')).toEqual(visualState(story, 2));
	});
	it('is null for a kind the story never shows', () => {
		expect(visualStateFor(story, 0, 'countries')).toBeNull();
	});
});

describe('units perUnit', () => {
	it('uses the step’s own people-per-mark when it sets one', () => {
		const raw = testStory();
		(raw.events[1].visual as { perUnit?: number }).perUnit = 1000;
		const state = visualState(storySchema.parse(raw), 1);
		if (state.kind !== 'units') throw new Error(state.kind);
		expect(state.peoplePerUnit).toBe(1000);
		expect(state.groups.map((g) => g.units)).toEqual([30, 7]);
	});
});
