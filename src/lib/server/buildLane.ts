/**
 * A build lane: BUILD_LANE names a folder (`build-lanes/b`) where a build keeps what it writes for
 * itself, so that two builds of different stories can run side by side on one checkout (the e2e suite
 * builds its sites two at a time: scripts/e2e-build.ts). SvelteKit's working folder goes there
 * (svelte.config.js), and so do the story's faces, cut to its characters, and its theme's stylesheet,
 * which a build otherwise writes into src/lib/styles/ (faces/, generated/theme.css): the stylesheets
 * that name them are pointed there by vite.config.ts. Without BUILD_LANE (every build but the suite's
 * second lane, and `npm run dev`) nothing changes. Build time only.
 */
import { join, resolve } from 'node:path';

/** The lane's folder, or null for an ordinary build. */
export const buildLane = (): string | null => process.env.BUILD_LANE || null;

/** Where the story's cut faces are written: src/lib/styles/faces, or the lane's own. */
export const facesDir = (): string => {
	const lane = buildLane();
	return lane ? join(lane, 'faces') : 'src/lib/styles/faces';
};

/** The theme's stylesheet as the layout imports it. */
export const THEME_CSS = 'src/lib/styles/generated/theme.css';

/** Where the build writes the theme's stylesheet: THEME_CSS, or the lane's own (read in its place). */
export const themeCssFile = (): string => {
	const lane = buildLane();
	return lane ? join(lane, 'theme.css') : THEME_CSS;
};

/**
 * Vite aliases pointing the stylesheets' faces (`url('./faces/…')`, and the theme's `../faces/…`) at
 * the lane's: none for an ordinary build.
 */
export function laneAliases(): { find: RegExp; replacement: string }[] {
	const lane = buildLane();
	return lane ? [{ find: /^\.{1,2}\/faces\//, replacement: `${resolve(lane, 'faces')}/` }] : [];
}
