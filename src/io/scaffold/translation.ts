import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { readContent } from '../content-files';
import { bodyOf, REQUIRED } from '../../lib/checks/translations';
import { textRevision } from '../../lib/i18n/revision';
import { translationTarget } from '../../lib/model/collections';

const yamlString = (text: string) => JSON.stringify(text);

/**
 * A translation of an existing English entry (docs/translation.md): the English text's revision
 * filled in, and a TODO for every text field the entry has, so the check lists what is left.
 */
export function scaffoldTranslation(root: string, [lang = '', path = '']: string[]): { file: string; id: string } {
	const target = translationTarget(`${lang}/${path}`);
	const english = target && readContent(root).entries.find((e) => e.collection === target.collection && e.id === target.id);
	if (!target || !english || !['ru', 'zh'].includes(lang))
		throw new Error(
			'usage: npm run new -- translation <ru|zh> <collection>/<id>, naming an existing entry (for example: translation ru events/beslan-school-siege-2004)',
		);
	const extension = english.file.endsWith('.mdx') ? 'mdx' : 'md';
	const file = `content/translations/${lang}/${path}.${extension}`;
	if (existsSync(join(root, file)))
		throw new Error(`${file} exists already: bring it up to date instead (npm run translations -- ${lang})`);
	const data = english.data;
	const fields = [...REQUIRED[target.collection]];
	if (target.collection === 'organizations' && data['shortName'] !== undefined) fields.push('shortName');
	const lines = fields.map((f) => `${f}: ${yamlString(`TODO: translate ${english.file}'s ${f}`)}`);
	if ((data['place'] as { name?: string } | undefined)?.name) lines.push(`place: "TODO: the place's name"`);
	if ((data['headquarters'] as { city?: string } | undefined)?.city) lines.push(`headquarters: "TODO: the city's name"`);
	const statements = (data['assessments'] as unknown[] | undefined)?.length ?? 0;
	if (statements)
		lines.push(
			`assessments:\n${Array.from({ length: statements }, (_, i) => `  - "TODO: statement ${i + 1}, in the English order"`).join('\n')}`,
		);
	mkdirSync(dirname(join(root, file)), { recursive: true });
	// The English headings, in order and at their levels: a translation keeps them, since each
	// takes the anchor of the English heading in its place (src/markdown/heading-ids.ts).
	const headings: string[] = [];
	if (english.body)
		visit(english.body.tree, 'heading', (h) => {
			headings.push(`\n${'#'.repeat(h.depth)} TODO: translate “${toString(h)}”\n\nTODO: its text.\n`);
		});
	const body = bodyOf(english).trim()
		? `\nTODO: the text of ${english.file}, translated; links and citation keys as written.\n${headings.join('')}`
		: '';
	writeFileSync(
		join(root, file),
		`---
# The ${lang === 'ru' ? 'Russian' : 'Chinese'} translation of ${english.file}: text only; every fact stays in the English file (docs/translation.md).
# The English text's revision it translates; \`npm run translations\` prints it again when the English changes.
revision: "${textRevision(target.collection, data, bodyOf(english))}"
${lines.join('\n')}
---
${body}`,
	);
	return { file, id: `${lang}/${path}` };
}
