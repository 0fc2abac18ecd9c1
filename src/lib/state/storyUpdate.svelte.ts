/**
 * A newer build of the story, found while the page is open (the app's UpdateNotice checks): what it
 * brings, and whether the reader closed the notice. Shared, so the reading page's own notice of what
 * is new since the last visit gives way to it (one notice at a time).
 */
import type { WhatsNew } from '../model/changes';

class StoryUpdate {
	/** What the newer build brings (null: none found; nothing new: a build that changes no step). */
	news = $state<WhatsNew | null>(null);
	closed = $state(false);
	get shown(): boolean {
		return this.news !== null && !this.closed;
	}
}

export const storyUpdate = new StoryUpdate();
