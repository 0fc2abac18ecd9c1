import type { StoryState } from '../../state/StoryState.svelte';
import type { RegionGeo } from '../../visuals/map/regionTypes';

/**
 * The story's views: the longform reading page, the briefing deck and its speaker window, and the
 * embed (the story in another site's article).
 */
export type View = 'read' | 'present' | 'speaker' | 'embed';

/** What every view is given, so any one of them can be drawn in place of another. */
export interface ViewProps {
	story: StoryState;
	geo: RegionGeo;
	/** The story in the other languages it is told in: each edition's own name and this view's address there. */
	languages: { lang: string; name: string; href: string }[];
	/** Addresses of the views one can move to (in the offline file, `?view=` links). */
	readHref: string;
	presentHref: string;
	speakerHref: string;
}
