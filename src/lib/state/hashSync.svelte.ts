/**
 * Keeps the URL hash and the active step together, for any view: the hash names the active step
 * (replaceState, so no history entries pile up), and a hash the reader types or follows moves the
 * story there. Call during component initialisation.
 */
import { onMount, untrack } from 'svelte';
import { afterNavigate, replaceState } from '$app/navigation';
import type { StoryState } from './StoryState.svelte';
import { hashName, LATEST, openingHash, stepIndexFromHash } from './steps';

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
 * @returns `opened`: whether the address the page was opened at has been followed (its step is the
 *   active one from then on: the deck shows its slide then, pendingSlide.js)
 */
export function syncHash(story: () => StoryState, go: (index: number) => void, arrive: (index: number) => void = go): { readonly opened: boolean } {
	let ready = $state(false);

	/**
	 * While the reader scrolls, the address is written once the page has been still for `STILL` ms,
	 * not at every step the scroll passes: a same-document URL change costs the browser work in
	 * proportion to the page (about 4 ms a step at 1,000 steps, the largest script cost of a step
	 * change). A step changed without scrolling (a key in the deck, a jump, which is written before
	 * its scroll starts) is written at once. A late write never replaces an address someone else set
	 * meanwhile (a typed hash, a link, a test): it was scheduled from one address, and if the address
	 * is another by the time it runs, that one's `hashchange` moves the story and is followed instead.
	 */
	let lastScroll = -Infinity;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let from: string | null = null;
	const write = (late: boolean) => {
		clearTimeout(timer);
		timer = undefined;
		const wait = lastScroll + STILL - performance.now();
		if (late && wait > 0) return void (timer = setTimeout(() => write(true), wait));
		const hash = `#${untrack(() => story().active.id)}`;
		const scheduledFrom = from;
		from = null;
		if (late && location.hash !== scheduledFrom) return;
		// (No shallow-routing state to keep: the story keeps none, so the page's state is not read, and
		// SvelteKit's page-state module stays out of the reading page's start-up code.)
		if (location.hash !== hash) replaceState(`${location.search}${hash}`, {});
	};
	/** An address set by someone else (`hashchange`, a navigation) wins over a write still to come. */
	const cancel = () => {
		clearTimeout(timer);
		timer = undefined;
		from = null;
	};
	/**
	 * Whether the hash names an element of the page that is not a step (the skip link's target, the
	 * "Corrections and updates" section): the browser goes there, and the story stays where it is.
	 */
	const namesElement = (hash: string) => {
		const id = hashName(hash);
		return !!id && id !== LATEST && !story().story.events.some((e) => e.id === id) && document.getElementById(id) !== null;
	};
	const open = (address: string, move: (index: number) => void) => {
		const hash = openingHash(story().story, address);
		if (hash && !namesElement(hash)) move(stepIndexFromHash(story().story, hash));
		ready = true;
	};

	onMount(() => {
		// The address the reader went to is the event's: on a busy page the story can have moved and
		// written its own step into the address between the change and this event (the browser's scroll
		// to the #id crossing steps first), and `location.hash` would then name that step instead.
		const onHash = (event: HashChangeEvent) => {
			cancel();
			const hash = new URL(event.newURL).hash;
			if (!namesElement(hash)) go(stepIndexFromHash(story().story, hash));
		};
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
		cancel();
		open(navigation.to?.url.hash ?? location.hash, first ? arrive : go);
	});

	onMount(() => {
		const scrolled = (event: Event) => (lastScroll = event.timeStamp);
		// Written at once when the page is left, so a reload or the history names the step on screen.
		const leave = () => timer !== undefined && write(false);
		window.addEventListener('scroll', scrolled, { passive: true });
		window.addEventListener('pagehide', leave);
		return () => {
			window.removeEventListener('scroll', scrolled);
			window.removeEventListener('pagehide', leave);
			clearTimeout(timer);
		};
	});

	$effect(() => {
		const hash = `#${story().active.id}`;
		if (!ready) return;
		untrack(() => {
			if (location.hash === hash) return;
			if (performance.now() - lastScroll >= STILL) return write(false);
			from ??= location.hash;
			timer ??= setTimeout(() => write(true), STILL);
		});
	});

	return {
		get opened() {
			return ready;
		}
	};
}

/** How long the page must be still, after a scroll, before the address names the active step (ms). */
const STILL = 150;
