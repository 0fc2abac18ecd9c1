/**
 * The dataset's field reference (docs/dataset-fields.md), written from the JSON Schema that is itself
 * generated from the zod schema: every field, its type, whether it is required and what it is for
 * (the schema's `.describe()` texts). Generated, so it cannot drift from what the validator accepts;
 * a unit test fails when the file on disk is stale (`npm run schema` rewrites it).
 */

/** The parts of a JSON Schema (draft 2020-12, as zod writes it) the reference reads. */
interface Node {
	type?: string;
	description?: string;
	properties?: Record<string, Node>;
	required?: string[];
	items?: Node | false;
	prefixItems?: Node[];
	oneOf?: Node[];
	anyOf?: Node[];
	enum?: unknown[];
	const?: unknown;
	default?: unknown;
	examples?: unknown[];
	pattern?: string;
	minItems?: number;
	minLength?: number;
	format?: string;
}

interface Section {
	/** The heading, e.g. "Place (`places[]`)". */
	title: string;
	node: Node;
}

/** What readers of the reference call each object, by its path in the dataset. */
const NAMES: Record<string, string> = {
	'': 'The story (the top of `story.json`)',
	'places[]': 'A place',
	'sources[]': 'A source',
	'eras[]': 'An era',
	'events[]': 'An event (one step)',
	'events[].figures[]': 'A figure',
	'events[].visual': 'The visual',
	'events[].visual.routes[]': 'A route',
	'events[].visual.bases[]': 'A base’s status',
	'events[].visual.cues[]': 'A line of captions, as the build reads it',
	theme: 'The theme',
	'theme.colors': 'The theme’s colours'
};

const code = (v: unknown) => '`' + JSON.stringify(v) + '`';
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const isId = (n: Node) => n.type === 'string' && n.pattern === '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const variants = (n: Node) => n.oneOf ?? n.anyOf;

/** The section's anchor, as GitHub and most Markdown renderers make it from the heading. */
function anchor(title: string): string {
	return title
		.toLowerCase()
		.replace(/[^\p{L}\p{N} -]/gu, '')
		.replace(/ /g, '-');
}

export function fieldReference(schema: Node): string {
	const sections: Section[] = [];
	const titleOf = new Map<Node, string>();

	// First pass: every object gets a section (depth first, in the schema's order), so a field can
	// link to the section of the object it holds.
	const collect = (node: Node, path: string) => {
		const kinds = variants(node);
		if (kinds) {
			for (const k of kinds) {
				const kind = k.properties?.kind?.const;
				const title = `${NAMES[path] ?? path} of kind ${code(kind)} (\`${path}\`)`;
				titleOf.set(k, title);
				sections.push({ title, node: k });
				walk(k, path);
			}
			return;
		}
		const title = path ? `${NAMES[path] ?? `\`${path}\``}${NAMES[path] ? ` (\`${path}\`)` : ''}` : NAMES[''];
		titleOf.set(node, title);
		// The same object under two visual kinds (a video's and a recording's cues) is one section.
		if (sections.some((s) => s.title === title)) return;
		sections.push({ title, node });
		walk(node, path);
	};
	const walk = (node: Node, path: string) => {
		for (const [name, field] of Object.entries(node.properties ?? {})) {
			const at = path ? `${path}.${name}` : name;
			if (field.type === 'object' || variants(field)) collect(field, at);
			else if (field.type === 'array' && field.items && (field.items.type === 'object' || variants(field.items))) collect(field.items, `${at}[]`);
		}
	};
	collect(schema, '');

	const link = (n: Node) => {
		const t = titleOf.get(n);
		return t ? `[${t.replace(/ \(`.*`\)$/, '')}](#${anchor(t)})` : 'object';
	};
	const typeOf = (n: Node): string => {
		const kinds = variants(n);
		if (kinds) return kinds.map(link).join(', or ');
		if (n.const !== undefined) return code(n.const);
		if (n.enum) return 'one of ' + n.enum.map(code).join(', ');
		if (n.type === 'object') return link(n);
		if (n.type === 'array') {
			if (n.prefixItems) return `a pair: ${n.prefixItems.map(typeOf).join(', ')}`;
			const item = n.items ? typeOf(n.items) : 'anything';
			return `list of ${item}${n.minItems ? ` (at least ${n.minItems})` : ''}`;
		}
		if (isId(n)) return 'id';
		if (n.examples) return `date, e.g. ${code(n.examples[1] ?? n.examples[0])}`;
		if (n.type === 'string') return n.format === 'uri' ? 'web address' : n.minLength ? 'text (not empty)' : 'text';
		if (n.type === 'integer') return 'whole number';
		return n.type ?? 'anything';
	};

	const out = [
		'# The dataset’s fields',
		'',
		'(Part of the documentation of [From detention in Syria to custody in Iraq](../README.md). Generated',
		'from the dataset’s schema by `npm run schema`: do not edit it by hand. How the fields work together',
		'is in [The dataset](dataset.md).)',
		'',
		'Every field of `story.json`, as the validator reads it. “Required” fields must be present; an',
		'optional field with a default takes it when left out.',
		''
	];
	for (const { title, node } of sections) {
		out.push(`## ${title}`, '', '| Field | Type | Required | What it is |', '| --- | --- | --- | --- |');
		for (const [name, field] of Object.entries(node.properties ?? {})) {
			const required = node.required?.includes(name) ? 'yes' : field.default !== undefined ? `no (default ${code(field.default)})` : 'no';
			const what = field.description ?? (field.const !== undefined ? 'Names the kind: the other fields below are its own.' : '');
			out.push(`| \`${name}\` | ${cell(typeOf(field))} | ${required} | ${cell(what)} |`);
		}
		out.push('');
	}
	return out.join('\n');
}
