/**
 * The map's maths, in plain Mercator: places and borders are projected once (borders at build time,
 * see server/regionGeo.ts) into fixed "map units", and each step's view is just a scale and an offset
 * of those units. Zooming between steps then moves one SVG transform, not thousands of points.
 * Pure functions of the state and the drawing size, in files by what they are:
 * - projection.ts: Mercator, the view (frame) of a step, the steady story frame;
 * - outlines.ts: outlines as rings, a label's box inside or across one;
 * - labelPlacement.ts: where names go (placeLabels);
 * - mapKey.ts: the key's entries and grid;
 * - routes.ts: routes, border crossings, the departure arrow.
 * mapScene.ts (what a step draws, on screen) and mapLabels.ts (where its names go) compose them per step.
 */
export * from './projection';
export * from './outlines';
export * from './labelPlacement';
export * from './mapKey';
export * from './routes';
