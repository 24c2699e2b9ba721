import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../helpers/site';

// Rules come from .htmlvalidate.json (recommended, less a few style-preference rules with reasons).
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('every built page is valid HTML', () => {
	it.each(builtPages())('%s', async (page) => {
		const report = await validator.validateFile(join(DIST, page));
		const problems = report.results.flatMap((r) => r.messages.map((m) => `${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
		expect(problems).toEqual([]);
	});
});
