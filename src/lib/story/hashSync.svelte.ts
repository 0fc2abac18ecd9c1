/**
 * Keeps the URL hash and the active step together, for any view: the hash names the active step
 * (replaceState, so no history entries pile up), and a hash the reader types or follows moves the
 * story there. Call during component initialisation.
 */
import { onMount, untrack } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { StoryState } from './StoryState.svelte';
import { stepIndexFromHash } from './steps';

/**
 * @param story the state whose active step the hash follows
 * @param go how this view moves to a step named by the hash (scrolls there, or shows that slide)
 */
export function syncHash(story: () => StoryState, go: (index: number) => void): void {
	let ready = $state(false);

	onMount(() => {
		const onHash = () => go(stepIndexFromHash(story().story, location.hash));
		window.addEventListener('hashchange', onHash);
		return () => window.removeEventListener('hashchange', onHash);
	});

	// Arriving at the page, by loading it or by a link from another view: a deep link (#id) starts on
	// that step; an unknown id starts on the first. (SvelteKit's router can rewrite the URL only once
	// this has run, hence `ready`.)
	afterNavigate((navigation) => {
		const hash = navigation.to?.url.hash ?? location.hash;
		if (hash) go(stepIndexFromHash(story().story, hash));
		ready = true;
	});

	$effect(() => {
		const hash = `#${story().active.id}`;
		if (ready && location.hash !== hash) untrack(() => replaceState(`${location.search}${hash}`, page.state));
	});
}
