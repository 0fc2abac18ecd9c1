/**
 * WebVTT captions read into cues: when each line is said and what, as plain text (voice and styling
 * tags dropped). Enough of the format for the transcript a recording's table shows; the browser's
 * player reads the file itself.
 *
 *   parseVtt('WEBVTT\n\n00:01.000 --> 00:03.500\n<v Minister>We will take them.') // → cues [{ start: 1, end: 3.5, text: 'We will take them.' }]
 */
import type { Cue } from '../state/visualState.ts';

const TIME = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{3})/;

function seconds(s: string): number | null {
	const m = TIME.exec(s.trim());
	return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000 : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };

export function parseVtt(text: string): { ok: true; cues: Cue[] } | { ok: false; message: string } {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) return { ok: false, message: 'is not a WebVTT file: its first line must be "WEBVTT"' };
	const cues: Cue[] = [];
	for (let i = 1; i < lines.length; i++) {
		if (!lines[i].includes('-->')) continue;
		const [from, to] = lines[i].split('-->');
		const start = seconds(from);
		const end = seconds(to);
		if (start === null || end === null || end < start) return { ok: false, message: `has a cue timing it cannot read on line ${i + 1}: "${lines[i]}"` };
		const said: string[] = [];
		while (lines[i + 1]?.trim()) said.push(lines[++i].trim());
		const plain = said
			.join(' ')
			.replace(/<[^>]*>/g, '')
			.replace(/&(amp|lt|gt|nbsp|lrm|rlm);/g, (_, name: string) => ENTITIES[name]);
		if (plain) cues.push({ start, end, text: plain });
	}
	return cues.length ? { ok: true, cues } : { ok: false, message: 'holds no captions (no cue with a timing and text)' };
}
