/** The dataset the build used, read from disk so tests follow the data rather than restating it. */
import { readFileSync } from 'node:fs';
import { storySchema } from '../../src/lib/data/schema';
import { formatEventDate } from '../../src/lib/data/dates';

export const story = storySchema.parse(JSON.parse(readFileSync('timeline-data/story.json', 'utf8')));
export const dateText = formatEventDate;
