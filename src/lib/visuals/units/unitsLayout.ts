/**
 * Layout of the detainee units: one square per `peoplePerUnit` people. Groups are nested, whole first
 * (more than 30,000 detained ⊃ up to 7,000 slated ⊃ ~2,200 received ⊃ the first 150): the units of the
 * parts gather in their own block above the rest, deepest part first, so the part reads against the
 * whole. A unit keeps its index across steps, so it moves and recolours rather than reappearing.
 */

export interface UnitGroup {
	id: string;
	units: number;
}

export interface Unit {
	index: number;
	x: number;
	y: number;
	/** How many groups the unit belongs to, minus one: 0 = only the whole. */
	level: number;
	/** Ids of every group the unit belongs to, whole first. */
	groups: string[];
}

export interface UnitsLayout {
	size: number;
	gap: number;
	units: Unit[];
	/** Where each block starts: the parts block (when there are parts) and the rest. */
	blocks: { kind: 'part' | 'rest'; y: number; rows: number; count: number }[];
	height: number;
}

/** Room left above each block for its heading. */
const HEADER = 22;

export function unitsLayout(groups: UnitGroup[], width: number, height: number): UnitsLayout {
	const total = groups[0]?.units ?? 0;
	const levelOf = (i: number) => {
		let level = 0;
		for (let k = 1; k < groups.length; k++) if (i < groups[k].units) level = k;
		return level;
	};
	const partCount = groups.length > 1 ? groups[1].units : 0;
	const restCount = total - partCount;
	const blockCounts = partCount > 0 ? [partCount, restCount] : [restCount];

	// The largest square that fits every block, with its heading, in the drawing.
	let size = 2;
	for (let s = 40; s >= 2; s -= 0.5) {
		const cols = Math.floor(width / s);
		if (cols < 1) continue;
		const rows = blockCounts.reduce((sum, n) => sum + Math.ceil(n / cols), 0);
		if (rows * s + blockCounts.length * HEADER <= height) {
			size = s;
			break;
		}
	}
	const cols = Math.max(1, Math.floor(width / size));
	const gap = Math.max(1, Math.round(size * 0.18));

	const blocks: UnitsLayout['blocks'] = [];
	let y = 0;
	for (const [b, count] of blockCounts.entries()) {
		const kind = partCount > 0 && b === 0 ? 'part' : 'rest';
		blocks.push({ kind, y: y + HEADER, rows: Math.ceil(count / cols), count });
		y += HEADER + Math.ceil(count / cols) * size;
	}

	// Inside the parts block the deepest level comes first; the index order breaks ties, so a unit's
	// place only changes when its membership does.
	const part = Array.from({ length: partCount }, (_, i) => i).sort((a, b) => levelOf(b) - levelOf(a) || a - b);
	const slot = new Map<number, number>(part.map((unit, k) => [unit, k]));
	const units: Unit[] = Array.from({ length: total }, (_, index) => {
		const level = levelOf(index);
		const inPart = index < partCount;
		const k = inPart ? slot.get(index)! : index - partCount;
		const block = blocks[inPart ? 0 : blocks.length - 1];
		return {
			index,
			x: (k % cols) * size,
			y: block.y + Math.floor(k / cols) * size,
			level,
			groups: groups.slice(0, level + 1).map((g) => g.id)
		};
	});
	return { size, gap, units, blocks, height: y };
}
