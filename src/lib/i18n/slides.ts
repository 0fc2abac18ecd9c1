/**
 * What the PowerPoint briefing (scripts/pptx.ts) needs of a language beyond its interface words: its
 * typefaces and the ones to fall back to, and the note that tells a briefer what to do where a
 * laptop lacks them. Only the export uses this, so no page carries it.
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
	/** Speaker note on the title slide; `{serif}`, `{sans}`, `{fallbackSerif}`, `{fallbackSans}`. */
	fontsNote: string;
}

export const SLIDE_TYPE: Record<Lang, SlideType> = {
	en: {
		officeLang: 'en-GB',
		serif: 'Source Serif 4',
		sans: 'Source Sans 3',
		fallbackSerif: 'Georgia',
		fallbackSans: 'Arial',
		fontsNote:
			'Set in {serif} and {sans} (free from fonts.google.com). On a computer without them, PowerPoint shows a stand-in: for the intended look, use Home › Replace › Replace Fonts to choose {fallbackSerif} for {serif} and {fallbackSans} for {sans}.'
	},
	ar: {
		officeLang: 'ar-IQ',
		serif: 'Noto Naskh Arabic',
		sans: 'Noto Naskh Arabic',
		fallbackSerif: 'Arial',
		fallbackSans: 'Arial',
		fontsNote:
			'الخط المستخدم {serif} (مجاني من fonts.google.com). إن لم يكن مثبتاً على الحاسوب، يعرض PowerPoint خطاً بديلاً: للحصول على الشكل المقصود، اختر من «الصفحة الرئيسية» › «استبدال» › «استبدال الخطوط» الخط {fallbackSerif} بدلاً من {serif}.'
	}
};
