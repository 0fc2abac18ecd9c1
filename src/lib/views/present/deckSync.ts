/**
 * Keeps the briefing window and the speaker window on the same step, in both directions.
 * BroadcastChannel reaches every window of the site; postMessage to the opener / opened window also
 * works where BroadcastChannel cannot (the offline file opened from disk has an opaque origin).
 * Messages carry only a step index, and are accepted only from those windows or the channel.
 */

const CHANNEL = 'story-deck';
type Message = { source: typeof CHANNEL; index: number };

const isMessage = (data: unknown): data is Message =>
	typeof data === 'object' && data !== null && (data as Message).source === CHANNEL && Number.isInteger((data as Message).index);

export interface DeckSync {
	/** Tells the other windows that this one moved to `index`. */
	send(index: number): void;
	/** Remembers a window this one opened (the speaker view), to reach it without BroadcastChannel. */
	addPeer(peer: Window): void;
	close(): void;
}

export function deckSync(onIndex: (index: number) => void): DeckSync {
	const peers = new Set<Window>();
	if (window.opener) peers.add(window.opener as Window);
	let channel: BroadcastChannel | null = null;
	try {
		channel = new BroadcastChannel(CHANNEL);
		channel.onmessage = (e) => {
			if (isMessage(e.data)) onIndex(e.data.index);
		};
	} catch {
		channel = null;
	}
	const onWindowMessage = (e: MessageEvent) => {
		if (e.source && peers.has(e.source as Window) && isMessage(e.data)) onIndex(e.data.index);
	};
	window.addEventListener('message', onWindowMessage);

	return {
		send(index) {
			const message: Message = { source: CHANNEL, index };
			channel?.postMessage(message);
			for (const peer of peers) {
				if (peer.closed) peers.delete(peer);
				else peer.postMessage(message, '*');
			}
		},
		addPeer(peer) {
			peers.add(peer);
		},
		close() {
			channel?.close();
			window.removeEventListener('message', onWindowMessage);
		}
	};
}
