import { describe, expect, it } from 'vitest';
import { mediaProvider } from './mediaProvider';

describe('mediaProvider', () => {
	it('names the sites readers know by their names, whatever the subdomain', () => {
		expect(mediaProvider('https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s')).toBe('YouTube');
		expect(mediaProvider('https://youtu.be/pi2v1m6gmD8')).toBe('YouTube');
		expect(mediaProvider('http://vimeo.com/20839673')).toBe('Vimeo');
		expect(mediaProvider('https://twitter.com/yayitsrob/status/1265638281783447552')).toBe('X');
		expect(mediaProvider('https://en.wikipedia.org/wiki/Mechanical_Turk')).toBe('Wikipedia');
		expect(mediaProvider('https://www.google.com/maps/@42.032147,-87.6689625,15z')).toBe('Google Maps');
	});

	it('names any other site by its host, without "www.", and never takes a look-alike for a known site', () => {
		expect(mediaProvider('https://www.example.org/clip')).toBe('example.org');
		expect(mediaProvider('https://notyoutube.com/x')).toBe('notyoutube.com');
		expect(mediaProvider('https://www.google.com/search?q=x')).toBe('google.com');
	});
});
