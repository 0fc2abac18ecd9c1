/**
 * Photo steps' pictures, at build time: each must exist next to the dataset (`"src": "photos/x.jpg"`
 * is `timeline-data/photos/x.jpg`) and be a picture the build can measure. The build writes each
 * step's width and height into the story, so the page reserves the picture's room before it loads
 * (no layout shift), and publishes the files under `pictures/` (vite.config.ts). The offline file
 * carries them inside it, as data URIs.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { imageSize } from 'image-size';
import type { ValidationError } from './data/validateTimeline.ts';
import type { Story } from '../model/types.ts';

const MIME: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', avif: 'image/avif', gif: 'image/gif' };

export interface Picture {
	/** As the dataset names it, e.g. `photos/x.jpg`; published as `pictures/photos/x.jpg`. */
	src: string;
	/** The file on disk. */
	path: string;
}

/** Every picture the story shows, with its file. */
export function storyPictures(story: Story, datasetPath: string): Picture[] {
	const srcs = new Set(story.events.flatMap((e) => (e.visual.kind === 'photo' ? [e.visual.src] : [])));
	return [...srcs].map((src) => ({ src, path: resolve(dirname(datasetPath), src) }));
}

/**
 * The story with each photo step's width and height read from its file (and, with `inline`, its
 * picture as a data URI), or the problems found, named as validation names them.
 */
export function measurePictures(
	story: Story,
	datasetPath: string,
	file: string,
	inline = false
): { ok: true; story: Story } | { ok: false; errors: ValidationError[] } {
	const errors: ValidationError[] = [];
	const events = story.events.map((event, i) => {
		const v = event.visual;
		if (v.kind !== 'photo') return event;
		const path = resolve(dirname(datasetPath), v.src);
		const problem = (message: string) => errors.push({ file, where: `event "${event.id}" (events[${i}])`, field: 'visual.src', message });
		let bytes: Buffer;
		try {
			bytes = readFileSync(path);
		} catch {
			problem(`no picture at ${relative(process.cwd(), path)}: put the file there, next to the dataset`);
			return event;
		}
		let size: ReturnType<typeof imageSize>;
		try {
			size = imageSize(bytes);
		} catch {
			problem(`${relative(process.cwd(), path)} is not a picture the build can read (JPEG, PNG, WebP, AVIF or GIF)`);
			return event;
		}
		// EXIF orientations 5–8 are turned a quarter: the picture shows height × width.
		const turned = (size.orientation ?? 1) >= 5;
		const [width, height] = turned ? [size.height, size.width] : [size.width, size.height];
		const type = v.src.split('.').pop()!.toLowerCase();
		const src = inline ? `data:${MIME[type]};base64,${bytes.toString('base64')}` : v.src;
		return { ...event, visual: { ...v, src, width, height } };
	});
	return errors.length ? { ok: false, errors } : { ok: true, story: { ...story, events } };
}
