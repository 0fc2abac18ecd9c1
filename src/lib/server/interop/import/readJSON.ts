/**
 * Step 1 (JSON): a TimelineJS JSON file's text as import input; a syntax error names its line and
 * column. (The spreadsheet's reader is ../timelineSheet.ts.)
 *
 *   readTimelineJSON('{"events": [...]}', 'timeline.json') // → { events: [{ where: 'events[0]', slide }], eras: [] }
 */
import { parseStoryText } from '../../data/validateTimeline';
import { ImportError, obj, type NamedSlide, type RawSlide, type TimelineInput } from './basics';

export function readTimelineJSON(text: string, file: string): TimelineInput {
	const parsed = parseStoryText(text, file);
	if (!parsed.ok) throw new ImportError(`${parsed.errors[0].where}: ${parsed.errors[0].message}`);
	const data = obj(parsed.data);
	if (!Array.isArray(data.events)) throw new ImportError('not a TimelineJS file: it has no "events" list');
	if (data.eras !== undefined && !Array.isArray(data.eras)) throw new ImportError('"eras" must be a list of slides');
	const named = (list: unknown[], name: string): NamedSlide[] =>
		list.map((slide, i) => {
			if (!slide || typeof slide !== 'object') throw new ImportError(`${name}[${i}]: a slide must be an object`);
			return { where: `${name}[${i}]`, slide: slide as RawSlide };
		});
	return {
		...(data.title ? { title: { where: 'title', slide: obj(data.title) } } : {}),
		events: named(data.events, 'events'),
		eras: named((data.eras as unknown[]) ?? [], 'eras'),
		scale: data.scale
	};
}
