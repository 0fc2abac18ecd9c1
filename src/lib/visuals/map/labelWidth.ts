/**
 * How wide a map label is, estimated from its characters (never measured, so a label's place does not
 * depend on which face has loaded). Each style's figures are a little over the widest of the story's
 * faces (Source Sans 3 and Noto Naskh Arabic, and their metric-matched fallbacks) measured in
 * Chromium, so a box is never narrower than its text: per character and a constant, by script
 * (Latin capitals with letter-spacing for countries, Arabic without).
 */
export type LabelStyle = 'named' | 'context' | 'status' | 'area' | 'home' | 'neighbour';

const LATIN: Record<LabelStyle, [number, number]> = {
	named: [5.5, 12],
	context: [5.2, 10],
	status: [5.2, 8],
	area: [7.2, 6],
	home: [11, 4],
	neighbour: [8.6, 4]
};
const ARABIC: Record<LabelStyle, [number, number]> = {
	named: [5.3, 5],
	context: [5.0, 8],
	status: [4.8, 8],
	area: [5.8, 8],
	home: [6.6, 8],
	neighbour: [5.0, 6]
};

export function labelWidth(text: string, style: LabelStyle, dir: 'ltr' | 'rtl' = 'ltr'): number {
	const [perChar, extra] = (dir === 'rtl' ? ARABIC : LATIN)[style];
	return Math.ceil(text.length * perChar + extra);
}
