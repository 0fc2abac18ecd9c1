/**
 * XLIFF 2.0 (OASIS, the exchange format translation tools read and write), as far as a story needs
 * it: one `<file>` of `<unit>`s, each with its notes and one `<segment>` (its `state`, `<source>` and
 * `<target>`). `writeXliff` writes it with every text escaped; `readXliff` reads what a tool gives
 * back, tolerant of what tools add (other namespaces' elements and attributes, groups, a unit split
 * into several segments, inline `<mrk>`/`<pc>` markers around text, comments, CDATA), strict about
 * the rest (well-formed XML, XLIFF 2.0's namespace and version).
 *
 * The XML is parsed by saxes (already the XML parser of jsdom, conformant and maintained); the writer
 * is a few lines of escaping, tested. Scripts only (`npm run translations`): no page carries it.
 */
import { SaxesParser } from 'saxes';

export const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/** A segment's state in XLIFF 2.0: `initial` (to translate, or to check), `translated`, `reviewed`, `final`. */
export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final';
export const STATES: SegmentState[] = ['initial', 'translated', 'reviewed', 'final'];

export interface XliffNote {
	/** `location`, `stale`, `instructions`: what the note is about (XLIFF's `category`). */
	category?: string;
	text: string;
}

export interface XliffUnit {
	id: string;
	source: string;
	/** Absent when not translated. */
	target?: string;
	state: SegmentState;
	notes: XliffNote[];
}

export interface XliffDocument {
	srcLang: string;
	trgLang: string;
	/** The target language's direction, for tools (`trgDir`). */
	trgDir?: 'ltr' | 'rtl';
	/** The `<file>`'s id and `original` (the dataset it comes from). */
	fileId: string;
	original?: string;
	notes: XliffNote[];
	units: XliffUnit[];
}

/** Characters XML 1.0 cannot hold at all (controls other than tab, newline and return; U+FFFE, U+FFFF; lone surrogates). */
// eslint-disable-next-line no-control-regex -- these control characters are what it looks for
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkChars(s: string, where: string) {
	const bad = FORBIDDEN.exec(s);
	if (bad) throw new Error(`${where}: the character U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} cannot be written in XML`);
}

/** Text content: `&`, `<` and `>` escaped (`>` for `]]>`), a carriage return kept as one. */
export function escapeText(s: string): string {
	return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute's value (in double quotes): also `"`, and the white space XML would otherwise turn into spaces. */
export function escapeAttribute(s: string): string {
	return escapeText(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

const attrs = (a: Record<string, string | undefined>) =>
	Object.entries(a)
		.filter(([, v]) => v !== undefined)
		.map(([k, v]) => ` ${k}="${escapeAttribute(v!)}"`)
		.join('');

function notes(list: XliffNote[], indent: string): string[] {
	if (!list.length) return [];
	return [`${indent}<notes>`, ...list.map((n) => `${indent}\t<note${attrs({ category: n.category })}>${escapeText(n.text)}</note>`), `${indent}</notes>`];
}

/** An XLIFF 2.0 document, one unit after another, indented with tabs. */
export function writeXliff(doc: XliffDocument): string {
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<xliff xmlns="${XLIFF_NS}" version="2.0"${attrs({ srcLang: doc.srcLang, trgLang: doc.trgLang })}>`,
		`\t<file${attrs({ id: doc.fileId, original: doc.original, trgDir: doc.trgDir })}>`,
		...notes(doc.notes, '\t\t')
	];
	const ids = new Set<string>();
	for (const u of doc.units) {
		if (!/^[\w.:-]+$/.test(u.id)) throw new Error(`unit "${u.id}": an id must be letters, digits and . - _ :`);
		if (ids.has(u.id)) throw new Error(`unit "${u.id}" is there twice`);
		ids.add(u.id);
		checkChars(u.source, `unit "${u.id}" source`);
		if (u.target !== undefined) checkChars(u.target, `unit "${u.id}" target`);
		for (const n of u.notes) checkChars(n.text, `unit "${u.id}" note`);
		lines.push(
			`\t\t<unit${attrs({ id: u.id })}>`,
			...notes(u.notes, '\t\t\t'),
			`\t\t\t<segment${attrs({ state: u.state })}>`,
			`\t\t\t\t<source>${escapeText(u.source)}</source>`,
			...(u.target !== undefined ? [`\t\t\t\t<target>${escapeText(u.target)}</target>`] : []),
			'\t\t\t</segment>',
			'\t\t</unit>'
		);
	}
	lines.push('\t</file>', '</xliff>', '');
	return lines.join('\n');
}

interface El {
	ns: string;
	name: string;
	attrs: Record<string, string>;
	children: (El | string)[];
}

/** The document as a tree of elements (namespace-aware): saxes refuses what is not well-formed XML. */
function parseXml(xml: string): El {
	const parser = new SaxesParser({ xmlns: true, position: true });
	const stack: El[] = [{ ns: '', name: '#document', attrs: {}, children: [] }];
	parser.on('opentag', (tag) => {
		const el: El = {
			ns: tag.uri ?? '',
			name: tag.local ?? tag.name,
			attrs: Object.fromEntries(
				Object.values(tag.attributes).flatMap((a) => (typeof a === 'string' ? [] : a.uri ? [[`{${a.uri}}${a.local}`, a.value]] : [[a.local, a.value]]))
			),
			children: []
		};
		stack.at(-1)!.children.push(el);
		stack.push(el);
	});
	parser.on('closetag', () => void stack.pop());
	parser.on('text', (t) => stack.at(-1)!.children.push(t));
	parser.on('cdata', (t) => stack.at(-1)!.children.push(t));
	parser.write(xml).close();
	const root = stack[0].children.find((c): c is El => typeof c !== 'string');
	if (!root) throw new Error('the file has no element');
	return root;
}

const elements = (el: El, name: string) => el.children.filter((c): c is El => typeof c !== 'string' && c.ns === XLIFF_NS && c.name === name);

/** The text of an element: its own and that of the inline elements in it (`<mrk>`, `<pc>`); placeholders (`<ph>`) have none. */
function textOf(el: El): string {
	return el.children.map((c) => (typeof c === 'string' ? c : c.ns === XLIFF_NS ? textOf(c) : '')).join('');
}

export type ReadResult = { ok: true; doc: XliffDocument; problems: string[] } | { ok: false; error: string };

/**
 * Reads an XLIFF 2.0 document. A unit's segments (and the ignorable text between them) are joined
 * back into its one text; its state is the least advanced of its segments' (XLIFF's default is
 * `initial`); a unit with a segment that has no target has none. Units inside groups are read too;
 * the first `<file>`'s units, then the next's. Problems that leave a unit out (no id, the same id
 * twice, no segment) are listed, not thrown.
 */
export function readXliff(xml: string): ReadResult {
	let root: El;
	try {
		root = parseXml(xml);
	} catch (err) {
		return { ok: false, error: `not well-formed XML: ${(err as Error).message}` };
	}
	if (root.name !== 'xliff' || root.ns !== XLIFF_NS)
		return { ok: false, error: `not an XLIFF 2.0 file: its root is <${root.name}>${root.ns ? ` in ${root.ns}` : ''}, not <xliff> in ${XLIFF_NS}` };
	if (root.attrs.version !== '2.0' && !/^2\.\d+$/.test(root.attrs.version ?? ''))
		return { ok: false, error: `XLIFF version "${root.attrs.version}": only 2.x is read` };
	const files = elements(root, 'file');
	if (!files.length) return { ok: false, error: 'the file has no <file> element' };
	const problems: string[] = [];
	const units: XliffUnit[] = [];
	const seen = new Set<string>();
	const readNotes = (el: El): XliffNote[] =>
		elements(el, 'notes').flatMap((n) =>
			elements(n, 'note').map((note) => ({ ...(note.attrs.category ? { category: note.attrs.category } : {}), text: textOf(note) }))
		);
	const walk = (el: El) => {
		for (const c of el.children) {
			if (typeof c === 'string' || c.ns !== XLIFF_NS) continue;
			if (c.name === 'group') walk(c);
			if (c.name !== 'unit') continue;
			const id = c.attrs.id;
			if (!id) {
				problems.push('a unit without an id: left out');
				continue;
			}
			if (seen.has(id)) {
				problems.push(`unit "${id}" is there twice: the second is left out`);
				continue;
			}
			seen.add(id);
			const parts = c.children.filter((p): p is El => typeof p !== 'string' && p.ns === XLIFF_NS && (p.name === 'segment' || p.name === 'ignorable'));
			const segments = parts.filter((p) => p.name === 'segment');
			if (!segments.length) {
				problems.push(`unit "${id}" has no segment: left out`);
				continue;
			}
			const source = parts.map((p) => textOf(elements(p, 'source')[0] ?? { ns: '', name: '', attrs: {}, children: [] })).join('');
			const targets = parts.map((p) => {
				const t = elements(p, 'target')[0];
				// An ignorable part (white space between segments) without a target keeps its source.
				return t ? textOf(t) : p.name === 'ignorable' ? textOf(elements(p, 'source')[0] ?? { ns: '', name: '', attrs: {}, children: [] }) : undefined;
			});
			const target = segments.every((s) => elements(s, 'target').length) ? targets.join('') : undefined;
			const state = segments
				.map((s) => (STATES.includes(s.attrs.state as SegmentState) ? (s.attrs.state as SegmentState) : 'initial'))
				.reduce((a, b) => (STATES.indexOf(a) <= STATES.indexOf(b) ? a : b));
			units.push({ id, source, ...(target !== undefined ? { target } : {}), state, notes: readNotes(c) });
		}
	};
	for (const f of files) walk(f);
	const file = files[0];
	const trgDir = file.attrs.trgDir;
	return {
		ok: true,
		doc: {
			srcLang: root.attrs.srcLang ?? '',
			trgLang: root.attrs.trgLang ?? '',
			...(trgDir === 'ltr' || trgDir === 'rtl' ? { trgDir } : {}),
			fileId: file.attrs.id ?? '',
			...(file.attrs.original ? { original: file.attrs.original } : {}),
			notes: readNotes(file),
			units
		},
		problems
	};
}
