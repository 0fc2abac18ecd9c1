/** Every language's interface words, for the server (pages receive their own as data). */
import type { Lang } from './locale';
import type { SlideStrings, UiStrings } from './strings';
import { AR, AR_SLIDES } from './strings.ar.ts';
import { EN, EN_SLIDES } from './strings.en.ts';

export const STRINGS: Record<Lang, UiStrings> = { en: EN, ar: AR };

/** Every language's words for the PowerPoint export. */
export const SLIDE_STRINGS: Record<Lang, SlideStrings> = { en: EN_SLIDES, ar: AR_SLIDES };
