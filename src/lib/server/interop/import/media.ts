/**
 * Step 4: a slide's media. A remote address (a picture, a video) becomes a cited link, not a request
 * to another origin; an embed (a quote, a post, a frame) gives its words to the text and its
 * addresses to the sources; a local picture becomes a photo step when it has a credit, its alt text
 * the file's or else its caption or the slide's headline (noted). A credit is the picture's credit,
 * never a source of the step's facts. Every field left behind is noted.
 *
 *   slideMedia({ url: 'https://youtu.be/x', caption: 'The camp' }, context) // → { cited: ['the-camp'], photo: null, … }
 */
import { htmlToText, plainLine } from '../html';
import { obj, shorten, str, type Notes } from './basics';
import type { ImportedSources } from './sources';
import { pictureTypes } from '../../../model/schema';

export interface PictureInfo {
	/** Path under `static/`, as the story names it, e.g. `photos/camp.jpg`. */
	src: string;
}

export interface MediaContext {
	/** The slide's name in notes. */
	where: string;
	/** The slide's headline: a picture with no alt text or caption is described by it. */
	headline: string;
	sources: ImportedSources;
	notes: Notes;
	/** Finds a local picture (a media url that is not a web address) for a photo step, or null. */
	findPicture?: (url: string) => PictureInfo | null;
}

/** A photo step's visual. */
export interface PhotoVisual {
	kind: 'photo';
	src: string;
	alt: string;
	credit: string;
	caption?: string;
}

export interface SlideMedia {
	/** The photo step's visual, when the medium is a local picture that can be one. */
	photo: PhotoVisual | null;
	/** The sources the medium cites (a remote medium's address, an embed's links). */
	cited: string[];
	/** An embed's words, for the text. */
	paragraphs: string[];
	/** The medium's caption, as plain text. */
	caption: string;
}

const isPicture = (type: string) => (pictureTypes as readonly string[]).includes(type);
const KNOWN_MEDIA = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'title', 'link', 'link_target']);
const isWeb = (url: string) => /^https?:\/\//i.test(url);
/** `//host/path` (protocol-relative, common in TimelineJS files) as `https://host/path`. */
const absolute = (url: string) => (url.startsWith('//') ? `https:${url}` : url);

export function slideMedia(value: unknown, { where, headline, sources, notes, findPicture }: MediaContext): SlideMedia {
	const media = obj(value);
	const cited: string[] = [];
	const paragraphs: string[] = [];
	let photo: PhotoVisual | null = null;
	const url = absolute(str(media.url).trim());
	for (const key of Object.keys(media)) if (!KNOWN_MEDIA.has(key)) notes.add(where, `media.${key}`, 'not carried: not a TimelineJS media field');
	const credit = htmlToText(str(media.credit));
	const creditLine = credit.paragraphs.join(' ');
	const caption = plainLine(str(media.caption));
	const alt = plainLine(str(media.alt));
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
	} else if (url) {
		if (isWeb(url)) {
			// Named by its caption or title; with neither, by its address's host (ImportedSources), never by words made up for it.
			cited.push(sources.source(caption || plainLine(str(media.title)), url));
			notes.add(where, 'media.url', 'a web address: cited as a source, not shown (the story asks no other origin for anything)');
		} else {
			const type = /\.([a-z0-9]+)$/i.exec(url.split(/[?#]/)[0])?.[1].toLowerCase() ?? '';
			const picture = isPicture(type) ? (findPicture?.(url) ?? null) : null;
			if (!isPicture(type))
				notes.add(
					where,
					'media.url',
					`"${shorten(url)}" not carried: not a picture (${type || 'no file type'}); a photo step shows ${pictureTypes.join(', ')} files`
				);
			else if (!picture) notes.add(where, 'media.url', `"${shorten(url)}" not carried: no such picture next to the imported file or the dataset`);
			else if (!creditLine) notes.add(where, 'media.url', `"${shorten(url)}" not shown: a photo step needs a credit (media.credit)`);
			else if (!(alt || caption || headline))
				notes.add(
					where,
					'media.url',
					`"${shorten(url)}" not shown: a photo step needs alt text (media.alt, or the sheet's Alt Text), and no caption or headline can stand for it`
				);
			else {
				// TimelineJS files rarely carry alt text: the caption, else the headline, says what the picture is about.
				const described = alt || caption || headline;
				if (!alt)
					notes.add(
						where,
						'media.alt',
						`"${shorten(url)}": no alt text, so its ${caption ? 'caption' : 'headline'} stands as the alt text; write what the picture shows`
					);
				photo = { kind: 'photo', src: picture.src, alt: described, credit: creditLine, ...(caption ? { caption } : {}) };
			}
		}
	} else if (caption) notes.add(where, 'media.caption', 'not carried: there is no media to caption');
	if (!photo && !embedded && url && caption && !isWeb(url)) notes.add(where, 'media.caption', 'not carried with the picture');
	if (!photo && creditLine) notes.add(where, 'media.credit', 'not carried: a credit is its picture’s, and no picture is shown');
	if (str(media.thumbnail)) notes.add(where, 'media.thumbnail', 'not carried: the story draws no thumbnails');
	if (str(media.link)) notes.add(where, 'media.link', 'not carried: a picture is not a link here');
	return { photo, cited, paragraphs, caption };
}
