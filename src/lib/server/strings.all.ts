/**
 * Every language's interface words, for the server and the scripts (pages receive their own as
 * data). Each edition's strings file is found by its name, `strings.<lang>.ts` (langs.ts lists the
 * editions), and gives `<LANG>` and `<LANG>_SLIDES`: `strings.ar.ts` gives `AR` and `AR_SLIDES`. A
 * pseudo-locale has no file: its words are the English's, transformed (pseudo.ts).
 */
import type { Lang } from '../i18n/locale';
import { EDITION_LIST, type EditionInfo } from '../i18n/langs';
import { pseudoStrings } from '../i18n/pseudo';
import type { SlideStrings, UiStrings } from '../i18n/strings';
import { EN, EN_SLIDES } from '../i18n/strings.en';

const lines: readonly EditionInfo[] = EDITION_LIST;

const translated = await Promise.all(
	lines
		.filter((e) => !e.pseudo)
		.map(async ({ lang }) => {
			const words = (await import(`../i18n/strings.${lang}.ts`)) as Record<string, unknown>;
			const name = lang.toUpperCase().replace(/-/g, '_');
			if (!words[name] || !words[`${name}_SLIDES`])
				throw new Error(`src/lib/i18n/strings.${lang}.ts must export ${name} (UiStrings) and ${name}_SLIDES (SlideStrings)`);
			return { lang, ui: words[name] as UiStrings, slides: words[`${name}_SLIDES`] as SlideStrings };
		})
);

/**
 * The countries a map may name (the atlas's English names), as the translations list them: the
 * English needs no such list (it shows the atlas's names), a pseudo-locale does (it shows them transformed).
 */
const atlasCountries = [...new Set(translated.flatMap((e) => Object.keys(e.ui.countries ?? {})))].sort();

const pseudo = lines.flatMap((e) => {
	if (!e.pseudo) return [];
	const ui = pseudoStrings({ ...EN, countries: Object.fromEntries(atlasCountries.map((c) => [c, c])) }, e.pseudo);
	return [{ lang: e.lang, ui, slides: pseudoStrings(EN_SLIDES, e.pseudo) }];
});

/** (In the editions list's order.) */
const editions = [...translated, ...pseudo].sort((a, b) => lines.findIndex((e) => e.lang === a.lang) - lines.findIndex((e) => e.lang === b.lang));

export const STRINGS = { en: EN, ...Object.fromEntries(editions.map((e) => [e.lang, e.ui])) } as Record<Lang, UiStrings>;

/** Every language's words for the PowerPoint export. */
export const SLIDE_STRINGS = { en: EN_SLIDES, ...Object.fromEntries(editions.map((e) => [e.lang, e.slides])) } as Record<Lang, SlideStrings>;
