import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';
import { scratchFolder, writeFiles } from './scratch-folder.ts';
import { sha256 } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import type { citationCheck } from '../../packages/starlight-verbatim-citations/src/integration/check-integration.ts';

/**
 * A small site on disk that is not an explainer: one report, no attributions.yaml, no
 * sentences.yaml, and a page of documentation prose (an uncited paragraph, a typed month and a
 * room number), for the rule-severity and build-verdict tests: checked without Astro, or driven
 * through the check integration's hooks (startBuild).
 */
export const REPORT = 'The harbour board said the ferry would run on Sundays.\n\nIt was unlikely to leave port.\n';
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
	writeFiles(root, {
		'docs-data/sources.yaml': '- id: "001"\n  file: a.txt\n  title: Ferries\n  summary: The ferry timetable.\n',
		'docs-data/sources/a.txt': REPORT,
		'docs-data/sources/SHA256SUMS': `${sha256(Buffer.from(REPORT))}  a.txt\n`,
		'src/content/docs/ferries.mdx': PAGE,
		...files,
	});
	return root;
}

type Integration = ReturnType<typeof citationCheck>;
type Hook = (options: unknown) => unknown;

/**
 * The integration's hooks as `astro build` runs them, on the site at `root`, up to where Astro
 * bundles: the check starts in astro:config:setup and astro:build:start takes over its verdict
 * (`started`: what that hook returned). `render` goes on: astro:build:setup, once Astro has emptied
 * `outDir` for the bundles; `bundle`, standing for what Vite writes there; then the data plugin's
 * buildApp handler, which Astro awaits before it renders any page.
 */
export function startBuild(integration: Integration, root: string, logger: object, outDir = join(root, 'dist')): { started: unknown; render: (bundle?: () => void) => Promise<unknown> } {
	const hook = (name: string) => (integration.hooks as Record<string, Hook>)[name]!;
	const updateConfig = vi.fn();
	hook('astro:config:setup')({ config: { root: pathToFileURL(`${root}/`) }, command: 'build', logger, updateConfig, injectRoute: vi.fn(), addMiddleware: vi.fn() });
	hook('astro:config:done')({ config: { outDir: pathToFileURL(`${outDir}/`) } });
	const started = hook('astro:build:start')({ logger });
	const render = (bundle?: () => void) => {
		hook('astro:build:setup')({});
		bundle?.();
		const plugins = (updateConfig.mock.calls[0]![0] as { vite: { plugins: { name: string; buildApp?: { handler: () => unknown } }[] } }).vite.plugins;
		return Promise.resolve(plugins.find((plugin) => plugin.name === 'verbatim-citations:data')!.buildApp!.handler());
	};
	return { started, render };
}
