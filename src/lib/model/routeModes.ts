/**
 * The ways a route can be drawn. `unspecified` is for a move the public record reports without saying
 * how it was made: drawn, but never as land or air (a guess the story does not make).
 * Its own module, with no dependencies, so the pictures' code can list the modes without the schema's.
 */
export const routeModes = ['land', 'air', 'unspecified'] as const;
export type RouteMode = (typeof routeModes)[number];
