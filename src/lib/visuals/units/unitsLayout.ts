/**
 * Layout of the detainee units: one square per `perUnit` people, on one grid. Groups are nested,
 * whole first (more than 30,000 detained ⊃ up to 7,000 slated ⊃ ~2,200 received ⊃ the first 150), and
 * a part is always the first units of the group that holds it, so the deepest level comes first.
 *
 * When a step names a part, the grid splits: the part stays where it was, at the top, and the rest of
 * the whole slides down below a heading, keeping its own arrangement (its first row starts where the
 * part ends). So moving between steps is one block sliding and a few units recolouring: cheap enough to
 * animate without blocking the page, and easy to read as "this much, out of all that".
 */

export interface UnitGroup {
	id: string;
	units: number;
}

export interface Unit {
	index: number;
	/** Position inside its block. */
	x: number;
	y: number;
	block: 'part' | 'rest';
	/** How many groups the unit belongs to, minus one: 0 = only the whole. */
	level: number;
	/** Ids of every group the unit belongs to, whole first. */
	groups: string[];
}

export interface UnitsLayout {
	size: number;
	gap: number;
	cols: number;
	units: Unit[];
	/** Each block's origin (y of its first row) and the y of its heading. */
	blocks: { kind: 'part' | 'rest'; y: number; labelY: number; count: number }[];
	height: number;
}

/** Room above each block for its heading. */
const HEADER = 22;

export function unitsLayout(groups: UnitGroup[], width: number, height: number): UnitsLayout {
	const total = groups[0]?.units ?? 0;
	const partCount = groups.length > 1 ? Math.min(total, groups[1].units) : 0;
	const levelOf = (i: number) => {
		let level = 0;
		for (let k = 1; k < groups.length; k++) if (i < groups[k].units) level = k;
		return level;
	};

	/** Rows used by the part block and by the rest (which starts mid-row, where the part ended). */
	const rowsFor = (cols: number) => {
		const partRows = Math.ceil(partCount / cols);
		const restRows = Math.ceil(total / cols) - Math.floor(partCount / cols);
		return { partRows, restRows };
	};

	// The largest square with which the whole fits even when split (two headings, at most one extra
	// row). It does not depend on the part, so every step of the same whole draws on the same grid.
	let size = 2;
	for (let s = 40; s >= 2; s -= 0.5) {
		const cols = Math.floor(width / s);
		if (cols >= 1 && (Math.ceil(total / cols) + 1) * s + 2 * HEADER <= height) {
			size = s;
			break;
		}
	}
	const cols = Math.max(1, Math.floor(width / size));
	const gap = Math.max(1, Math.round(size * 0.18));
	const { partRows, restRows } = rowsFor(cols);

	const blocks: UnitsLayout['blocks'] = [];
	let restTop = HEADER;
	if (partCount > 0) {
		blocks.push({ kind: 'part', y: HEADER, labelY: HEADER - 7, count: partCount });
		restTop = HEADER + partRows * size + HEADER;
	}
	// The rest block's origin is where its grid's row 0 would be; its first drawn row is the part's last.
	const skippedRows = Math.floor(partCount / cols);
	blocks.push({ kind: 'rest', y: restTop - skippedRows * size, labelY: restTop - 7, count: total - partCount });

	const units: Unit[] = Array.from({ length: total }, (_, index) => ({
		index,
		x: (index % cols) * size,
		y: Math.floor(index / cols) * size,
		block: index < partCount ? 'part' : 'rest',
		level: levelOf(index),
		groups: groups.slice(0, levelOf(index) + 1).map((g) => g.id)
	}));
	return { size, gap, cols, units, blocks, height: restTop + restRows * size };
}
