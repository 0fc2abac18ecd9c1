// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keyAction, pressesControl, swipeDirection, swipes } from './keymap';

describe('keyAction', () => {
	it.each(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter'])('%j goes to the next step', (key) => {
		expect(keyAction({ key }, '')).toEqual({ type: 'next' });
	});

	it.each(['ArrowLeft', 'ArrowUp', 'PageUp'])('%j goes to the previous step', (key) => {
		expect(keyAction({ key }, '')).toEqual({ type: 'previous' });
	});

	it('Shift+Space goes back', () => {
		expect(keyAction({ key: ' ', shiftKey: true }, '')).toEqual({ type: 'previous' });
	});

	it('Home and End go to the ends', () => {
		expect(keyAction({ key: 'Home' }, '')).toEqual({ type: 'first' });
		expect(keyAction({ key: 'End' }, '')).toEqual({ type: 'last' });
	});

	it('a number then Enter goes to that step', () => {
		expect(keyAction({ key: '1' }, '')).toEqual({ type: 'digit', digits: '1' });
		expect(keyAction({ key: '2' }, '1')).toEqual({ type: 'digit', digits: '12' });
		expect(keyAction({ key: 'Enter' }, '12')).toEqual({ type: 'goto', step: 12 });
	});

	it.each([
		['f', 'fullscreen'],
		['l', 'latest'],
		['L', 'latest'],
		['o', 'overview'],
		['p', 'play'],
		['P', 'play'],
		['s', 'speaker'],
		['?', 'help'],
		['؟', 'help'],
		['Escape', 'close']
	])('%j → %s', (key, type) => {
		expect(keyAction({ key }, '')).toEqual({ type });
	});

	it('leaves shortcuts with modifiers to the browser (Ctrl+P prints)', () => {
		expect(keyAction({ key: 'p', ctrlKey: true }, '')).toBeNull();
		expect(keyAction({ key: 'f', metaKey: true }, '')).toBeNull();
		expect(keyAction({ key: 'x' }, '')).toBeNull();
	});
});

describe('pressesControl', () => {
	it('Enter or Space on a button or link (or inside one) belongs to that control', () => {
		const button = document.createElement('button');
		const icon = button.appendChild(document.createElement('span'));
		expect(pressesControl({ key: 'Enter', target: button })).toBe(true);
		expect(pressesControl({ key: ' ', target: icon })).toBe(true);
		expect(pressesControl({ key: 'ArrowRight', target: button })).toBe(false);
	});

	it('Enter or Space anywhere else moves the deck', () => {
		expect(pressesControl({ key: 'Enter', target: document.body })).toBe(false);
		expect(pressesControl({ key: ' ', target: null })).toBe(false);
	});
});

describe('swipeDirection', () => {
	it('a leftward swipe goes forward, a rightward one back', () => {
		expect(swipeDirection(-120, 10)).toBe(1);
		expect(swipeDirection(120, -5)).toBe(-1);
	});
	it('ignores short or vertical gestures', () => {
		expect(swipeDirection(-30, 0)).toBe(0);
		expect(swipeDirection(-80, 200)).toBe(0);
	});
});

describe('right to left (the Arabic deck)', () => {
	it('← goes forward and → back; PageDown/PageUp (a clicker) and ↓ ↑ keep next and previous', () => {
		expect(keyAction({ key: 'ArrowLeft' }, '', 'rtl')).toEqual({ type: 'next' });
		expect(keyAction({ key: 'ArrowRight' }, '', 'rtl')).toEqual({ type: 'previous' });
		expect(keyAction({ key: 'PageDown' }, '', 'rtl')).toEqual({ type: 'next' });
		expect(keyAction({ key: 'PageUp' }, '', 'rtl')).toEqual({ type: 'previous' });
		expect(keyAction({ key: 'ArrowDown' }, '', 'rtl')).toEqual({ type: 'next' });
		expect(keyAction({ key: ' ' }, '', 'rtl')).toEqual({ type: 'next' });
	});

	it('a swipe to the right goes forward', () => {
		expect(swipeDirection(120, 5, 'rtl')).toBe(1);
		expect(swipeDirection(-120, 5, 'rtl')).toBe(-1);
	});

	it('f, l, o and s work on an Arabic keyboard (by the physical key), and Arabic-Indic digits type a step', () => {
		expect(keyAction({ key: 'خ', code: 'KeyO' }, '', 'rtl')).toEqual({ type: 'overview' });
		expect(keyAction({ key: 'م', code: 'KeyL' }, '', 'rtl')).toEqual({ type: 'latest' });
		expect(keyAction({ key: 'ب', code: 'KeyF' }, '', 'rtl')).toEqual({ type: 'fullscreen' });
		expect(keyAction({ key: '١' }, '', 'rtl')).toEqual({ type: 'digit', digits: '1' });
		expect(keyAction({ key: '٣' }, '1', 'rtl')).toEqual({ type: 'digit', digits: '13' });
	});
});

describe('swipes', () => {
	it('reports a touch swipe as the next or previous step in the reading direction, and ignores a mouse drag', () => {
		const seen: string[] = [];
		let dir: 'ltr' | 'rtl' = 'ltr';
		const swipe = swipes(
			() => dir,
			(a) => seen.push(a.type)
		);
		const drag = (pointerType: string, dx: number) => {
			swipe.down({ pointerType, clientX: 200, clientY: 300 });
			swipe.up({ clientX: 200 + dx, clientY: 305 });
		};
		drag('touch', -120);
		drag('touch', 120);
		drag('mouse', -120);
		dir = 'rtl';
		drag('touch', 120);
		expect(seen).toEqual(['next', 'previous', 'next']);
	});
});
