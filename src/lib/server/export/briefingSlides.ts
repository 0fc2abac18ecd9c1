/**
 * The PowerPoint briefing's content, slide by slide, from the story in one language: a title slide,
 * one slide per step (date, title, caption, sources, the step's notes as speaker notes), and the
 * sources at the end. Only words: the pictures and the layout are scripts/pptx.ts's and
 * briefingDeck.ts's. The caption is the deck's (the step's first paragraph), so the slide says what
 * the briefer's screen says.
 */
import { mediaProvider } from '../../model/mediaProvider';
import { palette, type Palette } from '../../model/theme';
import { isPlaceholder, written } from '../../model/placeholder';
import { plainText } from '../../model/links';
import { formatEventDate, formatStoryDate } from '../../model/dates';
import type { Story, Visual } from '../../model/types';
import type { Locale } from '../../i18n/locale';
import { SLIDE_TYPE, type SlideType } from './slides';
import { themeFaces } from '../themeFaces.ts';
import { fill, type SlideStrings } from '../../i18n/strings';
import { citationText, sourcesText } from '../../state/citation';
import { citedSources } from '../../state/sourceIndex';

export interface TitleSlide {
	kind: 'title';
	/** The desk's name (the dataset's theme), over the kicker. */
	publisher?: string;
	kicker?: string;
	title: string;
	dek: string;
	byline: string;
	/** "Updated 4 December 2026": the day of the story's last change, to check the file against the live page. */
	asOf: string;
	credits: string[];
	notes: string;
}

export interface StepSlide {
	kind: 'step';
	id: string;
	date: string;
	title: string;
	caption: string;
	/** "Source: Title, Publisher; Title" as the deck writes it. */
	sources: string;
	/** "Step 9 of 18". */
	position: string;
	notes: string;
	/** A link step's medium elsewhere: its words ("Opens on YouTube, in a new tab") and address, a link on the slide (a picture of the card is not one). */
	link?: { text: string; url: string };
}

export interface SourcesSlide {
	kind: 'sources';
	heading: string;
	sources: { text: string; url?: string }[];
}

export type Slide = TitleSlide | StepSlide | SourcesSlide;

export interface Briefing {
	lang: Locale['lang'];
	dir: Locale['dir'];
	/** Document properties. */
	title: string;
	subject: string;
	author: string;
	/** The dataset's `updated` (YYYY-MM-DD). */
	updated: string;
	/** The story's palette (the theme's colours over its own), for the slides' paper, ink and rules. */
	palette: Palette;
	type: SlideType;
	slides: Slide[];
}

/** How many sources one closing slide lists before the list goes on to another. */
export const SOURCES_PER_SLIDE = 8;

/**
 * The title slide's note on typefaces: the language's sentence for two faces (the story's serif and
 * sans) or for one (an edition's own typeface, set for both).
 */
export function fontsNote(words: SlideStrings, type: SlideType): string {
	const oneFace = type.serif === type.sans;
	if (oneFace && words.fontsNoteOneFace) return fill(words.fontsNoteOneFace, { face: type.serif, fallback: type.fallbackSerif });
	if (!oneFace && words.fontsNote)
		return fill(words.fontsNote, { serif: type.serif, sans: type.sans, fallbackSerif: type.fallbackSerif, fallbackSans: type.fallbackSans });
	throw new Error(`The slides' words have no note for ${oneFace ? 'one typeface (fontsNoteOneFace)' : 'two typefaces (fontsNote)'}`);
}

/** "By the Graphics Desk" → "the Graphics Desk": the byline as a document's author. */
export function authorOf(byline: string): string {
	return byline.replace(/^\s*by\s+/i, '').trim() || byline;
}

/** A link step's line on its slide: its title and where it opens ("The briefing — Opens on YouTube, in a new tab"). */
function linkWords(v: Extract<Visual, { kind: 'link' }>, locale: Locale): string {
	return `${v.title} — ${fill(locale.t.linkOpens, { provider: v.provider ?? mediaProvider(v.url) })}`;
}

/** The briefing in `locale`'s words; `words` are the export's own (the title slide's note on typefaces). */

export function briefingSlides(story: Story, locale: Locale, words: SlideStrings): Briefing {
	const t = locale.t;
	// A theme's own faces stand for the story's serif and sans (an edition with its own typeface keeps it).
	const own = SLIDE_TYPE[locale.lang];
	const themed = Object.fromEntries(themeFaces(story).faces.map((f) => [f.role, f.family]));
	const type = own.serif === SLIDE_TYPE.en.serif ? { ...own, ...themed } : own;
	const count = story.events.length;
	const title: TitleSlide = {
		kind: 'title',
		...(story.theme?.name ? { publisher: story.theme.name } : {}),
		kicker: story.kicker,
		title: story.title,
		dek: story.dek,
		// A byline or credit still to be written (a placeholder) is not printed for a briefing room.
		byline: isPlaceholder(story.byline) ? '' : story.byline,
		asOf: fill(t.asOf, { date: formatStoryDate(story.updated, locale.date) }),
		credits: written(story.credits),
		notes: fontsNote(words, type)
	};
	const steps: StepSlide[] = story.events.map((event, i) => {
		const cited = citedSources(story, event);
		return {
			kind: 'step',
			id: event.id,
			date: formatEventDate(event, locale.date),
			title: event.title,
			caption: plainText(event.body[0]),
			sources: sourcesText(cited, locale),
			position: fill(t.stepOf, { n: locale.number(i + 1), count: locale.number(count) }),
			notes: event.notes,
			...(event.visual.kind === 'link' ? { link: { text: linkWords(event.visual, locale), url: event.visual.url } } : {})
		};
	});
	const sources: SourcesSlide[] = [];
	for (let i = 0; i < story.sources.length; i += SOURCES_PER_SLIDE)
		sources.push({
			kind: 'sources',
			heading: t.sourcesHeading,
			sources: story.sources.slice(i, i + SOURCES_PER_SLIDE).map((s) => ({ text: citationText(s, locale), url: s.url }))
		});
	return {
		lang: locale.lang,
		dir: locale.dir,
		title: story.title,
		subject: fill(t.briefingTitle, { title: story.title }),
		author: isPlaceholder(story.byline) ? '' : authorOf(story.byline),
		updated: story.updated,
		palette: palette(story.theme?.colors),
		type,
		slides: [title, ...steps, ...sources]
	};
}
