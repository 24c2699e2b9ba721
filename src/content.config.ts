import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { COLLECTIONS, type CollectionName } from './lib/model/collections';
import { DocumentSchema } from './schemas/document';
import { EventSchema } from './schemas/event';
import { NoteSchema } from './schemas/note';
import { OrganizationSchema } from './schemas/organization';
import { ReferenceSchema } from './schemas/reference';
import { SectionSchema } from './schemas/section';
import { SourceSchema } from './schemas/source';
import { TranslationSchema } from './schemas/translation';
import { GlossarySchema } from './schemas/glossary';

// Content lives outside src/ so that maintainers editing by pull request find it at the top level;
// where each collection's files are is said once, in src/lib/model/collections.ts.
const loader = (name: CollectionName) => {
	const { base, pattern, list } = COLLECTIONS[name];
	return list ? file(`./${base}/${pattern}`) : glob({ pattern, base: `./${base}` });
};

export const collections = {
	sources: defineCollection({ loader: loader('sources'), schema: SourceSchema(reference) }),
	sections: defineCollection({ loader: loader('sections'), schema: SectionSchema(reference) }),
	organizations: defineCollection({ loader: loader('organizations'), schema: OrganizationSchema(reference) }),
	events: defineCollection({ loader: loader('events'), schema: EventSchema(reference) }),
	documents: defineCollection({ loader: loader('documents'), schema: DocumentSchema(reference) }),
	notes: defineCollection({ loader: loader('notes'), schema: NoteSchema(reference) }),
	references: defineCollection({ loader: loader('references'), schema: ReferenceSchema(reference) }),
	glossary: defineCollection({ loader: loader('glossary'), schema: GlossarySchema }),
	translations: defineCollection({ loader: loader('translations'), schema: TranslationSchema(reference) }),
};
