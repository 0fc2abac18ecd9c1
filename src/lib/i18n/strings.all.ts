/**
 * Every language's interface words, for the server and the scripts (pages receive their own as
 * data). Each edition's strings file is found by its name, `strings.<lang>.ts` (langs.ts lists the
 * editions), and gives `<LANG>` and `<LANG>_SLIDES`: `strings.ar.ts` gives `AR` and `AR_SLIDES`.
 */
import type { Lang } from './locale';
import { translationLangs } from './langs';
import type { SlideStrings, UiStrings } from './strings';
import { EN, EN_SLIDES } from './strings.en';

const editions = await Promise.all(
	translationLangs.map(async (lang) => {
		const words = (await import(`./strings.${lang}.ts`)) as Record<string, unknown>;
		const name = lang.toUpperCase().replace(/-/g, '_');
		if (!words[name] || !words[`${name}_SLIDES`]) throw new Error(`src/lib/i18n/strings.${lang}.ts must export ${name} (UiStrings) and ${name}_SLIDES (SlideStrings)`);
		return { lang, ui: words[name] as UiStrings, slides: words[`${name}_SLIDES`] as SlideStrings };
	})
);

export const STRINGS = { en: EN, ...Object.fromEntries(editions.map((e) => [e.lang, e.ui])) } as Record<Lang, UiStrings>;

/** Every language's words for the PowerPoint export. */
export const SLIDE_STRINGS = { en: EN_SLIDES, ...Object.fromEntries(editions.map((e) => [e.lang, e.slides])) } as Record<Lang, SlideStrings>;
