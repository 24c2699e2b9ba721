/**
 * Writes a new content entry from a commented skeleton that already passes the checks, so a
 * maintainer starts from something that builds and replaces each TODO:
 *
 *   npm run new -- event "RATS holds a conference"
 *   npm run new -- organization "Collective Security Treaty Organization"
 *   npm run new -- document "Shanghai Convention on Combating Terrorism, Separatism and Extremism"
 *   npm run new -- section li-2025 "A new section"
 *   npm run new -- reference "Title of the cited work"
 *   npm run new -- translation ru organizations/sco   (a translation of an existing entry)
 *
 * The id comes from the title, made unique if taken. `npm run check` warns while a TODO remains.
 */
import { join } from 'node:path';
import { scaffold } from '../src/io/scaffold/entry';

if (import.meta.main) {
	const [kind = '', ...rest] = process.argv.slice(2);
	try {
		const { file, id } = scaffold(join(import.meta.dirname, '..'), kind, rest);
		console.log(`wrote ${file} (id: ${id})\nReplace each TODO, then run \`npm run check\` and \`npm run dev\` to see it.`);
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
}
