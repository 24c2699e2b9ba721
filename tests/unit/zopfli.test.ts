import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { zopfliGzip } from '../../src/io/zopfli';

const cache = mkdtempSync(join(tmpdir(), 'ct-zopfli-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('Zopfli’s results kept between builds', () => {
	const input = new TextEncoder().encode('the same engine in every build '.repeat(200));

	it('keeps a result by its input and gives back the same bytes', async () => {
		const first = await zopfliGzip(input, 2, cache);
		expect(gunzipSync(first).equals(input)).toBe(true);
		const [file] = readdirSync(cache);
		expect(readdirSync(cache).filter((f) => f.endsWith('.gz'))).toHaveLength(1);
		expect(Buffer.from(readFileSync(join(cache, file!))).equals(Buffer.from(first))).toBe(true);
		expect(Buffer.from(await zopfliGzip(input, 2, cache)).equals(Buffer.from(first))).toBe(true);
		// Another number of passes is another result.
		await zopfliGzip(input, 1, cache);
		expect(readdirSync(cache).filter((f) => f.endsWith('.gz'))).toHaveLength(2);
	});

	it('does not trust a kept file that does not hold the input', async () => {
		const own = mkdtempSync(join(cache, 'own-'));
		const first = await zopfliGzip(input, 2, own);
		const [file] = readdirSync(own);
		writeFileSync(join(own, file!), 'not gzip');
		const again = await zopfliGzip(input, 2, own);
		expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
		expect(readFileSync(join(own, file!)).equals(Buffer.from(first))).toBe(true);
	});
});
