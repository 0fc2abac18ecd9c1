/**
 * The lead picture's drawing: the lead step's visual, still, laid out once at a fixed size that fits
 * the narrowest phone (wider screens enlarge it by CSS), so the drawing made at build time is the final
 * one. Shared by the build-time drawing of the reading page's lead (`$lib/server/leadPicture.ts`) and
 * the share cards, which draw it live; the reading page's script never imports it.
 */
import type { ComponentProps } from 'svelte';
import type { Story } from '../../model/types';
import type { Locale } from '../../i18n/locale';
import { describeVisual, visualState } from '../../state/visualState';
import type { RegionGeo } from '../../visuals/map/regionTypes';
import type VisualByKind from '../../visuals/VisualByKind.svelte';

/** The layout size, in CSS pixels before the enlargement wider screens get. */
export const LEAD_WIDTH = 340;
export const LEAD_HEIGHT = 330;

/** What the lead picture's frame needs to know of its drawing. */
export interface LeadFrame {
	/** The step whose visual it draws. */
	step: string;
	/**
	 * Whether the drawing may grow taller than the frame: the squares and the dots flow (a longer
	 * language's words run longer than their estimate); a map, a photo and a fitted picture keep it.
	 */
	flows: boolean;
	/** Its text alternative: the description the graphic gives that step. */
	caption: string;
}

/** The props VisualByKind draws the lead picture with, and its frame. */
export function leadPictureOf(story: Story, geo: RegionGeo, index: number, locale: Locale): { props: ComponentProps<typeof VisualByKind>; frame: LeadFrame } {
	const visual = visualState(story, index);
	const step = story.events[index].id;
	return {
		props: { state: visual, story, geo, width: LEAD_WIDTH, height: LEAD_HEIGHT, activeId: step, locale, still: true, photoLoading: 'eager' },
		frame: { step, flows: visual.kind === 'units' || visual.kind === 'countries', caption: describeVisual(visual, locale) }
	};
}
