/**
 * Step 4: a slide's media. A local picture, video or sound file becomes a photo, video or audio step
 * when it has a credit (a picture's or video's alt text the file's, else its caption or the slide's
 * headline, noted); a remote medium (a YouTube or Vimeo video, a post, a map, a picture elsewhere)
 * becomes a link step, a card that opens it, so that nothing is requested from another origin before
 * the reader clicks; an embed (a quote, a post, a frame) gives its words to the text and its addresses
 * to the sources. A credit is the medium's, never a source of the step's facts, and neither is the
 * medium's own address. Every field left behind is noted.
 *
 *   slideMedia({ url: 'https://youtu.be/x', caption: 'The camp' }, context) // → { visual: { kind: 'link', url: 'https://youtu.be/x', title: 'The camp' }, … }
 */
import { htmlToText, plainLine } from '../html';
import { obj, shorten, str, type Notes } from './basics';
import type { ImportedSources } from './sources';
import { audioTypes, pictureTypes, videoTypes } from '../../../model/schema';

export interface LocalFile {
	/** Path next to the dataset, as the story names it, e.g. `photos/camp.jpg`. */
	src: string;
}

export interface MediaContext {
	/** The slide's name in notes. */
	where: string;
	/** The slide's headline: a picture with no alt text or caption is described by it. */
	headline: string;
	sources: ImportedSources;
	notes: Notes;
	/** Finds a local file (a media url that is not a web address) for a photo, video or audio step, or null. */
	findFile?: (url: string) => LocalFile | null;
}

/** The visual a slide's medium gives its step. */
export type MediaVisual =
	| { kind: 'photo'; src: string; alt: string; credit: string; caption?: string }
	| { kind: 'video'; src: string; alt: string; credit: string; caption?: string }
	| { kind: 'audio'; src: string; title: string; credit: string; caption?: string }
	| { kind: 'link'; url: string; title: string; poster?: string; credit?: string; caption?: string };

export interface SlideMedia {
	/** The step's visual, when the medium can be shown: a local picture, video or recording, or a link to one elsewhere. */
	visual: MediaVisual | null;
	/** The sources an embed cites (its links). */
	cited: string[];
	/** An embed's words, for the text. */
	paragraphs: string[];
	/** The medium's caption, as plain text. */
	caption: string;
}

const KNOWN_MEDIA = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target']);
const isWeb = (url: string) => /^https?:\/\//i.test(url);
/** `//host/path` (protocol-relative, common in TimelineJS files) as `https://host/path`. */
const absolute = (url: string) => (url.startsWith('//') ? `https:${url}` : url);
const fileType = (url: string) => /\.([a-z0-9]+)$/i.exec(url.split(/[?#]/)[0])?.[1].toLowerCase() ?? '';
const LOCAL_KINDS: [readonly string[], 'photo' | 'video' | 'audio', string][] = [
	[pictureTypes, 'photo', 'picture'],
	[videoTypes, 'video', 'video'],
	[audioTypes, 'audio', 'recording']
];

export function slideMedia(value: unknown, { where, headline, sources, notes, findFile }: MediaContext): SlideMedia {
	const media = obj(value);
	const cited: string[] = [];
	const paragraphs: string[] = [];
	let visual: MediaVisual | null = null;
	const url = absolute(str(media.url).trim());
	for (const key of Object.keys(media)) if (!KNOWN_MEDIA.has(key)) notes.add(where, `media.${key}`, 'not carried: not a TimelineJS media field');
	const credit = htmlToText(str(media.credit)).paragraphs.join(' ');
	const caption = plainLine(str(media.caption));
	const alt = plainLine(str(media.alt));
	const title = plainLine(str(media.title));
	const thumbnail = absolute(str(media.thumbnail).trim());
	let thumbnailUsed = false;
	const embedded = url.startsWith('<') ? htmlToText(url.replace(/<iframe\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi, '<a href="$1">embedded page</a>')) : null;
	if (embedded) {
		// An embed (a quote, a post, an iframe): its words join the text, its addresses are cited.
		paragraphs.push(...embedded.paragraphs.filter((p) => p !== 'embedded page'));
		cited.push(
			...sources.cite(
				embedded.links.map((l) => ({ ...l, href: absolute(l.href) })),
				where,
				'media.url'
			)
		);
		notes.add(where, 'media.url', 'an embed (quote, post or frame): its words are added to the text, its addresses cited; nothing is embedded');
	} else if (url && isWeb(url) && URL.canParse(url)) {
		// Elsewhere: a card that opens it. Named by its title or caption, else the slide's headline (noted).
		const named = title || caption || headline;
		if (!named) notes.add(where, 'media.url', `"${shorten(url)}" not shown: a link step needs a title, and the slide has no title, caption or headline`);
		else {
			if (!title && !caption) notes.add(where, 'media.title', `"${shorten(url)}": no title or caption, so the headline names the link; write what it opens`);
			// A still for the card only from next to the dataset: a remote thumbnail would be a request to another origin.
			const poster =
				thumbnail && !isWeb(thumbnail) && fileType(thumbnail) && pictureTypes.includes(fileType(thumbnail) as never) ? findFile?.(thumbnail) : null;
			thumbnailUsed = Boolean(poster);
			visual = {
				kind: 'link',
				url,
				title: named,
				...(poster ? { poster: poster.src } : {}),
				...(credit ? { credit } : {}),
				...(caption && caption !== named ? { caption } : {})
			};
			notes.add(where, 'media.url', 'a medium elsewhere: drawn as a card that opens it in a new tab (nothing is loaded from it before the reader clicks)');
		}
	} else if (url) {
		const type = fileType(url);
		const local = LOCAL_KINDS.find(([types]) => types.includes(type));
		const file = local ? (findFile?.(url) ?? null) : null;
		if (!local)
			notes.add(
				where,
				'media.url',
				`"${shorten(url)}" not carried: not a picture, video or sound file (${type || 'no file type'}); steps show ${[...pictureTypes, ...videoTypes, ...audioTypes].join(', ')} files`
			);
		else if (!file) notes.add(where, 'media.url', `"${shorten(url)}" not carried: no such file next to the imported file or the dataset`);
		else if (!credit) notes.add(where, 'media.url', `"${shorten(url)}" not shown: a ${local[1]} step needs a credit (media.credit)`);
		else if (local[1] === 'audio') {
			const named = title || caption || headline;
			if (!named) notes.add(where, 'media.url', `"${shorten(url)}" not shown: an audio step needs a title, and the slide has none`);
			else {
				if (!title)
					notes.add(where, 'media.title', `"${shorten(url)}": no title, so its ${caption ? 'caption' : 'headline'} names the recording; write what it is`);
				visual = { kind: 'audio', src: file.src, title: named, credit, ...(caption && caption !== named ? { caption } : {}) };
				notes.add(where, 'visual.captions', `"${shorten(url)}": no captions (TimelineJS has none); add a WebVTT file of what is said`);
			}
		} else if (!(alt || caption || headline))
			notes.add(
				where,
				'media.url',
				`"${shorten(url)}" not shown: a ${local[1]} step needs alt text (media.alt, or the sheet's Alt Text), and no caption or headline can stand for it`
			);
		else {
			// TimelineJS files rarely carry alt text: the caption, else the headline, says what the picture or video is about.
			const described = alt || caption || headline;
			if (!alt)
				notes.add(
					where,
					'media.alt',
					`"${shorten(url)}": no alt text, so its ${caption ? 'caption' : 'headline'} stands as the alt text; write what the ${local[2]} shows`
				);
			visual = { kind: local[1] as 'photo' | 'video', src: file.src, alt: described, credit, ...(caption ? { caption } : {}) };
			if (local[1] === 'video') notes.add(where, 'visual.captions', `"${shorten(url)}": no captions (TimelineJS has none); add a WebVTT file of what is said`);
		}
	} else if (caption) notes.add(where, 'media.caption', 'not carried: there is no media to caption');
	if (!visual && !embedded && url && caption) notes.add(where, 'media.caption', 'not carried with the medium');
	if (!visual && credit) notes.add(where, 'media.credit', 'not carried: a credit is its medium’s, and no medium is shown');
	if (thumbnail && !thumbnailUsed)
		notes.add(
			where,
			'media.thumbnail',
			isWeb(thumbnail) ? 'not carried: a picture from another site would be a request to it' : 'not carried: the story draws no thumbnails'
		);
	if (str(media.link)) notes.add(where, 'media.link', 'not carried: a medium is not a link here');
	return { visual, cited, paragraphs, caption };
}
