/**
 * The dataset's shape, as a zod schema. It is the single source of truth: the TypeScript types
 * (`types.ts`) are inferred from it and `timeline-data/story.schema.json` is generated from it
 * (`npm run schema`). Cross-event rules (order, unique ids, references) live in validateTimeline.ts,
 * because they must run even when some event is malformed, so that every error is reported at once.
 */
import { z } from 'zod';
import { parseStoryDate } from './dates.ts';
import { routeModes } from './routeModes.ts';
import { DEFAULT_PALETTE, ROLES, type PaletteRole } from './theme.ts';

const text = (what: string) =>
	z
		.string({ error: `must be text: ${what}` })
		.trim()
		.min(1, { error: `is empty: write ${what}` })
		.describe(`${what[0].toUpperCase()}${what.slice(1)}.`);

const slug = z
	.string({ error: 'must be a kebab-case id such as "centcom-statement"' })
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'must be a kebab-case id (lowercase letters, digits and single hyphens), e.g. "centcom-statement"'
	})
	.describe('A kebab-case id, unique among its kind: lowercase letters, digits and single hyphens.');

export const isoDate = z
	.string({ error: 'must be an ISO 8601 date string: "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
	.refine((s) => parseStoryDate(s) !== null, {
		error: (issue) =>
			`"${String(issue.input)}" is not a real date. Use "YYYY", "YYYY-MM" or "YYYY-MM-DD" at the precision the source supports (or a part of a year: "YYYY-33" to "YYYY-36" for its quarters, "YYYY-40" or "YYYY-41" for its halves)`
	})
	.meta({ examples: ['2017', '2019-03', '2026-01-21', '2026-33'] })
	.describe(
		'An ISO 8601 date at the precision the source supports: "YYYY", "YYYY-MM", "YYYY-MM-DD", or a part of a year ("YYYY-33" to "YYYY-36" for its quarters, "YYYY-40"/"YYYY-41" for its halves).'
	);

/** A day of the desk's work (adding, updating, correcting): always to the day, as a publication date is. */
export const isoDay = z
	.string({ error: 'must be a day as "YYYY-MM-DD", e.g. "2026-12-04"' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day as "YYYY-MM-DD", e.g. "2026-12-04": the day the desk did it' })
	.refine((s) => parseStoryDate(s) !== null, { error: (issue) => `"${String(issue.input)}" is not a real day ("YYYY-MM-DD")` })
	.meta({ examples: ['2026-12-04'] });

const idList = (what: string) => z.array(slug, { error: `must be a list of ${what} ids` }).describe(`Ids of ${what}s.`);

export const qualifiers = ['exactly', 'more than', 'at least', 'up to', 'around', 'nearly'] as const;

export const figureSchema = z.object({
	id: slug.describe('Unique across the story; visuals refer to figures by this id.'),
	value: z
		.number({ error: 'must be a finite number, e.g. 7000 (no quotes, no thousands separators)' })
		.nonnegative({ error: 'must not be negative' })
		.describe('The number, as a plain number: 7000, not "7,000".'),
	qualifier: z
		.enum(qualifiers, { error: `must be one of: ${qualifiers.join(', ')}` })
		.describe('How the source qualifies the number: "more than 30,000", "up to 7,000".'),
	unit: text('what is counted, e.g. "people" or "countries"'),
	label: text('what the number is, e.g. "suspected ISIS members detained"')
});

export const placeSchema = z.object({
	id: slug.describe('Unique among places; map steps and routes refer to the place by it.'),
	name: text('the place name readers see'),
	kind: z
		.enum(['city', 'camp', 'base', 'region', 'country', 'town'], {
			error: 'must be one of: city, camp, base, region, country, town'
		})
		.describe('What the place is: the map draws each kind its own way.'),
	country: text('the country the place is in'),
	lon: z.number({ error: 'must be a longitude in degrees' }).min(-180).max(180).describe('Longitude in degrees, east positive.'),
	lat: z.number({ error: 'must be a latitude in degrees' }).min(-90).max(90).describe('Latitude in degrees, north positive.'),
	labelSide: z
		.enum(['left', 'right', 'above', 'below'], { error: 'must be "left", "right", "above" or "below"' })
		.optional()
		.describe('Where the map puts the name, to keep neighbours apart (default: right).'),
	adm1: z
		.string({ error: 'must be a Natural Earth admin-1 code such as "IRQ-3051"' })
		.regex(/^[A-Z]{3}-\d+$/, { error: 'must be a Natural Earth admin-1 code such as "IRQ-3051" (adm1_code)' })
		.optional()
		.describe('For a place of kind region: its Natural Earth admin-1 code (adm1_code), so a map step can draw it as an area (see `areas`).'),
	note: z.string().optional().describe('A note for the desk (not shown to readers).')
});

export const sourceSchema = z.object({
	id: slug.describe('Unique among sources; events cite the source by it.'),
	title: text('the title of the source'),
	publisher: z.string().optional().describe('Who published it, e.g. "Reuters".'),
	date: isoDate.optional().describe('When it was published.'),
	kind: z
		.enum(['reporting', 'public-record'], { error: 'must be "reporting" or "public-record"' })
		.describe('Reporting (an article) or a public record (an official statement, a report, a resolution).'),
	url: z
		.url({ error: 'must be a full URL; leave it out when the source has none' })
		.optional()
		.describe('Its address. Leave it out when the source has none: never make one up.')
});

export const eraSchema = z.object({
	id: slug.describe('Unique among eras; a timeline step may emphasise the era by it.'),
	label: text('the era name shown on the axis'),
	start: isoDate.describe('Where the band starts on the time axis.'),
	end: isoDate.describe('Where the band ends on the time axis.')
});

const routeSchema = z.object({
	from: slug.describe('place id'),
	to: slug.describe('place id'),
	/** How the move was made: by land, by air, or `unspecified` where the record does not say (never guessed). */
	mode: z
		.enum(routeModes, { error: 'must be "land", "air" or "unspecified" (the record does not say how)' })
		.describe('How the move was made; "unspecified" (long dashes, keyed "how not given") when the record does not say.')
});

const baseStatusSchema = z.object({
	place: slug.describe('place id'),
	status: z
		.enum(['drawdown', 'concentrated'], { error: 'must be "drawdown" or "concentrated"' })
		.describe('A base being left ("drawdown") or where forces gather ("concentrated").')
});

export const visualKinds = ['timeline', 'map', 'units', 'countries', 'politics', 'photo', 'video', 'audio', 'link'] as const;

/** Picture files a photo step (or a poster) can show: what every browser draws. */
export const pictureTypes = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;
/** Video files a video step can play: what Chromium, Firefox and Safari's engine play (MP4 as H.264). */
export const videoTypes = ['mp4', 'm4v', 'webm'] as const;
/** Sound files an audio step can play. */
export const audioTypes = ['mp3', 'm4a', 'aac', 'ogg', 'oga', 'opus', 'wav'] as const;
/** Caption files: WebVTT, what the browser's own player shows. */
export const captionTypes = ['vtt'] as const;

/**
 * A file next to the dataset, of one of `types`: a relative path inside the dataset's folder, never a
 * web address (the story asks no other origin for anything).
 */
const localFile = (types: readonly string[], what: string, example: string) =>
	z
		.string({ error: `must be the path of ${what} next to the dataset, e.g. "${example}"` })
		.regex(new RegExp(`^(?!/)(?!.*(?:^|/)\\.\\.(?:/|$))[\\w./-]+\\.(?:${types.join('|')})$`, 'i'), {
			error: `must be a relative path to a ${types.join(', ')} file next to the dataset, e.g. "${example}" (no "..", no leading "/", no web address: the story asks no other origin for anything)`
		});

/** A language tag, as HTML's `lang` takes it. */
const languageTag = z.string({ error: 'must be a language tag such as "en" or "ar"' }).regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, {
	error: 'must be a language tag such as "en" or "ar"'
});

/** A recording's captions, read by the build from its WebVTT file (the transcript its table shows). */
const cues = z
	.array(z.object({ start: z.number(), end: z.number(), text: z.string() }))
	.optional()
	.describe('Set by the build from the captions file: leave it out.');

const measured = {
	width: z.number().optional().describe('Set by the build from the file: leave it out.'),
	height: z.number().optional().describe('Set by the build from the file: leave it out.')
};

export const visualSchema = z.discriminatedUnion(
	'kind',
	[
		z.object({
			kind: z.literal('timeline'),
			era: slug.optional().describe('era id to emphasise')
		}),
		z.object({
			kind: z.literal('map'),
			focus: idList('place').min(1, { error: 'needs at least one place id to frame the map' }).describe('Places the map frames (at least one).'),
			highlight: idList('place').optional().describe('Places marked and named in the step’s colour.'),
			concern: idList('place').optional().describe('Places of concern, marked in the warning colour.'),
			routes: z.array(routeSchema).optional().describe('Moves drawn as arrows, from one place to another.'),
			bases: z.array(baseStatusSchema).optional().describe('Bases with a status: drawn down or where forces concentrate.'),
			areas: idList('place').optional().describe('Places of kind region with an `adm1` code, drawn as shaded, labelled areas (e.g. governorates of concern).'),
			borders: z
				.array(z.tuple([slug, slug], { error: 'must be a pair of country place ids, e.g. ["syria", "iraq"]' }), {
					error: 'must be a list of pairs of country place ids, e.g. [["syria", "iraq"]]'
				})
				.optional()
				.describe('Land borders to emphasise, each a pair of places of kind country.'),
			departures: idList('place')
				.optional()
				.describe(
					'Places people left for destinations the source does not name (e.g. repatriations from a camp): drawn as short arrows leaving them, to no place.'
				)
		}),
		z.object({
			kind: z.literal('units'),
			figures: idList('figure')
				.min(1, { error: 'needs at least one figure id' })
				.describe('Nested groups, whole first: each later figure is a part of the one before.'),
			perUnit: z
				.number({ error: 'must be a whole number of people per mark, e.g. 50' })
				.int({ error: 'must be a whole number of people per mark, e.g. 50' })
				.positive({ error: 'must be at least 1' })
				.optional()
				.describe('People per mark (default 50).')
		}),
		z.object({
			kind: z.literal('countries'),
			figure: slug.describe('figure id of a count of countries')
		}),
		z.object({
			kind: z.literal('politics'),
			title: z.string().optional().describe('Heading of the track, e.g. "Iraq’s political track".'),
			milestones: idList('event').min(1, { error: 'needs at least one event id' }).describe('The events drawn on the track, in order.'),
			figures: idList('figure').optional().describe('Figures to show beside the track, whole first: the numbers and the politics together (a closing step).'),
			status: z
				.enum(['in-office', 'election', 'deadlock'], {
					error: 'must be "in-office", "election" or "deadlock"'
				})
				.describe('Where the track stands at this step.')
		}),
		z.object({
			kind: z.literal('photo'),
			src: localFile(pictureTypes, 'a picture file', 'photos/al-hol.jpg').describe(
				'The picture, relative to the dataset file (timeline-data/photos/…); the build publishes it under pictures/.'
			),
			alt: text('what the picture shows, for readers who cannot see it'),
			credit: text('who made the picture, e.g. "Jane Doe / Agency"'),
			caption: z.string().optional().describe('A line under the picture.'),
			...measured
		}),
		z.object({
			kind: z.literal('video'),
			src: localFile(videoTypes, 'a video file', 'videos/statement.mp4').describe(
				'The video, relative to the dataset file; the build publishes it under media/. It plays only when the reader presses play.'
			),
			poster: localFile(pictureTypes, 'a picture file', 'videos/statement.jpg')
				.optional()
				.describe('A picture shown until it plays (a frame of it); it also gives the frame its shape.'),
			captions: localFile(captionTypes, 'a WebVTT file', 'videos/statement.vtt')
				.optional()
				.describe('Its captions, a WebVTT file: what is said and heard, for readers who cannot hear it (the build warns when a video has none).'),
			language: languageTag.optional().describe('The language spoken and captioned, e.g. "ar" (default "en").'),
			alt: text('what the video shows, for readers who cannot see it'),
			credit: text('who made the video, e.g. "Jane Doe / Agency"'),
			caption: z.string().optional().describe('A line under the video.'),
			cues,
			...measured
		}),
		z.object({
			kind: z.literal('audio'),
			src: localFile(audioTypes, 'a sound file', 'audio/statement.mp3').describe(
				'The recording, relative to the dataset file; the build publishes it under media/. It plays only when the reader presses play.'
			),
			title: text('what the recording is, e.g. "The minister’s statement, 21 January"'),
			captions: localFile(captionTypes, 'a WebVTT file', 'audio/statement.vtt')
				.optional()
				.describe('Its transcript as a WebVTT file, shown line by line as it plays (the build warns when a recording has none).'),
			language: languageTag.optional().describe('The language spoken, e.g. "ar" (default "en").'),
			credit: text('who recorded it, e.g. "Jane Doe / Agency"'),
			cues,
			caption: z.string().optional().describe('A line under the player.')
		}),
		z.object({
			kind: z.literal('link'),
			url: z
				.url({ protocol: /^https?$/, error: 'must be a full web address (https://…) of the video, post or page' })
				.describe(
					'The medium elsewhere (a YouTube or Vimeo video, a post, a map): drawn as a card that opens it in a new tab. Nothing is requested from it before the reader clicks.'
				),
			title: text('what the link opens, e.g. the video’s title'),
			provider: z.string().optional().describe('Where it opens, e.g. "YouTube" (default: the address’s host).'),
			poster: localFile(pictureTypes, 'a picture file', 'photos/video-still.jpg')
				.optional()
				.describe('A picture for the card (a still of the video), next to the dataset: never fetched from the other site.'),
			credit: z.string().optional().describe('Who made it, e.g. "Jane Doe / Agency".'),
			caption: z.string().optional().describe('A line under the card.'),
			...measured
		})
	],
	{ error: `must have a "kind" that is one of: ${visualKinds.join(', ')}` }
);

/** A step's narration: the desk's own reading of it, played when the deck plays itself. */
export const narrationSchema = z
	.object({
		audio: localFile(audioTypes, 'a sound file', 'narration/baghouz.mp3').describe(
			'The recording, relative to the dataset file; the build publishes it under media/. It is heard only when the deck plays itself (`?autoplay`) and the viewer turns the sound on.'
		),
		captions: localFile(captionTypes, 'a WebVTT file', 'narration/baghouz.vtt').describe(
			'What is said, as WebVTT, shown line by line as it plays and burned into the videos. Its last cue ends where the recording does: the step is held that long.'
		),
		language: languageTag.optional().describe('The language spoken, e.g. "ar" (default "en").'),
		cues
	})
	.strict();

export const eventSchema = z.object({
	id: slug.describe('Stable kebab-case slug: the step id, the URL hash and the test hook.'),
	date: isoDate.describe(
		'When it happened, at the precision the source supports: "2017", "2019-03", "2026-01-21", or a part of a year ("2026-33" is January–March 2026).'
	),
	endDate: isoDate.optional().describe('When it ended, for an event that lasted.'),
	approximate: z.boolean().optional().describe('The date is approximate: readers see "c." before it.'),
	dateLabel: z.string().optional().describe('What readers see instead of the formatted date, e.g. "Late 2025".'),
	title: text('a headline for the step'),
	short: z.string().optional().describe('A short label for the axis and overview.'),
	body: z
		.array(text('a paragraph of plain text'), { error: 'must be a list of paragraphs (strings)' })
		.min(1, { error: 'needs at least one paragraph' })
		.describe('The step’s text, a list of paragraphs of plain text; a paragraph may link as Markdown does, `[the report](https://…)`.'),
	visual: visualSchema.describe('The picture this step shows: its `kind` and that kind’s state (below).'),
	figures: z.array(figureSchema, { error: 'must be a list of figures' }).default([]).describe('The numbers this step reports, each with its qualifier.'),
	sources: idList('source')
		.default([])
		.describe(
			'The ids of the sources behind this step, from the story\'s "sources". A step with none is published saying "No source given" (and `npm run validate` warns); a story with "requireSources": true refuses it.'
		),
	notes: text('what a presenter says on this step'),
	group: z
		.string()
		.optional()
		.describe('A group the event belongs to, as TimelineJS groups slides ("Syria"): shown after the step’s date; kept by import and export.'),
	narration: narrationSchema
		.optional()
		.describe('A recorded reading of the step, with its captions, for the deck playing itself and the videos (the step is held for its length).'),
	duration: z
		.number({ error: 'must be a number of seconds, e.g. 12' })
		.min(2, { error: 'must be at least 2 seconds: a step on screen for less cannot be read' })
		.max(300, { error: 'must be at most 300 seconds (5 minutes) for one step' })
		.optional()
		.describe(
			'How long the step stays on screen when the story plays by itself (the deck’s autoplay, the videos), in seconds. By default its reading time: its words at a steady reading pace, plus a moment for its picture.'
		),
	added: isoDay
		.optional()
		.describe(
			'For a developing story: the day the desk added this event to the published story (YYYY-MM-DD). The step says so, the feeds list it, and a returning reader sees it marked new.'
		),
	updated: isoDay
		.optional()
		.describe(
			'The day the desk last added to or changed what this event says (YYYY-MM-DD), other than a correction (list those in the story’s "corrections"). The step says so, and a returning reader sees it marked updated.'
		)
});

export const correctionSchema = z.object({
	id: slug.describe('Unique among corrections: the feeds and the translation name the correction by it.'),
	date: isoDay.describe('The day the correction was made (YYYY-MM-DD).'),
	event: slug.optional().describe('The id of the event it corrects: the correction shows on that step. Leave it out for a correction to the story as a whole.'),
	text: text('what was corrected, as readers see it: "An earlier version of this step gave the date as 2018. Baghouz fell in March 2019."')
});

const hexColor = z
	.string({ error: 'must be a colour as "#rrggbb", e.g. "#1d4f7a"' })
	.regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour as "#rrggbb", e.g. "#1d4f7a"' });

const fontPackage = z
	.string({ error: 'must be the name of an @fontsource package, e.g. "@fontsource/merriweather"' })
	.regex(/^@fontsource\/[a-z0-9-]+$/, { error: 'must be the name of an @fontsource package, e.g. "@fontsource/merriweather"' });

/** A desk's theme: its publication's name, and colours for the palette's roles (each keeps its meaning). */
export const themeSchema = z
	.object({
		name: z
			.string()
			.trim()
			.min(1, { error: 'is empty: write the publication’s name, or leave it out' })
			.optional()
			.describe('The publication’s name, e.g. "The Daily Example": shown over the headline, and the publisher in search data.'),
		logo: localFile([...pictureTypes, 'svg'], 'a picture file', 'brand/logo.svg')
			.optional()
			.describe(
				'The publication’s logo, next to the dataset (SVG, PNG, …): shown instead of the name over the headline and on share cards, the name its text for readers who cannot see it. The build publishes it under pictures/.'
			),
		fonts: z
			.object({
				serif: fontPackage.optional().describe('The face of headlines and text (regular and bold), e.g. "@fontsource/merriweather".'),
				sans: fontPackage.optional().describe('The face of dates, labels and keys (regular and semibold), e.g. "@fontsource/inter".')
			})
			.strict()
			.optional()
			.describe(
				'Typefaces of the desk’s own, as self-hosted @fontsource packages (`npm install` them): cut to the story’s characters at build time, like the story’s own.'
			),
		logoWidth: z.number().optional().describe('Set by the build from the file: leave it out.'),
		logoHeight: z.number().optional().describe('Set by the build from the file: leave it out.'),
		colors: z
			.object(
				Object.fromEntries(
					(Object.keys(DEFAULT_PALETTE) as PaletteRole[]).map((role) => [
						role,
						hexColor
							.optional()
							.describe(
								`${ROLES[role].use[0].toUpperCase()}${ROLES[role].use.slice(1)} (default ${DEFAULT_PALETTE[role]})${ROLES[role].needs ? `; needs ${ROLES[role].needs}:1 on the paper` : ''}.`
							)
					])
				) as Record<PaletteRole, z.ZodOptional<typeof hexColor>>
			)
			.strict()
			.optional()
			.describe('Colours for the palette’s roles, each keeping its meaning; the validator checks each one’s contrast on the paper.')
	})
	.strict();

export const storySchema = z.object({
	$schema: z.string().optional().describe('"./story.schema.json": lets editors check the file as you type.'),
	kicker: z.string().optional().describe('The line above the headline; by default the countries of the places and the years spanned.'),
	title: text('the headline'),
	dek: text('the one-sentence summary under the headline'),
	lead: z
		.string()
		.optional()
		.describe(
			'The id of the step whose picture states the story at a glance, drawn beside the headline; by default the last step that shows units, else the first.'
		),
	byline: text('who wrote it'),
	credits: z.array(z.string()).default([]).describe('Lines under the byline: graphics, editing, pictures.'),
	published: isoDate.optional().describe('When the story was first published (share cards and search give it with `updated`).'),
	updated: isoDate.describe(
		'When the story was last updated. The pages, feeds and briefings say the latest of this and the events’ "added" and "updated" days and the corrections’ days.'
	),
	corrections: z
		.array(correctionSchema, { error: 'must be a list of corrections' })
		.default([])
		.describe(
			'Corrections to the published story, each with its day and the step it corrects: shown on the step, in "Corrections and updates", in the handout and in the feeds.'
		),
	opensAt: z
		.enum(['start', 'latest'], { error: 'must be "start" or "latest"' })
		.optional()
		.describe(
			'Where the reading page and the deck open without a step in the address: "start" (the default), or "latest" for a developing story, with the beginning one step away.'
		),
	places: z.array(placeSchema, { error: 'must be a list of places' }).describe('Every place the story names, once, with its coordinates.'),
	sources: z.array(sourceSchema, { error: 'must be a list of sources' }).default([]).describe('The reporting and public records the events cite.'),
	requireSources: z
		.boolean({ error: 'must be true or false' })
		.optional()
		.describe('A desk that requires every step sourced sets this: a step with no source is then an error, not a warning.'),
	eras: z.array(eraSchema).default([]).describe('Named periods, drawn as bands on the time axis.'),
	theme: themeSchema.optional().describe('The desk’s name and colours (default: the story’s own).'),
	events: z
		.array(eventSchema, { error: 'must be a list of events' })
		.min(1, { error: 'needs at least one event' })
		.describe('The steps of the story, in chronological order.')
});
