import { formatPartialDate, type PartialDate } from './partial-date';

interface CitableSource {
	kind: string;
	title: string;
	authors: { name: string; family?: string | undefined }[];
	published: PartialDate;
	journal?: string;
	volume?: string | undefined;
	issue?: string | undefined;
	doi?: string;
	outlet?: string | undefined;
	url?: string | undefined;
}

/** "Family, Given" for the first author, as author-date styles begin an entry. */
function leadName(author: { name: string; family?: string | undefined }): string {
	const family = author.family ?? author.name.split(' ').at(-1)!;
	const given = author.name.replace(family, '').trim();
	return given ? `${family}, ${given}` : family;
}

/** A reference in Chicago author-date form, plain text so that it can be copied as it is. */
export function citeSource(source: CitableSource, pageUrl?: string): string {
	const [first, ...rest] = source.authors;
	const names = [first ? leadName(first) : '', ...rest.map((a) => a.name)].filter(Boolean).join(', ');
	const head = `${names}. ${source.published.year}. “${source.title}.”`;
	if (source.kind === 'journal-article' && source.journal) {
		const numbering = [source.volume, source.issue && `(${source.issue})`].filter(Boolean).join(' ');
		const doi = source.doi ? ` https://doi.org/${source.doi}.` : '';
		return `${head} ${source.journal}${numbering ? ` ${numbering}` : ''}.${doi}`;
	}
	const where = [source.outlet, formatPartialDate(source.published)].filter(Boolean).join(', ');
	const link = source.url ?? pageUrl;
	return `${head} ${where}.${link ? ` ${link}.` : ''}`;
}
