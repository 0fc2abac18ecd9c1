// The story's own typefaces in a page Chromium photographs (share cards, PowerPoint slides), as a
// reader sees them (src/lib/styles/fonts.css), loaded before the
// photograph, with the Arabic edition's typeface for Arabic words.

import type { Page } from '@playwright/test';

export async function useStoryFaces(page: Page) {
	await page.evaluate(async () => {
		const faces = ['400 16px "Source Serif 4"', '700 16px "Source Serif 4"', '400 16px "Source Sans 3"', '600 16px "Source Sans 3"'];
		const arabic = ['400 16px "Noto Naskh Arabic"', '700 16px "Noto Naskh Arabic"'];
		await Promise.all([...faces.map((face) => document.fonts.load(face)), ...arabic.map((face) => document.fonts.load(face, 'ع'))]);
	});
}
