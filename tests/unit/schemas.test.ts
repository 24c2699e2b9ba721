import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../src/schemas/common';
import { DocumentSchema } from '../../src/schemas/document';
import { EventSchema } from '../../src/schemas/event';
import { OrganizationSchema } from '../../src/schemas/organization';
import { ReferenceSchema } from '../../src/schemas/reference';
import { SectionSchema } from '../../src/schemas/section';
import { SourceSchema } from '../../src/schemas/source';

// Stands in for Astro's reference(): same input (an id), same output shape, no content store.
const reference = ((collection: string) => z.string().transform((id) => ({ collection, id }))) as unknown as Reference;

/** The messages of a failed parse, each prefixed with the path of the field it concerns. */
function problems(schema: z.ZodType, data: unknown): string[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const goodEvent = {
	title: 'Beslan school siege',
	date: '2004-09-01',
	endDate: '2004-09-03',
	kind: 'attack',
	place: { name: 'Beslan', country: 'RU' },
	countries: ['RU'],
	summary: 'Militants seize a school.',
	sources: [{ section: 'saenko-2025/day-of-solidarity' }],
};

describe('EventSchema', () => {
	const schema = EventSchema(reference);

	it('accepts a complete event and reads the precision from the date', () => {
		const parsed = schema.parse(goodEvent);
		expect(parsed.date).toEqual({ year: 2004, month: 9, day: 1, precision: 'day' });
		expect(parsed.sources[0]?.section).toEqual({ collection: 'sections', id: 'saenko-2025/day-of-solidarity' });
		// A section names its source: the pointer gives it to every reader of the data.
		expect(parsed.sources[0]?.source).toEqual({ collection: 'sources', id: 'saenko-2025' });
	});

	it('takes a pointer to a section or to a whole source, but not both', () => {
		expect(problems(schema, { ...goodEvent, sources: [{ source: 'saenko-2025' }] })).toEqual([]);
		expect(
			problems(schema, { ...goodEvent, sources: [{ source: 'saenko-2025', section: 'saenko-2025/day-of-solidarity' }] }).join('\n'),
		).toMatch(/^sources\.0\.source: give either a section or a source/m);
		expect(problems(schema, { ...goodEvent, sources: [{ locator: 'p. 1' }] }).join('\n')).toMatch(/^sources\.0: give the section/m);
	});

	it('names a missing required field', () => {
		const { title: _, ...rest } = goodEvent;
		expect(problems(schema, rest).join('\n')).toMatch(/^title: /m);
	});

	it('names an unknown field, such as a typo', () => {
		expect(problems(schema, { ...goodEvent, orgnizations: ['sco'] }).join('\n')).toMatch(/orgnizations/);
	});

	it('rejects an impossible date, naming the field', () => {
		expect(problems(schema, { ...goodEvent, date: '2019-02-30', endDate: undefined })).toEqual([
			'date: "2019-02-30" does not exist: February 2019 has 28 days',
		]);
	});

	it('rejects an end before the start', () => {
		expect(problems(schema, { ...goodEvent, endDate: '2004-08-30' }).join('\n')).toMatch(/^endDate: endDate is earlier than date/m);
	});

	it('rejects a precision that contradicts the date', () => {
		expect(problems(schema, { ...goodEvent, precision: 'month' }).join('\n')).toMatch(
			/^precision: precision says "month" but the date is written to the day/m,
		);
	});

	it('rejects a country code that does not exist', () => {
		expect(problems(schema, { ...goodEvent, countries: ['XX'] }).join('\n')).toMatch(/^countries\.0: "XX" is not an ISO 3166-1/m);
	});

	it('rejects an unknown kind, listing the allowed ones', () => {
		expect(problems(schema, { ...goodEvent, kind: 'massacre' }).join('\n')).toMatch(/^kind: .*"attack"/m);
	});

	it('requires a source pointer', () => {
		expect(problems(schema, { ...goodEvent, sources: [] }).join('\n')).toMatch(/^sources: give at least one source pointer/m);
	});
});

describe('OrganizationSchema', () => {
	const schema = OrganizationSchema(reference);
	const good = {
		name: 'Commonwealth of Independent States',
		shortName: 'CIS',
		kind: 'intergovernmental-organization',
		summary: 'A regional organization of former Soviet republics.',
		memberships: [{ country: 'GE', status: 'former-member', to: 2009, source: { source: 'li-2025' } }],
		sources: [{ source: 'li-2025' }],
	};

	it('accepts memberships with partial dates', () => {
		expect(schema.parse(good).memberships[0]?.to).toEqual({ year: 2009, precision: 'year' });
	});

	it('names the membership field at fault', () => {
		const bad = { ...good, memberships: [{ ...good.memberships[0], status: 'ally' }] };
		expect(problems(schema, bad).join('\n')).toMatch(/^memberships\.0\.status: /m);
	});

	it('rejects a membership that ends before it starts', () => {
		const bad = { ...good, memberships: [{ ...good.memberships[0], from: 2010 }] };
		expect(problems(schema, bad).join('\n')).toMatch(/^memberships\.0\.to: to is earlier than from/m);
	});

	it('reads assessments: an aspect, a statement and a pointer with its locator, and optional notes and shared bodies', () => {
		const assessment = {
			aspect: 'membership-trend',
			statement: 'Li writes that it is losing members.',
			source: { section: 'li-2025/comparative-analysis', locator: 'Different potential' },
			notes: ['turkmenistan-cis-status'],
		};
		const parsed = schema.parse({ ...good, assessments: [assessment] });
		expect(parsed.assessments[0]).toEqual({
			...assessment,
			source: {
				source: { collection: 'sources', id: 'li-2025' },
				section: { collection: 'sections', id: 'li-2025/comparative-analysis' },
				locator: 'Different potential',
			},
			notes: [{ collection: 'notes', id: 'turkmenistan-cis-status' }],
			sharedWith: [],
		});
		expect(schema.parse(good).assessments).toEqual([]);
		expect(problems(schema, { ...good, assessments: [{ ...assessment, aspect: 'mood' }] }).join('\n')).toMatch(
			/^assessments\.0\.aspect: /m,
		);
		expect(problems(schema, { ...good, assessments: [{ ...assessment, source: { section: 'li-2025/review' } }] }).join('\n')).toMatch(
			/^assessments\.0\.source\.locator: the pointer has no locator/m,
		);
	});

	it('rejects a summary that is really a body, with the limit', () => {
		expect(problems(schema, { ...good, summary: 'x'.repeat(300) })).toEqual([]);
		expect(problems(schema, { ...good, summary: 'x'.repeat(501) }).join('\n')).toMatch(/^summary: summary is over 500 characters/m);
	});
});

describe('SectionSchema', () => {
	const schema = SectionSchema(reference);
	const good = { title: 'Introduction', summary: 'Why the two bodies are compared.' };

	it('accepts a section', () => {
		expect(schema.parse(good)).toEqual(good);
	});

	it('refuses what is derived elsewhere: its source, order and the entries it discusses', () => {
		for (const field of ['source', 'order', 'organizations', 'events']) {
			expect(problems(schema, { ...good, [field]: 'x' }).join('\n'), field).toMatch(/Unrecognized key/);
		}
	});
});

describe('SourceSchema', () => {
	const schema = SourceSchema(reference);
	const shared = {
		title: 'A title',
		authors: [{ name: 'Li Ziman', family: 'Li' }],
		published: '2025-02-16',
		language: 'en',
		abstract: 'An abstract long enough to say what the document argues about.',
		provenance: { seed: 'file.txt' },
	};

	it('takes the fields of its kind', () => {
		expect(schema.parse({ ...shared, kind: 'journal-article', journal: 'J', doi: '10.7256/2454-0668.2025.1.73349' }).kind).toBe(
			'journal-article',
		);
		expect(schema.parse({ ...shared, kind: 'news-commentary' }).kind).toBe('news-commentary');
	});

	it('rejects a journal article without a DOI, naming the field', () => {
		expect(problems(schema, { ...shared, kind: 'journal-article', journal: 'J' }).join('\n')).toMatch(/^doi: /m);
	});

	it('rejects a DOI written as a URL', () => {
		expect(problems(schema, { ...shared, kind: 'journal-article', journal: 'J', doi: 'https://doi.org/10.1/x' }).join('\n')).toMatch(
			/^doi: must be a bare DOI/m,
		);
	});

	it('rejects fields of another kind', () => {
		expect(problems(schema, { ...shared, kind: 'news-commentary', doi: '10.1234/x' }).join('\n')).toMatch(/doi/);
	});
});

describe('ReferenceSchema', () => {
	const schema = ReferenceSchema(reference);
	it('accepts a CSL-like entry and rejects a bad key', () => {
		const good = {
			id: 'ma-2006',
			type: 'chapter',
			author: [{ family: 'Ma', given: 'Zhenggang' }],
			issued: { 'date-parts': [[2006]] },
			title: 'T',
			listed: { source: 'li-2025', number: 3 },
		};
		expect(schema.parse(good).id).toBe('ma-2006');
		expect(problems(schema, { ...good, id: 'Ma 2006' }).join('\n')).toMatch(/^id: must be lower-case words/m);
		expect(problems(schema, { ...good, issued: { 'date-parts': [[2019, 2, 30]] } }).join('\n')).toMatch(/^issued: is not a date/m);
		expect(problems(schema, { ...good, issued: 2006 }).join('\n')).toMatch(/^issued:/m);
	});
});

describe('DocumentSchema', () => {
	const schema = DocumentSchema(reference);
	const good = {
		title: 'Program of cooperation for 2025–2027',
		kind: 'programme',
		parties: { organizations: ['sco', 'sco-rats'] },
		date: '2024-07',
		place: { name: 'Astana', country: 'KZ' },
		period: { from: 2025, to: 2027 },
		summary: 'Saenko writes that RATS works under it.',
		sources: [{ section: 'saenko-2025/sco-and-rats' }],
	};

	it('accepts a complete document, with defaults for what is left out', () => {
		const parsed = schema.parse(good);
		expect(parsed.date).toEqual({ year: 2024, month: 7, precision: 'month' });
		expect(parsed.parties.organizations).toEqual([
			{ collection: 'organizations', id: 'sco' },
			{ collection: 'organizations', id: 'sco-rats' },
		]);
		expect(parsed.parties.countries).toEqual([]);
		expect(parsed.aliases).toEqual([]);
	});

	it('leaves out what no source states: date, place, period and parties are optional', () => {
		const { date: _d, place: _p, period: _r, parties: _q, ...bare } = good;
		const parsed = schema.parse(bare);
		expect(parsed.date).toBeUndefined();
		expect(parsed.parties).toEqual({ organizations: [], countries: [] });
	});

	it('refuses a reversed period, an empty place, a bad country and an unknown kind', () => {
		expect(problems(schema, { ...good, period: { from: 2027, to: 2025 } }).join('\n')).toMatch(/^period\.to: .*swap them/m);
		expect(problems(schema, { ...good, place: {} }).join('\n')).toMatch(/^place: give the place a name or a country/m);
		expect(problems(schema, { ...good, parties: { countries: ['KAZ'] } }).join('\n')).toMatch(
			/^parties\.countries\.0: "KAZ" is not an ISO/m,
		);
		expect(problems(schema, { ...good, kind: 'treaty' }).join('\n')).toMatch(/^kind: /m);
	});

	it('checks a stated precision against the date', () => {
		expect(problems(schema, { ...good, precision: 'day' }).join('\n')).toMatch(/^precision: precision says "day"/m);
	});
});
