import { describe, expect, it } from 'vitest';
import { plainHtml, unstyledClasses } from './leadPicture';

describe('the lead picture drawn at build time', () => {
	it('drops hydration markers and scoping classes, and keeps the rest', () => {
		expect(plainHtml('<!--[--><div class="units svelte-1ab2cd"><p class="svelte-1ab2cd">x</p><!----></div><!--]-->')).toBe('<div class="units"><p>x</p></div>');
	});
	it('names every class no stylesheet styles', () => {
		const css = ['.lead-picture .units .chart { position: relative } /* .key */', '.visually-hidden { clip: rect(0 0 0 0) }'];
		expect(unstyledClasses('<div class="units"><div class="chart key"></div><p class="visually-hidden label"></p></div>', css)).toEqual(['key', 'label']);
		expect(unstyledClasses('<div class="units"><div class="chart"></div></div>', css)).toEqual([]);
	});
});
