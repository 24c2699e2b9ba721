/**
 * `npm run check`: every content problem at once, in seconds, without building the site.
 * Exit status 1 when there are errors; warnings are printed and do not fail.
 */
import { join } from 'node:path';
import { checkContent } from '../src/io/check-content';
import { formatProblem } from '../src/lib/checks/index';

const started = performance.now();
const problems = checkContent(join(import.meta.dirname, '..'));
for (const p of problems) console.log(formatProblem(p));
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
console.log(
	`\ncontent check: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (${Math.round(performance.now() - started)} ms)`,
);
process.exit(errors > 0 ? 1 : 0);
