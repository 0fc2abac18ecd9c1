import { describe, expect, it } from 'vitest';
import { storySchema } from '../model/schema';
import { testStory } from '../model/testStory';
import { editionLocale } from '../i18n/editions';
import { AR } from '../i18n/strings.ar';
import { english } from '../i18n/strings.en';
import type { Locale } from '../i18n/locale';
import { stepAnnouncement } from './announcement';
import { storySteps } from './steps';
import { describeVisual, visualState } from './visualState';

const story = storySchema.parse(testStory());
const at = (index: number, locale: Locale) => {
	const steps = storySteps(story, locale.date);
	return stepAnnouncement({ story, index, count: steps.length, locale, active: steps[index] });
};

describe('stepAnnouncement', () => {
	it('says the step’s place, date and title, then what the graphic shows, from the data', () => {
		expect(at(1, english)).toBe(`Step 2 of 4. 23 March 2019: Second. ${describeVisual(visualState(story, 1), english)}`);
		expect(at(1, english)).toMatch(/More than 30,000/);
	});

	it('leaves the date out for the deck, whose slide shows it', () => {
		const steps = storySteps(story, english.date);
		expect(stepAnnouncement({ story, index: 1, count: steps.length, locale: english, active: steps[1] }, false)).toBe(
			`Step 2 of 4: Second. ${describeVisual(visualState(story, 1), english)}`
		);
	});

	it('speaks the edition’s words and digits', () => {
		const arabic = editionLocale('ar', AR);
		expect(at(2, arabic)).toBe(`الخطوة ٣ من ٤، ٢١ كانون الثاني ٢٠٢٦: Third. ${describeVisual(visualState(story, 2), arabic)}`);
	});
});
