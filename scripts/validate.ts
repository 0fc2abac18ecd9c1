/**
 * `npm run validate [--strict] [file…]`: validates the story dataset(s), their photo steps' pictures
 * included, and their translations (`story.ar.json` next to `story.json`), and prints every problem
 * found: the story's warnings (what publishes but a desk should see first, such as a step with no
 * source), and for each edition its missing texts, its stale ones (the English changed since they
 * were translated) and what it translates that the story no longer has, by file, event and field.
 *
 * A lagging translation is reported, not refused (the build publishes it, the English kept where a
 * text is missing); with `--strict` (or `TRANSLATIONS=strict`) a missing or stale text fails, as it
 * fails a strict build. An overlay that cannot be read always fails.
 */
import { relative, resolve } from 'node:path';
import { formatError, formatErrors, storyWarnings, type ValidationError } from '../src/lib/server/data/validateTimeline';
import { checkEditions, checkStory, editionCounts, storyPath, strictTranslations } from '../src/lib/server/loadStory';

const args = process.argv.slice(2);
const strict = args.includes('--strict') || strictTranslations();
const given = args.filter((a) => a !== '--strict');
const files = given.length ? given.map((f) => resolve(f)) : [storyPath()];

const list = (title: string, problems: ValidationError[]) => {
	if (!problems.length) return;
	console.log(`  ${title} (${problems.length}):`);
	for (const p of problems) console.log(`    ${formatError(p)}`);
};

let failed = false;
for (const path of files) {
	const file = relative(process.cwd(), path);
	const result = checkStory(path);
	if (!result.ok) {
		failed = true;
		console.error(formatErrors(result.errors));
		continue;
	}
	const warnings = storyWarnings(result.story, file);
	console.log(
		`${warnings.length ? '!' : '✓'} ${file}: ${result.story.events.length} events, ${result.story.places.length} places, ${result.story.sources.length} sources`
	);
	list('warnings', warnings);
	for (const edition of checkEditions(path, false)) {
		if (!edition.ok && !edition.report && !edition.leftOut) {
			// The overlay cannot be used at all.
			failed = true;
			console.error(formatErrors(edition.errors));
			continue;
		}
		const report = edition.ok ? edition : edition.report;
		const head = `${edition.file} (${edition.lang})`;
		if (!report) {
			console.log(`- ${head}: not built: ${edition.ok ? '' : edition.leftOut}`);
			continue;
		}
		const lagging = report.missing.length + report.stale.length > 0;
		const whole = !lagging && !report.leftOver.length;
		if (strict && lagging) failed = true;
		const what = edition.ok
			? lagging
				? report.missing.length
					? 'published with the missing texts in English'
					: 'published'
				: ''
			: `not built: ${edition.leftOut}`;
		const mark = whole ? '✓' : strict && lagging ? '✗' : '!';
		console.log(`${mark} ${head}: ${editionCounts(report)}${what ? `: ${what}` : ''}${strict && lagging ? ' (refused: --strict)' : ''}`);
		list('missing', report.missing);
		list('stale', report.stale);
		list('left over, warnings', report.leftOver);
	}
}
process.exit(failed ? 1 : 0);
