/**
 * A theme's typefaces (`"theme": { "fonts": { "serif": "@fontsource/merriweather" } }`): which
 * @fontsource files stand for the story's serif and sans, found in node_modules and named as the
 * build cuts them (`src/lib/styles/faces/theme-serif-400.woff2`, beside the story's own faces, by
 * storyFaces.ts). The serif needs a regular and a bold, the sans a regular and a semibold, as the
 * story's own (fonts.css). The family's name is the package's (`metadata.json`). Build time only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Story } from '../model/types.ts';

/** The weights each role is set in (fonts.css's four faces). */
export const ROLE_WEIGHTS = { serif: [400, 700], sans: [400, 600] } as const;
export type FontRole = keyof typeof ROLE_WEIGHTS;

export interface ThemeFace {
	role: FontRole;
	/** The family's name, from the package. */
	family: string;
	weight: number;
	/** The file the build cuts, in src/lib/styles/faces/. */
	file: string;
	/** The @fontsource file it is cut from, on disk. */
	source: string;
}

export interface ThemeFacesResult {
	faces: ThemeFace[];
	/** What is wrong, by field (`fonts.serif`): a package not installed, a weight it lacks. */
	problems: { field: string; message: string }[];
}

export function themeFaces(story: Pick<Story, 'theme'>, root = process.cwd()): ThemeFacesResult {
	const faces: ThemeFace[] = [];
	const problems: ThemeFacesResult['problems'] = [];
	for (const role of Object.keys(ROLE_WEIGHTS) as FontRole[]) {
		const pkg = story.theme?.fonts?.[role];
		if (!pkg) continue;
		const dir = join(root, 'node_modules', pkg);
		const field = `theme.fonts.${role}`;
		if (!existsSync(join(dir, 'metadata.json'))) {
			problems.push({ field, message: `${pkg} is not installed: run npm install --save-dev ${pkg}` });
			continue;
		}
		const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8')) as { id: string; family: string };
		for (const weight of ROLE_WEIGHTS[role]) {
			const source = join(dir, 'files', `${meta.id}-latin-${weight}-normal.woff2`);
			if (existsSync(source)) faces.push({ role, family: meta.family, weight, file: `theme-${role}-${weight}.woff2`, source });
			else
				problems.push({
					field,
					message: `${pkg} has no ${weight} weight in Latin (the ${role} is set in ${ROLE_WEIGHTS[role].join(' and ')}): choose a family that has it`
				});
		}
	}
	return { faces, problems };
}
