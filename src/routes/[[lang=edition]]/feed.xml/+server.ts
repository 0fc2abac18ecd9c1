import { error } from '@sveltejs/kit';
import { editionPath } from '$lib/i18n/locale';
import { editionEntries } from '$lib/server/editionPage';
import { checkEditions, loadStory } from '$lib/server/loadStory';
import { atomFeed } from '$lib/server/site/feed';
import { siteUrl } from '$lib/server/site/site';
import { STRINGS } from '$lib/server/strings.all';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/**
 * `/feed.xml` and each built edition's, `/ar/feed.xml`: every step and correction in the edition's
 * language (src/lib/server/site/feed.ts). The tests' pseudo-locales get one too, as they get every
 * page: they are built only for the tests, and their pages link their own feed.
 */
export const entries: EntryGenerator = editionEntries;

export const GET: RequestHandler = ({ params }) => {
	const lang = params.lang ?? 'en';
	const edition = params.lang ? checkEditions().find((e) => e.lang === params.lang) : undefined;
	if (params.lang && !edition?.ok) error(404, `No ${params.lang} edition`);
	const story = edition?.ok ? edition.story : loadStory();
	const feed = atomFeed({ story, lang, t: STRINGS[lang], home: editionPath(lang), site: siteUrl(process.env.SITE_URL) });
	return new Response(feed, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
