import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentPaths } from '../../src/io/content-files';
import { translatedOnDisk } from '../../src/io/translated';

const root = mkdtempSync(join(tmpdir(), 'ct-content-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string) => {
	mkdirSync(join(root, file, '..'), { recursive: true });
	writeFileSync(join(root, file), '---\ntitle: x\n---\n');
};
/** A folder's time set apart from the last listing's, as a later change would be (the file system's clock may not tick between two writes). */
const touch = (folder: string, seconds: number) => utimesSync(join(root, folder), seconds, seconds);

describe('the content files the Markdown plugins ask for before each render', () => {
	it('are the same list while no folder changes, and listed again when a file is added or removed', () => {
		write('content/translations/ru/events/a.md');
		touch('content/translations/ru/events', 1_000);
		const first = currentPaths(root, ['translations']);
		expect(first.map((p) => p.id)).toEqual(['ru/events/a']);
		expect(currentPaths(root, ['translations'])).toBe(first);
		expect(translatedOnDisk(root)('ru', 'events', 'a')).toBe(true);

		write('content/translations/ru/events/b.md');
		touch('content/translations/ru/events', 2_000);
		expect(currentPaths(root, ['translations']).map((p) => p.id)).toEqual(['ru/events/a', 'ru/events/b']);
		expect(translatedOnDisk(root)('ru', 'events', 'b')).toBe(true);

		// A new folder changes its parent's time.
		write('content/translations/zh/notes/c.md');
		touch('content/translations', 3_000);
		expect(currentPaths(root, ['translations']).map((p) => p.id)).toContain('zh/notes/c');
		expect(translatedOnDisk(root)('zh', 'notes', 'c')).toBe(true);
	});
});
