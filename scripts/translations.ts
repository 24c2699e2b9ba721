/**
 * Where the translations stand: for each edition, how many entries are translated, out of date
 * or missing, and which are out of date, with the revision to record once each is brought up to
 * date. `npm run translations -- ru` lists one edition's missing entries too.
 */
import { readContent } from '../src/io/content-files';
import { bodyOf } from '../src/lib/checks/translations';
import { DEFAULT_LOCALE, EDITIONS, LOCALES } from '../src/lib/i18n/locales';
import { textRevision } from '../src/lib/i18n/revision';
import { countStates, translationStatus } from '../src/lib/i18n/status';
import { translationPath, translationTarget } from '../src/lib/model/collections';
import { TRANSLATABLE, type TranslatableCollection } from '../src/lib/model/collections';

const root = process.cwd();
const { entries } = readContent(root);
const english = entries
	.filter((e): e is typeof e & { collection: TranslatableCollection } => (TRANSLATABLE as readonly string[]).includes(e.collection))
	.map((e) => ({
		collection: e.collection,
		id: e.id,
		title: String(e.data['title'] ?? e.data['name'] ?? e.id),
		revision: textRevision(e.collection, e.data, bodyOf(e)),
	}));
const only = process.argv[2];
for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE && (!only || l === only))) {
	const recorded = new Map(
		entries
			.filter((e) => e.collection === 'translations')
			.flatMap((e) => {
				const target = translationTarget(e.id);
				return target?.lang === EDITIONS[locale].folder ? [[`${target.collection}:${target.id}`, String(e.data['revision'])] as const] : [];
			}),
	);
	const statuses = translationStatus(english, (collection, id) => recorded.get(`${collection}:${id}`));
	const counts = countStates(statuses);
	console.log(`${locale}: ${counts.translated} translated, ${counts.outdated} out of date, ${counts.missing} missing`);
	for (const s of statuses.filter((s) => s.state === 'outdated' || (only && s.state === 'missing')))
		console.log(
			`  ${s.state === 'outdated' ? 'out of date' : 'missing    '}  ${translationPath(s.collection, s.id)}  revision: ${s.revision}`,
		);
}
