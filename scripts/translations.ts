// `npm run translations -- COMMAND --lang LANG [options]`: a translation's round trip with the tools
// translators use (XLIFF 2.0), and the record of which English each translated text translates.
//
//   export [--out FILE] [--todo]   writes the story's texts as XLIFF 2.0 (default translations/story.ar.xlf):
//                                  English, translation, state, a note on stale ones; --todo: only what needs work
//   import [FILE] [--dry-run] [--verbose]
//                                  reads a translated XLIFF back into the overlay (timeline-data/story.ar.json),
//                                  checks it, stamps what it imports, and reports what changed (--verbose: the
//                                  unchanged units too)
//   stamp [UNIT…]                  records the current English's fingerprint for every translated text (or the
//                                  units, prefixes such as events.<id>, or event ids named): "checked"
//
// The dataset is timeline-data/story.json, or STORY_DATA; --lang defaults to the only translated language.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { translatableLangs, translationPath, type TranslationLang } from '../src/lib/server/data/translation.ts';
import { formatErrors } from '../src/lib/server/data/validateTimeline.ts';
import { EDITIONS } from '../src/lib/i18n/editions.ts';
import { checkStory, storyPath } from '../src/lib/server/loadStory.ts';
import { exportXliff, importXliff, stampOverlay, type ImportEntry } from '../src/lib/server/translationExchange.ts';

const USAGE = `Usage: npm run translations -- export|import|stamp --lang ${translatableLangs.join('|')} [options]
  export [--out FILE] [--todo]   the story's texts as XLIFF 2.0 for a translation tool
  import [FILE] [--dry-run] [--verbose]   a translated XLIFF file back into the overlay
  stamp [UNIT…]                  record the English each translated text now translates (all, or those named)`;

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		lang: { type: 'string' },
		out: { type: 'string' },
		todo: { type: 'boolean', default: false },
		'dry-run': { type: 'boolean', default: false },
		verbose: { type: 'boolean', default: false },
		help: { type: 'boolean', default: false }
	}
});
const [command, ...rest] = positionals;
const fail = (message: string): never => {
	console.error(message);
	process.exit(1);
};
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (!command || !['export', 'import', 'stamp'].includes(command)) fail(USAGE);
const lang = (values.lang ?? (translatableLangs.length === 1 ? translatableLangs[0] : undefined)) as TranslationLang | undefined;
if (!lang || !(translatableLangs as readonly string[]).includes(lang)) fail(`--lang must be one of: ${translatableLangs.join(', ')}\n${USAGE}`);
const language = lang as TranslationLang;

const dataset = storyPath();
const checked = checkStory(dataset);
if (!checked.ok) fail(formatErrors(checked.errors));
const story = checked.ok ? checked.story : fail('');
const overlayPath = translationPath(dataset, language);
const overlayFile = relative(process.cwd(), overlayPath);
if (!existsSync(overlayPath))
	fail(`${overlayFile}: no such file. Start one with the story's shape: { "lang": "${language}", "story": {}, "places": {}, "sources": {}, "events": {} }`);
const overlay = readFileSync(overlayPath, 'utf8');
/** The exchange file: translations/story.ar.xlf for timeline-data/story.json. */
const xliffPath = `translations/${basename(dataset).replace(/\.json$/, '')}.${language}.xlf`;
const clip = (s = '') => (s.length > 70 ? `${s.slice(0, 69)}…` : s);

try {
	if (command === 'stamp') {
		const { text, stamped, removed } = stampOverlay(overlay, overlayFile, story, language, rest);
		if (text !== overlay) writeFileSync(overlayPath, text);
		console.log(
			`${overlayFile}: ${stamped.length} text(s) stamped${removed.length ? `, ${removed.length} fingerprint(s) of texts no longer there removed` : ''}${text === overlay ? ' (no change)' : ''}`
		);
		for (const u of stamped) console.log(`  stamped  ${u.id}  (${u.where} › ${u.field})`);
		for (const id of removed) console.log(`  removed  ${id}`);
	} else if (command === 'export') {
		const out = values.out ?? xliffPath;
		const xml = exportXliff(overlay, overlayFile, story, language, {
			dir: EDITIONS[language].dir,
			original: relative(process.cwd(), dataset),
			todo: values.todo
		});
		const units = (xml.match(/<unit /g) ?? []).length;
		if (out === '-') process.stdout.write(xml);
		else {
			mkdirSync(dirname(out), { recursive: true });
			writeFileSync(out, xml);
			const todo = (xml.match(/state="initial"/g) ?? []).length;
			console.log(`wrote ${out}: ${units} unit(s), ${todo} to translate or check (state "initial")`);
		}
	} else {
		if (rest.length > 1) fail(USAGE);
		const from = rest[0] ?? xliffPath;
		if (!existsSync(from)) fail(`${from}: no such file (export one with: npm run translations -- export --lang ${language})`);
		const result = importXliff(readFileSync(from, 'utf8'), overlay, overlayFile, story, language);
		if (!result.ok) fail(`${from}: not imported: ${result.error}`);
		if (result.ok) {
			const { report, text } = result;
			const line = (kind: string, e: ImportEntry, detail: string) =>
				console.log(`  ${kind.padEnd(9)} ${e.id}  ${detail}${e.staleSince ? '  (translated from an earlier English: still stale)' : ''}`);
			for (const e of report.added) line('added', e, `"${clip(e.after)}"`);
			for (const e of report.changed) line('changed', e, `"${clip(e.before)}" → "${clip(e.after)}"`);
			for (const e of report.confirmed) line('confirmed', e, '(same translation, now stamped)');
			for (const r of report.rejected) console.log(`  rejected  ${r.id}  ${r.reason}`);
			if (values.verbose) for (const id of report.unchanged) console.log(`  unchanged ${id}`);
			const dry = values['dry-run'];
			if (text !== overlay && !dry) writeFileSync(overlayPath, text);
			console.log(
				`${from} → ${overlayFile}: ${report.added.length} added, ${report.changed.length} changed, ${report.confirmed.length} confirmed, ${report.unchanged.length} unchanged, ${report.rejected.length} rejected${dry ? ' (dry run: nothing written)' : text === overlay ? ' (nothing to write)' : ''}`
			);
			if (report.rejected.length) process.exitCode = 1;
		}
	}
} catch (err) {
	fail((err as Error).message);
}
