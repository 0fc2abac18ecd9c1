/**
 * The words a step's visual shows readers, by field: a politics track's heading, a picture's or
 * video's alt text, a recording's or link's title, credits and captions. The one list the
 * translations translate (story.ar.json's `visual`) and the build looks in for placeholders.
 */
import type { Visual } from './types.ts';

export const VISUAL_TEXT_FIELDS = ['title', 'alt', 'credit', 'caption'] as const;
export type VisualTextField = (typeof VISUAL_TEXT_FIELDS)[number];

/** The visual's texts that are set, in VISUAL_TEXT_FIELDS' order. */
export function visualTexts(visual: Visual): [VisualTextField, string][] {
	const fields = visual as Partial<Record<VisualTextField, unknown>>;
	return VISUAL_TEXT_FIELDS.flatMap((field) => (typeof fields[field] === 'string' ? [[field, fields[field] as string] as [VisualTextField, string]] : []));
}
