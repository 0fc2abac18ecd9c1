/**
 * The one build-mode switch, `OFFLINE=1` (scripts/build-offline.mjs builds the single-file editions
 * with it: every script, style and face inlined, every view in one file, no step pages). The pages'
 * code sees it as a constant fixed at build time (vite.config.ts defines `import.meta.env.VITE_OFFLINE`
 * from it), so the other mode's code is left out of the bundle; build-time code outside the pages reads
 * it from the environment (src/lib/server/buildMode.ts).
 */
export const offline = import.meta.env.VITE_OFFLINE === '1';
