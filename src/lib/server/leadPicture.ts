/**
 * The reading page's lead picture, drawn at build time with Svelte's public server API (`render` from
 * `svelte/server`) and placed in the page as HTML (LeadGraphic.svelte): the page's script neither
 * imports nor hydrates the visuals' code for it. A component's scoped styles travel with its code, so
 * a visual that can lead keeps its rules in a plain stylesheet beside it (`units/units.css`, …), which
 * the component and the reading page both import: one set of rules. The build fails, naming the
 * class, when the drawing carries a class that no stylesheet styles (a lead of a kind whose rules are
 * still scoped in its component). Build time only.
 */
import { render } from 'svelte/server';
import type { Story } from '../model/types.ts';
import type { Lang } from '../i18n/locale.ts';
import type { UiStrings } from '../i18n/strings.ts';
import { pageLocale } from '../i18n/pageLocale.ts';
import { leadIndex } from '../state/lead.ts';
import type { RegionGeo } from '../visuals/map/regionTypes.ts';
import VisualByKind from '../visuals/VisualByKind.svelte';
import { leadPictureOf, type LeadFrame } from '../views/reading/leadPictureProps.ts';
import appCss from '../styles/app.css?raw';

/** The stylesheets that style the drawing: the visuals' plain ones (LeadGraphic.svelte puts all of them on the page), and the site's. */
const STYLESHEETS: string[] = [...Object.values(import.meta.glob<string>('../visuals/**/*.css', { query: '?raw', import: 'default', eager: true })), appCss];

export interface LeadPicture {
	frame: LeadFrame;
	/** The drawing, as HTML: no component scoping classes, no hydration markers. */
	html: string;
}

export async function leadPicture(story: Story, geo: RegionGeo, lang: Lang, strings: UiStrings): Promise<LeadPicture> {
	const locale = await pageLocale(lang, strings);
	const { props, frame } = leadPictureOf(story, geo, leadIndex(story), locale);
	// (`idPrefix`: the drawing's ids, e.g. its blur filter's, are its own beside the page's.)
	const { body } = await render(VisualByKind, { props, idPrefix: 'lead' });
	const html = plainHtml(body);
	const unstyled = unstyledClasses(html, STYLESHEETS);
	if (unstyled.length)
		throw new Error(
			`The lead picture (step "${frame.step}", a ${props.state.kind} picture) has ${unstyled.length === 1 ? 'a class' : 'classes'} no stylesheet styles: ${unstyled.map((c) => `.${c}`).join(', ')}. It is drawn at build time without its components' scoped styles: move the component's <style> into a plain stylesheet beside it, its rules under its root class, imported by the component (see src/lib/visuals/units/units.css).`
		);
	return { frame, html };
}

/**
 * Server-rendered markup as plain HTML: without Svelte's hydration markers (comments) and its scoping
 * classes (`svelte-<hash>`, which match no rule here: the scoped rules are not on the page).
 */
export function plainHtml(body: string): string {
	return body.replace(/<!--[\s\S]*?-->/g, '').replace(/\sclass="([^"]*)"/g, (_, names: string) => {
		const kept = names.split(/\s+/).filter((c) => c && !/^svelte-[a-z0-9]+$/.test(c));
		return kept.length ? ` class="${kept.join(' ')}"` : '';
	});
}

/** The classes in `html` that no selector of the stylesheets names, in order of first use. */
export function unstyledClasses(html: string, stylesheets: string[]): string[] {
	const styled = new Set(stylesheets.flatMap((css) => [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1])));
	const used = new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(/\s+/).filter(Boolean)));
	return [...used].filter((c) => !styled.has(c));
}
