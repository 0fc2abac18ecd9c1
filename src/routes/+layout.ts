// Every page is prerendered to plain HTML: the story reads with JavaScript off.
export const prerender = true;

/**
 * Every page is a folder with its index.html (`present/index.html`, its data beside it), so any static
 * host serves it by its address, with or without the slash: nginx, S3, GitHub Pages and
 * `python3 -m http.server` move `/present` to `/present/`, where a `present.html` beside a `present/`
 * folder of data gave a directory listing (docs/publishing.md).
 */
export const trailingSlash = 'always';
