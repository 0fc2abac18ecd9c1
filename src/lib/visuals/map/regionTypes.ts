export interface RegionCountry {
	id: string;
	name: string;
	/** SVG path of the country's part inside the region, in map units (see mapLayout.mercator). */
	path: string;
	/** Where the country's name goes, [lon, lat]: the centroid of its part inside the region. */
	label: [number, number];
	/** The id of the story's place (of kind country) that is this country, if it is one of the story's own. */
	place?: string;
}

export interface RegionGeo {
	/** [[west, south], [east, north]] in degrees. */
	box: [[number, number], [number, number]];
	countries: RegionCountry[];
}
