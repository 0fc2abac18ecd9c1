/**
 * The files steps show, at build time: photo steps' pictures, video and audio steps' files, their
 * captions, and posters. Each must exist next to the dataset (`"src": "photos/x.jpg"` is
 * `timeline-data/photos/x.jpg`) and be a file the build can read. The build writes each picture's
 * and video's width and height into the story, so the page reserves its room before it loads (no
 * layout shift), reads captions into cues (a recording's transcript is its table), and publishes the
 * files: pictures under `pictures/`, video, sound and captions under `media/` (vite.config.ts). The
 * offline file carries them inside it, as data URIs.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { imageSize } from 'image-size';
import type { ValidationError } from './data/validateTimeline.ts';
import type { Story, StoryEvent } from '../model/types.ts';
import { parseVtt } from './vtt.ts';

const MIME: Record<string, string> = {
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png',
	webp: 'image/webp',
	avif: 'image/avif',
	gif: 'image/gif',
	svg: 'image/svg+xml',
	mp4: 'video/mp4',
	m4v: 'video/mp4',
	webm: 'video/webm',
	mp3: 'audio/mpeg',
	m4a: 'audio/mp4',
	aac: 'audio/aac',
	ogg: 'audio/ogg',
	oga: 'audio/ogg',
	opus: 'audio/ogg',
	wav: 'audio/wav',
	vtt: 'text/vtt'
};

/** A file's media type, by its name. */
export const mediaType = (src: string) => MIME[src.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream';

export interface StepFile {
	/** As the dataset names it, e.g. `photos/x.jpg`; published as `pictures/photos/x.jpg`. */
	src: string;
	/** The file on disk. */
	path: string;
	/** Where it is published: pictures, or video, sound and captions. */
	folder: 'pictures' | 'media';
}

/** The files one step shows, by field: pictures first. */
function fieldsOf(visual: StoryEvent['visual']): { field: string; src: string; folder: StepFile['folder'] }[] {
	const out: { field: string; src: string; folder: StepFile['folder'] }[] = [];
	if (visual.kind === 'photo') out.push({ field: 'src', src: visual.src, folder: 'pictures' });
	if ((visual.kind === 'video' || visual.kind === 'link') && visual.poster) out.push({ field: 'poster', src: visual.poster, folder: 'pictures' });
	if (visual.kind === 'video' || visual.kind === 'audio') {
		out.push({ field: 'src', src: visual.src, folder: 'media' });
		if (visual.captions) out.push({ field: 'captions', src: visual.captions, folder: 'media' });
	}
	return out;
}

/** A step's narration files: its recording and its captions, published under `media/`. */
function narrationFields(event: StoryEvent): { field: 'audio' | 'captions'; src: string; folder: 'media' }[] {
	const n = event.narration;
	return n
		? [
				{ field: 'audio', src: n.audio, folder: 'media' },
				{ field: 'captions', src: n.captions, folder: 'media' }
			]
		: [];
}

/** Every file the story's steps show, once each, with where it is published. */
export function storyFiles(story: Story, datasetPath: string): StepFile[] {
	const files = new Map<string, StepFile>();
	if (story.theme?.logo)
		files.set(`pictures/${story.theme.logo}`, { src: story.theme.logo, path: resolve(dirname(datasetPath), story.theme.logo), folder: 'pictures' });
	for (const e of story.events)
		for (const { src, folder } of [...fieldsOf(e.visual), ...narrationFields(e)])
			files.set(`${folder}/${src}`, { src, path: resolve(dirname(datasetPath), src), folder });
	return [...files.values()];
}

/** A step's narration read: its captions' cues, and with `inline` both files as data URIs. */
function readNarration(event: StoryEvent, i: number, datasetPath: string, file: string, inline: boolean, errors: ValidationError[]): StoryEvent['narration'] {
	const narration = { ...event.narration! };
	for (const { field, src } of narrationFields(event)) {
		const path = resolve(dirname(datasetPath), src);
		const problem = (message: string) => errors.push({ file, where: `event "${event.id}" (events[${i}])`, field: `narration.${field}`, message });
		const bytes = readBeside(path, 'file', problem);
		if (!bytes) continue;
		if (field === 'captions') {
			const parsed = parseVtt(bytes.toString('utf8'));
			if (!parsed.ok) {
				problem(`${relative(process.cwd(), path)} ${parsed.message}`);
				continue;
			}
			if (!parsed.cues.length) problem(`${relative(process.cwd(), path)} has no cues: the captions say what is said, and how long the step is held`);
			narration.cues = parsed.cues;
		}
		if (inline) narration[field] = `data:${mediaType(src)};base64,${bytes.toString('base64')}`;
	}
	return narration;
}

/** A picture's width and height as shown (EXIF orientations 5–8 are turned a quarter). */
function pictureSize(bytes: Buffer): { width: number; height: number } {
	const size = imageSize(bytes);
	const turned = (size.orientation ?? 1) >= 5;
	return turned ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
}

/**
 * An MP4's picture size, from its first video track's header (`moov › trak › tkhd`, whose last
 * 8 bytes are the width and height in 16.16 fixed point), or null.
 */
export function mp4Size(b: Buffer): { width: number; height: number } | null {
	const walk = (start: number, end: number): { width: number; height: number } | null => {
		let p = start;
		while (p + 8 <= end) {
			let size = b.readUInt32BE(p);
			const type = b.toString('latin1', p + 4, p + 8);
			let header = 8;
			if (size === 1 && p + 16 <= end) {
				size = Number(b.readBigUInt64BE(p + 8));
				header = 16;
			} else if (size === 0) size = end - p;
			if (size < header || p + size > end) return null;
			if (type === 'moov' || type === 'trak') {
				const found = walk(p + header, p + size);
				if (found) return found;
			} else if (type === 'tkhd' && size >= header + 8) {
				const width = Math.round(b.readUInt32BE(p + size - 8) / 65536);
				const height = Math.round(b.readUInt32BE(p + size - 4) / 65536);
				if (width && height) return { width, height };
			}
			p += size;
		}
		return null;
	};
	return walk(0, b.length);
}

/** A file next to the dataset, or null with the problem said ("no picture at …"). */
function readBeside(path: string, what: 'picture' | 'file', problem: (message: string) => void): Buffer | null {
	try {
		return readFileSync(path);
	} catch {
		problem(`no ${what} at ${relative(process.cwd(), path)}: put the file there, next to the dataset`);
		return null;
	}
}

/** A picture's width and height as shown, or null with the problem said; `types` names what the field takes. */
function measure(bytes: Buffer, path: string, types: string, problem: (message: string) => void): { width: number; height: number } | null {
	try {
		return pictureSize(bytes);
	} catch {
		problem(`${relative(process.cwd(), path)} is not a picture the build can read (${types})`);
		return null;
	}
}

/** The theme with its logo's width and height read from the file (and, with `inline`, the logo as a data URI). */
function readLogo(theme: NonNullable<Story['theme']>, datasetPath: string, file: string, inline: boolean, errors: ValidationError[]): Story['theme'] {
	const path = resolve(dirname(datasetPath), theme.logo!);
	const problem = (message: string) => errors.push({ file, where: 'story', field: 'theme.logo', message });
	const bytes = readBeside(path, 'picture', problem);
	const size = bytes && measure(bytes, path, 'SVG, JPEG, PNG, WebP, AVIF or GIF', problem);
	if (!bytes || !size) return theme;
	return {
		...theme,
		logoWidth: size.width,
		logoHeight: size.height,
		...(inline ? { logo: `data:${mediaType(theme.logo!)};base64,${bytes.toString('base64')}` } : {})
	};
}

/**
 * The story with each step's files read: pictures' and videos' width and height, captions' cues
 * (and, with `inline`, every file as a data URI), or the problems found, named as validation names
 * them.
 */
export function readStepFiles(
	story: Story,
	datasetPath: string,
	file: string,
	inline = false
): { ok: true; story: Story } | { ok: false; errors: ValidationError[] } {
	const errors: ValidationError[] = [];
	const events = story.events.map((event, i) => {
		const visual: Record<string, unknown> = { ...event.visual };
		for (const { field, src, folder } of fieldsOf(event.visual)) {
			const path = resolve(dirname(datasetPath), src);
			const problem = (message: string) => errors.push({ file, where: `event "${event.id}" (events[${i}])`, field: `visual.${field}`, message });
			const bytes = readBeside(path, folder === 'pictures' ? 'picture' : 'file', problem);
			if (!bytes) continue;
			if (folder === 'pictures') {
				const size = measure(bytes, path, 'JPEG, PNG, WebP, AVIF or GIF', problem);
				if (!size) continue;
				// A photo's or poster's shape is the step's; a video's own header only counts without a poster.
				Object.assign(visual, size);
			} else if (field === 'captions') {
				const parsed = parseVtt(bytes.toString('utf8'));
				if (!parsed.ok) {
					problem(`${relative(process.cwd(), path)} ${parsed.message}`);
					continue;
				}
				visual.cues = parsed.cues;
			} else if (event.visual.kind === 'video' && !event.visual.poster && /\.(mp4|m4v)$/i.test(src)) {
				const size = mp4Size(bytes);
				if (size) Object.assign(visual, size);
			}
			if (inline) visual[field] = `data:${mediaType(src)};base64,${bytes.toString('base64')}`;
		}
		const narration = event.narration ? readNarration(event, i, datasetPath, file, inline, errors) : undefined;
		return { ...event, visual: visual as StoryEvent['visual'], ...(narration ? { narration } : {}) };
	});
	const theme = story.theme?.logo ? readLogo(story.theme, datasetPath, file, inline, errors) : story.theme;
	return errors.length ? { ok: false, errors } : { ok: true, story: { ...story, ...(theme ? { theme } : {}), events } };
}
