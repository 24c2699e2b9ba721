// The member map of each organization with stated memberships, as an image of its own so that the
// profile keeps its weight (src/lib/visuals/member-map.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { site } from '../../../data/site';
import { worldCountries } from '../../../io/world-atlas';
import { countryName, numericCode } from '../../../lib/model/countries';
import { DEFAULT_LOCALE, translator } from '../../../lib/i18n';
import { memberMapSvg, strongestStanding, STATUS_STYLE, type Status } from '../../../lib/visuals/member-map';
import { membershipStatuses } from '../../../schemas/organization';

export const getStaticPaths = (async () =>
	(await site()).organizations
		.filter((o) => o.data.memberships.length > 0)
		.map((o) => ({ params: { id: o.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const org = (await site()).organizationById.get(params.id!)!;
	const standing = strongestStanding(org.data.memberships);
	const t = translator(DEFAULT_LOCALE);
	const svg = memberMapSvg({
		title: t('map.title', { name: org.data.name }),
		states: [...standing].flatMap(([code, status]) => {
			const numeric = numericCode(code);
			return numeric ? [{ code, numeric, name: countryName(code, t.lang), status }] : [];
		}),
		labels: Object.fromEntries(membershipStatuses.map((s) => [s, t.enumLabel('status', s)])) as Record<Status, string>,
		world110: worldCountries('110m'),
		world50: worldCountries('50m'),
	});
	return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};

// The map's statuses are the schema's: a new status needs a style before it can be drawn.
const unstyled = membershipStatuses.filter((s) => !(s in STATUS_STYLE));
if (unstyled.length > 0) throw new Error(`member map: no style for the statuses ${unstyled.join(', ')} (src/lib/visuals/member-map.ts)`);
