/**
 * The layout of the visual timeline: years down the side, one row per year that has events (a gap
 * mark where years without any are skipped), and a mark per event, its shape and colour by kind.
 * Vertical, so it reads at phone width as at desktop; drawn for one page of the timeline at a time,
 * so it is as bounded as the list it sits above. Pure: positions only; the component draws.
 */

export const CHART_WIDTH = 320;
const LABEL = 44;
const ROW = 22;
const STEP = 16;
const PER_LINE = Math.floor((CHART_WIDTH - LABEL - 8) / STEP);

/** Five shapes, filled then hollow: ten kinds told apart without colour, as on paper. */
const SHAPES = ['circle', 'square', 'diamond', 'up', 'down'] as const;
export type Shape = (typeof SHAPES)[number];

export interface ChartEvent {
	id: string;
	year: number;
	kind: string;
}

export interface ChartMark {
	id: string;
	kind: string;
	x: number;
	y: number;
}

export interface Chart {
	height: number;
	rows: { year: number; y: number; gapBefore: boolean }[];
	marks: ChartMark[];
}

/** How a kind is drawn: its shape, whether hollow, and its index for the colour class. */
export function kindMark(kinds: readonly string[], kind: string): { shape: Shape; hollow: boolean; index: number } {
	const index = Math.max(0, kinds.indexOf(kind));
	return { shape: SHAPES[index % SHAPES.length]!, hollow: index >= SHAPES.length, index };
}

/** SVG path data of a mark of radius r centred on (x, y). */
export function markPath(shape: Shape, x: number, y: number, r = 5.5): string {
	const f = (n: number) => Number(n.toFixed(1));
	switch (shape) {
		case 'circle':
			return `M${f(x - r)} ${f(y)}a${r} ${r} 0 1 0 ${f(2 * r)} 0a${r} ${r} 0 1 0 ${f(-2 * r)} 0Z`;
		case 'square':
			return `M${f(x - r * 0.85)} ${f(y - r * 0.85)}h${f(r * 1.7)}v${f(r * 1.7)}h${f(-r * 1.7)}Z`;
		case 'diamond':
			return `M${f(x)} ${f(y - r)}L${f(x + r)} ${f(y)}L${f(x)} ${f(y + r)}L${f(x - r)} ${f(y)}Z`;
		case 'up':
			return `M${f(x)} ${f(y - r)}L${f(x + r)} ${f(y + r * 0.8)}L${f(x - r)} ${f(y + r * 0.8)}Z`;
		case 'down':
			return `M${f(x)} ${f(y + r)}L${f(x + r)} ${f(y - r * 0.8)}L${f(x - r)} ${f(y - r * 0.8)}Z`;
	}
}

/** Rows and marks for events in date order. */
export function chartLayout(events: ChartEvent[]): Chart {
	const byYear = [...Map.groupBy(events, (e) => e.year)].sort(([a], [b]) => a - b);
	const rows: Chart['rows'] = [];
	const marks: ChartMark[] = [];
	let y = 12;
	let previous: number | undefined;
	for (const [year, list] of byYear) {
		const gapBefore = previous !== undefined && year > previous + 1;
		if (gapBefore) y += 8;
		rows.push({ year, y, gapBefore });
		list.forEach((e, i) => {
			const line = Math.floor(i / PER_LINE);
			marks.push({ id: e.id, kind: e.kind, x: LABEL + 8 + (i % PER_LINE) * STEP, y: y + line * ROW });
		});
		y += Math.ceil(list.length / PER_LINE) * ROW;
		previous = year;
	}
	return { height: y, rows, marks };
}
