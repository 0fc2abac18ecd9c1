/**
 * What an embed shows, from its address: `?steps=a,b,c` picks the steps (in the story's order, so
 * the timeline still runs forward), `?step=<id>` the one it opens on, or, without `?step`, a hash
 * as the other views take it (`#<id>`, `#latest`: an embedder who copied the reading page's address
 * at a step gets that step). Pure, so the rules are
 * unit-tested without a browser. Ids the story does not have are ignored and reported, never fatal:
 * an embed pasted into a CMS years ago must still show something when an event is renamed.
 */
import type { Story } from '../../model/types';
import { hashStepId } from '../../state/steps';
import { keyAction, type Action, type KeyLike } from '../present/keymap';

export interface EmbedSteps {
	/** Indices (into the story's events) of the steps the embed walks through, in story order. */
	indices: number[];
	/** Position in `indices` of the step to open on. */
	start: number;
	/** Ids in `?steps` or `?step` that name no step of the story. */
	unknown: string[];
}

export function embedSteps(story: Pick<Story, 'events'>, params: URLSearchParams, hash = ''): EmbedSteps {
	const indexOf = new Map(story.events.map((e, i) => [e.id, i]));
	const unknown: string[] = [];
	const known = (id: string) => {
		if (indexOf.has(id)) return true;
		unknown.push(id);
		return false;
	};
	const asked = (params.get('steps') ?? '')
		.split(',')
		.map((id) => id.trim())
		.filter(Boolean)
		.filter(known);
	// None asked for, or none that exist: the whole story.
	const indices = asked.length ? [...new Set(asked.map((id) => indexOf.get(id)!))].sort((a, b) => a - b) : story.events.map((_, i) => i);
	const step = params.get('step')?.trim() || hashStepId(story, hash).trim();
	const at = step && known(step) ? indices.indexOf(indexOf.get(step)!) : -1;
	// A `?step` outside the chosen steps opens on the first of them.
	if (step && indexOf.has(step) && at < 0) unknown.push(step);
	return { indices, start: Math.max(0, at), unknown };
}

/**
 * The keys an embed answers while it has focus: ← → for previous and next (the other way round right
 * to left), PageUp/PageDown (a clicker), Home and End. Not ↑ ↓ or Space: inside an article those scroll the host page.
 */
const EMBED_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End']);

export function embedKeyAction(e: KeyLike, dir: 'ltr' | 'rtl' = 'ltr'): Action | null {
	return EMBED_KEYS.has(e.key) ? keyAction(e, '', dir) : null;
}
