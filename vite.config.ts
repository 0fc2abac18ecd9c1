import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { loadStory, storyPath } from './src/lib/server/loadStory.ts';

/**
 * Validates the dataset before anything is built, so bad data stops `vite build` with a message that
 * names the file, the event and the field, instead of a half-built site. In dev the dataset is
 * watched and an edit reloads the page.
 */
function storyData(): Plugin {
	return {
		name: 'story-data',
		buildStart() {
			loadStory();
			this.addWatchFile(storyPath());
		},
		configureServer(server) {
			server.watcher.add(storyPath());
			server.watcher.on('change', (file) => {
				if (file === storyPath()) server.ws.send({ type: 'full-reload' });
			});
		}
	};
}

export default defineConfig({
	plugins: [storyData(), sveltekit()],
	// The offline edition inlines fonts too: a separate file is a failed request from disk.
	build: process.env.OFFLINE === '1' ? { assetsInlineLimit: () => true } : {},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
