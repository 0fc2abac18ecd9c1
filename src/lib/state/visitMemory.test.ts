import { describe, expect, it } from 'vitest';
import type { VersionStamp } from '../model/changes';
import { compareNextWith, firstFresh, forgetVisits, freshness, recallVisit, type KeyValueStore } from './visitMemory';

/** A browser's storage: a Map behind the Web Storage calls used. */
function store(): KeyValueStore & { map: Map<string, string> } {
	const map = new Map<string, string>();
	return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

const v1: VersionStamp = { events: { a: '', b: '' }, corrections: [] };
const v2: VersionStamp = { events: { a: '', b: '2026-12-04', c: '2026-12-04' }, corrections: ['fix-a'] };

describe('recallVisit', () => {
	it('shows nothing on a first visit, then what is new on the next, remembering only the story’s version', () => {
		const local = store();
		expect(recallVisit(v1, '/story', local, store())).toBeNull();
		expect([...local.map.keys()]).toEqual(['story-visit:/story']);
		expect(recallVisit(v2, '/story', local, store())).toEqual({ added: ['c'], updated: ['b'], corrections: ['fix-a'] });
		// A third visit, with nothing new since the second:
		expect(recallVisit(v2, '/story', local, store())).toBeNull();
	});

	it('keeps the marks through a reload of the same tab', () => {
		const local = store();
		recallVisit(v1, '', local, store());
		const tab = store();
		const first = recallVisit(v2, '', local, tab);
		expect(recallVisit(v2, '', local, tab)).toEqual(first);
	});

	it('marks what an update brings after the reader loads it, even on their first visit', () => {
		const local = store();
		const tab = store();
		expect(recallVisit(v1, '', local, tab)).toBeNull();
		compareNextWith(v1, '', tab);
		expect(recallVisit(v2, '', local, tab)?.added).toEqual(['c']);
	});

	it('keeps each story apart, and forgets on request', () => {
		const local = store();
		recallVisit(v1, '/one', local, store());
		expect(recallVisit(v2, '/two', local, store())).toBeNull();
		const tab = store();
		forgetVisits('/one', local, tab);
		expect(recallVisit(v2, '/one', local, tab)).toBeNull();
	});

	it('treats storage that throws, or holds something else, as no memory', () => {
		const broken: KeyValueStore = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => {
				throw new Error('denied');
			},
			removeItem: () => {}
		};
		expect(recallVisit(v2, '', broken, broken)).toBeNull();
		const local = store();
		local.setItem('story-visit:/', '{"events": 3}');
		expect(recallVisit(v2, '', local, store())).toBeNull();
	});
});

describe('freshness', () => {
	it('marks added and updated steps, and a step whose correction is new', () => {
		const marks = freshness({ added: ['c'], updated: ['b'], corrections: ['fix-a', 'fix-story'] }, [{ id: 'fix-a', event: 'a' }, { id: 'fix-story' }]);
		expect(Object.fromEntries(marks)).toEqual({ a: 'corrected', b: 'updated', c: 'added' });
		expect(firstFresh(['a', 'b', 'c'], marks)).toBe('a');
		expect(freshness(null, []).size).toBe(0);
	});
});
