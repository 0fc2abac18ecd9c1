/**
 * The videos' two shapes and their files (`npm run video`). The upright one is drawn as a phone's page
 * (432×768 points at 2.5 pixels each), so its type and graphic are a phone's and read on the phone it
 * is watched on; the wide one as the deck on a 1920×1080 projector.
 */
import type { Lang } from '../../i18n/locale';

export const VIDEO_LAYOUTS = [
	{ name: '16x9', viewport: { width: 1920, height: 1080 }, scale: 1 },
	{ name: '9x16', viewport: { width: 432, height: 768 }, scale: 2.5 }
] as const;

export type VideoLayout = (typeof VIDEO_LAYOUTS)[number];

/** The video's size in pixels. */
export const videoSize = (layout: VideoLayout) => ({ width: layout.viewport.width * layout.scale, height: layout.viewport.height * layout.scale });

/** A video's file name without its extension: `story-16x9`, `story-9x16.ar` (`.mp4`, and its captions `.vtt`). */
export const videoName = (layout: VideoLayout, lang: Lang) => `story-${layout.name}${lang === 'en' ? '' : `.${lang}`}`;
