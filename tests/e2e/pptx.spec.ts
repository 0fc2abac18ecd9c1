/**
 * `npm run pptx`: the briefing as PowerPoint files, made from the second story's build (its four steps
 * make six slides an edition, where the real story's twenty took the suite 22 s of its 2 cores to
 * photograph at twice the projector's pixels; the same code makes both) and opened here as the zip of
 * XML they are. Checked on each edition: a slide per step plus the title and sources slides,
 * each step's words as editable text (not only in the picture), its notes in its notes page, sharp
 * pictures, right-to-left paragraphs in Arabic, the document's properties, every part declared.
 * And bad input: one line saying what to do, and no file.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runScript } from './runScript';
import { scratch } from './scratch';
import { readPptx } from '../support/pptx';
import { editionsOf } from './story';
import { fill } from '../../src/lib/i18n/strings';
import { formatStoryDate } from '../../src/lib/model/dates';
import { lastModified } from '../../src/lib/model/changes';

const BUILD = 'build-second';
const DATA = 'tests/fixtures/second-story.json';
/** The second story in each edition it is built in, with that edition's interface words and dates. */
const editions = editionsOf(DATA);

/** `npm run pptx` as a newsroom runs it, with BUILD_DIR and arguments; resolves to its exit code and output. */
const pptx = (args: string[], env: Record<string, string> = {}) => runScript('pptx', args, env);
const made = (dir: string) => readdirSync(dir).filter((f) => f.includes('briefing'));

test.describe('the PowerPoint briefing', () => {
	test.describe.configure({ mode: 'serial' });
	let out = '';

	test.beforeAll(async () => {
		test.setTimeout(240_000);
		// A folder that is not there yet: `--out` makes it, as a desk names a new one.
		out = test.info().outputPath('briefing');
		const result = await pptx(['--out', out], { BUILD_DIR: BUILD });
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
	});

	for (const ed of editions) {
		const file = ed.lang === 'en' ? 'briefing.pptx' : `briefing.${ed.lang}.pptx`;

		test(`${file}: the title slide, one slide per step in order, the sources; every part declared`, async () => {
			const { slides, undeclared } = await readPptx(readFileSync(join(out, file)));
			expect(undeclared).toEqual([]);
			expect(slides).toHaveLength(ed.story.events.length + 2);
			expect(slides[0].texts).toContain(ed.story.title);
			expect(slides[0].texts).toContain(ed.story.dek);
			// The day the briefing is as of (the story's last change), to check the file against the live page.
			expect(slides[0].texts).toContain(fill(ed.t.asOf, { date: formatStoryDate(lastModified(ed.story), ed.locale.date) }));
			const closing = slides.at(-1)!;
			for (const source of ed.story.sources) expect(closing.texts.some((t) => t.startsWith(source.title))).toBe(true);
		});

		test(`${file}: each step’s date, title and caption as editable text, its notes as speaker notes, its picture sharp`, async () => {
			const { slides } = await readPptx(readFileSync(join(out, file)));
			for (const [i, event] of ed.story.events.entries()) {
				const slide = slides[i + 1];
				expect(slide.texts, event.id).toContain(event.title);
				expect(slide.texts, event.id).toContain(event.body[0]);
				expect(slide.texts, event.id).toContain(ed.dateText(event).toLocaleUpperCase(ed.lang));
				expect(slide.notes, event.id).toBe(event.notes);
				expect(slide.pictures, event.id).toHaveLength(1);
				expect(slide.pictures[0].width, event.id).toBeGreaterThanOrEqual(1920);
				// The picture's text alternative is the graphic's description for screen readers.
				expect(slide.pictures[0].alt.length, event.id).toBeGreaterThan(10);
				// Right to left in Arabic, and only there.
				expect(slide.rtlParagraphs > 0, event.id).toBe(ed.dir === 'rtl');
			}
		});

		test(`${file}: its title, author from the byline and the dataset’s updated date as document properties`, async () => {
			const { core } = await readPptx(readFileSync(join(out, file)));
			expect(core).toContain(`<dc:title>${ed.story.title.replace(/&/g, '&amp;')}</dc:title>`);
			expect(core).toContain(`<dc:creator>${ed.story.byline.replace(/^By /, '')}</dc:creator>`);
			expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${ed.story.updated}T00:00:00Z</dcterms:modified>`);
		});
	}

	test('each step’s picture is its own state: no two slides show the same picture', async () => {
		for (const ed of editions) {
			const { slides } = await readPptx(readFileSync(join(out, ed.lang === 'en' ? 'briefing.pptx' : `briefing.${ed.lang}.pptx`)));
			const digests = slides.slice(1, -1).map((s) => s.pictures[0].digest);
			expect(new Set(digests).size, ed.lang).toBe(ed.story.events.length);
		}
	});
});

test.describe('bad input stops npm run pptx with one line and no file', () => {
	test('run before a build', async () => {
		const empty = scratch('no-build');
		const result = await pptx(['--out', empty], { BUILD_DIR: empty });
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toEqual([`No built site in ${empty}/: run \`npm run build\` first, then \`npm run pptx\`.`]);
		expect(made(empty)).toEqual([]);
	});

	test('a dataset changed since the build', async () => {
		const stale = scratch('stale');
		mkdirSync(join(stale, 'present'));
		writeFileSync(join(stale, 'present', 'index.html'), '<!doctype html>');
		writeFileSync(join(stale, 'build-info.json'), JSON.stringify({ dataset: 'timeline-data/story.json', sha256: 'an older dataset', base: '' }));
		const result = await pptx(['--out', stale], { BUILD_DIR: stale });
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toEqual([
			`timeline-data/story.json has changed since the site in ${stale}/ was built: run \`npm run build\` again, then \`npm run pptx\`.`
		]);
		expect(made(stale)).toEqual([]);
	});

	test('a briefing whose steps cannot be drawn', async () => {
		test.setTimeout(120_000);
		const broken = scratch('broken');
		cpSync(BUILD, broken, { recursive: true, filter: (src) => !/\.(pptx|pdf)$/.test(src) });
		// The deck's start-up script fails, so no step is ever drawn.
		const entry = join(broken, '_app/immutable/entry');
		for (const f of readdirSync(entry).filter((f) => f.startsWith('start.'))) writeFileSync(join(entry, f), 'throw new Error("the deck is broken");');
		const result = await pptx(['--out', broken], { BUILD_DIR: broken });
		expect(result.code).toBe(1);
		const lines = result.stderr.trim().split('\n');
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(
			/^The briefing at http:\/\/127\.0\.0\.1:\d+\/present\/ did not start \(the deck is broken\): run `npm run build` again, then `npm run pptx`\.$/
		);
		expect(made(broken)).toEqual([]);
	});
});
