/** Every language's interface words, for the server (pages receive their own as data). */
import type { Lang } from './locale';
import type { UiStrings } from './strings';
import { AR } from './strings.ar';
import { EN } from './strings.en';

export const STRINGS: Record<Lang, UiStrings> = { en: EN, ar: AR };
