/** Types of the validated dataset, inferred from the zod schema so the two can never drift. */
import type { z } from 'zod';
import type { narrationSchema, correctionSchema, eraSchema, eventSchema, figureSchema, placeSchema, sourceSchema, storySchema, visualSchema } from './schema';

/**
 * A translated edition's story also names the texts it shows in English, untranslated (set by
 * `localizeStory`, never in a dataset): the pages mark them `lang="en"` and `data-untranslated`.
 */
export type StoryEvent = z.output<typeof eventSchema> & {
	/** This event's fields shown in English: `title`, `body.1`, `figures.whole.label`. */
	untranslated?: string[];
};
export type Story = Omit<z.output<typeof storySchema>, 'events'> & {
	events: StoryEvent[];
	/** The other texts shown in English, by their overlay path: `story.dek`, `places.mosul.name`. */
	untranslated?: string[];
};
export type Visual = z.output<typeof visualSchema>;
export type VisualKind = Visual['kind'];
export type Figure = z.output<typeof figureSchema>;
export type Place = z.output<typeof placeSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Era = z.output<typeof eraSchema>;
export type Correction = z.output<typeof correctionSchema>;
export type Narration = z.output<typeof narrationSchema>;
