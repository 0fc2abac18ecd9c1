import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ringsContain } from './mapLayout';

/**
 * A place named after an area ("Ramadi (Anbar)") is drawn inside that area's outline, its marker
 * whole: the point and a ring round it a marker's radius wide (≈ 0.08°) all inside.
 */
describe('places named after an area lie inside its drawn outline', () => {
	const story = JSON.parse(readFileSync('timeline-data/story.json', 'utf8')) as {
		places: { id: string; name: string; lon: number; lat: number; adm1?: string }[];
	};
	const fc = JSON.parse(readFileSync('src/lib/server/geo/iraq-governorates.json', 'utf8')) as {
		features: { properties: { adm1_code: string }; geometry: { type: string; coordinates: number[][][] | number[][][][] } }[];
	};
	const areas = story.places.filter((p) => p.adm1);
	const named = story.places.filter((p) => !p.adm1 && areas.some((a) => p.name.includes(`(${a.name})`)));
	it('has such places to check', () => expect(named.map((p) => p.id)).toContain('ramadi'));
	for (const p of named) {
		it(`${p.id} inside ${p.name}`, () => {
			const area = areas.find((a) => p.name.includes(`(${a.name})`))!;
			const f = fc.features.find((x) => x.properties.adm1_code === area.adm1)!;
			const polys = (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
			const rings = polys.flat().map((r) => r.map(([lon, lat]) => [lon, lat] as [number, number]));
			for (let i = 0; i < 8; i++) {
				const a = (i * Math.PI) / 4;
				expect(ringsContain(rings, [p.lon + 0.08 * Math.cos(a), p.lat + 0.08 * Math.sin(a)])).toBe(true);
			}
		});
	}
});
