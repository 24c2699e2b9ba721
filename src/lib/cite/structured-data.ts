/**
 * schema.org descriptions of pages (JSON-LD), so search engines and link previews understand
 * what each page is: a scholarly article or commentary, an organization, an event, and where the
 * page sits in the site. Pure functions of plain data; URLs come in already absolute.
 */
import { toIsoString, type PartialDate } from '../model/partial-date';

export type JsonLd = Record<string, unknown>;

export function breadcrumbList(items: { name: string; url?: string | undefined }[]): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'BreadcrumbList',
		itemListElement: items.map((item, i) => ({
			'@type': 'ListItem',
			position: i + 1,
			name: item.name,
			...(item.url ? { item: item.url } : {}),
		})),
	};
}

/** The home page: the site itself, who publishes it, its language and how to search it. */
export function website(site: { name: string; description: string; url: string; searchUrl: string; language: string }): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: site.name,
		description: site.description,
		url: site.url,
		inLanguage: site.language,
		publisher: { '@type': 'Organization', name: site.name, url: site.url },
		potentialAction: {
			'@type': 'SearchAction',
			target: { '@type': 'EntryPoint', urlTemplate: `${site.searchUrl}?q={search_term_string}` },
			'query-input': 'required name=search_term_string',
		},
	};
}

export function sourceDocument(source: {
	kind: string;
	title: string;
	authors: { name: string; affiliation?: string | undefined }[];
	published: PartialDate;
	journal?: string;
	doi?: string;
	keywords: string[];
	abstract: string;
	language: string;
	url: string;
}): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': source.kind === 'journal-article' ? 'ScholarlyArticle' : 'OpinionNewsArticle',
		headline: source.title,
		name: source.title,
		author: source.authors.map((a) => ({
			'@type': 'Person',
			name: a.name,
			...(a.affiliation ? { affiliation: a.affiliation } : {}),
		})),
		datePublished: toIsoString(source.published),
		inLanguage: source.language,
		...(source.keywords.length > 0 ? { keywords: source.keywords.join(', ') } : {}),
		...(source.journal ? { isPartOf: { '@type': 'Periodical', name: source.journal } } : {}),
		...(source.doi ? { sameAs: `https://doi.org/${source.doi}`, identifier: `doi:${source.doi}` } : {}),
		description: source.abstract,
		mainEntityOfPage: source.url,
	};
}

export function organization(org: {
	name: string;
	shortName?: string | undefined;
	aliases: string[];
	summary: string;
	url: string;
	parentUrl?: string | undefined;
	founded?: PartialDate | undefined;
	city?: string | undefined;
}): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'Organization',
		name: org.name,
		...(org.shortName || org.aliases.length > 0 ? { alternateName: [org.shortName, ...org.aliases].filter(Boolean) } : {}),
		description: org.summary,
		url: org.url,
		...(org.parentUrl ? { parentOrganization: { '@type': 'Organization', url: org.parentUrl } } : {}),
		...(org.founded ? { foundingDate: toIsoString(org.founded) } : {}),
		...(org.city ? { location: { '@type': 'Place', name: org.city } } : {}),
	};
}

export function event(e: {
	title: string;
	date: PartialDate;
	endDate?: PartialDate | undefined;
	summary: string;
	place?: string | undefined;
	url: string;
	organizers: { name: string; url: string }[];
}): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'Event',
		name: e.title,
		startDate: toIsoString(e.date),
		...(e.endDate ? { endDate: toIsoString(e.endDate) } : {}),
		description: e.summary,
		eventStatus: 'https://schema.org/EventScheduled',
		...(e.place ? { location: { '@type': 'Place', name: e.place } } : {}),
		...(e.organizers.length > 0 ? { organizer: e.organizers.map((o) => ({ '@type': 'Organization', name: o.name, url: o.url })) } : {}),
		url: e.url,
	};
}

/** A document a source names: laws, decrees and treaties as schema.org Legislation, the rest as creative works. */
export function documentEntry(d: {
	title: string;
	kind: string;
	date?: PartialDate | undefined;
	summary: string;
	url: string;
	parties: { name: string; url: string }[];
}): JsonLd {
	const legislation = ['law', 'decree', 'convention', 'charter', 'resolution'].includes(d.kind);
	return {
		'@context': 'https://schema.org',
		'@type': legislation ? 'Legislation' : 'CreativeWork',
		name: d.title,
		description: d.summary,
		...(d.date ? { [legislation ? 'legislationDate' : 'dateCreated']: toIsoString(d.date) } : {}),
		...(d.parties.length > 0 ? { contributor: d.parties.map((p) => ({ '@type': 'Organization', name: p.name, url: p.url })) } : {}),
		url: d.url,
	};
}

export function sectionArticle(s: { title: string; summary: string; url: string; sourceUrl: string; sourceTitle: string }): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'Article',
		headline: s.title,
		description: s.summary,
		url: s.url,
		isBasedOn: { '@type': 'CreativeWork', name: s.sourceTitle, url: s.sourceUrl },
	};
}

/** JSON for a <script type="application/ld+json"> block; `<` is escaped so text cannot end the block. */
export function serialize(data: JsonLd): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Types whose schema.org definition has `inLanguage`, which a page's own items get from the page. */
const HAS_LANGUAGE = new Set(['WebSite', 'Article', 'ScholarlyArticle', 'OpinionNewsArticle', 'CreativeWork', 'Legislation', 'Event']);

/** The item in the page's language, unless it states its own (a source document keeps the language it is written in). */
export function withLanguage(data: JsonLd, language: string): JsonLd {
	return HAS_LANGUAGE.has(String(data['@type'])) && !('inLanguage' in data) ? { ...data, inLanguage: language } : data;
}
