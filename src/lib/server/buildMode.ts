/**
 * The build-mode switch (`OFFLINE=1`, see src/lib/buildMode.ts) as the build's Node code reads it:
 * the Vite config, the dataset's checks it runs and the pages' server code, asked each time (the unit
 * tests set it).
 */
export const isOffline = () => process.env.OFFLINE === '1';
