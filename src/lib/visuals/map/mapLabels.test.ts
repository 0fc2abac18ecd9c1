import { describe, expect, it } from 'vitest';
import { boxCrossesRings, boxesOverlap, boxMiddle, FAN_CLEAR, FAN_REACH, inkBox, NAME_SHADOW, NAME_SIDE, readsAsOne, ringsContain, runsOn } from './mapLayout';
import { BESIDE_BRACKET, mapLabels, OUTLINE_CLEARANCE } from './mapLabels';
import { mapSteps } from './mapScene.fixture';

/** A marker's band: where a name would seem to be its (NAME_SHADOW above and below, NAME_SIDE beside). */
const bandOf = (m: { x: number; y: number; r: number }) => ({
	left: m.x - m.r - NAME_SIDE,
	right: m.x + m.r + NAME_SIDE,
	top: m.y - m.r - NAME_SHADOW,
	bottom: m.y + m.r + NAME_SHADOW
});

describe('mapLabels(scene, edition, size)', () => {
	for (const lang of ['en', 'ar'] as const) {
		// The graphics the story draws its map in (key and map together, as measured in the built pages):
		// the reading page on a phone upright and on its side, a tablet, a laptop and a projector; the deck
		// on the same five; the embeds 360 and 620 px wide. The key goes under or beside the map there.
		for (const [w, h] of [
			[374, 367],
			[450, 326],
			[804, 555],
			[784, 725],
			[880, 905],
			[371, 309],
			[493, 256],
			[779, 733],
			[902, 672],
			[602, 357],
			[352, 304],
			[612, 335],
			// the deck on an upright phone, as measured 2026-12-06 (its Arabic key the taller: a smaller map)
			[371, 291]
		]) {
			describe(`${lang} graphic ${w}×${h}`, () => {
				const steps = mapSteps(lang, w, h).map((s) => ({ ...s, labels: mapLabels(s.scene, s.strings, s.width, s.height) }));

				it('never leaves out a name the step points at: only context places give way', () => {
					for (const { id, scene, labels } of steps) {
						for (const m of scene.markerInfo.filter((m) => m.named)) expect(labels.hidden.has(m.id), `${id}: ${m.id}`).toBe(false);
					}
				});

				it('sets no town’s or country’s name within 14 px of a fan of arrows leaving a camp, but on a phone’s map', () => {
					for (const { id, scene, labels } of steps)
						for (const d of scene.departures.filter((d) => d.fanR > FAN_REACH.min)) {
							const [x, y] = scene.xy(d.place);
							const r = d.fanR + FAN_CLEAR;
							const zone = { id: 'zone', left: x - r, right: x + r, top: y - r, bottom: y + r };
							const context = [
								...scene.markerInfo.filter((m) => !m.named).map((m) => m.id),
								...[...labels.boxes.keys()].filter((k) => k.startsWith('country:'))
							];
							for (const k of context) {
								const b = labels.boxes.get(k);
								if (b) expect(boxesOverlap(b, zone), `${id}: ${k}`).toBe(false);
							}
						}
				});

				it('sets no name over the arrows leaving a camp (their lines and heads)', () => {
					for (const { id, scene, labels } of steps) {
						const arrows = scene.lineObstacles.filter((o) => o.id.startsWith('departure'));
						for (const b of labels.boxes.values()) for (const a of arrows) expect(boxesOverlap(b, a), `${id}: ${b.id} over ${a.id}`).toBe(false);
					}
				});

				it('places no name over another', () => {
					for (const { id, labels } of steps) {
						const boxes = [...labels.boxes.values()];
						for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(boxesOverlap(a, b), `${id}: ${a.id} over ${b.id}`).toBe(false);
					}
				});

				it('names each of the story’s countries inside its own outline (its letters, not the line’s spare room), or not at all', () => {
					for (const { id, scene, labels } of steps) {
						for (const c of labels.countryNames.filter((c) => c.home)) {
							const box = inkBox(labels.boxes.get(c.id)!);
							expect(scene.inCountry(c.home!, box), `${id}: ${c.id}`).toBe(true);
						}
					}
				});

				it("names each of the story's own countries (IRAQ on the first map, SYRIA on a phone's repatriations step)", () => {
					for (const { id, scene, labels } of steps)
						for (const p of scene.homeLabels) expect(labels.placements.has(`country:${p.id}`), `${id}: ${p.id}`).toBe(true);
				});

				it('sets a route end’s words ("Iraq: sites not disclosed") beside its bracket, or joins them to it by a leader', () => {
					for (const { id, scene, labels } of steps) {
						for (const e of scene.endLabels) {
							const b = labels.boxes.get(e.id)!;
							const bracket = scene.routes.find((g) => g.to.id === e.to.id)!.bracket!;
							const gap = Math.min(...bracket.map(([x, y]) => Math.hypot(Math.max(b.left - x, 0, x - b.right), Math.max(b.top - y, 0, y - b.bottom))));
							expect(gap <= BESIDE_BRACKET || !!labels.placements.get(e.id)!.leader, `${id}: ${e.id} ${Math.round(gap)} px from its bracket, no leader`).toBe(
								true
							);
						}
					}
				});

				it('sets a route end’s words inside the country the route goes to, so they never name the land across the border', () => {
					for (const { id, scene, labels } of steps)
						for (const e of scene.endLabels) expect(scene.inCountry(e.to, inkBox(labels.boxes.get(e.id)!)), `${id}: ${e.id}`).toBe(true);
				});

				it("keeps a place's name by its marker: within 64 px of its point, or joined to it by a leader", () => {
					for (const { id, scene, labels } of steps) {
						for (const m of scene.markerInfo) {
							const p = labels.placements.get(m.id);
							const b = labels.boxes.get(m.id);
							if (!p || !b || p.leader) continue;
							const gap = Math.hypot(Math.max(b.left - m.x, 0, m.x - b.right), Math.max(b.top - m.y, 0, m.y - b.bottom));
							expect(gap, `${id}: ${m.id}`).toBeLessThanOrEqual(64);
						}
					}
				});

				it('never names a named place with the middle of its name over the story’s other country (a base in Iraq named over Syria)', () => {
					for (const { id, scene, labels } of steps) {
						for (const m of scene.markerInfo.filter((m) => m.around)) {
							const b = labels.boxes.get(m.id);
							if (b) expect(m.around!.astray(inkBox(b)), `${id}: ${m.id}`).toBe(false);
						}
					}
				});

				it('draws no context place with its marker just under, over or beside another place’s name, which a reader would take for its', () => {
					for (const { id, scene, labels } of steps) {
						const names = [...scene.markerInfo, ...scene.endLabels].filter((m) => labels.boxes.has(m.id));
						for (const c of scene.markerInfo.filter((m) => !m.named && !labels.hidden.has(m.id))) {
							for (const n of names)
								if (n.id !== c.id) expect(boxesOverlap(bandOf(c), labels.boxes.get(n.id)!), `${id}: ${n.id}'s name by ${c.id}`).toBe(false);
						}
					}
				});

				it('sets no context place’s name just under, over or beside another place’s marker', () => {
					for (const { id, scene, labels } of steps) {
						const drawn = scene.markerInfo.filter((m) => !labels.hidden.has(m.id));
						for (const c of drawn.filter((m) => !m.named)) {
							const name = labels.boxes.get(c.id)!;
							for (const m of drawn.filter((m) => m.id !== c.id)) {
								expect(boxesOverlap(bandOf(m), name), `${id}: ${c.id}'s name by ${m.id}`).toBe(false);
							}
						}
					}
				});

				it('names each area on it (the middle of its letters inside its outline), or joins it to the area by a leader, never on another area', () => {
					for (const { id, scene, labels } of steps) {
						const f = scene.frame;
						for (const p of scene.areaPlaces) {
							const b = inkBox(labels.boxes.get(`area:${p.id}`)!);
							const mid = boxMiddle(f, b);
							const on = ringsContain(scene.areaRings.get(p.id)!, mid);
							expect(on || !!labels.placements.get(`area:${p.id}`)!.leader, `${id}: ${p.id} off its area, no leader`).toBe(true);
							for (const [other, rings] of scene.areaRings)
								if (other !== p.id) expect(boxCrossesRings(rings, f, b) || ringsContain(rings, mid), `${id}: ${p.id} on ${other}`).toBe(false);
						}
					}
				});

				it('keeps every country’s name (its letters) clear of the areas’ dashed outlines, not touching them, but one that would otherwise go unnamed', () => {
					for (const { id, scene, labels } of steps) {
						for (const c of labels.acrossAreas)
							expect(
								scene.homeLabels.map((p) => `country:${p.id}`),
								id
							).toContain(c);
						for (const c of labels.countryNames.filter((c) => !labels.acrossAreas.has(c.id))) {
							const b = inkBox(labels.boxes.get(c.id)!);
							const pad = {
								left: b.left - OUTLINE_CLEARANCE,
								right: b.right + OUTLINE_CLEARANCE,
								top: b.top - OUTLINE_CLEARANCE,
								bottom: b.bottom + OUTLINE_CLEARANCE
							};
							for (const [area, rings] of scene.areaRings) expect(boxCrossesRings(rings, scene.frame, pad), `${id}: ${c.id} on ${area}'s outline`).toBe(false);
						}
					}
				});

				// On a map with room: 250 px tall and 300 wide, and for Anbar under Ain al-Asad's name, 300 px
				// tall (on a phone's reading page, 269 px, Anbar has no spot left inside its outline clear of it).
				it('sets no area’s name where it reads as one with a town’s, on one line or one over the other ("Anbar Ramadi (Anbar)", "Ain al-Asad air base" over "Anbar"), nor a country’s on one line with one ("IRAQ Ramadi (Anbar)", "SYRIA Baghouz"), on a map with room', () => {
					for (const { id, labels, height } of steps.filter((s) => s.height >= 250 && s.width >= 300))
						for (const [region, town, least] of [
							['area:anbar', 'ramadi', 250],
							['area:anbar', 'ain-al-asad', 300],
							['country:syria', 'baghouz', 250],
							['country:syria', 'hasakah', 250],
							['country:iraq', 'ramadi', 250],
							['country:iraq', 'ain-al-asad', 250]
						] as const) {
							const [a, b] = [labels.boxes.get(region), labels.boxes.get(town)];
							if (!a || !b || height < least) continue;
							const apart = region.startsWith('area:') ? !readsAsOne(a, [b]) : !runsOn(a, [b], true);
							expect(apart, `${id} (map ${height} px tall): ${region} and ${town}`).toBe(true);
						}
				});

				it('keeps a country’s name off the areas (IRAQ in shaded Anbar would name it), and every name inside the map', () => {
					for (const { id, scene, labels, width, height } of steps)
						for (const [key, b] of labels.boxes) {
							const ink = inkBox(b);
							expect(ink.left >= 0 && ink.top >= 0 && ink.right <= width && ink.bottom <= height, `${id}: ${key} inside the map`).toBe(true);
							if (key.startsWith('country:') && !labels.acrossAreas.has(key))
								for (const [area, rings] of scene.areaRings) expect(ringsContain(rings, boxMiddle(scene.frame, ink)), `${id}: ${key} on ${area}`).toBe(false);
						}
				});

				it('draws a status line only under a name that has one', () => {
					for (const { scene, labels } of steps) for (const id of labels.statusShown) expect(scene.statusText(id)).toBeTruthy();
				});
			});
		}
	}
});

describe('mapLabels: a named place by the border of a small map', () => {
	// The deck on an upright phone, Arabic (its key the taller, so its map the smaller): the rings round
	// Ain al-Asad had no clear spot inside Iraq (Baghdad's marker on the two there were), and its name,
	// «قاعدة عين الأسد الجوية», stood on one line over Syria, reading as a Syrian base.
	it('looks further round its point, joined by a leader, rather than name it over the story’s other country', () => {
		const step = mapSteps('ar', 371, 291).find((s) => s.id === 'iraq-asks-us-to-leave')!;
		const labels = mapLabels(step.scene, step.strings, step.width, step.height);
		const b = labels.boxes.get('ain-al-asad')!;
		const { tx, ty, k } = step.scene.frame;
		const middle: [number, number] = [((b.left + b.right) / 2 - tx) / k, ((b.top + b.bottom) / 2 - ty) / k];
		expect(ringsContain(step.scene.homeRings.get('iraq')!, middle)).toBe(true);
		expect(ringsContain(step.scene.homeRings.get('syria')!, middle)).toBe(false);
		expect(labels.placements.get('ain-al-asad')!.leader).toBeDefined();
	});
});
