/**
 * The data of a page that draws the story (the reading page, the briefing, the embed, share cards):
 * the validated story in the page's language, the region's geography and the interface's words in
 * that language, serialised into the prerendered page, so the browser ships neither zod, nor the
 * world map, nor any language's table of words in its scripts. Build time only.
 */
import { formatErrors } from './data/validateTimeline.ts';
import type { Story } from '../model/types.ts';
import { isPseudoLang } from '../i18n/langs.ts';
import { editionPath, type Lang } from '../i18n/locale.ts';
import type { UiStrings } from '../i18n/strings.ts';
import { STRINGS } from './strings.all.ts';
import type { RegionGeo } from '../visuals/map/regionTypes.ts';
import { isOffline } from './buildMode.ts';
import { checkEditions, checkStory } from './loadStory.ts';
import { loadRegionGeo, regionBox } from './regionGeo.ts';
import { storyMapBox } from '../visuals/map/storyMapBox.ts';

/** The story in another language: its name in itself, and the paths of its reading page and briefing. */
export interface Language {
	lang: Lang;
	name: string;
	read: string;
	present: string;
}

export function storyPageData(lang: Lang = 'en'): { story: Story; geo: RegionGeo; strings: UiStrings; languages: Language[] } {
	const result = checkStory(undefined, isOffline());
	if (!result.ok) throw new Error(formatErrors(result.errors));
	// The region's borders, read from the world atlas and cut to the region, are worked out once per
	// build, not once per page (the reading page, the briefing and every share card): the English
	// story object is the same for as long as its file is (checkStory keeps it).
	let geo = geoOf.get(result.story);
	if (!geo) {
		const places = result.story.places;
		const needs = {
			countries: places.filter((p) => p.kind === 'country').map((p) => ({ id: p.id, name: p.name })),
			areas: places.flatMap((p) => (p.kind === 'region' && p.adm1 ? [{ id: p.id, adm1: p.adm1 }] : []))
		};
		// The region holds the places and the story's map area (each step's frame, widened round a lone place).
		const area = storyMapBox(result.story);
		const corners = area
			? [
					{ lon: area[0], lat: area[1] },
					{ lon: area[2], lat: area[3] }
				]
			: [];
		geoOf.set(result.story, (geo = withHomeCountries(loadRegionGeo(regionBox([...places, ...corners]), needs), result.story)));
	}
	// The other languages the story is told in (the English and each published translation), for the
	// language switch: worked out here, so the pages' scripts only put a path after the site's base.
	// (A pseudo-locale links to them; none links to a pseudo-locale.)
	const languages = (['en', ...checkEditions().flatMap((e) => (e.ok && !isPseudoLang(e.lang) ? [e.lang] : []))] as Lang[])
		.filter((l) => l !== lang)
		.map((l) => ({ lang: l, name: STRINGS[l].languageName, read: editionPath(l), present: `${editionPath(l)}present/` }));
	return { story: lang === 'en' ? result.story : edition(lang), geo, strings: STRINGS[lang], languages };
}

/** The story in a translation's language (the build has already refused an incomplete one). */
function edition(lang: Exclude<Lang, 'en'>): Story {
	const found = checkEditions().find((e) => e.lang === lang);
	if (!found) throw new Error(`No ${lang} translation of the story next to the dataset`);
	if (!found.ok) throw new Error(formatErrors(found.errors));
	return found.story;
}

const geoOf = new WeakMap<Story, RegionGeo>();

/**
 * Marks the atlas's countries that are the story's own (its places of kind country), matched by their
 * English names, so every edition knows them by id whatever language it names them in.
 */
function withHomeCountries(geo: RegionGeo, story: Story): RegionGeo {
	const byName = new Map(story.places.filter((p) => p.kind === 'country').map((p) => [p.name, p.id]));
	return { ...geo, countries: geo.countries.map((c) => (byName.has(c.name) ? { ...c, place: byName.get(c.name) } : c)) };
}
