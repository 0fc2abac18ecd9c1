/**
 * A pseudo-locale's story (src/lib/i18n/pseudo.ts): an overlay made from the English story, every
 * text a reader sees transformed (titles, bodies, shorts, dates' labels, notes, places, sources,
 * periods, figures' units and labels, photos' words, the credits), each stamped as translating the
 * English it was made from. So the edition is whole: where it shows plain English, the English did
 * not come through the translation machinery. Made by the build when `PSEUDO_LOCALES=1`
 * (storyFiles.ts), never written to a file.
 */
import type { Story } from '../model/types.ts';
import { translationUnits, type Translation, type TranslationLang } from './data/translation.ts';
import { pseudoText, type PseudoKind } from '../i18n/pseudo.ts';

/** The credit line of a pseudo-locale's edition (transformed too). */
export const PSEUDO_CREDIT = 'Pseudo-translation, made from the English by the build for the tests: not for publication.';

export function pseudoOverlay(story: Story, lang: TranslationLang, kind: PseudoKind): Translation {
	const overlay: Translation = { lang, story: {}, places: {}, sources: {}, eras: {}, corrections: {}, events: {}, fingerprints: {} };
	const { units } = translationUnits(story, overlay);
	for (const u of units) {
		let at = overlay as unknown as Record<string | number, unknown>;
		u.path.forEach((key, i) => {
			if (i === u.path.length - 1) at[key] = pseudoText(u.english, kind);
			else at = (at[key] ??= typeof u.path[i + 1] === 'number' ? [] : {}) as Record<string | number, unknown>;
		});
		overlay.fingerprints![u.id] = u.fingerprint;
	}
	overlay.story.translation = pseudoText(PSEUDO_CREDIT, kind);
	return overlay;
}
