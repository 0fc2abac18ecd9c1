// Every page is prerendered to plain HTML: the story reads with JavaScript off.
export const prerender = true;
