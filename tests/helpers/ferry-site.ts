import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import { scratchFolder } from './scratch-folder.ts';
import type { citationCheck } from '../../packages/starlight-verbatim-citations/src/integration/check-integration.ts';

/**
 * A small site on disk that is not an explainer: one report, no attributions.yaml, no
 * sentences.yaml, and a page of documentation prose (an uncited paragraph, a typed month and a
 * room number). Checked without Astro under one preset and `rules` per test.
 */
export const REPORT = 'The harbour board said the ferry would run on Sundays.\n\nIt was unlikely to leave port.\n';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
export const PAGE = [
	'---',
	'title: Ferries',
	'---',
	"import { Cite } from 'starlight-verbatim-citations/components';",
	'',
	'The board said so<Cite source="001" quote="the ferry would run on Sundays" />.',
	'',
	'In June 2017 the ferry office moved to Room 1912, which seats 1912 people.',
	'',
].join('\n');

export function site(files: Record<string, string> = {}): string {
	const root = scratchFolder('ferry-site-');
	const all: Record<string, string> = {
		'docs-data/sources.yaml': '- id: "001"\n  file: a.txt\n  title: Ferries\n  summary: The ferry timetable.\n',
		'docs-data/sources/a.txt': REPORT,
		'docs-data/sources/SHA256SUMS': `${sha(REPORT)}  a.txt\n`,
		'src/content/docs/ferries.mdx': PAGE,
		...files,
	};
	for (const [file, content] of Object.entries(all)) {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), content);
	}
	return root;
}

/** What buildHooks drives: the hooks and the data plugin's buildApp handler of the check integration. */
type Integration = ReturnType<typeof citationCheck>;
type Hook = (options: unknown) => unknown;

/**
 * The integration's hooks as `astro build` runs them, on the site at `root`: the check starts in
 * astro:config:setup; astro:build:start takes over its verdict; astro:build:setup comes once Astro
 * has emptied `outDir` for the bundles; the data plugin's buildApp handler is what Astro awaits
 * before it renders any page (`rendered`). `bundle` runs between build:setup and that wait, as
 * Vite's builds of the bundles do.
 */
export function buildHooks(integration: Integration, root: string, logger: object, options: { outDir?: string; bundle?: () => void } = {}): { started: unknown; rendered: Promise<unknown> } {
	const hook = (name: string) => (integration.hooks as Record<string, Hook>)[name]!;
	const updateConfig = vi.fn();
	const outDir = options.outDir ?? join(root, 'dist');
	hook('astro:config:setup')({ config: { root: pathToFileURL(`${root}/`) }, command: 'build', logger, updateConfig, injectRoute: vi.fn(), addMiddleware: vi.fn() });
	hook('astro:config:done')({ config: { outDir: pathToFileURL(`${outDir}/`) } });
	const started = hook('astro:build:start')({ logger });
	hook('astro:build:setup')({});
	options.bundle?.();
	const plugins = (updateConfig.mock.calls[0]![0] as { vite: { plugins: { name: string; buildApp?: { order: string; handler: () => unknown } }[] } }).vite.plugins;
	const dataPlugin = plugins.find((plugin) => plugin.name === 'verbatim-citations:data')!;
	return { started, rendered: Promise.resolve(dataPlugin.buildApp!.handler()) };
}
