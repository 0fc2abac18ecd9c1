/**
 * Build-time geography: Natural Earth countries (world-atlas, 1:50m) cut down to the region the map
 * can show, rounded to ~1 km. The page receives a few kilobytes of GeoJSON as data, not the world.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoCentroid } from 'd3';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { clipRing, roundRing, type Box, type Ring } from '../visuals/map/clipToBox.ts';
import type { RegionCountry, RegionGeo } from '../visuals/map/regionTypes.ts';

/** West, south, east, north: Syria, Iraq and their neighbours. */
export const REGION_BOX: Box = [
	[33.5, 28.5],
	[50.5, 40.5]
];

export function loadRegionGeo(box: Box = REGION_BOX): RegionGeo {
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
		countries.push({ id: String(f.id), name: f.properties.name, geometry, label: [round(lon), round(lat)] });
	}
	return { box, countries };
}

const round = (x: number) => Math.round(x * 100) / 100;
