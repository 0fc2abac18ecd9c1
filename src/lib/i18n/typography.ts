/**
 * Spaces that must not end a line, as a desk sets them by hand: the one after a number (a figure and
 * what it counts, a day and its month: "up to 7,000 ISIS suspects", "9 December 2017", «٦٠ دولة»,
 * «٩ كانون الأول»), and the one inside the Arabic edition's two-word month names («تشرين الثاني»).
 * Each becomes a no-break space (U+00A0): the text reads, copies and is spoken as before, and only a
 * line's end moves. (Paragraphs are set with `text-wrap: pretty`, app.css, which moves a word or two
 * down to keep a last line from standing alone, and so could leave "7,000" at a line's end.)
 */
const AFTER_NUMBER = /(?<=[0-9\u0660-\u0669][%\u066A]?) (?=[\p{L}\p{N}])/gu;
const IN_ARABIC_MONTH = /(?<=(?:كانون|تشرين)) (?=ال(?:أول|ثاني))/gu;

/** The text with the spaces above made no-break spaces. */
export const keepTogether = (text: string): string => text.replace(AFTER_NUMBER, '\u00A0').replace(IN_ARABIC_MONTH, '\u00A0');
