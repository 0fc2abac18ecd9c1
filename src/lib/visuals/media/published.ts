/**
 * The address a step's file is published at: pictures (photos and posters) under `pictures/`,
 * video, sound and captions under `media/` (vite.config.ts publishes both from next to the dataset);
 * the offline file carries data URIs, which stay as they are.
 */
import { asset } from '$app/paths';

export function publishedUrl(src: string, folder: 'pictures' | 'media'): string {
	return src.startsWith('data:') ? src : asset(`/${folder}/${src}`);
}
