/**
 * The interface's words, in one place per language (`strings.en.ts`, `strings.ar.ts`): buttons,
 * labels, headings, the sentences the visuals' descriptions and tables are made of. Plain data, so a
 * page receives its language's table as page data: the reading page's scripts carry no table at all,
 * and no page carries another language's.
 *
 * Every sentence is whole. A value that goes into one (a number, a date, a title, a list of names) is
 * a named placeholder, `{title}`, and the placeholders are part of the string's type: `Template<'n' |
 * 'count'>` must contain `{n}` and `{count}` (a strings file that leaves one out does not compile),
 * and `fill(t.stepOf, { n, count })` must be given exactly those (one missing or one extra does not
 * compile). A string whose words change with a number is a `Plural`: its forms by the language's CLDR
 * plural categories (Intl.PluralRules), and a language's table must give every form the language
 * has (English one and other; Arabic zero, one, two, few, many and other). A list of things is joined
 * by the language's own rules (Intl.ListFormat: "A, B and C", "أ وب وج"), never with a comma from
 * here. A template's form may leave out `{n}` ("a year later", Arabic "شخصاً واحداً"), never the
 * other placeholders.
 *
 * What the types cannot see (a translation that adds a placeholder the English does not have) the
 * unit tests check: every language's templates have the English's placeholders, no more.
 */
import type { Locale } from './locale';
import { escapeMarkup } from './bidi.ts';
import type { VisualKind } from '../model/types';

declare const SLOTS: unique symbol;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** A string containing `{name}` for each of the names. */
type Holds<N extends string> = [N] extends [never] ? string : UnionToIntersection<N extends string ? `${string}{${N}}${string}` : never>;

/**
 * A sentence with named placeholders, `'Step {n} of {count}'`: a string that must contain each of
 * `N` as `{name}`, and that remembers its names for `fill` (the `SLOTS` member exists only in the
 * type; it also makes `Template<'n'>` and `Template<'n' | 'count'>` two different types).
 */
export type Template<N extends string = never> = Holds<N> & { readonly length: number; readonly [SLOTS]?: (names: N) => N };

/** The plural categories of CLDR, as Intl.PluralRules names them. */
export type PluralCategory = Intl.LDMLPluralRule;
/** English's: "1 person", "2 people". */
export type EnglishPlurals = 'one' | 'other';
/** Arabic's: 0, 1, 2, 3–10, 11–99, 100 and up (by the last two digits). */
export type ArabicPlurals = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * Forms of a sentence by the plural category of its number `{n}`: a language's table gives every
 * category in `C` (its own, `EnglishPlurals`, `ArabicPlurals`), `other` always; a form may leave
 * `{n}` out, never the other placeholders `N`. Read without `C` (`UiStrings`), any form may be missing
 * but `other`, which is then used.
 */
export type Plural<C extends PluralCategory = never, N extends string = never> = Partial<Record<PluralCategory, Template<N>>> &
	Record<C | 'other', Template<N>>;

/** What fills a template: each of its names, no more. */
type Values<N extends string> = [N] extends [never] ? Record<string, never> : Record<N, string | number>;

/** How a status of the political track is said. */
type ByStatus<T> = { 'in-office': T; election: T; deadlock: T };
/** By the way people were moved. */
type ByMode<T> = { land: T; air: T; unspecified: T };
/** A figure's number with its source's qualifier, in the figure's own unit: "more than {n} {unit}". */
type ByQualifier<T> = { exactly: T; 'more than': T; 'at least': T; 'up to': T; around: T; nearly: T };

/**
 * A language's interface. `C` is the language's plural categories: each strings file names its own
 * (`UiStrings<ArabicPlurals>`), so its table must give every form; code reads `UiStrings`, any language.
 */
export interface UiStrings<C extends PluralCategory = never> {
	// Reading view
	skipToText: string;
	stepList: string;
	/** Said when a step becomes active. */
	stepAnnounce: Template<'n' | 'count' | 'date' | 'title'>;
	/** The byline's date, drawn as a <time>. */
	updated: Template<'date'>;
	presentStory: string;
	previousStep: string;
	previous: string;
	nextStep: string;
	next: string;
	presentFromHere: string;
	/** Where the reading view's graphic would be, with JavaScript off. */
	graphicNeedsScript: string;
	/** The phone step list's button: what it shows ("7/18") and its name, which contains what it shows. */
	menuPosition: Template<'n' | 'count'>;
	menuButton: Template<'n' | 'count'>;
	menuHeading: string;
	close: string;
	linkToStep: string;
	linkToStepNamed: Template<'title'>;
	linkCopied: string;
	/** A reading card's switch to the graphic's table at its step (visible words, then its name). */
	stepTable: string;
	stepTableNamed: Template<'title'>;
	sourcesAndMethod: string;
	/** How the story is sourced, the method's first sentence: every step sourced (`methodSources`), or some steps citing none. */
	methodSources: string;
	methodSomeSources: string;
	/** The rest of the method: dates and numbers. */
	method: string;
	/** Said only when a country graphic draws a band round an approximate figure. */
	methodBand: string;
	/** `{n}`: "50" or "50 or 100" (a list agrees with its last number: see `pluralList`). */
	methodUnits: Plural<C>;
	/** A source's kind, after its citation. */
	sourceKind: { reporting: string; 'public-record': string };
	/** `{steps}`: the steps that cite the source, a list. */
	citedIn: Template<'steps'>;
	/** A step's sources, `{sources}` a list of citations (`citation.inList`). */
	sourcesLine: Plural<C, 'sources'>;
	/** Where a step's sources would be, for a step that cites none (the story never makes one up). */
	noSource: string;
	/** Under "Sources and method": `{steps}`, the steps that cite no source, a list. */
	noSourceFor: Template<'steps'>;
	/** A source, with what is known of it: its publisher, its date. */
	citation: {
		publisher: Template<'title' | 'publisher'>;
		date: Template<'title' | 'date'>;
		publisherDate: Template<'title' | 'publisher' | 'date'>;
		/** In a list of a step's sources (`sourcesLine`), where its own commas would run into the list's. */
		inList: Template<'title' | 'publisher'>;
		/** The same, for a source with no publisher: a title that is a sentence (a headline) must not run into the list's "and". */
		titleOnly: Template<'title'>;
	};
	/** A translated edition's credits: its review, `{by}` (a role, in the edition's language) and `{date}`. */
	translationReviewed: Template<'by' | 'date'>;
	/** A translated edition's credits while its overlay records no review. */
	translationDraft: string;
	// The graphic
	graphicLabel: Template<'title'>;
	moreControls: string;
	animationOn: string;
	animationOff: string;
	showPicture: string;
	showTable: string;
	picture: string;
	table: string;
	// Numbers and their words
	/** A figure: `{n}` its number, `{unit}` its unit from the story ("people"), with its source's qualifier. */
	figure: ByQualifier<Template<'n' | 'unit'>>;
	/** A figure and its label from the story, on one line in the graphic: "more than 30,000 people detained". */
	figureWithLabel: Template<'figure' | 'label'>;
	/** The same in a table's cell. */
	figureLabelled: Template<'figure' | 'label'>;
	// Descriptions of the visuals (for screen readers and share cards); `{places}` is a list
	describeTimelineEra: Template<'era'>;
	describeTimeline: string;
	describeMap: Template<'places'>;
	describeHighlighted: Template<'places'>;
	describeConcern: Template<'places'>;
	describeAreas: Template<'places'>;
	describeDepartures: Template<'places'>;
	describeRoute: ByMode<Template<'from' | 'to'>>;
	describeDrawdown: Template<'place'>;
	describeConcentrated: Template<'place'>;
	/** `{n}` people per square */
	describeUnitsScale: Plural<C>;
	describeFigure: Template<'figure' | 'label'>;
	describeOfThose: Template<'figure' | 'label'>;
	describeOneDot: string;
	/** `{title}` the track's, `{milestones}` a list of `describeMilestone`. */
	describePolitics: ByStatus<Template<'title' | 'milestones'>>;
	describeMilestone: Template<'title' | 'date'>;
	describePhoto: Template<'alt' | 'credit'>;
	describeVideo: Template<'alt' | 'credit'>;
	describeAudio: Template<'title' | 'credit'>;
	describeLink: Template<'title' | 'provider'>;
	// Tables
	tableEventsInEra: Template<'era'>;
	tableEvents: string;
	colDate: string;
	colEvent: string;
	roleInView: string;
	roleHighlighted: string;
	roleConcern: string;
	roleDrawdown: string;
	roleConcentrated: string;
	rowRoute: string;
	/** A route's row: its ends, with an arrow that points the way the language reads. */
	routeRow: Template<'from' | 'to'>;
	transferBy: ByMode<string>;
	tableMap: string;
	colPlace: string;
	colCountry: string;
	colOnMap: string;
	tableUnits: Plural<C>;
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
	tableVideo: string;
	tableAudio: string;
	colRecording: string;
	/** A recording's captions as a table; `{what}` is the recording. */
	tableTranscript: Template<'what'>;
	colTime: string;
	colSaid: string;
	/** A video's or recording's table: what it shows or is, and whose it is (not a photograph's words). */
	colDescription: string;
	colMediaCredit: string;
	/** A link's table: the medium's title. */
	colTitle: string;
	tableLink: string;
	colWhere: string;
	colAddress: string;
	/** A link card's line: where the medium opens. */
	linkOpens: Template<'provider'>;
	/** A link card's promise: the other site is not asked for anything before the reader clicks. */
	linkPrivacy: Template<'provider'>;
	/** The captions track's name in the player's menu; `{language}` the spoken language's name. */
	captionsIn: Template<'language'>;
	// The map
	/** `{countries}`: the story's countries, a list. */
	mapTitle: Template<'countries'>;
	/** The same, for a story with no countries among its places. */
	mapTitleRegion: string;
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
		/** The arrow leaving a place for destinations not named, off the map's edge. */
		departure: string;
		/** Bold names: what the step names. */
		bold: string;
	};
	/** A route in the key: "By land: Hasakah to Iraq". */
	legendRoute: ByMode<Template<'from' | 'to'>>;
	/** The same, into a whole country whose receiving sites are not named. */
	legendRouteUndisclosed: ByMode<Template<'from' | 'to'>>;
	/** The key's line for an emphasised border: "Syria–Iraq border". */
	legendBorder: Template<'a' | 'b'>;
	/** A camp people were taken home from, the rest still there. */
	othersRemain: string;
	/** Where a route into a whole country ends, at its border: "Iraq: sites not disclosed". */
	sitesNotDisclosedAt: Template<'country'>;
	/** The same on two lines, for a narrow map. */
	sitesNotDisclosedLines: [Template<'country'>, string];
	/** Countries' names by the atlas's English name (Natural Earth), where the language differs; a neighbour missing here is left unnamed on the map. */
	countries?: Record<string, string>;
	// Units and countries
	unitKey: Plural<C>;
	unitOpenKey: string;
	oneCountry: string;
	approximateBand: string;
	// The political track
	politicalTrack: string;
	/** `{status}`: one of `status`; the words before it are drawn as its label. */
	statusLine: Template<'status'>;
	status: ByStatus<string>;
	sameYear: string;
	nextYear: string;
	yearsLater: Plural<C>;
	monthsLater: Plural<C>;
	soonAfter: string;
	// The time axis and a period's close-up
	/** The axis's name: its first year, its last day, the step. */
	axisLabel: Template<'from' | 'to' | 'n' | 'count'>;
	/** The same, with an end of the axis enlarged: `{span}` (its months), `{k}` times. */
	axisLabelZoomed: Template<'from' | 'to' | 'n' | 'count' | 'span' | 'k'>;
	/** The enlarged end's label on the axis, shorter and shorter for narrow screens. */
	axisZoom: Template<'span' | 'k'>;
	axisZoomShortest: Template<'k'>;
	/** The bare factor, for an axis too narrow for any of the above beside a month's name. */
	axisZoomFactor: Template<'k'>;
	/** Under the axis: the active event's date and short title. */
	axisActive: Template<'date' | 'title'>;
	/** A period's first and last dates. */
	eraSpan: Template<'from' | 'to'>;
	/**
	 * Between the parts of a line the page writes itself: a step's date and its group, the countries and
	 * years of the line above a headline a story sets none for. (Not a middle dot in Arabic: beside
	 * Arabic-Indic digits it reads as a zero, ٠.)
	 */
	listSeparator: string;
	moreBefore: Plural<C>;
	moreAfter: Plural<C>;
	stepOf: Template<'n' | 'count'>;
	// The briefing
	/** `{title}` (the page's title) */
	briefingTitle: Template<'title'>;
	/** A share card's text alternative: the story's or the step's title, then its picture's description (`describe…`). */
	cardAlt: Template<'title' | 'description'>;
	readStory: string;
	goToStep: Template<'digits'>;
	overviewButton: string;
	speakerButton: string;
	fullScreenButton: string;
	keysLabel: string;
	stepOfTitle: Template<'n' | 'count' | 'title'>;
	keysHeading: string;
	closeEsc: string;
	/**
	 * The help's rows, keys then what they do. `{key}` is the arrow key for the next or previous step
	 * (→ and ← swap with the reading direction); `swipe` is said by the side that goes forward.
	 */
	help: {
		next: [Template<'key'>, string];
		previous: [Template<'key'>, string];
		ends: [string, string];
		number: [string, string];
		fullScreen: [string, string];
		overview: [string, string];
		speaker: [string, string];
		help: [string, string];
		close: [string, string];
		swipe: { left: [string, string]; right: [string, string] };
	};
	overviewHeading: Plural<C>;
	overviewHint: string;
	kind: Record<VisualKind, string>;
	speakerNow: Template<'n' | 'count' | 'date'>;
	notes: string;
	endOfStory: string;
	elapsed: string;
	resetTimer: string;
	handoutMeta: Template<'date' | 'n' | 'count'>;
	/** A step's notes on its handout page; the words before `{notes}` are drawn as their label. */
	handoutNotes: Template<'notes'>;
	// The embed
	position: Template<'n' | 'count'>;
	// A step's own page
	/** Above its date: the story's title and where the step is in it. */
	stepPageKicker: Template<'title' | 'n' | 'count'>;
	/** Its title in the browser's tab and link previews. */
	stepPageTitle: Template<'step' | 'story'>;
	sourcesHeading: string;
	readThisStep: string;
	presentFromStep: string;
	// A translated edition
	/** At the top of an edition some of whose texts are not translated yet, and so are shown in English. */
	untranslatedNotice: string;
	// The language itself
	/** Its name in itself, for the language switch: "English", "العربية". */
	languageName: string;
	/** An approximate date: "c. 2019", "نحو ٢٠١٩". */
	about: Template<'date'>;
	// A developing story (the reading page)
	/** The section after the story: every correction and update, newest first. */
	changesHeading: string;
	/** What that section says of a story with none. */
	noChanges: string;
	/** A line of that section: an event added, an event updated, a correction to a step, one to the whole story. */
	changeAdded: Template<'title'>;
	changeUpdated: Template<'title'>;
	changeCorrection: Template<'title'>;
	storyCorrection: string;
	/** On a step's card: when it was added or updated, and a correction's heading (its text follows). */
	stepAdded: Template<'date'>;
	stepUpdated: Template<'date'>;
	stepCorrection: Template<'date'>;
	/** A step's mark for a returning reader: new to them, updated or corrected since their last visit. */
	freshMark: { added: string; updated: string; corrected: string };
	/** The counts a change is told in (joined as a list: "1 new step and 1 correction"). */
	newSteps: Plural<C>;
	updatedSteps: Plural<C>;
	corrections: Plural<C>;
	/** To a returning reader, `{changes}` those counts; then the link to the first. */
	sinceLastVisit: Template<'changes'>;
	goToFirstChange: string;
	/** To a reader with the page open when a newer build is out; then the button that loads it. */
	storyUpdatedWith: Template<'changes'>;
	storyUpdated: string;
	loadChanges: string;
	/** What the page keeps of the reader's visits, and the button that forgets it. */
	visitMemory: string;
	forgetVisits: string;
	visitsForgotten: string;
	/** The link to the newest step (visible words, then its name), and back to the first. */
	latestStep: string;
	latestStepNamed: Template<'title'>;
	fromTheBeginning: string;
	// Feeds
	/** A correction's entry in the edition's Atom feed (`feed.xml`), headed by the step it corrects (one to the whole story is `storyCorrection`). */
	feedCorrection: Template<'title'>;
	/** The pages' link to their edition's feed, as a browser or feed reader names it when it offers the feed. */
	feedLink: Template<'title'>;
	// Briefings of a developing story
	/** The day the briefing's facts run to (the story's last change): the deck's footer, each handout page, the slides' title. */
	asOf: Template<'date'>;
	/** The video's sources card: where the story is read (`example.org/story`, set left to right). */
	readStoryAt: Template<'address'>;
	/** The deck's button to the newest step, with its key. */
	latestButton: string;
	/** The help's row for that key: the key, then what it does. */
	helpLatest: [string, string];
	// The deck playing itself (issue 27: ?autoplay)
	/** The play/pause button's words while paused, and while playing. */
	autoplayPlay: string;
	autoplayPause: string;
	/** The key help's row for it. */
	helpAutoplay: [string, string];
	/** The narration's sound switch while the deck plays itself: turn it on, turn it off. */
	soundOn: string;
	soundOff: string;
}

/**
 * Words only the PowerPoint export uses (scripts/pptx.ts), kept in each language's strings file but
 * apart from `UiStrings`, so no page is sent them.
 */
export interface SlideStrings {
	/**
	 * Speaker note on the title slide: the typefaces, and what to replace them with. A language gives
	 * the one its slides need: two faces (the story's serif and sans) or one (an edition's own
	 * typeface, set for both: src/lib/server/export/slides.ts); the tests check it is there.
	 */
	fontsNote?: Template<'serif' | 'sans' | 'fallbackSerif' | 'fallbackSans'>;
	fontsNoteOneFace?: Template<'face' | 'fallback'>;
}

/** Two sentences as one text, the first closed with a full stop unless it ends in a stop already (a step's announcement, then what its graphic shows). */
export const sentences = (first: string, second: string) => `${first}${/[.!?؟]$/.test(first) ? '' : '.'} ${second}`;

/** A template with its placeholders filled: `fill(t.stepOf, { n: '3', count: '18' })`. */
export function fill<N extends string>(template: Template<N>, values: NoInfer<Values<N>>): string {
	const given = values as Record<string, string | number>;
	return (template as unknown as string).replace(/\{(\w+)\}/g, (slot, name: string) => (name in given ? String(given[name]) : slot));
}

/** A template's parts in order: its own words, and its placeholders by name (for a page that draws a value with markup of its own). */
export type Part<N extends string> = { text: string } | { slot: N };

export function templateParts<N extends string>(template: Template<N>): Part<N>[] {
	return (template as unknown as string)
		.split(/(\{\w+\})/)
		.filter(Boolean)
		.map((s) => (/^\{\w+\}$/.test(s) ? { slot: s.slice(1, -1) as N } : { text: s }));
}

/**
 * A sentence as markup, for a page to draw with one `{@html}`: its own words escaped (or through
 * `words`, to style them as a label), each `{placeholder}` by `slot`'s markup for it. What
 * Sentence.svelte draws, without a block per part for the page to hydrate.
 */
export function sentenceHtml<N extends string>(template: Template<N>, slot: (name: N) => string, words: (text: string) => string = escapeMarkup): string {
	return templateParts(template)
		.map((part) => ('slot' in part ? slot(part.slot) : words(part.text)))
		.join('');
}

/** The placeholders' names in a template, in order (for the tests that compare languages). */
export const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** The form of a sentence for the number `n` (its category in the locale's plural rules; `other` where the table has no such form), with `{n}` filled in the locale's digits. */
export function pluralForm<N extends string>(locale: Locale, forms: Plural<never, N>, n: number): Template<N> {
	const form = (forms[locale.plural(n)] ?? forms.other) as unknown as string;
	return form.replace(/\{n\}/g, locale.number(n)) as Template<N>;
}

/** The form of a sentence for the number `n`, filled: `plural(locale, t.moreAfter, 3)`. */
export function plural<N extends string>(
	locale: Locale,
	forms: Plural<never, N>,
	n: number,
	...values: [N] extends [never] ? [] : [NoInfer<Values<N>>]
): string {
	return fill(pluralForm(locale, forms, n), (values[0] ?? {}) as Values<N>);
}

/**
 * The form of a sentence for a list of numbers ("50 or 100 people"): the numbers joined as the
 * language joins alternatives (Intl.ListFormat), the noun agreeing with the last, the number nearest
 * it. A form that names no number (Arabic's "one person", "two people") is for that number alone: a
 * list takes `other`.
 */
export function pluralList(locale: Locale, forms: Plural, numbers: number[]): string {
	const form = (forms[locale.plural(numbers.at(-1) ?? 0)] ?? forms.other) as string;
	const chosen = numbers.length > 1 && !form.includes('{n}') ? (forms.other as string) : form;
	return chosen.replace(/\{n\}/g, locale.list(numbers.map(locale.number), 'disjunction'));
}
