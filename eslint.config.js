// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules for .ts and .js,
// eslint-plugin-svelte's for components (Svelte 5 runes included), Prettier's layout rules turned
// off (layout is Prettier's job: `npm run lint` runs both). The TypeScript rules here need no type
// information: `npm run check` (svelte-check) is the type checker.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'node_modules/',
			'.svelte-kit/',
			'build/',
			'build-*/',
			'test-results/',
			'playwright-report/',
			'bench-results/',
			'translations/',
			'static/',
			'src/lib/styles/faces/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
		}
	},
	{
		rules: {
			// An unused argument or a destructured field left out on purpose is named with a leading _.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
			// Every {@html} here shows a string an escaping helper made (bidiHtml, fieldHtml, the
			// paragraphs' and sources' HTML in src/lib/model and src/lib/state, with tests; the :4183 site
			// of the e2e suite is a story whose text is all markup): the rule cannot see that.
			'svelte/no-at-html-tags': 'off',
			// Links are relative or built by the site's path helpers with the base path in them (the
			// :4181/story site proves sub-path hosting); resolve() needs a route id, which a prerendered
			// static page's relative links and the editions' paths do not have.
			'svelte/no-navigation-without-resolve': 'off',
			// It flags every Map, Set or URL made inside a function or a $derived (values rebuilt whole,
			// never mutated in place), which is how this code uses them.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// typescript-eslint's advice: in TypeScript the type checker (npm run check) finds undefined
		// names, and no-undef does not know the DOM's type-only names (ScrollBehavior).
		files: ['**/*.ts', '**/*.svelte'],
		rules: { 'no-undef': 'off' }
	},
	{
		// `(window.__longTasks = []) && new PerformanceObserver(…)`: an array is truthy, on purpose.
		files: ['scripts/bench.mjs'],
		rules: { 'no-constant-binary-expression': 'off' }
	}
);
