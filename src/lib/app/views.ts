import type { StoryState } from '../story/StoryState.svelte';
import type { RegionGeo } from '../visuals/map/regionTypes';

/** The story's three views: the longform reading page, the briefing deck and its speaker window. */
export type View = 'read' | 'present' | 'speaker';

/** What every view is given, so any one of them can be drawn in place of another. */
export interface ViewProps {
	story: StoryState;
	geo: RegionGeo;
	/** Addresses of the three views (in the offline file, `?view=` links). */
	readHref: string;
	presentHref: string;
	speakerHref: string;
}
