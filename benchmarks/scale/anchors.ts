/**
 * The two sites the scale benchmark compares ours with, given the same pages: Starlight (pinned,
 * installed by the benchmark into a cache under the system's temporary folder, never a
 * dependency of this site) with a two-link sidebar, and plain Astro, the same version as ours,
 * rendering one content collection through one layout with its default Markdown processor. Each
 * entry of the generated copy (sections, organizations, events, notes) becomes one Markdown page
 * with its title, its summary as description, and its body, components removed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { linkModules } from './project';

export const STARLIGHT_VERSION = '0.42.4';
/** Starlight, and plain Astro with its default (native) Markdown processor, as the site now uses. */
export type Anchor = 'starlight' | 'astro';

/** The version of Astro this project resolves, so the anchors build with the same one. */
export function astroVersion(root: string): string {
	const require = createRequire(join(root, 'package.json'));
	return (JSON.parse(readFileSync(require.resolve('astro/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Starlight and its Astro, installed with npm once per version pair into a folder under the
 * system's temporary folder that is reused across runs; the anchor project is built in that
 * folder, since Vite bundles Starlight only when its node_modules are the project's own (through
 * a symlink it would leave Starlight to Node, which cannot load astro: modules).
 */
function starlightFolder(astro: string): string {
	const dir = join(tmpdir(), 'ct-reference-bench', `starlight-${STARLIGHT_VERSION}-astro-${astro}`);
	// What the last run made, and the caches through which this build would reuse its work.
	for (const made of ['src', 'dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
		rmSync(join(dir, made), { recursive: true, force: true });
	if (existsSync(join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json'))) return dir;
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		join(dir, 'package.json'),
		JSON.stringify(
			{ name: 'starlight-anchor', private: true, type: 'module', dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astro } },
			null,
			2,
		),
	);
	console.error(`installing @astrojs/starlight@${STARLIGHT_VERSION} with astro@${astro} into ${dir}`);
	execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
	return dir;
}

interface AnchorPage {
	/** Path below the docs folder, without extension (`events/bench-event-00001`). */
	slug: string;
	title: string;
	description: string;
	body: string;
}

function files(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
}

/**
 * Every page-bearing entry of a project as a plain Markdown page, and each translation as the
 * page of its locale (`ru/events/…`), as Starlight lays out a translated site.
 */
export function anchorPages(root: string): AnchorPage[] {
	const content = join(root, 'content');
	const pages = files(content)
		.filter((f) => /\.mdx?$/.test(f))
		.map((file) => {
			const text = readFileSync(file, 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
			const data = parse(match[1]!) as { title?: string; name?: string; summary?: string };
			return {
				slug: relative(content, file)
					.replace(/\.mdx?$/, '')
					.replace(/^translations\//, '')
					.replace(/^((?:ru|zh)\/)?sources\//, '$1sections/'),
				title: data.title ?? data.name ?? 'Untitled',
				description: data.summary ?? '',
				// The only component content uses, <EditorNote>, is dropped and its text kept.
				body: match[2]!.replace(/<\/?EditorNote>/g, ''),
			};
		});
	// A translation of an entry with no page of its own here (a source's record, from seeds/) has none either.
	const english = new Set(pages.map((p) => p.slug));
	return pages.filter((p) => !/^(ru|zh)\//.test(p.slug) || english.has(p.slug.slice(3)));
}

/** Starlight's locales for the languages the pages are in: English at the root, as this site has it. */
function starlightLocales(pages: AnchorPage[]): string {
	const langs = ['ru', 'zh'].filter((l) => pages.some((p) => p.slug.startsWith(`${l}/`)));
	if (langs.length === 0) return '';
	const labels: Record<string, string> = { ru: "ru: { label: 'Русский', lang: 'ru' }", zh: "zh: { label: '简体中文', lang: 'zh-CN' }" };
	return `defaultLocale: 'root', locales: { root: { label: 'English', lang: 'en' }, ${langs.map((l) => labels[l]).join(', ')} }, `;
}

const frontmatter = (p: AnchorPage) => `---\ntitle: ${JSON.stringify(p.title)}\ndescription: ${JSON.stringify(p.description)}\n---\n\n`;

function writePages(docs: string, pages: AnchorPage[]) {
	for (const p of pages) {
		mkdirSync(dirname(join(docs, `${p.slug}.md`)), { recursive: true });
		writeFileSync(join(docs, `${p.slug}.md`), frontmatter(p) + p.body);
	}
}

const PACKAGE = JSON.stringify({ name: 'anchor', private: true, type: 'module', scripts: { build: 'astro build' } });

/** A ready-to-build anchor project with the project's pages; returns its folder (Starlight's is reused: remove only its dist/). */
export function anchorProject(kind: Anchor, root: string): string {
	const pages = anchorPages(root);
	if (kind === 'starlight') {
		const dir = starlightFolder(astroVersion(root));
		writeFileSync(
			join(dir, 'astro.config.mjs'),
			`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
	integrations: [starlight({ title: 'Scale anchor', ${starlightLocales(pages)}sidebar: [{ label: 'Home', link: '/' }, { label: 'Events', link: '/events/bench-event-00001/' }] })],
});
`,
		);
		mkdirSync(join(dir, 'src'), { recursive: true });
		writeFileSync(
			join(dir, 'src', 'content.config.ts'),
			`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
		);
		writePages(join(dir, 'src', 'content', 'docs'), [
			{ slug: 'index', title: 'Scale anchor', description: 'Generated pages.', body: 'Generated pages.\n' },
			...pages,
		]);
		return dir;
	}
	// Plain Astro: this project's own Astro, linked, with nothing added.
	const dir = mkdtempSync(join(tmpdir(), `scale-${kind}-`));
	writeFileSync(join(dir, 'package.json'), PACKAGE);
	linkModules(root, dir);
	writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n`);
	mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
	mkdirSync(join(dir, 'src', 'layouts'), { recursive: true });
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
	docs: defineCollection({ loader: glob({ base: './src/content/docs', pattern: '**/*.md' }), schema: z.object({ title: z.string(), description: z.string() }) }),
};
`,
	);
	writeFileSync(
		join(dir, 'src', 'layouts', 'Page.astro'),
		`---
const { title, description } = Astro.props;
---
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{title}</title><meta name="description" content={description}></head>
<body><header><a href="/">Home</a></header><main><h1>{title}</h1><slot /></main></body></html>
`,
	);
	writeFileSync(
		join(dir, 'src', 'pages', '[...slug].astro'),
		`---
import { getCollection, render } from 'astro:content';
import Page from '../layouts/Page.astro';
export async function getStaticPaths() {
	return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Page title={entry.data.title} description={entry.data.description}><Content /></Page>
`,
	);
	writeFileSync(
		join(dir, 'src', 'pages', 'index.astro'),
		`---\nimport Page from '../layouts/Page.astro';\n---\n<Page title="Scale anchor" description="Generated pages."><p>Generated pages.</p></Page>\n`,
	);
	writePages(join(dir, 'src', 'content', 'docs'), pages);
	return dir;
}
