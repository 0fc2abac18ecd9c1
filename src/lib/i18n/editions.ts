/**
 * The translated editions' ways of writing, by language: imported only by the editions' pages
 * (`src/routes/[lang=edition]/`), so the English pages never load another language's Intl code.
 */
import type { TranslationLang } from './langs';
import { ar } from './ar';
import type { LocaleBase } from './locale';

export const EDITIONS: Record<TranslationLang, LocaleBase> = { ar };
