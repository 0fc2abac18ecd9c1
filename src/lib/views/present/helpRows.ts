/**
 * The briefing's key help in the page's language and reading direction: the arrow keys for the next
 * and previous step swap right to left, and so does the side a swipe goes forward to.
 */
import type { Locale } from '../../i18n/locale';
import { fill } from '../../i18n/strings';

/** The help's rows in order: the keys, then what they do. */
export function helpRows(locale: Pick<Locale, 't' | 'dir'>): [string, string][] {
	const h = locale.t.help;
	const rtl = locale.dir === 'rtl';
	return [
		[fill(h.next[0], { key: rtl ? '←' : '→' }), h.next[1]],
		[fill(h.previous[0], { key: rtl ? '→' : '←' }), h.previous[1]],
		h.ends,
		locale.t.helpLatest,
		locale.t.helpAutoplay,
		h.number,
		h.fullScreen,
		h.overview,
		h.speaker,
		h.help,
		h.close,
		// A swipe goes forward the way the page is read: to the left in English, to the right in Arabic.
		rtl ? h.swipe.right : h.swipe.left
	];
}
