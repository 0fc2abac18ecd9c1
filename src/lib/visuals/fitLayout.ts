// How wide FitToStage.svelte lays out a picture it has to scale down. A picture too tall for its stage
// is scaled as one piece, which leaves part of the stage's width empty; laid out wider, its lines wrap
// less and it grows shorter, so it can be scaled down less. Pure: the component passes in a way to
// measure the content at a width (a forced layout), and gets back the width to use.

/** A laid-out size, in CSS pixels. */
export interface Size {
	width: number;
	height: number;
}

/** How many wider layouts are tried between the stage's width and the widest that could do better. */
const TRIES = 8;
/** What a wider layout must gain over the last best, in scale, to be taken: less is not worth a different wrap. */
const GAIN = 0.005;

/** The scale a content of this size is drawn at to fit the stage: the smaller of its two ratios. */
export function fitScale(stage: Size, content: Size): number {
	return Math.min(stage.width / content.width, stage.height / content.height);
}

/**
 * The wider layout that lets the content be drawn largest, or undefined where its own layout is best:
 * it fits the stage already, it is narrower than the stage (its lines do not wrap), or no wider one
 * gains. `measure(undefined)` is the content's own layout; `measure(w)`, laid out `w` wide.
 */
export function widerLayout(stage: Size, measure: (width: number | undefined) => Size): Size | undefined {
	const own = measure(undefined);
	if (!own.width || !own.height) return undefined;
	const ownScale = fitScale(stage, own);
	if (ownScale >= 1 || own.width < stage.width - 1) return undefined;
	// Wider than the stage's width divided by the scale already reached, a layout is scaled down more by its width alone.
	const widest = stage.width / ownScale;
	let best: Size | undefined;
	let bestScale = ownScale;
	for (let i = 1; i <= TRIES; i++) {
		const width = Math.round(stage.width + ((widest - stage.width) * i) / TRIES);
		const size = measure(width);
		const scale = fitScale(stage, { width, height: size.height });
		if (scale > bestScale + GAIN) {
			best = { width, height: size.height };
			bestScale = scale;
		}
	}
	return best;
}
