/**
 * `npm run bench:scale -- N [--no-anchors] [--seed S] [--translated F | --english-only] [--keep]`:
 * how the site scales to N entries, a share F of them (0.1 unless given) translated into Russian
 * and Chinese; with --english-only, none, and today's translations left out of the copy too.
 * Copies the project to a temporary folder, generates N entries there (benchmarks/scale/generate.ts),
 * checks them with `npm run check`, builds the copy with `npm run build` (Astro, search index,
 * archive) and reports wall time, peak RSS of the process tree, pages/s, the heaviest pages and
 * those over the 14 KiB budget, and what a first query typed letter by letter fetches. Unless
 * --no-anchors, it then builds Starlight and plain Astro on the same pages and prints ratios.
 * Raw figures go to benchmarks/results/scale-<N>.json. It asserts nothing: the gate is
 * tests/scale/gate.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasChromium, launch } from '../../tests/helpers/browser';
import { FIRST_ROUND_TRIP, weighSite, type PageWeight } from '../../tests/helpers/page-weight';
import { builtPages } from '../../tests/helpers/site';
import { measureFirstQueries, OUR_SEARCH, STARLIGHT_SEARCH, type FirstQuery, type SearchBox } from '../../tests/helpers/first-query';
import { anchorProject, astroVersion, STARLIGHT_VERSION, type Anchor } from './anchors';
import { generateEntries } from './generate';
import { measure, type Measured } from './process-tree';
import { copyProject } from './project';

const ROOT = join(import.meta.dirname, '..', '..');

interface SiteFigures {
	site: string;
	seconds: number;
	peakRss: number;
	peakProcess: Measured['peakProcess'];
	pages: number;
	/** Pages in each edition's folder: English at the root, then /ru/ and /zh/ (with Starlight, its fallback copies among them). */
	byEdition: { en: number; ru: number; zh: number };
	pagesPerSecond: number;
	heaviest: Omit<PageWeight, 'stylesheets'>[];
	overBudget: number;
	overBudgetPages: string[];
	firstQueries: FirstQuery[];
	/** The build's log without its line per page: the time of each phase. */
	phases: string;
	/** The machine's 1-, 5- and 15-minute load averages as the build ended: other work on the machine slows a build. */
	loadAverage: number[];
}

function args(argv: string[]) {
	const n = Number(argv.find((a) => /^\d+$/.test(a)) ?? 1000);
	const value = (flag: string) => {
		const at = argv.indexOf(flag);
		return at >= 0 ? argv[at + 1] : undefined;
	};
	const englishOnly = argv.includes('--english-only');
	return {
		n,
		anchors: !argv.includes('--no-anchors'),
		seed: Number(value('--seed') ?? 11),
		translated: englishOnly ? 0 : Number(value('--translated') ?? 0.1),
		englishOnly,
		keep: argv.includes('--keep'),
	};
}

const log = (message: string) => console.error(`[bench:scale ${new Date().toISOString().slice(11, 19)}] ${message}`);
const mb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

function byEdition(pages: string[]): SiteFigures['byEdition'] {
	const count = (folder: string) => pages.filter((p) => p.startsWith(`${folder}/`)).length;
	return { en: pages.length - count('ru') - count('zh'), ru: count('ru'), zh: count('zh') };
}

async function figures(site: string, dir: string, dist: string, run: Measured, box: SearchBox | undefined): Promise<SiteFigures> {
	if (run.status !== 0) {
		console.error(run.output.slice(-4000));
		throw new Error(`${site}: the build failed with status ${run.status} (its folder is kept: ${dir})`);
	}
	// The build's own account of its phases (content sync, routes, search index, archive), without the line per page.
	const phases = run.output
		.split('\n')
		.filter((line) => line.trim() && !/[├└]─/.test(line))
		.join('\n');
	const loadAverage = loadavg().map((l) => Math.round(l * 100) / 100);
	log(`${site}: built in ${run.seconds.toFixed(1)} s, peak RSS ${mb(run.peakRss)}, load average ${loadAverage.join(' ')}; weighing pages`);
	const weights = weighSite(dist, 5);
	let firstQueries: FirstQuery[] = [];
	if (box && hasChromium()) {
		log(`${site}: typing first queries`);
		const browser = await launch();
		try {
			firstQueries = await measureFirstQueries(browser, dist, box);
		} finally {
			await browser.close();
		}
	}
	return {
		site,
		seconds: run.seconds,
		peakRss: run.peakRss,
		peakProcess: run.peakProcess,
		pages: weights.pages,
		byEdition: byEdition(builtPages(dist)),
		pagesPerSecond: weights.pages / run.seconds,
		heaviest: weights.heaviest.map(({ page, bytes, html }) => ({ page, bytes, html })),
		overBudget: weights.over.length,
		// The heaviest twenty: where every page is over (Starlight), the full list would only repeat the count.
		overBudgetPages: weights.over.slice(0, 20).map((w) => `${w.page} ${w.bytes} B`),
		firstQueries,
		loadAverage,
		phases,
	};
}

async function buildAnchor(kind: Anchor, copy: string): Promise<{ figures: SiteFigures; dir: string }> {
	log(`${kind}: writing the same pages into an anchor project`);
	const dir = anchorProject(kind, copy);
	const run = await measure(process.execPath, [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
		cwd: dir,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	const name = {
		starlight: `Starlight ${STARLIGHT_VERSION}`,
		astro: `plain Astro ${astroVersion(ROOT)}`,
	}[kind];
	return { figures: await figures(name, dir, join(dir, 'dist'), run, kind === 'starlight' ? STARLIGHT_SEARCH : undefined), dir };
}

function table(sites: SiteFigures[]): string {
	const queries = (s: SiteFigures) => {
		if (s.firstQueries.length === 0) return '';
		const sizes = s.firstQueries.map((q) => q.bytes);
		return `${kib(Math.min(...sizes))}–${kib(Math.max(...sizes))}`;
	};
	const rows = sites.map(
		(s) =>
			`| ${s.site} | ${s.seconds.toFixed(1)} s | ${mb(s.peakRss)} | ${s.pages} | ${s.pagesPerSecond.toFixed(0)} | ${s.overBudget} | ${s.heaviest[0] ? `${s.heaviest[0].page} ${kib(s.heaviest[0].bytes)}` : ''} | ${queries(s)} |`,
	);
	return [
		'| site | build | peak RSS (process tree) | pages | pages/s | over 14 KiB | heaviest page (gzip HTML+CSS) | first query, typed |',
		'| --- | --- | --- | --- | --- | --- | --- | --- |',
		...rows,
	].join('\n');
}

async function main() {
	const { n, anchors, seed, translated, englishOnly, keep } = args(process.argv.slice(2));
	const copy = copyProject(ROOT);
	// Content in English alone: Starlight then builds one locale. Ours still builds its Russian and
	// Chinese editions' home, lists and search, which are part of the product, over English entries.
	if (englishOnly) rmSync(join(copy, 'content', 'translations'), { recursive: true, force: true });
	log(`copy of the project in ${copy}; generating ${n} entries (seed ${seed})`);
	const generated = generateEntries(copy, n, seed, translated);
	log(`generated ${JSON.stringify(generated)}; npm run check`);
	execFileSync('npm', ['run', '--silent', 'check'], { cwd: copy, stdio: ['ignore', 'ignore', 'inherit'] });

	log('ours: npm run build');
	const ours = await figures('ours', copy, join(copy, 'dist'), await measure('npm', ['run', 'build'], { cwd: copy }), OUR_SEARCH);
	const sites = [ours];
	const folders = [copy];
	if (anchors) {
		for (const kind of ['starlight', 'astro'] as const) {
			const { figures: f, dir } = await buildAnchor(kind, copy);
			sites.push(f);
			// Starlight's folder holds its installed packages, reused by the next run: only its output goes.
			folders.push(...(kind === 'starlight' ? [join(dir, 'dist'), join(dir, 'src')] : [dir]));
		}
	}

	console.log(`\nN = ${n} (seed ${seed}): ${JSON.stringify(generated)}\n`);
	console.log(table(sites));
	for (const s of sites) {
		console.log(`\n${s.site}: largest process at the peak: ${mb(s.peakProcess.rss)} ${s.peakProcess.command}`);
		console.log(`  pages by edition: English ${s.byEdition.en}, Russian ${s.byEdition.ru}, Chinese ${s.byEdition.zh}`);
		console.log(`  heaviest pages: ${s.heaviest.map((h) => `${h.page} ${h.bytes} B`).join(', ')}`);
		if (s.overBudget) console.log(`  over ${FIRST_ROUND_TRIP} B: ${s.overBudgetPages.join(', ')}${s.overBudget > 20 ? ', …' : ''}`);
		for (const q of s.firstQueries)
			console.log(`  first query "${q.query}": ${kib(q.bytes)} in ${q.requests} requests ${JSON.stringify(q.byKind)}`);
	}
	const starlight = sites.find((s) => s.site.startsWith('Starlight'));
	const ratios = starlight && {
		build: ours.seconds / starlight.seconds,
		peakRss: ours.peakRss / starlight.peakRss,
		pagesPerSecond: ours.pagesPerSecond / starlight.pagesPerSecond,
		firstQuery:
			ours.firstQueries.length && starlight.firstQueries.length
				? Math.max(...ours.firstQueries.map((q) => q.bytes)) / Math.max(...starlight.firstQueries.map((q) => q.bytes))
				: undefined,
	};
	if (starlight && !(starlight.byEdition.ru || starlight.byEdition.zh)) {
		console.log(
			`\nContent in English only: Starlight builds one locale; ours builds ${ours.byEdition.ru + ours.byEdition.zh} pages in its Russian and Chinese editions (their home, lists and search) over the English entries`,
		);
	} else if (starlight && (ours.byEdition.ru || ours.byEdition.zh)) {
		// Starlight builds every page in every locale; what ours has in an edition is its translated entries and the lists.
		const fallback = starlight.byEdition.ru + starlight.byEdition.zh - ours.byEdition.ru - ours.byEdition.zh;
		console.log(
			`\nStarlight builds ${fallback} more pages in its Russian and Chinese locales than ours (its fallback copies of untranslated pages, less our list pages); a run with --translated 0 gives ours in English only, for the comparison of English-only time × ${(1 + translated).toFixed(2)}`,
		);
	}
	if (ratios) {
		console.log(
			`\nours / Starlight: build ${ratios.build.toFixed(2)}, peak RSS ${ratios.peakRss.toFixed(2)}, pages/s ${ratios.pagesPerSecond.toFixed(2)}${ratios.firstQuery ? `, heaviest first query ${ratios.firstQuery.toFixed(2)}` : ''}`,
		);
	}

	const results = join(ROOT, 'benchmarks', 'results');
	mkdirSync(results, { recursive: true });
	const file = join(results, `scale-${n}${englishOnly ? '-english' : ''}${anchors ? '' : '-no-anchors'}.json`);
	const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memory: totalmem(), node: process.version };
	writeFileSync(
		file,
		`${JSON.stringify({ date: new Date().toISOString(), n, seed, translated, englishOnly, machine, generated, sites, ratios }, null, '\t')}\n`,
	);
	log(`figures written to ${file}`);
	if (!keep) for (const dir of folders) rmSync(dir, { recursive: true, force: true });
	else log(`kept: ${folders.join(' ')}`);
}

await main();
