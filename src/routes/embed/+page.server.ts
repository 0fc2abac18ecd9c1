import { storyPageData } from '$lib/server/storyPage';

/** `/embed/` (a folder, so a host's rules for `/embed/*` cover it): the story for other pages' iframes. */
export const trailingSlash = 'always';

export const load = () => storyPageData();
