// The data downloads: every dataset as JSON and CSV with its JSON Schema, and the bibliography as
// CSL-JSON, BibTeX and RIS (src/lib/publish/datasets.ts, src/lib/cite/cite-format.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../data/site';
import { toBibtex, toRis } from '../../lib/cite/cite-format';
import { DATA_FILES, datasets, jsonSchema, toCsv, toJson } from '../../lib/publish/datasets';
import { absoluteUrl } from '../../lib/routing/urls';
import { SETTINGS } from '../../lib/model/settings';

const TYPES: Record<string, string> = {
	json: 'application/json',
	csv: 'text/csv',
	bib: 'application/x-bibtex',
	ris: 'application/x-research-info-systems',
};

export const getStaticPaths = (() => DATA_FILES.map(({ file }) => ({ params: { file } }))) satisfies GetStaticPaths;

let built: Promise<ReturnType<typeof datasets>> | undefined;
async function build() {
	const s = await site();
	return datasets({
		// Memberships as pages show them: dated from the events that began or ended them.
		organizations: s.organizations.map((o) => ({ ...o, data: { ...o.data, memberships: s.membershipsOf.get(o.id)! } })),
		events: s.events,
		documents: s.documents,
		sections: s.sections,
		notes: s.notes,
		citing: s.citing,
		bibliography: s.cslItems,
		url: (route) => absoluteUrl(SETTINGS.site, route),
	});
}

export const GET: APIRoute = async ({ params }) => {
	const spec = DATA_FILES.find((f) => f.file === params.file)!;
	built ??= build();
	const rows = (await built)[spec.dataset];
	const { cslItems } = await site();
	const body = {
		json: () => toJson(rows),
		csv: () => toCsv(spec.dataset, rows),
		schema: () => `${JSON.stringify(jsonSchema(spec.dataset), null, '\t')}\n`,
		bib: () => toBibtex(cslItems),
		ris: () => toRis(cslItems),
	}[spec.format]();
	return new Response(body, { headers: { 'Content-Type': `${TYPES[spec.file.split('.').at(-1)!]}; charset=utf-8` } });
};
