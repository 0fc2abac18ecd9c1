/**
 * Keeps the URL hash and the active step together, for any view: the hash names the active step
 * (replaceState, so no history entries pile up), and a hash the reader types or follows moves the
 * story there. Call during component initialisation.
 */
import { onMount, untrack } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import type { StoryState } from './StoryState.svelte';
import { stepIndexFromHash } from './steps';

/**
 * Whether the page has already arrived (SvelteKit's first navigation has run). A view loaded on demand
 * (`?view=speaker`) mounts after that and is never told about it, so it reads the hash on mount.
 */
let arrived = false;

/**
 * Notes the page's arrival whichever view is on show: call it in the component that stays for the
 * page's life (StoryApp), so a view mounted after the views it replaced still knows.
 */
export function trackArrival(): void {
	afterNavigate(() => {
		arrived = true;
	});
}

/**
 * @param story the state whose active step the hash follows
 * @param go how this view moves to a step named by the hash (scrolls there, or shows that slide)
 * @param arrive how it moves there when the page is first opened with a hash; by default `go` (the
 *   reading view passes one that leaves a reader who has already scrolled elsewhere where they are)
 */
export function syncHash(story: () => StoryState, go: (index: number) => void, arrive: (index: number) => void = go): void {
	let ready = $state(false);
	const open = (hash: string, move: (index: number) => void) => {
		if (hash) move(stepIndexFromHash(story().story, hash));
		ready = true;
	};

	onMount(() => {
		const onHash = () => go(stepIndexFromHash(story().story, location.hash));
		window.addEventListener('hashchange', onHash);
		if (arrived) open(location.hash, arrive);
		return () => window.removeEventListener('hashchange', onHash);
	});

	// Arriving at the page, by loading it or by a link from another view: a deep link (#id) starts on
	// that step; an unknown id starts on the first. (SvelteKit's router can rewrite the URL only once
	// this has run, hence `ready`.)
	afterNavigate((navigation) => {
		const first = !arrived;
		arrived = true;
		open(navigation.to?.url.hash ?? location.hash, first ? arrive : go);
	});

	$effect(() => {
		const hash = `#${story().active.id}`;
		// (No shallow-routing state to keep: the story keeps none, so the page's state is not read, and
		// SvelteKit's page-state module stays out of the reading page's start-up code.)
		if (ready && location.hash !== hash) untrack(() => replaceState(`${location.search}${hash}`, {}));
	});
}
