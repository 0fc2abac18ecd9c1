// `npm run import -- INPUT [--out FILE]`: a TimelineJS 3 timeline (its JSON file, or its spreadsheet
// saved as CSV) as our story (default: timeline-data/story.json). The result is validated as the build
// validates it; on any problem nothing is written. Prints what it could not carry, and why. Beside the
// story it writes the original slides (FILE.timelinejs.json), which `npm run export` gives back.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatErrors, validateStory } from '../src/lib/server/data/validateTimeline.ts';
import { ImportError, importTimeline, readTimelineJSON, type ImportNote } from '../src/lib/server/interop/fromTimelineJS.ts';
import { readTimelineSheet } from '../src/lib/server/interop/timelineSheet.ts';
import { keptPath, loadKept } from '../src/lib/server/interop/fidelity.ts';
import { mergeImport, type MergeReport } from '../src/lib/server/interop/merge.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { out: { type: 'string', default: 'timeline-data/story.json' }, merge: { type: 'boolean' }, replace: { type: 'boolean' } }
});
const [input] = positionals;
if (!input || positionals.length > 1 || (values.merge && values.replace)) {
	console.error('Usage: npm run import -- INPUT [--out FILE] [--merge | --replace]   (INPUT: a TimelineJS .json file or a TimelineJS sheet saved as .csv)');
	process.exit(1);
}

const out = values.out!;
// A story is never overwritten by accident: the desk's work on it (visuals, notes, translations' ids) would be lost.
if (existsSync(out) && !values.merge && !values.replace) {
	console.error(`${out} exists: nothing was written. --merge brings the timeline's changes into it; --replace writes over it.`);
	process.exit(1);
}
if (values.merge && !existsSync(out)) {
	console.error(`${out}: no story to merge into. Import without --merge first.`);
	process.exit(1);
}
const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
/** Files (pictures, video, sound) to copy next to the new dataset once it is written: [from, to]. */
const copies: [string, string][] = [];

/**
 * A local file (a media url that is not a web address): the pictures, video and sound steps show live
 * next to the dataset, so one found next to the imported file is copied there too.
 */
function findFile(url: string) {
	const src = url.replace(/^\.?\//, '');
	if (src.split('/').includes('..')) return null;
	const target = resolve(dirname(resolve(out)), src);
	if (isFile(target)) return { src };
	const from = resolve(dirname(resolve(input)), src);
	if (!isFile(from)) return null;
	copies.push([from, target]);
	return { src };
}

/** Notes grouped by what and why, each with the slides it concerns. */
function report(notes: ImportNote[]): string[] {
	const groups = new Map<string, string[]>();
	for (const n of notes) {
		const key = `${n.field}: ${n.reason}`;
		groups.set(key, [...(groups.get(key) ?? []), n.where]);
	}
	return [...groups].map(([what, where]) => {
		const shown = where.length > 6 ? [...where.slice(0, 6), `and ${where.length - 6} more`] : where;
		return `  - ${what}\n      ${shown.join(', ')}`;
	});
}

try {
	const text = readFileSync(input, 'utf8');
	const timeline = extname(input).toLowerCase() === '.csv' ? readTimelineSheet(text) : readTimelineJSON(text, input);
	const imported = importTimeline(timeline, { file: input, today: new Date().toISOString().slice(0, 10), findFile });
	const { notes } = imported;
	let { story, kept } = imported;
	let merged: MergeReport | null = null;
	if (values.merge) {
		const before = loadKept(out);
		if (!before) console.warn(`No record of the last import beside ${out}: every event the timeline has takes the timeline's text and dates.`);
		const result = mergeImport(JSON.parse(readFileSync(out, 'utf8')), before, imported);
		({ story, kept } = result);
		merged = result.report;
		notes.push(...result.notes);
	}
	const schema = relative(dirname(resolve(out)), resolve('timeline-data/story.schema.json'));
	// `$schema` first, as editors expect it (a merged story brings its own, written again here).
	const { $schema: _merged, ...fields } = story;
	const data = { $schema: schema.startsWith('.') ? schema : `./${schema}`, ...fields };
	const result = validateStory(data, out);
	if (!result.ok) {
		console.error(`${input}: the imported story would not be valid, so nothing was written.\n${formatErrors(result.errors)}`);
		process.exit(1);
	}
	mkdirSync(dirname(resolve(out)), { recursive: true });
	writeFileSync(out, JSON.stringify(data, null, '\t') + '\n');
	// The original slides, so `npm run export` gives back what the story has not changed (fidelity.ts).
	writeFileSync(keptPath(out), JSON.stringify(kept, null, '\t') + '\n');
	for (const [from, to] of copies) {
		mkdirSync(dirname(to), { recursive: true });
		copyFileSync(from, to);
		console.log(`copied ${relative(process.cwd(), from)} → ${relative(process.cwd(), to)}`);
	}
	const s = result.story;
	console.log(
		`${input} → ${out}: ${s.events.length} events, ${s.eras.length} eras, ${s.sources.length} sources; the original slides in ${keptPath(out)}, for the export.`
	);
	if (merged) {
		const line = (what: string, ids: string[]) => ids.length && console.log(`  ${what} (${ids.length}): ${ids.join(', ')}`);
		console.log(`Merged into the story:`);
		line('updated from the timeline', merged.updated);
		line('added', merged.added);
		line('edited in the story since the last import, unchanged in the timeline: the story’s edit kept', merged.keptEdits);
		line('no longer in the timeline: kept in the story (remove by hand; check the lead, milestones and translations)', merged.gone);
		if (!merged.updated.length && !merged.added.length) console.log('  nothing new in the timeline.');
	}
	if (notes.length) console.log(`Not carried, or changed (${notes.length}):\n${report(notes).join('\n')}`);
	console.log(`Next: edit ${out} (visuals, notes, byline), then npm run validate and npm run build.`);
} catch (e) {
	if (e instanceof ImportError) {
		console.error(`${input}: ${e.message}. Nothing was written.`);
		process.exit(1);
	}
	if ((e as NodeJS.ErrnoException).code === 'ENOENT' && (e as NodeJS.ErrnoException).path === input) {
		console.error(`${input}: no such file.`);
		process.exit(1);
	}
	throw e;
}
