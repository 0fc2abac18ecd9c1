/**
 * The data of a page that draws the story (the reading page and the briefing): the validated story
 * and the region's geography, serialised into the prerendered page, so the browser ships neither zod
 * nor the world map. Build time only.
 */
import { formatErrors } from '../data/validateTimeline.ts';
import type { Story } from '../data/types.ts';
import type { RegionGeo } from '../visuals/map/regionTypes.ts';
import { checkStory } from './loadStory.ts';
import { loadRegionGeo, regionBox } from './regionGeo.ts';

export function storyPageData(): { story: Story; geo: RegionGeo } {
	const result = checkStory(undefined, process.env.OFFLINE === '1');
	if (!result.ok) throw new Error(formatErrors(result.errors));
	const story = result.story;
	// The story object is the same for as long as the file is (checkStory keeps it), so the region's
	// borders, read from the world atlas and cut to the region, are worked out once per build, not
	// once per page (the reading page, the briefing and every share card).
	let geo = geoOf.get(story);
	if (!geo) geoOf.set(story, (geo = loadRegionGeo(regionBox(story.places))));
	return { story, geo };
}

const geoOf = new WeakMap<Story, RegionGeo>();
