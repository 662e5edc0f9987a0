import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { projectRoot } from '../helpers/project.ts';
import { RULES } from '../../packages/starlight-verbatim-citations/src/rules/registry.ts';

/**
 * Adoption as a new user would do it: a fresh Starlight site in the system's temporary folder (so
 * nothing of this repository is found by walking up), with its own package.json and its own
 * invented source, installs the packed package and its peers from npm, adds one `plugins:` line,
 * runs `init` and `add-source`, writes one cited page and builds. No file of this repository is
 * copied into it. Timings are printed for the README.
 */
const PACKAGE = join(projectRoot, 'packages/starlight-verbatim-citations');
const rootManifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

const SOURCE = 'Minutes of the harbour board, 4 March.\n\nThe board voted to close the old ferry pier after an engineer found the piles unsafe.\n\nMembers of the public may inspect the report in Room 12.\n';
const QUOTE = 'voted to close the old ferry pier';

function configWith(pluginCall: string): string {
	return `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import verbatimCitations from 'starlight-verbatim-citations';

export default defineConfig({
	integrations: [starlight({ title: 'Harbour notes', plugins: [${pluginCall}] })],
});
`;
}

const PAGE = `---
title: The pier
description: Why the ferry pier closed.
---
import { Cite } from 'starlight-verbatim-citations/components';

The harbour board voted to close the pier<Cite source="harbour" quote="${QUOTE}" />.
`;

describe('a fresh Starlight site adopts the packed package', () => {
	let work: string;
	let site: string;
	const timings: Record<string, number> = {};
	// This Node (24, the project's) first on PATH: Astro 7 needs Node 22.12 or later.
	const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
	for (const name of Object.keys(env)) if (/^(VITEST|NODE_ENV$|MODE$|BASE_URL$|DEV$|PROD$|SSR$|TEST$)/.test(name)) delete env[name as keyof typeof env];
	const run = (label: string, command: string, ...args: string[]) => {
		const started = performance.now();
		const result = spawnSync(command, args, { cwd: site, env, encoding: 'utf8', timeout: 240_000 });
		timings[label] = (performance.now() - started) / 1000;
		return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
	};
	const build = (label: string) => run(label, 'npx', 'astro', 'build');
	/** Every file under the site's dist/, with its size and time of change: what a build left. */
	const builtFiles = () => {
		const dist = join(site, 'dist');
		if (!existsSync(dist)) return [];
		return readdirSync(dist, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => {
				const path = join(entry.parentPath, entry.name);
				const { size, mtimeMs } = statSync(path);
				return `${path.slice(dist.length + 1)} ${size} ${mtimeMs}`;
			})
			.sort();
	};

	beforeAll(() => {
		work = mkdtempSync(join(tmpdir(), 'verbatim-adoption-'));
		site = join(work, 'site');
		mkdirSync(join(site, 'src/content/docs'), { recursive: true });
		const pack = spawnSync('npm', ['pack', '--pack-destination', work], { cwd: PACKAGE, env, encoding: 'utf8' });
		expect(pack.status, pack.stderr).toBe(0);
		const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz'))!);
		writeFileSync(join(site, 'package.json'), `${JSON.stringify({ name: 'harbour-notes', private: true, type: 'module' }, null, 2)}\n`);
		// The content config every Starlight site has (Starlight's own getting-started file).
		writeFileSync(
			join(site, 'src/content.config.ts'),
			"import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
		);
		const install = run(
			'npm install',
			'npm',
			'install',
			'--no-audit',
			'--no-fund',
			'--prefer-offline',
			tarball,
			`astro@${rootManifest.dependencies.astro}`,
			`@astrojs/starlight@${rootManifest.dependencies['@astrojs/starlight']}`,
		);
		expect(install.status, install.output).toBe(0);
	}, 400_000);

	afterAll(() => {
		console.log(`adoption timings (s): ${Object.entries(timings).map(([label, s]) => `${label} ${s.toFixed(1)}`).join(', ')}`);
		rmSync(work, { recursive: true, force: true });
	});

	// init, add-source and a whole Astro build of a fresh site, spawned: minutes on a loaded machine.
	it('builds a cited page after one plugins line, init and add-source, with the citation on highlighted words', { timeout: 600_000 }, () => {
		writeFileSync(join(site, 'astro.config.mjs'), configWith('verbatimCitations()'));
		const init = run('init', 'npx', 'verbatim-citations', 'init');
		expect(init.status, init.output).toBe(0);
		writeFileSync(join(site, 'minutes.txt'), SOURCE);
		const add = run('add-source', 'npx', 'verbatim-citations', 'add-source', 'minutes.txt', '--id', 'harbour');
		expect(add.status, add.output).toBe(0);
		const metadata = join(site, 'docs-data/sources.yaml');
		const stub = readFileSync(metadata, 'utf8');
		expect(stub).toMatch(/TODO/);
		writeFileSync(metadata, stub.replace(/title: .*TODO.*/, 'title: Harbour board minutes').replace(/summary: .*TODO.*/, 'summary: The vote on the ferry pier.'));
		writeFileSync(join(site, 'src/content/docs/index.mdx'), PAGE);

		const built = build('astro build');
		expect(built.status, built.output).toBe(0);
		const page = fromHtml(readFileSync(join(site, 'dist/index.html'), 'utf8'));
		const link = select('.cite-preview a[href*="/sources/harbour/#"]', page);
		expect(link, 'the preview links to the highlighted words').toBeDefined();
		const fragment = String(link!.properties.href).split('#')[1]!;
		const report = fromHtml(readFileSync(join(site, 'dist/sources/harbour/index.html'), 'utf8'));
		const target = select(`mark[id="${fragment}"]`, report);
		expect(target && toString(target)).toBe(QUOTE);
		expect(readFileSync(join(site, 'dist/sources/raw', readdirSync(join(site, 'dist/sources/raw'))[0]!), 'utf8')).toBe(SOURCE);
	});

	it('refuses a misspelt quote with the file, the line and the closest passage', () => {
		writeFileSync(join(site, 'src/content/docs/index.mdx'), PAGE.replace(QUOTE, 'voted to close the old ferry peer'));
		const previous = builtFiles();
		const refused = build('refused build');
		expect(refused.status).not.toBe(0);
		expect(refused.output).toMatch(/src\/content\/docs\/index\.mdx:7:\d+ {2}\[quote-not-found\]/);
		expect(refused.output).toContain(QUOTE);
		expect(refused.output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
		// "Nothing was built": the last good build is left as it was (the verdict came before Astro
		// emptied dist/ for the bundles) or nothing is (it came after): never a half-built site.
		const left = builtFiles();
		expect(left.length === 0 || JSON.stringify(left) === JSON.stringify(previous), `a refused build left a half-built dist/: ${left.slice(0, 5).join(', ')}`).toBe(true);
	});

	it('builds ordinary documentation prose with years and numbers, every editorial rule switched off one by one', () => {
		const editorial = RULES.filter((rule) => rule.explainer === 'error' && rule.severity === 'off' && rule.phase !== 'coverage').map((rule) => rule.id);
		expect(editorial.length).toBeGreaterThan(3);
		writeFileSync(
			join(site, 'src/content/docs/index.mdx'),
			'---\ntitle: Visiting\n---\n\nThe office moved to Room 1912 in 2019. Since June 2021 it opens at 9 on 5 days a week.\n\nBring 2 forms of identity; the 1998 archive is on floor 3.\n',
		);
		// With the explainer's rules on, this prose is refused (uncited, typed years), Room 1912 aside.
		writeFileSync(join(site, 'astro.config.mjs'), configWith(`verbatimCitations({ preset: 'explainer' })`));
		const refused = build('astro build, explainer rules on');
		expect(refused.status).not.toBe(0);
		expect(refused.output).toContain('[date-typed]');
		expect(refused.output).toContain('[paragraph-uncited]');
		expect(refused.output).toMatch(/The date «[^»]*2019» is typed/);
		expect(refused.output).not.toMatch(/The date «[^»]*1912» is typed/);
		const rules = Object.fromEntries(editorial.map((id) => [id, 'off']));
		writeFileSync(join(site, 'astro.config.mjs'), configWith(`verbatimCitations({ preset: 'explainer', rules: ${JSON.stringify(rules)} })`));
		const built = build('astro build, rules off');
		expect(built.status, built.output).toBe(0);
		expect(readFileSync(join(site, 'dist/index.html'), 'utf8')).toContain('Room 1912');
	});
});
