/**
 * A placeholder: a text an author has still to write, written as a note to them in square brackets
 * filling the whole field, `[Byline: who made this story]` (the blank starter's and an import's
 * convention). It validates, so a draft builds and reads; the build warns for each one
 * (storyWarnings.ts), and the byline and credits that are placeholders never reach a share card,
 * the search data (JSON-LD) or the PowerPoint.
 */
export function isPlaceholder(text: string | undefined): boolean {
	return text !== undefined && /^\s*\[[^\]]*\]\s*$/.test(text);
}

/** The texts that are not placeholders (credits, say). */
export const written = (texts: string[]): string[] => texts.filter((t) => !isPlaceholder(t));
