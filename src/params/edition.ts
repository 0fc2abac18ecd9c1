import type { ParamMatcher } from '@sveltejs/kit';
import { translationLangs, type TranslationLang } from '$lib/i18n/langs';

/** A translated edition's address segment: `/ar/`. */
export const match = ((param: string): param is TranslationLang => (translationLangs as readonly string[]).includes(param)) satisfies ParamMatcher;
