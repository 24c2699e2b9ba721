/**
 * A member map: the states an organization's memberships name, coloured by status on a map of
 * Eurasia, drawn at build time as a self-contained SVG image (Natural Earth data from
 * world-atlas, projected with d3-geo). No tiles, no script, nothing fetched. Statuses are told
 * apart by pattern as well as colour, so the map prints legibly in black and white, and the image
 * carries its own legend. Colours are attributes, not styles, so no Content-Security-Policy that
 * forbids inline styles can blank it.
 */
import { geoAzimuthalEqualArea, geoCentroid, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { escapeXml } from '../publish/xml';

export type Status = 'member' | 'observer' | 'dialogue-partner' | 'associate' | 'former-member';

/** Fill and pattern of each status; the first is the strongest. */
export const STATUS_STYLE: Record<Status, { fill: string; pattern?: 'hatch' | 'dots' | 'cross' }> = {
	member: { fill: '#8a2b1f' },
	associate: { fill: '#c0634f', pattern: 'hatch' },
	observer: { fill: '#d9893f', pattern: 'dots' },
	'dialogue-partner': { fill: '#e7c27a', pattern: 'hatch' },
	'former-member': { fill: '#9aa3ad', pattern: 'cross' },
};
const LAND = '#e4e1d8';
const BORDER = '#ffffff';
const SEA = '#f5f8fb';
const INK = '#1d2329';

export interface MapInput {
	/** The organization's name, for the title. */
	title: string;
	/** One entry per state, with its strongest standing. */
	states: { code: string; numeric: string; name: string; status: Status }[];
	/** Labels of the statuses, in the reader's language. */
	labels: Record<Status, string>;
	/** World countries at 1:110m, and at 1:50m for the small states the first leaves out. */
	world110: Topology;
	world50: Topology;
}

const WIDTH = 640;
const HEIGHT = 400;
const LEGEND = 28;

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

function countries(topology: Topology): CountryFeature[] {
	return (feature(topology, topology.objects['countries'] as GeometryCollection) as FeatureCollection<Geometry, { name: string }>)
		.features as CountryFeature[];
}

/** Eurasia, from the Atlantic coast to the Pacific, the frame every map shares. */
const FRAME: GeoPermissibleObjects = {
	type: 'MultiPoint',
	coordinates: [
		[-10, 35],
		[30, 70],
		[150, 50],
		[100, 0],
		[45, 10],
	],
};

function patterns(): string {
	const defs = (Object.entries(STATUS_STYLE) as [Status, (typeof STATUS_STYLE)[Status]][])
		.filter(([, s]) => s.pattern)
		.map(([status, s]) => {
			const marks =
				s.pattern === 'dots'
					? `<circle cx="2" cy="2" r="1" fill="${INK}"/>`
					: s.pattern === 'cross'
						? `<path d="M0 0L4 4M4 0L0 4" stroke="${INK}" stroke-width="0.6"/>`
						: `<path d="M0 4L4 0" stroke="${INK}" stroke-width="0.6"/>`;
			return `<pattern id="p-${status}" width="4" height="4" patternUnits="userSpaceOnUse"><rect width="4" height="4" fill="${s.fill}"/>${marks}</pattern>`;
		});
	return `<defs>${defs.join('')}</defs>`;
}

const paint = (status: Status) => (STATUS_STYLE[status].pattern ? `url(#p-${status})` : STATUS_STYLE[status].fill);

/**
 * The world as every map draws it: each country's outline at 1:110m, and the centre of each at
 * 1:50m, projected once. Every map shares the frame, so only their colours differ.
 */
interface ProjectedWorld {
	outlines: { id: string; d: string }[];
	centres: Map<string, [number, number]>;
}
const projected = new WeakMap<Topology, WeakMap<Topology, ProjectedWorld>>();
function projectedWorld(world110: Topology, world50: Topology): ProjectedWorld {
	let with50 = projected.get(world110);
	if (!with50) projected.set(world110, (with50 = new WeakMap()));
	let world = with50.get(world50);
	if (world) return world;
	const projection = geoAzimuthalEqualArea()
		.rotate([-75, -40])
		.fitExtent(
			[
				[4, 4],
				[WIDTH - 4, HEIGHT - LEGEND - 4],
			],
			FRAME,
		)
		.clipExtent([
			[0, 0],
			[WIDTH, HEIGHT - LEGEND],
		]);
	const path = geoPath(projection).digits(1);
	const outlines = countries(world110).flatMap((f) => {
		const d = path(f);
		return d ? [{ id: String(f.id), d }] : [];
	});
	const centres = new Map<string, [number, number]>();
	for (const f of countries(world50)) {
		const at = projection(geoCentroid(f));
		if (at && !centres.has(String(f.id))) centres.set(String(f.id), at);
	}
	world = { outlines, centres };
	with50.set(world50, world);
	return world;
}

/** The map as SVG text: deterministic, rounded to a tenth of a pixel. */
export function memberMapSvg(input: MapInput): string {
	const { outlines, centres } = projectedWorld(input.world110, input.world50);
	const byNumeric = new Map(input.states.map((s) => [s.numeric, s]));
	const drawn = new Set<string>();
	const shapes = outlines.map(({ id, d }) => {
		const state = byNumeric.get(id);
		if (!state) return `<path d="${d}"/>`;
		drawn.add(state.numeric);
		return `<path d="${d}" fill="${paint(state.status)}" data-country="${state.code}" data-status="${state.status}"><title>${escapeXml(`${state.name}: ${input.labels[state.status]}`)}</title></path>`;
	});
	// States too small for the 1:110m data are marked by a dot at their centre.
	const dots = [...centres].flatMap(([id, at]) => {
		const state = byNumeric.get(id);
		if (!state || drawn.has(state.numeric)) return [];
		drawn.add(state.numeric);
		return [
			`<circle cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="4" fill="${paint(state.status)}" stroke="${INK}" stroke-width="0.8" data-country="${state.code}" data-status="${state.status}"><title>${escapeXml(`${state.name}: ${input.labels[state.status]}`)}</title></circle>`,
		];
	});
	const used = (Object.keys(STATUS_STYLE) as Status[]).filter((s) => input.states.some((x) => x.status === s));
	const legend = used.map((status, i) => {
		const x = 8 + i * 130;
		const y = HEIGHT - LEGEND + 8;
		return `<rect x="${x}" y="${y}" width="14" height="14" fill="${paint(status)}" stroke="${INK}" stroke-width="0.5"/><text x="${x + 20}" y="${y + 11}" font-size="12" fill="${INK}" font-family="system-ui, sans-serif">${escapeXml(input.labels[status])}</text>`;
	});
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="t">`,
		`<title id="t">${escapeXml(input.title)}</title>`,
		patterns(),
		`<rect width="${WIDTH}" height="${HEIGHT}" fill="${SEA}"/>`,
		`<g fill="${LAND}" stroke="${BORDER}" stroke-width="0.5">${shapes.join('')}</g>`,
		dots.join(''),
		`<rect y="${HEIGHT - LEGEND}" width="${WIDTH}" height="${LEGEND}" fill="#ffffff"/>`,
		legend.join(''),
		'</svg>',
		'',
	].join('\n');
}

/** Each state once, with its strongest standing (the order of STATUS_STYLE). */
export function strongestStanding<T extends { country: string; status: Status }>(memberships: T[]): Map<string, Status> {
	const order = Object.keys(STATUS_STYLE) as Status[];
	const out = new Map<string, Status>();
	for (const m of memberships) {
		const had = out.get(m.country);
		if (!had || order.indexOf(m.status) < order.indexOf(had)) out.set(m.country, m.status);
	}
	return out;
}
