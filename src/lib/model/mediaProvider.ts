/**
 * Where a link step's medium opens, named as readers know the site: "YouTube", not "m.youtube.com".
 * A site not listed is named by its address's host, without "www.".
 *
 *   mediaProvider('https://youtu.be/x') // → 'YouTube'
 *   mediaProvider('https://www.example.org/clip') // → 'example.org'
 */
const SITES: [RegExp, string][] = [
	[/(^|\.)(youtube\.com|youtu\.be|youtube-nocookie\.com)$/, 'YouTube'],
	[/(^|\.)vimeo\.com$/, 'Vimeo'],
	[/(^|\.)dailymotion\.com$/, 'Dailymotion'],
	[/(^|\.)soundcloud\.com$/, 'SoundCloud'],
	[/(^|\.)spotify\.com$/, 'Spotify'],
	[/(^|\.)tiktok\.com$/, 'TikTok'],
	[/(^|\.)instagram\.com$/, 'Instagram'],
	[/(^|\.)(twitter\.com|x\.com)$/, 'X'],
	[/(^|\.)bsky\.app$/, 'Bluesky'],
	[/(^|\.)(flickr\.com|flic\.kr)$/, 'Flickr'],
	[/(^|\.)imgur\.com$/, 'Imgur'],
	[/(^|\.)wikipedia\.org$/, 'Wikipedia'],
	[/(^|\.)wikimedia\.org$/, 'Wikimedia Commons'],
	[/(^|\.)documentcloud\.org$/, 'DocumentCloud'],
	[/(^|\.)wistia\.com$/, 'Wistia'],
	[/^docs\.google\.com$/, 'Google Docs'],
	[/^drive\.google\.com$/, 'Google Drive']
];

export function mediaProvider(url: string): string {
	let u: URL;
	try {
		u = new URL(url);
	} catch {
		return url;
	}
	const host = u.hostname.toLowerCase();
	if (/(^|\.)google\.[a-z.]+$/.test(host) && u.pathname.startsWith('/maps')) return 'Google Maps';
	return SITES.find(([re]) => re.test(host))?.[1] ?? host.replace(/^www\./, '');
}
