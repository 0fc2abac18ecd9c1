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
	/** The land borders the story's own countries share (the atlas's lines), for routes "into" a country. */
	borders?: RegionBorder[];
	/** The story's areas (Natural Earth admin-1 units, e.g. Iraq's governorates), by place id. */
	areas?: RegionArea[];
}

export interface RegionBorder {
	/** The two countries, by the ids of the story's places of kind country. */
	between: [string, string];
	/** The border as lines of [lon, lat]. */
	lines: [number, number][][];
	/** The same as an SVG path in map units. */
	path: string;
}

export interface RegionArea {
	/** The id of the story's place (of kind region) that is this area. */
	id: string;
	/** Its Natural Earth admin-1 code. */
	adm1: string;
	/** SVG path in map units. */
	path: string;
}
