/** The dataset the build used, read from disk so tests follow the data rather than restating it. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { storySchema } from '../../src/lib/model/schema';
import { formatEventDate, formatStoryDate } from '../../src/lib/model/dates';
import { localizeStory, translationSchema } from '../../src/lib/server/data/translation';
import { editionLocale } from '../../src/lib/i18n/editions';
import { en } from '../../src/lib/i18n/locale';
import { fill, type Template, type UiStrings } from '../../src/lib/i18n/strings';
import { EN, english } from '../../src/lib/i18n/strings.en';
import { AR } from '../../src/lib/i18n/strings.ar';
import { checkEditions, checkStory } from '../../src/lib/server/loadStory';

const ar = editionLocale('ar', AR);
/** How the Arabic credits say the translation's review (as the build does: loadStory's reviewWords). */
const arReview = { reviewed: AR.translationReviewed, draft: AR.translationDraft, date: (iso: string) => formatStoryDate(iso, ar.date) };

export const story = storySchema.parse(JSON.parse(readFileSync('timeline-data/story.json', 'utf8')));
export const dateText = formatEventDate;

type Event = Parameters<typeof formatEventDate>[0];

/**
 * The story in every language it is built in, for suites that run on each edition: its address
 * (`path('/present/')` is `/ar/present/` in Arabic), its words (the translation overlay applied) and
 * interface words (`t`, with `say` to fill a template's numbers the way the edition writes them), its
 * dates, its reading direction, and the keys and swipe that go forward in its deck (← in Arabic).
 */
export const editions = [
	{
		lang: 'en',
		dir: 'ltr',
		path: (p: string) => p,
		offline: 'build/offline.html',
		story,
		t: EN as UiStrings,
		/** The edition's words, numbers and dates, for the app's own sentence writers (`describeVisual`). */
		locale: english,
		number: (n: number) => en.number(n),
		dateText: (e: Event) => formatEventDate(e),
		keys: { next: ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter'], previous: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space'] },
		/** A swipe forward moves the finger this way (px, sign only). */
		swipeForward: -1,
		/** The digits a briefer types for "a number, then Enter" on this edition's keyboard. */
		digits: '0123456789',
		typeface: '"Source Serif 4"'
	},
	{
		lang: 'ar',
		dir: 'rtl',
		path: (p: string) => `/ar${p}`,
		offline: 'build/offline.ar.html',
		story: localizeStory(story, translationSchema.parse(JSON.parse(readFileSync('timeline-data/story.ar.json', 'utf8'))), arReview),
		t: AR as UiStrings,
		locale: ar,
		number: (n: number) => ar.number(n),
		dateText: (e: Event) => formatEventDate(e, ar.date),
		keys: { next: ['ArrowLeft', 'ArrowDown', 'PageDown', 'Space', 'Enter'], previous: ['ArrowRight', 'ArrowUp', 'PageUp', 'Shift+Space'] },
		swipeForward: 1,
		digits: '٠١٢٣٤٥٦٧٨٩',
		typeface: '"Noto Naskh Arabic"'
	}
] as const;

export type Edition = (typeof editions)[number];

/**
 * `editions` for another dataset (a fixture's, as the build reads it): each edition's interface words,
 * dates and keys, with that dataset's story in it. Throws if the dataset or one of its overlays does
 * not check, so no edition is left out unsaid.
 */
export function editionsOf(data: string) {
	const english = checkStory(data);
	if (!english.ok) throw new Error(`${data} does not validate`);
	const translated = new Map(checkEditions(data).flatMap((e) => (e.ok ? [[e.lang, e.story] as const] : [])));
	return editions.map((ed) => {
		const story = ed.lang === 'en' ? english.story : translated.get(ed.lang);
		if (!story) throw new Error(`${data}: its ${ed.lang} overlay does not check (npm run validate)`);
		return { ...ed, story };
	});
}

/** Text with its 0–9 written in the edition's digits: `digits(ar, '00:00')` is `٠٠:٠٠`. */
export function digits(ed: Edition, text: string): string {
	return text.replace(/[0-9]/g, (d) => ed.digits[Number(d)]);
}

/**
 * Types a step number in the edition's digits. Playwright's keyboard has no key for ١, so Arabic-Indic
 * digits arrive as the keydown an Arabic-Indic layout sends (its key, on the digit row's code).
 */
export async function typeDigits(page: Page, ed: Edition, number: string): Promise<void> {
	for (const d of number) {
		if (ed.digits === '0123456789') await page.keyboard.press(d);
		else
			await page.evaluate(
				([key, code]) => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true })),
				[ed.digits[Number(d)], `Digit${d}`]
			);
	}
}

/** An interface template with its numbers written the edition's way: `say(ed, ed.t.stepOf, { n: 7, count: 17 })`. */
export function say<N extends string>(ed: Edition, template: Template<N>, values: NoInfer<Record<N, string | number>>): string {
	const written = Object.fromEntries(Object.entries<string | number>(values).map(([k, v]) => [k, typeof v === 'number' ? ed.number(v) : v]));
	return fill(template, written as never);
}

/** The screens the layout suites walk: phones both ways up, a tablet, a laptop and a projector. */
export const screens = [
	{ name: 'phone', width: 390, height: 844, touch: true },
	{ name: 'phone on its side', width: 844, height: 390, touch: true },
	{ name: 'tablet', width: 820, height: 1180, touch: true },
	{ name: 'desktop', width: 1440, height: 900, touch: false },
	{ name: 'projector', width: 1920, height: 1080, touch: false }
];
