/**
 * The blank starter (`npm run new-story -- <folder>`): a minimal valid story for a desk's next story,
 * one step of each visual kind, every text a placeholder (`[…]`, model/placeholder.ts) that the
 * build warns about until it is written. Its dates, numbers and coordinates are examples to replace
 * (the two places are drawn where the map needs somewhere to be: London and Paris), and it requires
 * every step to be sourced, as a desk's story should. The Iraq story stays the example the tests use.
 */
import { visualKinds } from '../../model/schema.ts';

/** The picture the photo step shows until the desk's own replaces it (next to the dataset). */
export const STARTER_PICTURE = 'photos/placeholder.png';

/**
 * The files the starter's steps show, as the dataset names them, and the placeholder each is copied
 * from (in this folder): a picture, a four-second test-card video with its poster, a tone, and
 * captions that are placeholders too.
 */
export const STARTER_FILES: Record<string, string> = {
	[STARTER_PICTURE]: 'placeholder.png',
	'media/placeholder.mp4': 'placeholder.mp4',
	'media/placeholder-poster.jpg': 'placeholder-poster.jpg',
	'media/placeholder.mp3': 'placeholder.mp3',
	'media/placeholder.vtt': 'placeholder.vtt'
};

const notes = '[Speaker notes: what to say on this step]';
const body = ['[What happened, in a short paragraph: every claim from the sources this step cites]'];
const sources = ['source-a'];

/** The starter dataset, `updated` today (`YYYY-MM-DD`). */
export function starterStory(today: string) {
	const events = [
		{
			id: 'where-it-starts',
			date: '2020',
			title: '[Title: where the story starts]',
			body,
			visual: { kind: 'timeline', era: 'first-period' },
			sources,
			notes
		},
		{
			id: 'on-the-map',
			date: '2022-06',
			title: '[Title: where it happened]',
			body,
			visual: { kind: 'map', focus: ['place-a', 'place-b'], highlight: ['place-a'], routes: [{ from: 'place-a', to: 'place-b', mode: 'unspecified' }] },
			sources,
			notes
		},
		{
			id: 'how-many',
			date: '2023',
			title: '[Title: how many, and how many of them]',
			body,
			visual: { kind: 'units', figures: ['the-whole', 'a-part'] },
			figures: [
				{ id: 'the-whole', value: 1000, qualifier: 'around', unit: 'people', label: '[Figure: what is counted]' },
				{ id: 'a-part', value: 250, qualifier: 'up to', unit: 'people', label: '[Figure: the part of it this step is about]' }
			],
			sources,
			notes
		},
		{
			id: 'how-many-countries',
			date: '2024-03',
			title: '[Title: how many countries]',
			body,
			visual: { kind: 'countries', figure: 'countries' },
			figures: [{ id: 'countries', value: 12, qualifier: 'exactly', unit: 'countries', label: '[Figure: the countries counted]' }],
			sources,
			notes
		},
		{
			id: 'a-picture',
			date: '2025-01-15',
			title: '[Title: what the picture shows]',
			body,
			visual: {
				kind: 'photo',
				src: STARTER_PICTURE,
				alt: '[Alt text: what the picture shows, for readers who cannot see it]',
				credit: '[Credit: who made the picture]',
				caption: '[Caption: a line under the picture]'
			},
			sources,
			notes
		},
		{
			id: 'a-video',
			date: '2025-02',
			title: '[Title: what the video shows]',
			body,
			visual: {
				kind: 'video',
				src: 'media/placeholder.mp4',
				poster: 'media/placeholder-poster.jpg',
				captions: 'media/placeholder.vtt',
				alt: '[Alt text: what the video shows, for readers who cannot see it]',
				credit: '[Credit: who made the video]',
				caption: '[Caption: a line under the video]'
			},
			sources,
			notes
		},
		{
			id: 'a-recording',
			date: '2025-03',
			title: '[Title: what is said]',
			body,
			visual: {
				kind: 'audio',
				src: 'media/placeholder.mp3',
				captions: 'media/placeholder.vtt',
				title: '[Recording: who is speaking, and when]',
				credit: '[Credit: who recorded it]'
			},
			sources,
			notes
		},
		{
			id: 'elsewhere',
			date: '2025-04',
			title: '[Title: what the video or page elsewhere shows]',
			body,
			visual: {
				kind: 'link',
				url: 'https://example.org/',
				title: '[Link: the title of the video, post or page it opens]',
				provider: '[Where it opens, e.g. YouTube]'
			},
			sources,
			notes
		},
		{
			id: 'where-it-stands',
			date: '2025-06',
			title: '[Title: where things stand]',
			body,
			visual: { kind: 'politics', title: '[Track heading]', milestones: ['where-it-starts', 'where-it-stands'], status: 'in-office' },
			sources,
			notes
		}
	];
	// One step of each kind the story can draw: a new kind shows up here as a failing unit test.
	const shown = new Set(events.map((e) => e.visual.kind));
	if (visualKinds.some((k) => !shown.has(k))) throw new Error(`the starter lacks a step of kind ${visualKinds.filter((k) => !shown.has(k)).join(', ')}`);
	return {
		kicker: '[Kicker: the line above the headline]',
		title: '[Headline: the story in a line]',
		dek: '[Dek: the story in a sentence, under the headline]',
		byline: '[Byline: who made this story]',
		credits: ['[Credits: who else made it, and where its map and pictures come from]'],
		updated: today,
		requireSources: true,
		places: [
			{ id: 'place-a', name: '[Place A]', kind: 'city', country: '[Country]', lon: -0.13, lat: 51.51 },
			{ id: 'place-b', name: '[Place B]', kind: 'city', country: '[Country]', lon: 2.35, lat: 48.86 }
		],
		sources: [{ id: 'source-a', title: '[Source: the title of the reporting or record]', publisher: '[Publisher]', kind: 'reporting' }],
		eras: [{ id: 'first-period', label: '[Era: a name for a period]', start: '2020', end: '2022' }],
		events
	};
}
