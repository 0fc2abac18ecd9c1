import type { MultiPolygon } from 'geojson';

export interface RegionCountry {
	id: string;
	name: string;
	geometry: MultiPolygon;
	/** Where the country's name goes: the centroid of its part inside the region. */
	label: [number, number];
}

export interface RegionGeo {
	box: [[number, number], [number, number]];
	countries: RegionCountry[];
}
