/**
 * What the PowerPoint briefing (scripts/pptx.ts) needs of a language beyond its words: its language
 * tag, its typefaces and the ones to fall back to. (The words, the note on typefaces included, are in
 * each language's strings file: `SlideStrings`.) An edition's come from its line in the editions list
 * (langs.ts): its Office language tag, and its typeface where it has one of its own (else the story's
 * faces). Only the export uses this, so no page carries it.
 */
import { EDITION_LIST } from '../../i18n/langs';
import type { Lang } from '../../i18n/locale';

export interface SlideType {
	/** The text's language tag in the file (spelling and grammar checks, and the right shaping). */
	officeLang: string;
	/** Headlines and captions (the story's serif; an edition's own typeface, Arabic's one). */
	serif: string;
	/** Dates, labels and sources. */
	sans: string;
	/** What PowerPoint should use where the machine lacks the faces above (the story's own fallbacks, fonts.css). */
	fallbackSerif: string;
	fallbackSans: string;
}

const ENGLISH: SlideType = {
	officeLang: 'en-GB',
	serif: 'Source Serif 4',
	sans: 'Source Sans 3',
	fallbackSerif: 'Georgia',
	fallbackSans: 'Arial'
};

export const SLIDE_TYPE = {
	en: ENGLISH,
	...Object.fromEntries(
		EDITION_LIST.map((e): [string, SlideType] => [
			e.lang,
			'typeface' in e && e.typeface
				? { officeLang: e.officeLang, serif: e.typeface, sans: e.typeface, fallbackSerif: 'Arial', fallbackSans: 'Arial' }
				: { ...ENGLISH, officeLang: e.officeLang }
		])
	)
} as Record<Lang, SlideType>;
