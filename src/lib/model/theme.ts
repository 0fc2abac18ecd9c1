/**
 * A desk's theme: its publication's name and the story's colours, set in the dataset (`"theme"`) and
 * checked by the validator. The palette keeps its meanings: a theme recolours each role (the paper,
 * the ink, the transfers' red, the counted people's blues, …), never adds or merges roles, and every
 * role must keep its contrast on the paper (WCAG: 4.5:1 for a colour text is set in, 3:1 for a mark).
 * The pages get the theme as CSS custom properties (`themeCss`), the PowerPoint and the web app
 * manifest as the same values.
 */

/** The roles of the palette, as src/lib/styles/app.css names them (`--ink-muted` is `inkMuted`), with the story's own colours. */
export const DEFAULT_PALETTE = {
	paper: '#fbfaf7',
	ink: '#1b1b1b',
	inkMuted: '#555049',
	rule: '#d9d4cb',
	transfer: '#a3261b',
	emphasis: '#1b1b1b',
	iraq: '#1d4f7a',
	concern: '#8a4b00',
	count0: '#7391b1',
	count1: '#3d6690',
	count2: '#1d3f5e',
	country: '#5e4b8b',
	mutedMark: '#b9b2a6',
	land: '#ece7dd',
	landFocus: '#e0d8c8',
	water: '#f3f6f8',
	focus: '#0b57d0'
} as const;

export type PaletteRole = keyof typeof DEFAULT_PALETTE;
export type Palette = Record<PaletteRole, string>;

/** What each role is for, and the contrast on the paper it needs: text 4.5:1, a mark 3:1, a surface none. */
export const ROLES: Record<PaletteRole, { use: string; needs: number }> = {
	paper: { use: 'the page behind everything', needs: 0 },
	ink: { use: 'the text', needs: 4.5 },
	inkMuted: { use: 'secondary text: dates, credits, keys', needs: 4.5 },
	rule: { use: 'lines between parts', needs: 0 },
	transfer: { use: 'the transfers and nothing else: routes, their arrows, the people moved (text too)', needs: 4.5 },
	emphasis: { use: 'what the active step points at (text too)', needs: 4.5 },
	iraq: { use: 'the destination’s side and the big numbers; links', needs: 4.5 },
	concern: { use: 'areas of concern (text too)', needs: 4.5 },
	count0: { use: 'counted people: the whole (the palest mark)', needs: 3 },
	count1: { use: 'counted people: a part', needs: 3 },
	count2: { use: 'counted people: a part of the part', needs: 3 },
	country: { use: 'counted countries (text too)', needs: 4.5 },
	mutedMark: { use: 'context marks', needs: 0 },
	land: { use: 'land on the map', needs: 0 },
	landFocus: { use: 'the land in focus', needs: 0 },
	water: { use: 'water on the map', needs: 0 },
	focus: { use: 'the keyboard focus ring', needs: 3 }
};

/** The CSS custom property of a role: `inkMuted` → `--ink-muted`, `count0` → `--count-0`. */
export const cssVar = (role: PaletteRole) => `--${role.replace(/[A-Z]|\d/g, (c) => `-${c.toLowerCase()}`)}`;

/** A `#rrggbb` colour's red, green and blue, 0–255. */
const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** A colour's relative luminance (WCAG 2), from `#rrggbb`. */
function luminance(hex: string): number {
	const [r, g, b] = channels(hex).map((v) => {
		const c = v / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

/** The story's palette: the defaults with the theme's colours over them. */
export const palette = (colors: Partial<Palette> | undefined): Palette => ({ ...DEFAULT_PALETTE, ...colors });

/** Each role whose colour lacks the contrast it needs on the paper: role, colour, its ratio and the ratio needed. */
export function contrastProblems(colors: Partial<Palette> | undefined): { role: PaletteRole; color: string; ratio: number; needs: number }[] {
	const p = palette(colors);
	return (Object.keys(ROLES) as PaletteRole[]).flatMap((role) => {
		const ratio = contrast(p[role], p.paper);
		return ROLES[role].needs && ratio < ROLES[role].needs ? [{ role, color: p[role], ratio, needs: ROLES[role].needs }] : [];
	});
}

/** A theme's face as its stylesheet declares it: the family, the weight, and its file in src/lib/styles/faces/. */
export interface ThemeFaceRule {
	role: 'serif' | 'sans';
	family: string;
	weight: number;
	file: string;
}

/** What stands behind a theme's face on a machine without it: the story's own local fallbacks' kind. */
const GENERIC = { serif: 'Georgia, serif', sans: 'Arial, sans-serif' };

/**
 * The theme as CSS ('' when the story keeps its own look): its faces' @font-face rules and its
 * colours and families as custom properties on the page's root. A theme's face is `optional`: there
 * is no fallback matched to its metrics (the story's own faces have them, fonts.css), so a face that
 * misses the first paint is left out for that visit rather than swapped in, and nothing moves.
 */
export function themeCss(colors: Partial<Palette> | undefined, faces: ThemeFaceRule[] = []): string {
	const set = (Object.entries(colors ?? {}) as [PaletteRole, string][]).filter(([role]) => role in DEFAULT_PALETTE);
	const rules = faces.map(
		(f) =>
			`@font-face {\n\tfont-family: '${f.family}';\n\tfont-style: normal;\n\tfont-weight: ${f.weight};\n\tfont-display: optional;\n\tsrc: url('../faces/${f.file}') format('woff2');\n}\n`
	);
	const families = [...new Map(faces.map((f) => [f.role, f.family])).entries()].map(([role, family]) => `\t--${role}: '${family}', ${GENERIC[role]};`);
	if (!set.length && !families.length) return rules.join('');
	const lines = [...families, ...set.map(([role, color]) => `\t${cssVar(role)}: ${color};`)];
	// The cards over the graphic are the paper, a little see-through (app.css's --card).
	if (colors?.paper) {
		lines.push(`\t--card: rgba(${channels(colors.paper).join(', ')}, 0.94);`);
	}
	return `${rules.join('')}:root {\n${lines.join('\n')}\n}\n`;
}
