import { storyPageData } from '$lib/server/storyPage';

export const load = () => storyPageData();
