// A synthetic story of any length, made from the real one, for measuring how the engine scales:
// every event is repeated (copy k gets the id `<id>-copy-k`) until there are `n`, each copy placed right
// after its original so the file stays chronological, and every reference inside a copy (figures,
// milestones) points at the same round's copies where they exist, else at the originals. The text is
// the real text: only the count changes. Used by `npm run bench -- --events N`; also runnable:
//   npx tsx scripts/synthetic-story.ts 1000 > /tmp/story-1000.json
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import type { storySchema } from '../src/lib/model/schema';

/** A story as its JSON file has it (the schema's input: defaults not filled in yet). */
export type StoryFile = z.input<typeof storySchema>;
type FileEvent = StoryFile['events'][number];

/** A valid story with `n` events (at least 1), made from the valid story `story`. */
export function syntheticStory(story: StoryFile, n: number): StoryFile {
	const base = story.events;
	const picked: { event: FileEvent; k: number; order: number }[] = [];
	for (let k = 0; picked.length < n; k++) for (let i = 0; i < base.length && picked.length < n; i++) picked.push({ event: base[i], k, order: i });
	picked.sort((a, b) => a.order - b.order || a.k - b.k);

	const suffix = (id: string, k: number) => (k === 0 ? id : `${id}-copy-${k}`);
	const eventIds = new Set(picked.map(({ event, k }) => suffix(event.id, k)));
	const figureIds = new Set(picked.flatMap(({ event, k }) => (event.figures ?? []).map((f) => suffix(f.id, k))));
	const eventRef = (id: string, k: number) => (eventIds.has(suffix(id, k)) ? suffix(id, k) : id);
	const figureRef = (id: string, k: number) => (figureIds.has(suffix(id, k)) ? suffix(id, k) : id);

	const events = picked.map(({ event, k }) => {
		const copy = structuredClone(event);
		copy.id = suffix(event.id, k);
		if (k > 0) copy.title = `${event.title} (${k + 1})`;
		for (const f of copy.figures ?? []) f.id = suffix(f.id, k);
		// (Any visual kind: the references are the same fields wherever a kind has them.)
		const v = copy.visual as { figures?: unknown; figure?: unknown; milestones?: unknown };
		if (Array.isArray(v.figures)) v.figures = v.figures.map((id: string) => figureRef(id, k));
		if (typeof v.figure === 'string') v.figure = figureRef(v.figure, k);
		if (Array.isArray(v.milestones)) v.milestones = v.milestones.map((id: string) => eventRef(id, k));
		return copy;
	});
	const { lead, ...rest } = story;
	return { ...rest, ...(lead && eventIds.has(lead) ? { lead } : {}), events };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const n = Number(process.argv[2] ?? 1000);
	const story = JSON.parse(readFileSync(process.argv[3] ?? 'timeline-data/story.json', 'utf8')) as StoryFile;
	process.stdout.write(JSON.stringify(syntheticStory(story, n), null, '\t'));
}
