/** Types of the validated dataset, inferred from the zod schema so the two can never drift. */
import type { z } from 'zod';
import type {
	eraSchema,
	eventSchema,
	figureSchema,
	placeSchema,
	sourceSchema,
	storySchema,
	visualSchema
} from './schema';

export type Story = z.output<typeof storySchema>;
export type StoryEvent = z.output<typeof eventSchema>;
export type Visual = z.output<typeof visualSchema>;
export type VisualKind = Visual['kind'];
export type Figure = z.output<typeof figureSchema>;
export type Place = z.output<typeof placeSchema>;
export type Source = z.output<typeof sourceSchema>;
export type Era = z.output<typeof eraSchema>;
