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
	return { story: result.story, geo: loadRegionGeo(regionBox(result.story.places)) };
}
