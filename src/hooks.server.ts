import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { decodeEntities } from '$lib/server/interop/html';
import { offline } from '$lib/buildMode';
import { checkEditions, checkStory } from '$lib/server/loadStory';
import { editionLocale } from '$lib/i18n/editions';
import { STRINGS } from '$lib/server/strings.all';
import { fill } from '$lib/i18n/strings';
import { PENDING_STEP_JS } from '$lib/views/embed/pendingStep';
import { PENDING_SLIDE_JS, PENDING_SLIDE_LATEST_JS } from '$lib/views/present/pendingSlide';
import { editionInfo, isPseudoLang, translationLangs, type TranslationLang } from '$lib/i18n/langs';
import { OPEN_STORY_JS } from '$lib/views/site/openStory';
import { headTags } from '$lib/server/site/headTags';
import { siteUrl } from '$lib/server/site/site';

const EDITION_PATH = new RegExp(`^(${translationLangs.join('|')})(/|$)`);

/** The woff2 files of the faces a page's text is set in: an edition's typeface (@fontsource names its files after it), else the story's four Latin faces. */
function facesOf(edition: TranslationLang | undefined, themed: ('serif' | 'sans')[]): RegExp {
	const typeface = edition && editionInfo(edition).typeface;
	if (!typeface) {
		// The story's serif and sans, or the theme's faces for the roles it sets (theme-serif-400.woff2).
		const faces = [
			...(themed.includes('serif') ? [] : ['source-serif-4']),
			...(themed.includes('sans') ? [] : ['source-sans-3']),
			...themed.map((r) => `theme-${r}`)
		];
		return new RegExp(`url\\(([^)]*(?:${faces.join('|')})-[^)]*\\.woff2)\\)`, 'g');
	}
	return new RegExp(`url\\(([^)]*${typeface.toLowerCase().replace(/ /g, '-')}-[^)]*\\.woff2)\\)`, 'g');
}

/**
 * Every page is prerendered through here.
 * - What the page tells link previews and search engines (see headTags) is written into its head.
 * - An element marked `data-paint-when-parsed` (with an id) holds the first paint until the page is
 *   parsed up to it (`<link rel="expect" blocking="render">`): for layouts whose rows share the screen.
 * - A link marked `data-open-on-load` is followed at once, replacing the page (a step page sends
 *   people on to its step in the story: see src/lib/views/site/openStory.js).
 * - The embed's and the deck's first lines keep the prerendered step hidden until their script has
 *   moved to the step their address asks for (one script, src/lib/views/pendingScript.js, made by
 *   src/lib/views/embed/pendingStep.js and src/lib/views/present/pendingSlide.js).
 * SvelteKit's own scripts, data and policy are left as SvelteKit writes them. `npm run dev` gets the
 * page's language and direction here too (the rest is for published pages).
 */
export const handle: Handle = ({ event, resolve }) => {
	// '' (the story), 'present/', 'steps/<id>/', 'ar/present/': the page's path under the site's address.
	const path = event.url.pathname
		.slice(base.length)
		.replace(/^\//, '')
		.replace(/(index)?\.html$/, '');
	// A translated edition's pages say their language and direction (`/ar/`: lang="ar" dir="rtl").
	const edition = EDITION_PATH.exec(path)?.[1] as TranslationLang | undefined;
	const language = (page: string) =>
		edition ? page.replace('<html lang="en" dir="ltr">', `<html lang="${edition}" dir="${editionInfo(edition).dir}">`) : page;
	if (!building) return resolve(event, { transformPageChunk: ({ html }) => language(html) });
	// The reading page (`/`, `/ar/`) lists no module preloads in its head: its modules are asked for by
	// SvelteKit's start-up script at the end of the body instead of beside the page's faces, so they no
	// longer share a slow link with the first paint (Lighthouse's simulation counts every file finished
	// before the largest paint as on its way: 2.27 s with them, see docs/performance.md). The other
	// views, whose start is their picture, keep them.
	const reading = path === '' || path === `${edition}/`;
	return resolve(event, {
		preload: ({ type }) => type === 'css' || (type === 'js' && !reading),
		transformPageChunk: ({ html: page }) => {
			let html = language(page);
			const result = checkStory(undefined, offline);
			const editions = checkEditions().flatMap((e) => (e.ok ? [e] : []));
			// A pseudo-locale (the tests') is never named to search engines or link previews: its pages carry no address, card or alternates, and none names it.
			const pseudo = edition !== undefined && isPseudoLang(edition);
			const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
			const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
			if (result.ok && title !== undefined && description !== undefined) {
				// The page in each language it exists in: the reading page, the briefing and each step's page
				// have editions (their visible links to each other are the pages' own: StoryHeader, the deck's
				// bar, StepPage).
				const english = edition ? path.slice(edition.length + 1) : path;
				const translated = english === '' || english === 'present/' || /^steps\/[^/]+\/$/.test(english);
				const alternates: Record<string, string> =
					translated && !pseudo
						? Object.fromEntries([['en', english], ...editions.filter((e) => !isPseudoLang(e.lang)).map((e) => [e.lang, `${e.lang}/${english}`])])
						: {};
				const story = (edition && editions.find((e) => e.lang === edition)?.story) || result.story;
				// (The card's text alternative in the page's language.)
				const locale = edition ? editionLocale(edition, STRINGS[edition]) : undefined;
				// Every page links its edition's feed (src/routes/[[lang=edition]]/feed.xml/), but the offline file, a file on a disk with no feed beside it.
				const feed = offline ? undefined : fill(STRINGS[edition ?? 'en'].feedLink, { title: story.title });
				const lang = { ogLocale: edition ? editionInfo(edition).ogLocale : 'en_GB', alternates, locale, feed };
				const tags = headTags(story, pseudo ? null : siteUrl(process.env.SITE_URL), path, decodeEntities(title), decodeEntities(description), lang);
				html = html.replace('</head>', `\t${tags}${pseudo ? '\n\t\t<meta name="robots" content="noindex">' : ''}\n\t</head>`);
			}
			// The faces a page's text is set in are preloaded, so even a first visit's first paint is set
			// in them (src/lib/styles/fonts.css, arabic.css): the faces its own inlined stylesheet names,
			// the story's four Latin faces in English, an edition's typeface's regular and bold (the Arabic's)
			// (with the regular alone the first paint came 0.25 s later in Lighthouse's slow-link run: the
			// headline waited for its bold). Written here, not by a component: no page's scripts carry it.
			// Not in the offline file, which has the faces inlined.
			if (!offline) {
				const fonts = result.ok ? result.story.theme?.fonts : undefined;
				const faces = facesOf(edition, fonts ? (['serif', 'sans'] as const).filter((r) => fonts[r]) : []);
				// First in the head, before the modules' preloads: asked for first, the faces are not queued behind
				// a score of scripts (the embed, whose scripts are not deferred, painted in the fallbacks).
				const links = [...new Set([...html.matchAll(faces)].map((m) => m[1]))].map(
					(href) => `\n\t\t<link rel="preload" as="font" type="font/woff2" href="${href}" crossorigin="anonymous">`
				);
				html = html.replace(/<meta charset="utf-8" \/>/, (charset) => charset + links.join(''));
			}
			// (In the markup only: the offline file's inlined scripts hold the same words as code.)
			const markup = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
			for (const [, id] of markup.matchAll(/<[a-z]+ id="([^"]+)" data-paint-when-parsed/g))
				html = html.replace('</head>', `\t<link rel="expect" href="#${id}" blocking="render">\n\t</head>`);
			if (/<a [^>]*data-open-on-load/.test(markup)) html = html.replace('</body>', `\t<script>${OPEN_STORY_JS}</script>\n\t</body>`);
			if (path.endsWith('embed/')) return html.replace('</head>', `\t<script>${PENDING_STEP_JS}</script>\n\t</head>`);
			if (path.endsWith('present/')) {
				const pending = result.ok && result.story.opensAt === 'latest' ? PENDING_SLIDE_LATEST_JS : PENDING_SLIDE_JS;
				return html.replace('</head>', `\t<script>${pending}</script>\n\t</head>`);
			}
			return html;
		}
	});
};
