/**
 * The reading page's lead picture, drawn at build time with Svelte's public server API (`render` from
 * `svelte/server`) and placed in the page as HTML (LeadGraphic.svelte): the page's script neither
 * imports nor hydrates the visuals' code for it. Its components' scoped styles travel with their
 * code, so the drawing is styled by a plain stylesheet of its own, `leadPicture.css`; the build fails,
 * naming the class, when the drawing carries a class that no stylesheet styles (a lead of a kind the
 * stylesheet does not draw yet, or a component whose markup changed). Build time only.
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
import leadCss from '../views/reading/leadPicture.css?raw';
import appCss from '../styles/app.css?raw';

/** The stylesheets that style the drawing: its own, and the site's. */
const STYLESHEETS = [
	{ name: 'src/lib/views/reading/leadPicture.css', css: leadCss },
	{ name: 'src/lib/styles/app.css', css: appCss }
];

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
	const unstyled = unstyledClasses(
		html,
		STYLESHEETS.map((s) => s.css)
	);
	if (unstyled.length)
		throw new Error(
			`The lead picture (step "${frame.step}", a ${props.state.kind} picture) has ${unstyled.length === 1 ? 'a class' : 'classes'} no stylesheet styles: ${unstyled.map((c) => `.${c}`).join(', ')}. It is drawn at build time without its components' scoped styles: add ${unstyled.length === 1 ? 'its rule' : 'their rules'} (from the component's <style>) to ${STYLESHEETS[0].name}, under .lead-picture.`
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
