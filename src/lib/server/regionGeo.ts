/**
 * Build-time geography: Natural Earth countries (world-atlas, 1:50m) cut down to the region the map
 * can show and projected once into map units (Mercator). The page receives ready-made SVG path
 * strings as data, not the world and not a projection library.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { clipRing, roundRing, type Box, type Ring } from '../visuals/map/clipToBox.ts';
import { mercator } from '../visuals/map/mapLayout.ts';
import type { RegionCountry, RegionGeo } from '../visuals/map/regionTypes.ts';

/**
 * The region the map can show, from the story's own places: their extent, padded so every frame has
 * context around it. The data decides the region, so another story gets its own map.
 */
export function regionBox(places: { lon: number; lat: number }[], pad = 0.45, minPad = 4): Box {
	const lons = places.map((p) => p.lon);
	const lats = places.map((p) => p.lat);
	const [w, e] = [Math.min(...lons), Math.max(...lons)];
	const [s, n] = [Math.min(...lats), Math.max(...lats)];
	const dx = Math.max(minPad, (e - w) * pad);
	const dy = Math.max(minPad, (n - s) * pad);
	return [
		[round(Math.max(-180, w - dx)), round(Math.max(-85, s - dy))],
		[round(Math.min(180, e + dx)), round(Math.min(85, n + dy))]
	];
}

export function loadRegionGeo(box: Box): RegionGeo {
	const require = createRequire(import.meta.url);
	const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	const world = feature(topo, topo.objects.countries);
	const countries: RegionCountry[] = [];
	for (const f of world.features as Feature<Polygon | MultiPolygon, { name: string }>[]) {
		if (!f.geometry) continue;
		const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
		const clipped = polygons
			.map((rings) => rings.map((r) => roundRing(clipRing(r as Ring, box))).filter((r) => r.length >= 4))
			.filter((rings) => rings.length > 0);
		if (clipped.length === 0) continue;
		const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: clipped };
		const [lon, lat] = geoCentroid({ type: 'Feature', properties: {}, geometry });
		countries.push({ id: String(f.id), name: f.properties.name, path: pathOf(geometry), label: [round(lon), round(lat)] });
	}
	return { box, countries };
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
