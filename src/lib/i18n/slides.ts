/**
 * What the PowerPoint briefing (scripts/pptx.ts) needs of a language beyond its words: its language
 * tag, its typefaces and the ones to fall back to. (The words, the note on typefaces included, are in
 * each language's strings file: `SlideStrings`.) Only the export uses this, so no page carries it.
 */
import type { Lang } from './locale';

export interface SlideType {
	/** The text's language tag in the file (spelling and grammar checks, and the right shaping). */
	officeLang: string;
	/** Headlines and captions (the story's serif; Arabic's one typeface). */
	serif: string;
	/** Dates, labels and sources. */
	sans: string;
	/** What PowerPoint should use where the machine lacks the faces above (the story's own fallbacks, fonts.css). */
	fallbackSerif: string;
	fallbackSans: string;
}

export const SLIDE_TYPE: Record<Lang, SlideType> = {
	en: {
		officeLang: 'en-GB',
		serif: 'Source Serif 4',
		sans: 'Source Sans 3',
		fallbackSerif: 'Georgia',
		fallbackSans: 'Arial'
	},
	ar: {
		officeLang: 'ar-IQ',
		serif: 'Noto Naskh Arabic',
		sans: 'Noto Naskh Arabic',
		fallbackSerif: 'Arial',
		fallbackSans: 'Arial'
	}
};
