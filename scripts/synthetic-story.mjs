// A synthetic story of any length, made from the real one, for measuring how the engine scales:
// every event is repeated (copy k gets the id `<id>-copy-k`) until there are `n`, each copy placed right
// after its original so the file stays chronological, and every reference inside a copy (figures,
// milestones) points at the same round's copies where they exist, else at the originals. The text is
// the real text: only the count changes. Used by `npm run bench -- --events N`; also runnable:
//   node scripts/synthetic-story.mjs 1000 > /tmp/story-1000.json
import { readFileSync } from 'node:fs';

/**
 * @param {any} story a valid story (the parsed JSON)
 * @param {number} n how many events the result has (at least 1)
 * @returns {any} a valid story with `n` events
 */
export function syntheticStory(story, n) {
	const base = story.events;
	/** @type {{ event: any, k: number, order: number }[]} */
	const picked = [];
	for (let k = 0; picked.length < n; k++)
		for (let i = 0; i < base.length && picked.length < n; i++) picked.push({ event: base[i], k, order: i });
	picked.sort((a, b) => a.order - b.order || a.k - b.k);

	const suffix = (id, k) => (k === 0 ? id : `${id}-copy-${k}`);
	const eventIds = new Set(picked.map(({ event, k }) => suffix(event.id, k)));
	const figureIds = new Set(picked.flatMap(({ event, k }) => (event.figures ?? []).map((f) => suffix(f.id, k))));
	const eventRef = (id, k) => (eventIds.has(suffix(id, k)) ? suffix(id, k) : id);
	const figureRef = (id, k) => (figureIds.has(suffix(id, k)) ? suffix(id, k) : id);

	const events = picked.map(({ event, k }) => {
		const copy = structuredClone(event);
		copy.id = suffix(event.id, k);
		if (k > 0) copy.title = `${event.title} (${k + 1})`;
		for (const f of copy.figures ?? []) f.id = suffix(f.id, k);
		const v = copy.visual;
		if (Array.isArray(v.figures)) v.figures = v.figures.map((id) => figureRef(id, k));
		if (typeof v.figure === 'string') v.figure = figureRef(v.figure, k);
		if (Array.isArray(v.milestones)) v.milestones = v.milestones.map((id) => eventRef(id, k));
		return copy;
	});
	const { lead, ...rest } = story;
	return { ...rest, ...(lead && eventIds.has(lead) ? { lead } : {}), events };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const n = Number(process.argv[2] ?? 1000);
	const story = JSON.parse(readFileSync(process.argv[3] ?? 'timeline-data/story.json', 'utf8'));
	process.stdout.write(JSON.stringify(syntheticStory(story, n), null, '\t'));
}
