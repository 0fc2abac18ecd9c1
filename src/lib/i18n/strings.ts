/**
 * The interface's words, in one place per language (`strings.en.ts`, `strings.ar.ts`): buttons,
 * labels, headings, the words the visuals and their tables and descriptions are built from. Plain
 * data (templates with `{name}` slots, plurals as forms), so a page receives its language's table as
 * page data: the reading page's scripts carry no table at all, and no page carries another
 * language's. `fill` and `plural` put them together; each language's `Locale` writes the numbers.
 */
import type { Locale } from './locale';

/** Forms of a phrase by the plural category of its number (Intl.PluralRules); `other` always. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface UiStrings {
	// Reading view
	skipToText: string;
	stepList: string;
	/** `{n}`, `{count}`, `{date}`, `{title}` */
	stepAnnounce: string;
	updated: string;
	presentStory: string;
	previousStep: string;
	previous: string;
	nextStep: string;
	next: string;
	presentFromHere: string;
	/** Where the reading view's graphic would be, with JavaScript off. */
	graphicNeedsScript: string;
	/** The phone step list's button: visible `{n}/{count}`, its name "Step {n}/{count}: show every step". */
	menuStep: string;
	menuShowAll: string;
	menuHeading: string;
	close: string;
	linkToStep: string;
	/** `{title}` */
	linkToStepNamed: string;
	linkCopied: string;
	sourcesAndMethod: string;
	method: string;
	/** `{n}`: "50" or "50 or 100" (the form is the last number's: see `pluralList`) */
	methodUnits: Plural;
	or: string;
	sourceKind: { reporting: string; 'public-record': string };
	citedIn: string;
	sourcesLabel: Plural;
	/** Between a title and its publisher, between list items. */
	comma: string;
	semicolon: string;
	/** A translated edition's credits: its review, `{by}` (a role, in the edition's language) and `{date}`. */
	translationReviewed: string;
	/** A translated edition's credits while its overlay records no review. */
	translationDraft: string;
	// The graphic
	/** `{title}` */
	graphicLabel: string;
	moreControls: string;
	animationOn: string;
	animationOff: string;
	showPicture: string;
	showTable: string;
	picture: string;
	table: string;
	// Numbers and their words
	qualifier: { exactly: string; 'more than': string; 'at least': string; 'up to': string; around: string; nearly: string };
	// Descriptions of the visuals (for screen readers and share cards)
	/** `{era}` */
	describeTimelineEra: string;
	describeTimeline: string;
	/** `{places}` */
	describeMap: string;
	describeHighlighted: string;
	describeConcern: string;
	describeAreas: string;
	describeDepartures: string;
	/** `{mode}`, `{from}`, `{to}` */
	describeRoute: string;
	mode: { land: string; air: string };
	/** `{place}` */
	describeDrawdown: string;
	describeConcentrated: string;
	/** `{n}` people per square */
	describeUnitsScale: Plural;
	/** `{figure}`, `{label}` */
	describeFigure: string;
	describeOfThose: string;
	describeOneDot: string;
	/** `{title}`, `{milestones}`, `{status}` */
	describePolitics: string;
	/** `{alt}`, `{credit}` */
	describePhoto: string;
	// Tables
	tableEventsInEra: string;
	tableEvents: string;
	colDate: string;
	colEvent: string;
	roleInView: string;
	roleHighlighted: string;
	roleConcern: string;
	roleDrawdown: string;
	roleConcentrated: string;
	rowRoute: string;
	/** `{mode}` */
	transferBy: string;
	tableMap: string;
	colPlace: string;
	colCountry: string;
	colOnMap: string;
	/** `{n}` */
	tableUnits: Plural;
	colGroup: string;
	colNumber: string;
	colSquares: string;
	tableCountries: string;
	colWhat: string;
	colMilestone: string;
	colThisStep: string;
	yes: string;
	now: string;
	tablePhoto: string;
	colShows: string;
	colCredit: string;
	colCaption: string;
	// The map
	/** `{countries}` */
	mapTitle: string;
	theRegion: string;
	locator: string;
	key: string;
	legend: {
		/** The key's sample of a bold name, in the edition's own script. */
		boldSample: string;
		city: string;
		camp: string;
		base: string;
		highlight: string;
		concern: string;
		drawdown: string;
		concentrated: string;
		/** A shaded area (admin-1) the step names. */
		area: string;
		/** An area of concern drawn as its real outline, not a halo. */
		concernArea: string;
		/** Short arrows leaving a place for destinations not named. */
		departure: string;
		/** Bold names: what the step names. */
		bold: string;
	};
	/** `{mode}`, `{from}`, `{to}`, `{undisclosed}` */
	legendRoute: string;
	/** The key's line for an emphasised border: "Syria–Iraq border". */
	legendBorder: string;
	/** A camp people were taken home from, the rest still there. */
	othersRemain: string;
	/** Where a route into a whole country ends, at its border: "Iraq: sites not disclosed". */
	sitesNotDisclosedAt: string;
	routeMode: { land: string; air: string };
	sitesNotDisclosed: string;
	/** Countries' names by the atlas's English name (Natural Earth), where the language differs; a neighbour missing here is left unnamed on the map. */
	countries?: Record<string, string>;
	// Units and countries
	/** `{n}` */
	unitKey: Plural;
	unitOpenKey: string;
	oneCountry: string;
	approximateBand: string;
	// The political track
	politicalTrack: string;
	nowLabel: string;
	status: { 'in-office': string; election: string; deadlock: string };
	/** The status as a word in a sentence ("Status: deadlock."). */
	statusWord: { 'in-office': string; election: string; deadlock: string };
	sameYear: string;
	nextYear: string;
	/** `{n}` */
	yearsLater: Plural;
	aYearLater: string;
	monthsLater: Plural;
	soonAfter: string;
	// The time axis and a period's close-up
	/** `{from}`, `{to}`, `{zoom}` (axisZoomName or nothing), `{n}`, `{count}` */
	axisLabel: string;
	/** The enlarged end of the axis, in its name: `{span}`, `{k}` */
	axisZoomName: string;
	/** The zoom's label on the axis, and a shorter one for narrow screens: `{span}`, `{k}` */
	axisZoom: string;
	axisZoomShort: string;
	moreBefore: Plural;
	moreAfter: Plural;
	/** `{n}`, `{count}` */
	stepOf: string;
	// The briefing
	/** `{title}` (the page's title) */
	briefingTitle: string;
	readStory: string;
	/** `{digits}` */
	goToStep: string;
	overviewButton: string;
	speakerButton: string;
	fullScreenButton: string;
	keysLabel: string;
	/** `{n}`, `{count}`, `{title}` */
	stepOfTitle: string;
	keysHeading: string;
	closeEsc: string;
	/**
	 * The help's rows, keys then what they do. `{next}` and `{previous}` are the arrow keys for those
	 * steps, `{forward}` and `{back}` the sides a swipe goes to: they swap with the reading direction.
	 */
	help: [string, string][];
	/** The sides, as the swipe row says them. */
	sides: { left: string; right: string };
	overviewHeading: Plural;
	overviewHint: string;
	kind: { timeline: string; map: string; units: string; countries: string; politics: string; photo: string };
	/** `{n}`, `{count}`, `{date}` */
	speakerNow: string;
	notes: string;
	endOfStory: string;
	elapsed: string;
	resetTimer: string;
	/** `{date}`, `{n}`, `{count}` */
	handoutMeta: string;
	notesLabel: string;
	// The embed
	/** `{n}`, `{count}` */
	position: string;
	// A step's own page
	/** `{n}`, `{count}` */
	stepPosition: string;
	sourcesHeading: string;
	readThisStep: string;
	presentFromStep: string;
	// A translated edition
	/** At the top of an edition some of whose texts are not translated yet, and so are shown in English. */
	untranslatedNotice: string;
	// The language itself
	/** Its name in itself, for the language switch: "English", "العربية". */
	languageName: string;
	/** Before an approximate date: "c. 2019", "نحو ٢٠١٩". */
	about: string;
}

/**
 * Words only the PowerPoint export uses (scripts/pptx.ts), kept in each language's strings file but
 * apart from `UiStrings`, so no page is sent them.
 */
export interface SlideStrings {
	/** Speaker note on the title slide: the typefaces, and what to replace them with. `{serif}`, `{sans}`, `{fallbackSerif}`, `{fallbackSans}`. */
	fontsNote: string;
}

/** A template with its slots filled: `fill('Step {n} of {count}', { n: 3, count: 18 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/**
 * The form of a phrase for a list of numbers joined by `or` ("50 or 100 people"): the last number's
 * form, as a noun agrees with the number nearest it. A form that names no number (Arabic's "one
 * person", "two people") is for that number alone: a list takes `other`.
 */
export function pluralList(locale: Locale, forms: Plural, numbers: number[], or: string): string {
	const form = forms[locale.plural(numbers.at(-1) ?? 0)] ?? forms.other;
	return fill(numbers.length > 1 && !form.includes('{n}') ? forms.other : form, { n: numbers.map(locale.number).join(or) });
}

/** The form of a phrase for the number `n`, its number written in the locale's digits. */
export function plural(locale: Locale, forms: Plural, n: number, values: Record<string, string | number> = {}): string {
	return fill(forms[locale.plural(n)] ?? forms.other, { ...values, n: locale.number(n) });
}
