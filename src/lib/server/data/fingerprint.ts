/**
 * The fingerprint of an English text: the first 10 hex digits of the SHA-256 of the text, its spaces
 * collapsed and its Unicode normalised (NFC), so a change of spacing alone is not a change of text.
 * A translation overlay keeps, beside each translated text, the fingerprint of the English it was
 * translated from (`fingerprints` in `story.ar.json`); when the English is edited, the two differ and
 * the translation is stale. Build time and scripts only (node:crypto), never in a page.
 */
import { createHash } from 'node:crypto';

export const FINGERPRINT = /^[0-9a-f]{10}$/;

export function fingerprint(text: string): string {
	const normal = text.normalize('NFC').replace(/\s+/g, ' ').trim();
	return createHash('sha256').update(normal, 'utf8').digest('hex').slice(0, 10);
}
