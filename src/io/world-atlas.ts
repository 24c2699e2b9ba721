import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const cache = new Map<string, Topology>();

/** Natural Earth's countries (world-atlas), at 1:110m or 1:50m, read once per build. */
export function worldCountries(scale: '110m' | '50m'): Topology {
	let topology = cache.get(scale);
	if (!topology) {
		topology = JSON.parse(readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8')) as Topology;
		cache.set(scale, topology);
	}
	return topology;
}
