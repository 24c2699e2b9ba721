import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARCHIVE, archiveBytes } from '../../src/io/archive';
import { gzipSync } from 'node:zlib';
import { encode } from 'cbor2';
import { wrapSearchFiles } from '../../src/io/search-bundle';
import { splitSearchIndex } from '../../src/io/search-index';
import { SIGNATURE } from '../../src/lib/search/chunks';
import { DIST } from '../helpers/site';

describe('the offline archive', () => {
	it('is exactly what the built files give: rebuilt from dist/, the bytes are the same', async () => {
		const shipped = readFileSync(join(DIST, ARCHIVE));
		expect((await archiveBytes(DIST)).equals(shipped)).toBe(true);
	});
});

describe('the build stops when Pagefind changes under the loader', () => {
	let dir: string;
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	function fakeOutput(version: string, module: string) {
		dir = mkdtempSync(join(tmpdir(), 'pf-'));
		mkdirSync(join(dir, 'pagefind'));
		writeFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), JSON.stringify({ version, languages: { en: { wasm: 'en' } } }));
		writeFileSync(join(dir, 'pagefind', 'pagefind.js'), module);
	}
	const quiet = { info: () => {} };

	it('names the version mismatch and the fix', async () => {
		fakeOutput('1.7.0', '');
		await expect(wrapSearchFiles(dir, quiet)).rejects.toThrow(
			/Pagefind 1\.7\.0 wrote the index, but package\.json pins 1\.6\.0.*install exactly the pinned version/,
		);
	});

	it('names the index format the chunk splitter no longer understands, and the fix', async () => {
		fakeOutput('1.6.0', '');
		// A metadata file whose chunk list is in a shape this version of the splitter does not know.
		writeFileSync(
			join(dir, 'pagefind', 'pagefind-entry.json'),
			JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_x', wasm: 'en' } } }),
		);
		writeFileSync(
			join(dir, 'pagefind', 'pagefind.en_x.pf_meta'),
			gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encode(['1.6.0', [], [{ from: 'a' }]])])),
		);
		mkdirSync(join(dir, 'pagefind', 'index'));
		await expect(splitSearchIndex(dir, quiet)).rejects.toThrow(
			/Pagefind 1\.6\.0's index no longer matches the chunk splitter \(src\/lib\/search\/chunks\.ts\): the metadata's chunk list is not \[from, to, name\] triples\. Install exactly the Pagefind version package\.json pins/,
		);
	});

	it('names the result fragment of a shape the slimmer does not know, and the fix', async () => {
		// A module with every internal the loader checks for, so that the fragment is what fails.
		fakeOutput(
			'1.6.0',
			[
				'const deriveBasePath=(explicit)=>{if(explicit)return explicit};',
				'async function load(queued){const response=await fetch(queued.input);return response}',
				'function engine(module_or_path){module_or_path=fetch(module_or_path);return module_or_path}',
				'class Instance{constructor(initOptions){this.initOptions=initOptions}worker(){return !this.initOptions.noWorker}}',
				'function createInstance(o){return new Instance(o)}',
				'export{createInstance,deriveBasePath,load,engine};',
			].join('\n'),
		);
		mkdirSync(join(dir, 'pagefind', 'fragment', 'en_x'), { recursive: true });
		const fragment = { url: '/a/', content: 'A', word_count: 1, filters: {}, meta: { title: 'A' }, anchors: [], sub_results: [] };
		writeFileSync(
			join(dir, 'pagefind', 'fragment', 'en_x', '0.pf_fragment'),
			gzipSync(Buffer.concat([Buffer.from(SIGNATURE), Buffer.from(JSON.stringify(fragment))])),
		);
		await expect(wrapSearchFiles(dir, quiet)).rejects.toThrow(
			/Pagefind 1\.6\.0's result fragments no longer match the fragment slimmer \(src\/lib\/search\/fragments\.ts\): the result fragment fragment\/en_x\/0\.pf_fragment has a field "sub_results".*Install exactly the Pagefind version package\.json pins/,
		);
	});

	it('names each internal the loader relies on that is gone', async () => {
		fakeOutput('1.6.0', 'export{createInstance,init};');
		await expect(wrapSearchFiles(dir, quiet)).rejects.toThrow(
			/assumptions failed: an explicit basePath is used as given; index files are requested with the global fetch\(\)/,
		);
	});
});
