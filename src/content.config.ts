import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { EventSchema } from './schemas/event';
import { OrganizationSchema } from './schemas/organization';
import { ReferenceSchema } from './schemas/reference';
import { SectionSchema } from './schemas/section';
import { SourceSchema } from './schemas/source';

// Content lives outside src/ so that maintainers editing by pull request find it at the top level.
export const collections = {
	sources: defineCollection({
		loader: glob({ pattern: '*.yml', base: './seeds' }),
		schema: SourceSchema(reference),
	}),
	sections: defineCollection({
		loader: glob({ pattern: '*/*.{md,mdx}', base: './content/sources' }),
		schema: SectionSchema(reference),
	}),
	organizations: defineCollection({
		loader: glob({ pattern: '*.{md,mdx}', base: './content/organizations' }),
		schema: OrganizationSchema(reference),
	}),
	events: defineCollection({
		loader: glob({ pattern: '*.{md,mdx}', base: './content/events' }),
		schema: EventSchema(reference),
	}),
	references: defineCollection({
		loader: file('./content/references.yml'),
		schema: ReferenceSchema(reference),
	}),
};
