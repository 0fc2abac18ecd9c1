/**
 * What a valid story publishes but a desk should see before it does, in the shape of a validation
 * error (file, item, field, message): `npm run validate` lists these and the build prints them.
 *
 * - A step with no source is published saying so ("No source given"); a story that sets
 *   `"requireSources": true` refuses it instead (validateTimeline.ts), and then has nothing to warn.
 * - A placeholder (`[Byline: who made this story]`, model/placeholder.ts) in any text: the blank
 *   starter's and an import's notes to the author. A byline or credit that is one is left out of the
 *   share cards, the search data and the PowerPoint. A link step to an example address
 *   (example.org) is one too.
 * - A video or recording without captions: readers who cannot hear it miss what is said.
 */
import { isPlaceholder } from '../../model/placeholder.ts';
import type { Story } from '../../model/types.ts';
import { visualTexts } from '../../model/visualTexts.ts';
import type { ValidationError } from './validateTimeline.ts';

/** The domains kept for examples (RFC 2606): a link to one is a link still to write. */
const EXAMPLE_HOST = /(^|\.)example\.(com|org|net)$/;

/** Fields whose placeholder is kept out of the share cards, the search data and the PowerPoint. */
const KEPT_OUT = new Set(['byline', 'credits']);

export function storyWarnings(story: Story, file: string): ValidationError[] {
	const warnings: ValidationError[] = [];
	const placeholder = (where: string, field: string, text: string | undefined) => {
		if (!isPlaceholder(text)) return;
		const kept = KEPT_OUT.has(field.replace(/\[\d+\]$/, '')) ? '; until then the share cards, the search data and the PowerPoint leave it out' : '';
		warnings.push({ file, where, field, message: `${text!.trim()} is a placeholder: write it before publishing${kept}` });
	};
	for (const field of ['kicker', 'title', 'dek', 'byline'] as const) placeholder('story', field, story[field]);
	story.credits.forEach((c, i) => placeholder('story', `credits[${i}]`, c));
	story.places.forEach((p, i) => {
		placeholder(`place "${p.id}" (places[${i}])`, 'name', p.name);
		placeholder(`place "${p.id}" (places[${i}])`, 'country', p.country);
	});
	story.eras.forEach((e, i) => placeholder(`era "${e.id}" (eras[${i}])`, 'label', e.label));
	story.sources.forEach((s, i) => {
		placeholder(`source "${s.id}" (sources[${i}])`, 'title', s.title);
		placeholder(`source "${s.id}" (sources[${i}])`, 'publisher', s.publisher);
	});
	story.events.forEach((event, i) => {
		const where = `event "${event.id}" (events[${i}])`;
		for (const field of ['title', 'short', 'dateLabel', 'notes'] as const) placeholder(where, field, event[field]);
		event.body.forEach((p, j) => placeholder(where, `body[${j}]`, p));
		event.figures.forEach((f, j) => {
			placeholder(where, `figures[${j}].label`, f.label);
			placeholder(where, `figures[${j}].unit`, f.unit);
		});
		const v = event.visual;
		for (const [field, text] of visualTexts(v)) placeholder(where, `visual.${field}`, text);
		if (v.kind === 'link') {
			placeholder(where, 'visual.provider', v.provider);
			if (EXAMPLE_HOST.test(new URL(v.url).hostname))
				warnings.push({ file, where, field: 'visual.url', message: `${v.url} is an example address: put the address of the video, post or page` });
		}
		if ((v.kind === 'video' || v.kind === 'audio') && !v.captions)
			warnings.push({
				file,
				where,
				field: 'visual.captions',
				message: `no captions: readers who cannot hear the ${v.kind === 'video' ? 'video' : 'recording'} miss what is said. Add a WebVTT file of what is said and heard`
			});
		if (!event.sources.length)
			warnings.push({
				file,
				where,
				field: 'sources',
				message: 'no source given: the step says so to readers. Add the ids of the sources behind it (a story with "requireSources": true refuses such a step)'
			});
	});
	return warnings;
}
