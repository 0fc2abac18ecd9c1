/**
 * Where the first JSON syntax error in a text is, as an offset (-1 when there is none). Node 22's
 * JSON.parse names the line and column of an error, but Node 20's often names neither ("Unexpected
 * token '}', …"), so validation finds the place itself: a JSON grammar walk that stops at the first
 * character that cannot be there.
 */
export function jsonErrorOffset(text: string): number {
	let i = 0;
	const fail = (): never => {
		throw i;
	};
	const space = () => {
		while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
	};
	const literal = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
	const string = () => {
		i++;
		while (i < text.length) {
			const c = text[i];
			if (c === '"') return void i++;
			if (c === '\\') {
				const next = text[i + 1];
				if (next === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(next ?? 'x')) fail();
				i += next === 'u' ? 6 : 2;
			} else if (c < ' ') fail();
			else i++;
		}
		fail();
	};
	const value = (): void => {
		space();
		const c = text[i];
		if (c === '{' || c === '[') {
			const close = c === '{' ? '}' : ']';
			i++;
			space();
			if (text[i] === close) return void i++;
			for (;;) {
				if (c === '{') {
					space();
					if (text[i] !== '"') fail();
					string();
					space();
					if (text[i] !== ':') fail();
					i++;
				}
				value();
				space();
				if (text[i] === ',') i++;
				else if (text[i] === close) return void i++;
				else fail();
			}
		}
		if (c === '"') return string();
		literal.lastIndex = i;
		const m = literal.exec(text);
		if (!m) fail();
		i += m![0].length;
	};
	try {
		value();
		space();
		if (i < text.length) fail();
		return -1;
	} catch (e) {
		if (typeof e === 'number') return e;
		throw e;
	}
}
