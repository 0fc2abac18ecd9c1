import { describe, expect, it } from 'vitest';
import { correctionsOf, isVersionStamp, lastModified, nothingNew, storyChanges, versionStamp, whatsNew } from './changes';
import type { Correction, Story, StoryEvent } from './types';

const event = (id: string, dates: Partial<Pick<StoryEvent, 'added' | 'updated'>> = {}) => ({ id, title: id, ...dates }) as StoryEvent;
const correction = (id: string, date: string, event?: string): Correction => ({ id, date, text: `Corrected ${id}.`, ...(event ? { event } : {}) });
const story = (events: StoryEvent[], corrections: Correction[] = [], updated = '2026-11-27') => ({ updated, events, corrections }) as unknown as Story;

describe('lastModified', () => {
	it('is the story’s own day when nothing later is recorded', () => {
		expect(lastModified(story([event('a'), event('b', { added: '2026-01-02' })]))).toBe('2026-11-27');
	});
	it('follows a later event added or updated, or a later correction', () => {
		expect(lastModified(story([event('a', { added: '2026-12-01' })]))).toBe('2026-12-01');
		expect(lastModified(story([event('a', { added: '2026-12-01', updated: '2026-12-03' })]))).toBe('2026-12-03');
		expect(lastModified(story([event('a')], [correction('c', '2026-12-04', 'a')]))).toBe('2026-12-04');
	});
	it('compares a story’s coarser day with the desk’s days as text does ("2026-11" before "2026-11-02")', () => {
		expect(lastModified(story([event('a', { added: '2026-11-02' })], [], '2026-11'))).toBe('2026-11-02');
	});
});

describe('storyChanges', () => {
	it('lists every addition, update and correction, newest first, corrections first on a day', () => {
		const s = story(
			[event('a', { added: '2026-12-01', updated: '2026-12-04' }), event('b', { added: '2026-12-04' }), event('c')],
			[correction('fix-a', '2026-12-04', 'a'), correction('fix-story', '2026-12-02')]
		);
		expect(storyChanges(s).map((c) => `${c.date} ${c.kind} ${c.kind === 'correction' ? c.correction.id : c.event.id}`)).toEqual([
			'2026-12-04 correction fix-a',
			'2026-12-04 updated a',
			'2026-12-04 added b',
			'2026-12-02 correction fix-story',
			'2026-12-01 added a'
		]);
	});
	it('names the step a correction belongs to, and none for one to the whole story', () => {
		const [onStep, whole] = storyChanges(story([event('a')], [correction('x', '2026-12-04', 'a'), correction('y', '2026-12-03')]));
		expect(onStep.event?.id).toBe('a');
		expect(whole.event).toBeUndefined();
	});
});

describe('correctionsOf', () => {
	it('gives one step’s corrections, oldest first', () => {
		const s = story(
			[event('a'), event('b')],
			[correction('late', '2026-12-05', 'a'), correction('other', '2026-12-01', 'b'), correction('early', '2026-12-02', 'a')]
		);
		expect(correctionsOf(s, 'a').map((c) => c.id)).toEqual(['early', 'late']);
	});
});

describe('versionStamp and whatsNew', () => {
	const v1 = story([event('a'), event('b', { added: '2026-12-01' })], [correction('x', '2026-12-01', 'a')]);
	const v2 = story(
		[event('a'), event('b', { added: '2026-12-01', updated: '2026-12-05' }), event('c', { added: '2026-12-05' }), event('d', { added: '2026-12-05' })],
		[correction('x', '2026-12-01', 'a'), correction('y', '2026-12-05', 'a')]
	);

	it('finds exactly the events added, the events updated and the corrections made since', () => {
		expect(whatsNew(versionStamp(v1), versionStamp(v2))).toEqual({ added: ['c', 'd'], updated: ['b'], corrections: ['y'] });
	});
	it('finds nothing new in the same version, or in an older one', () => {
		expect(nothingNew(whatsNew(versionStamp(v2), versionStamp(v2)))).toBe(true);
		expect(nothingNew(whatsNew(versionStamp(v2), versionStamp(v1)))).toBe(true);
	});
	it('survives a round trip through storage, and refuses what is not a stamp', () => {
		const back: unknown = JSON.parse(JSON.stringify(versionStamp(v2)));
		expect(isVersionStamp(back)).toBe(true);
		for (const bad of [null, 'x', { events: [], corrections: [] }, { events: { a: 1 }, corrections: [] }, { events: {} }])
			expect(isVersionStamp(bad)).toBe(false);
	});
});
