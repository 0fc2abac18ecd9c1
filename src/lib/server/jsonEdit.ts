/**
 * Edits a JSON file's text in place, keeping everything else byte for byte: its layout, its order,
 * its inline objects. The translation scripts (stamping, importing XLIFF) change a few values of an
 * overlay that people also edit and review by hand, so a change must show in a diff as itself, and
 * merge with other people's edits, never as the whole file laid out again.
 *
 * `setValues` sets values by path (an existing one is replaced where it stands; a new one is added
 * to the nearest object that exists, after its last member, in the indentation of its neighbours),
 * `setMember` replaces or adds a top-level member. Scripts only: no page carries it.
 */

type Path = (string | number)[];

interface Node {
	start: number;
	end: number;
	kind: 'object' | 'array' | 'value';
	members?: { key: string; keyStart: number; value: Node }[];
	items?: Node[];
}

/** Where each value of a JSON text starts and ends. The text must be valid JSON (it is parsed first). */
function spans(text: string): Node {
	JSON.parse(text);
	let i = 0;
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
	};
	const string = () => {
		const start = i++;
		while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
		i++;
		return JSON.parse(text.slice(start, i)) as string;
	};
	const value = (): Node => {
		ws();
		const start = i;
		if (text[i] === '{') {
			i++;
			const members: Node['members'] = [];
			ws();
			if (text[i] === '}') i++;
			else
				for (;;) {
					ws();
					const keyStart = i;
					const key = string();
					ws();
					i++; // :
					members.push({ key, keyStart, value: value() });
					ws();
					if (text[i++] === '}') break;
				}
			return { start, end: i, kind: 'object', members };
		}
		if (text[i] === '[') {
			i++;
			const items: Node[] = [];
			ws();
			if (text[i] === ']') i++;
			else
				for (;;) {
					items.push(value());
					ws();
					if (text[i++] === ']') break;
				}
			return { start, end: i, kind: 'array', items };
		}
		if (text[i] === '"') string();
		else while (i < text.length && !',]} \t\n\r'.includes(text[i])) i++;
		return { start, end: i, kind: 'value' };
	};
	return value();
}

const child = (node: Node, key: string | number): Node | undefined =>
	typeof key === 'number' ? node.items?.[key] : node.members?.find((m) => m.key === key)?.value;

/** The whitespace a line starts with, for the line holding `at`. */
function indentAt(text: string, at: number): string {
	const lineStart = text.lastIndexOf('\n', at - 1) + 1;
	return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** The indentation one level in: the file's own unit (a tab, or its spaces). */
function unit(text: string): string {
	return /\n( +|\t)"/.exec(text)?.[1] ?? '\t';
}

/**
 * A value written in the file's manner: a list one item a line; an object of a few short texts on one
 * line (`{ "unit": "…", "label": "…" }`), a larger one a member a line.
 */
export function render(value: unknown, indent: string, step: string): string {
	if (Array.isArray(value)) {
		if (!value.length) return '[]';
		return `[\n${value.map((v) => indent + step + render(v, indent + step, step)).join(',\n')}\n${indent}]`;
	}
	if (value && typeof value === 'object') {
		const entries = Object.entries(value);
		if (!entries.length) return '{}';
		const inline = `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(', ')} }`;
		if (entries.every(([, v]) => typeof v === 'string') && inline.length <= 100 && entries.length <= 3) return inline;
		return `{\n${entries.map(([k, v]) => `${indent + step}${JSON.stringify(k)}: ${render(v, indent + step, step)}`).join(',\n')}\n${indent}}`;
	}
	return JSON.stringify(value);
}

const get = (data: unknown, path: Path): unknown => path.reduce<unknown>((o, k) => (o as Record<string | number, unknown> | undefined)?.[k], data);

function set(data: Record<string, unknown>, path: Path, value: unknown) {
	let o: Record<string | number, unknown> = data;
	path.forEach((k, n) => {
		if (n === path.length - 1) {
			if (Array.isArray(o) && typeof k === 'number') while (o.length < k) o.push('');
			o[k] = value;
			return;
		}
		if (o[k] === undefined || o[k] === null) o[k] = typeof path[n + 1] === 'number' ? [] : {};
		o = o[k] as Record<string | number, unknown>;
	});
}

/** Adds a member to an object node: after its last member, on a line of its own or, in a one-line object, on its line. */
function addMember(text: string, node: Node, key: string, value: unknown): string {
	const step = unit(text);
	const oneLine = !text.slice(node.start, node.end).includes('\n');
	const last = node.members!.at(-1);
	if (!last) {
		const indent = indentAt(text, node.start);
		return `${text.slice(0, node.start)}{\n${indent + step}${JSON.stringify(key)}: ${render(value, indent + step, step)}\n${indent}}${text.slice(node.end)}`;
	}
	if (oneLine) return `${text.slice(0, last.value.end)}, ${JSON.stringify(key)}: ${JSON.stringify(value)}${text.slice(last.value.end)}`;
	const indent = indentAt(text, last.keyStart);
	return `${text.slice(0, last.value.end)},\n${indent}${JSON.stringify(key)}: ${render(value, indent, step)}${text.slice(last.value.end)}`;
}

/**
 * Sets values in a JSON text by path (`['events', 'x', 'body', 1]`), keeping the rest as it was. An
 * existing value is replaced where it stands; a missing one is added to the nearest object that exists
 * (or, in a list, the list is written anew with its items).
 */
export function setValues(text: string, changes: { path: Path; value: unknown }[]): string {
	const data = JSON.parse(text) as Record<string, unknown>;
	for (const { path, value } of changes) {
		set(data, path, value);
		const root = spans(text);
		let node = root;
		let depth = 0;
		for (; depth < path.length; depth++) {
			const next = child(node, path[depth]);
			if (!next) break;
			node = next;
		}
		const step = unit(text);
		if (depth === path.length) {
			// There: replaced where it stands.
			text = text.slice(0, node.start) + render(value, indentAt(text, node.start), step) + text.slice(node.end);
		} else if (node.kind === 'object') {
			text = addMember(text, node, String(path[depth]), get(data, path.slice(0, depth + 1)));
		} else {
			// A list without that item: written anew.
			text = text.slice(0, node.start) + render(get(data, path.slice(0, depth)), indentAt(text, node.start), step) + text.slice(node.end);
		}
	}
	return text;
}

/** Replaces (or adds, last) a member of the top-level object, written in the file's manner; `undefined` removes it. */
export function setMember(text: string, key: string, value: unknown): string {
	const root = spans(text);
	const step = unit(text);
	const at = root.members!.findIndex((m) => m.key === key);
	if (at >= 0) {
		const m = root.members![at];
		if (value === undefined) {
			// From the end of the member before (its comma) to the end of this one.
			const from = at > 0 ? root.members![at - 1].value.end : m.keyStart;
			const to = at > 0 ? m.value.end : (root.members![1]?.keyStart ?? m.value.end);
			return text.slice(0, from) + text.slice(to);
		}
		return text.slice(0, m.value.start) + render(value, indentAt(text, m.keyStart), step) + text.slice(m.value.end);
	}
	if (value === undefined) return text;
	return addMember(text, root, key, value);
}
