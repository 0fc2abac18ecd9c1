/** The dataset the build used, read from disk so tests follow the data rather than restating it. */
import { readFileSync } from 'node:fs';
import { storySchema } from '../../src/lib/data/schema';
import { formatEventDate } from '../../src/lib/data/dates';
import { localizeStory, translationSchema } from '../../src/lib/data/translation';
import { ar } from '../../src/lib/i18n/ar';

export const story = storySchema.parse(JSON.parse(readFileSync('timeline-data/story.json', 'utf8')));
export const dateText = formatEventDate;

/**
 * The story in every language it is built in, for suites that run on each edition: its address
 * (`path('/present')` is `/ar/present` in Arabic), its words (the translation overlay applied), its
 * dates as the edition writes them, and its reading direction.
 */
export const editions = [
	{ lang: 'en', dir: 'ltr', path: (p: string) => p, story, dateText: (e: Parameters<typeof formatEventDate>[0]) => formatEventDate(e) },
	{
		lang: 'ar',
		dir: 'rtl',
		path: (p: string) => `/ar${p}`,
		story: localizeStory(story, translationSchema.parse(JSON.parse(readFileSync('timeline-data/story.ar.json', 'utf8')))),
		dateText: (e: Parameters<typeof formatEventDate>[0]) => formatEventDate(e, ar.date)
	}
] as const;
