/**
 * Build-time geography: Natural Earth countries (world-atlas, 1:50m) cut down to the region the map
 * can show and projected once into map units (Mercator). The page receives ready-made SVG path
 * strings as data, not the world and not a projection library.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { geoCentroid } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { clipRing, roundRing, type Box, type Ring } from '../visuals/map/clipToBox.ts';
import { mercator } from '../visuals/map/mapLayout.ts';
import type { RegionArea, RegionBorder, RegionCountry, RegionGeo } from '../visuals/map/regionTypes.ts';

/**
 * The region the map can show, from the story's own places: wide and tall enough that land fills any
 * frame the map is drawn in. A frame fits the places' box and shows more of the map on its long side:
 * up to `aspects[1]` times as wide as tall (a projector, a wide embed, a phone on its side) or
 * `aspects[0]` (a tall phone) and, with the frame's padding, `pad` times more. The region holds all of
 * that, in Mercator (what the map draws), so no frame ever meets the cut edge of the land. The data
 * decides the region, so another story gets its own map.
 */
export function regionBox(places: { lon: number; lat: number }[], aspects: [number, number] = [0.6, 3], pad = 1.7, minSpan = 4): Box {
	const xy = places.map((p) => mercator(p.lon, p.lat));
	const xs = xy.map(([x]) => x);
	const ys = xy.map(([, y]) => y);
	const unit = mercator(1, 0)[0]; // map units per degree of longitude
	const w = Math.max(Math.max(...xs) - Math.min(...xs), minSpan * unit);
	const h = Math.max(Math.max(...ys) - Math.min(...ys), minSpan * unit);
	const [cx, cy] = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2];
	const halfW = (Math.max(w, h * aspects[1]) / 2) * pad;
	const halfH = (Math.max(h, w / aspects[0]) / 2) * pad;
	const [west, north] = unmercator(cx - halfW, cy - halfH);
	const [east, south] = unmercator(cx + halfW, cy + halfH);
	return [
		[round(Math.max(-180, west)), round(Math.max(-85, south))],
		[round(Math.min(180, east)), round(Math.min(85, north))]
	];
}

/** Map units back to [lon, lat] degrees (the inverse of `mercator`). */
function unmercator(x: number, y: number): [number, number] {
	const [k] = mercator(1, 0);
	return [x / k, (Math.atan(Math.exp(-y / (k * (180 / Math.PI)))) * 2 - Math.PI / 2) * (180 / Math.PI)];
}

/** What the region also needs from the story: its own countries (for their shared borders) and its areas (admin-1). */
export interface RegionNeeds {
	/** The story's places of kind country: id and English name (the atlas's). */
	countries?: { id: string; name: string }[];
	/** The story's places of kind region that are drawn as areas: id and Natural Earth admin-1 code. */
	areas?: { id: string; adm1: string }[];
}

/** The admin-1 areas the repository carries (see geo/PROVENANCE.md). */
const AREAS_FILE = 'src/lib/server/geo/iraq-governorates.json';

export function loadRegionGeo(box: Box, needs: RegionNeeds = {}): RegionGeo {
	const require = createRequire(import.meta.url);
	const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	const world = feature(topo, topo.objects.countries);
	const countries: RegionCountry[] = [];
	for (const f of world.features as Feature<Polygon | MultiPolygon, { name: string }>[]) {
		if (!f.geometry) continue;
		// The story's own countries keep their detail; neighbours, drawn for context to the frame's edge,
		// are simplified more (the region is several frames wide, and the page carries every border).
		const own = needs.countries?.some((c) => c.name === f.properties.name) ?? false;
		const geometry = clipGeometry(f.geometry, box, own ? 0.01 : 0.05);
		if (!geometry) continue;
		const [lon, lat] = geoCentroid({ type: 'Feature', properties: {}, geometry });
		const id = f.id !== undefined ? String(f.id) : f.properties.name;
		countries.push({ id, name: f.properties.name, path: pathOf(geometry), label: [round(lon), round(lat)] });
	}
	return { box, countries, borders: sharedBorders(topo, needs.countries ?? [], box), areas: loadAreas(needs.areas ?? [], box) };
}

function clipGeometry(g: Polygon | MultiPolygon, box: Box, tolerance = 0): MultiPolygon | null {
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	const clipped = polygons
		.map((rings) => rings.map((r) => roundRing(simplifyRing(clipRing(r as Ring, box), tolerance))).filter((r) => r.length >= 4))
		.filter((rings) => rings.length > 0);
	return clipped.length ? { type: 'MultiPolygon', coordinates: clipped } : null;
}

/**
 * A closed ring with the points that bend it less than `tolerance` degrees left out (Douglas–Peucker,
 * on each half so the ring stays closed). Rings too small to matter at that tolerance are dropped.
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
	if (tolerance <= 0 || ring.length < 5) return ring;
	const dp = (pts: Ring): Ring => {
		if (pts.length < 3) return pts;
		const [a, b] = [pts[0], pts[pts.length - 1]];
		const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
		const len = Math.hypot(dx, dy);
		let [best, at] = [0, 0];
		for (let i = 1; i < pts.length - 1; i++) {
			const p = pts[i];
			const d = len ? Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / len : Math.hypot(p[0] - a[0], p[1] - a[1]);
			if (d > best) [best, at] = [d, i];
		}
		return best > tolerance ? [...dp(pts.slice(0, at + 1)).slice(0, -1), ...dp(pts.slice(at))] : [a, b];
	};
	const half = Math.floor(ring.length / 2);
	const out = [...dp(ring.slice(0, half + 1)).slice(0, -1), ...dp(ring.slice(half))];
	const xs = out.map((p) => p[0]);
	const ys = out.map((p) => p[1]);
	if (Math.max(...xs) - Math.min(...xs) < tolerance * 2 && Math.max(...ys) - Math.min(...ys) < tolerance * 2) return [];
	return out;
}

/**
 * The land borders the story's countries share, two by two, as lines of [lon, lat] (the atlas's own
 * arcs, so a route "into Iraq" ends on the real border line), cut to the region.
 */
function sharedBorders(topo: Topology<{ countries: GeometryCollection<{ name: string }> }>, own: { id: string; name: string }[], box: Box): RegionBorder[] {
	const out: RegionBorder[] = [];
	const [[w, s], [e, n]] = box;
	const inBox = ([lon, lat]: number[]) => lon >= w && lon <= e && lat >= s && lat <= n;
	for (let i = 0; i < own.length; i++)
		for (let j = i + 1; j < own.length; j++) {
			const [a, b] = [own[i], own[j]];
			const m = mesh(topo, topo.objects.countries, (x, y) => {
				const name = (g: unknown) => (g as { properties?: { name?: string } }).properties?.name;
				const [p, q] = [name(x), name(y)];
				return x !== y && ((p === a.name && q === b.name) || (p === b.name && q === a.name));
			});
			const lines = mergeLines(m.coordinates as [number, number][][])
				.map((l) => l.filter(inBox).map(([lon, lat]) => [round(lon), round(lat)] as [number, number]))
				.filter((l) => l.length >= 2);
			if (lines.length) out.push({ between: [a.id, b.id], lines, path: linePath(lines) });
		}
	return out;
}

/** Joins line pieces that meet end to start (a mesh comes as one piece per arc). */
function mergeLines(pieces: [number, number][][]): [number, number][][] {
	const lines = pieces.map((p) => [...p]);
	const same = (p: number[], q: number[]) => Math.abs(p[0] - q[0]) < 1e-9 && Math.abs(p[1] - q[1]) < 1e-9;
	let joined = true;
	while (joined) {
		joined = false;
		outer: for (let i = 0; i < lines.length; i++)
			for (let j = 0; j < lines.length; j++) {
				if (i === j) continue;
				const [a, b] = [lines[i], lines[j]];
				if (same(a[a.length - 1], b[0])) lines[i] = [...a, ...b.slice(1)];
				else if (same(a[a.length - 1], b[b.length - 1])) lines[i] = [...a, ...[...b].reverse().slice(1)];
				else continue;
				lines.splice(j, 1);
				joined = true;
				break outer;
			}
	}
	return lines;
}

function loadAreas(wanted: { id: string; adm1: string }[], box: Box): RegionArea[] {
	if (!wanted.length) return [];
	// Read from the project (the build and the tests run there): bundled server code has moved away from this file.
	const file = resolve(process.cwd(), AREAS_FILE);
	const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: Feature<Polygon | MultiPolygon, { adm1_code: string }>[] };
	return wanted.map(({ id, adm1 }) => {
		const f = fc.features.find((x) => x.properties.adm1_code === adm1);
		if (!f) {
			const have = fc.features.map((x) => x.properties.adm1_code).join(', ');
			throw new Error(`place "${id}" › adm1: "${adm1}" is not in ${AREAS_FILE} (it has ${have}); add the area there, from Natural Earth's admin-1 layer`);
		}
		const geometry = clipGeometry(f.geometry, box);
		return { id, adm1, path: geometry ? pathOf(geometry) : '' };
	});
}

/** An SVG path of lines of [lon, lat], in map units, one decimal. */
function linePath(lines: [number, number][][]): string {
	return lines
		.map((l) =>
			l
				.map(
					([lon, lat], i) =>
						`${i ? 'L' : 'M'}${mercator(lon, lat)
							.map((v) => Math.round(v * 10) / 10)
							.join(',')}`
				)
				.join('')
		)
		.join('');
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * An SVG path of a MultiPolygon in map units, one decimal (a tenth of a map unit is ~600 m). Each ring
 * starts absolute and goes on in relative steps (`l.4-.3`), worked out on the rounded tenths so
 * nothing drifts: the page carries every border twice (drawn, and as data for redrawing at the
 * reader's size), and short relative steps make both copies about half as long.
 */
export function pathOf(geometry: MultiPolygon): string {
	const num = (tenths: number) => {
		const t = (tenths / 10).toString();
		return t.replace(/^(-?)0\./, '$1.');
	};
	const pair = (a: number, b: number) => `${num(a)}${b < 0 ? '' : ','}${num(b)}`;
	return geometry.coordinates
		.flatMap((rings) =>
			rings.map((ring) => {
				let out = '';
				let [px, py] = [0, 0];
				ring.slice(0, -1).forEach(([lon, lat], i) => {
					const [x, y] = mercator(lon, lat).map((v) => Math.round(v * 10));
					if (i === 0) out += `M${pair(x, y)}`;
					else if (x !== px || y !== py) out += `l${pair(x - px, y - py)}`;
					[px, py] = [x, y];
				});
				return `${out}Z`;
			})
		)
		.join('');
}
