/**
 * The translated editions' ways of writing, by language: imported only by the editions' pages
 * (`src/routes/[lang=edition]/`) and the build, so the English pages never load another language's
 * Intl code.
 */
import type { TranslationLang } from './langs';
import { ar } from './ar.ts';
import { en, type Lang, type LocaleBase } from './locale.ts';

export const EDITIONS: Record<TranslationLang, LocaleBase> = { ar };

/** Any language's ways of writing, the English included (for the build's pages: step pages, cards). */
export const localeOf = (lang: Lang): LocaleBase => (lang === 'en' ? en : EDITIONS[lang]);
