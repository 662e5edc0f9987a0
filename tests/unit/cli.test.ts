import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMAND_NAMES, loadCommands, main } from '../../packages/starlight-verbatim-citations/src/cli/main.ts';
import { addSource } from '../../packages/starlight-verbatim-citations/src/cli/add-source.ts';
import { splitOutDir } from '../../packages/starlight-verbatim-citations/src/cli/build.ts';
import { planInit, starterFiles } from '../../packages/starlight-verbatim-citations/src/cli/init.ts';
import { CONFIG_STAND_INS, loadSiteConfig, normaliseBase, standInResolver } from '../../packages/starlight-verbatim-citations/src/cli/site-config.ts';
import { checkSite } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { loadCorpus, corpusLayout } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { DEFAULT_OPTIONS } from '../../packages/starlight-verbatim-citations/src/schemas/options.ts';

/** A command run in `cwd`, with what it printed. */
async function run(cwd: string, ...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const status = await main(argv, cwd, { out: (t) => out.push(t), err: (t) => err.push(t) });
	return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

const STACK = /\n\s+at /;

describe('verbatim-citations: the command line', () => {
	let folder: string | undefined;
	afterEach(() => {
		if (folder) rmSync(folder, { recursive: true, force: true });
		folder = undefined;
	});
	const site = () => (folder = mkdtempSync(join(tmpdir(), 'vc-cli-')));

	it('lists every command in --help, and each command has its own help with an example', async () => {
		const help = await run(site(), '--help');
		expect(help.status).toBe(0);
		for (const name of ['init', 'add-source', 'quote', 'frames', 'check', 'coverage', 'build', 'links', 'verify']) expect(help.stdout).toContain(`  ${name} `);
		const commands = await loadCommands();
		expect(commands.map((c) => c.name), 'each name loads its own command').toEqual(COMMAND_NAMES);
		for (const command of commands) {
			const own = await run(folder!, command.name, '--help');
			expect(own.status, command.name).toBe(0);
			expect(own.stdout, command.name).toMatch(new RegExp(`^Usage: npx verbatim-citations ${command.name}`));
			expect(own.stdout, command.name).toMatch(/Example:\n {2}npx verbatim-citations /);
		}
		expect((await run(folder!, 'help', 'frames')).stdout).toMatch(/^Usage: npx verbatim-citations frames/);
		// build forwards its arguments to Astro: only a leading --help is its own.
		expect((await run(folder!, 'build', '--help')).stdout).toMatch(/^Usage: npx verbatim-citations build/);
		expect(await run(folder!)).toMatchObject({ status: 2, stdout: expect.stringContaining('Commands:') });
	});

	it('refuses an unknown command or option, and a missing argument, for people: no stack trace, exit 2', async () => {
		const cwd = site();
		const unknown = await run(cwd, 'qoute', 'words');
		expect(unknown).toMatchObject({ status: 2, stderr: expect.stringContaining('Unknown command "qoute". The commands are: init, add-source, quote') });
		const option = await run(cwd, 'add-source', 'a.txt', '--ids', 'x');
		expect(option.status).toBe(2);
		expect(option.stderr).toMatch(/Unknown option '--ids'[\s\S]*Usage: npx verbatim-citations add-source <file.txt> \[--id ID\]/);
		expect((await run(cwd, 'add-source', 'a.txt', '--id')).stderr).toMatch(/argument missing/);
		expect(await run(cwd, 'add-source')).toMatchObject({ status: 2, stderr: expect.stringContaining('Which file?') });
		expect(await run(cwd, 'quote')).toMatchObject({ status: 2, stderr: expect.stringContaining('Nothing to search for') });
		const missing = await run(cwd, 'add-source', 'nowhere.txt');
		expect(missing).toMatchObject({ status: 1, stderr: expect.stringContaining('nowhere.txt does not exist') });
		for (const result of [unknown, option, missing]) expect(result.stderr).not.toMatch(STACK);
	});

	it('init creates every metadata file, empty and valid (the check passes), and never overwrites one', async () => {
		const cwd = site();
		const first = await run(cwd, 'init');
		expect(first.status).toBe(0);
		for (const file of ['sources.yaml', 'sources/SHA256SUMS', 'attributions.yaml', 'sentences.yaml', 'players.yaml']) expect(first.stdout).toContain(`docs-data/${file}`);
		expect(first.stdout).toContain("plugins: [verbatimCitations()]");
		expect(first.stdout).toContain('<Cite source="000"');
		expect(first.stderr).toMatch(/^No astro\.config\.mjs in .* using the plugin's default options \(corpus "docs-data"\)\.$/);
		expect(checkSite(cwd).problems).toEqual([]);
		expect((await run(cwd, 'check')).status).toBe(0);

		writeFileSync(join(cwd, 'docs-data/players.yaml'), '- id: kept\n');
		const second = await run(cwd, 'init');
		expect(second.stdout).not.toContain('Created:');
		expect(second.stdout).toMatch(/Left alone \(already there\):\n {2}docs-data\/sources\.yaml/);
		expect(readFileSync(join(cwd, 'docs-data/players.yaml'), 'utf8')).toBe('- id: kept\n');
		expect(planInit(starterFiles('x'), (path) => path === 'x/sources.yaml').keep.map((f) => f.path)).toEqual(['x/sources.yaml']);
	});

	it('check prints the problems grouped by file, as the build does, and exits 1', async () => {
		const cwd = site();
		await run(cwd, 'init');
		writeFileSync(join(cwd, 'docs-data/sources.yaml'), '- id: "000"\n  file: a: b.txt\n');
		const check = await run(cwd, 'check');
		expect(check.status).toBe(1);
		expect(check.stderr).toMatch(/^No astro\.config\.mjs in .*\ndocs-data\/sources\.yaml\n {2}docs-data\/sources\.yaml:2:\d+ {2}\[metadata-syntax\]/);
		expect(check.stderr).toMatch(/1 problem in 1 file/);
		expect(check.stderr).not.toMatch(STACK);
	});

	it('add-source starts a corpus that has no sources.yaml yet, or the [] init writes, and takes --id', () => {
		for (const start of [undefined, '[]\n']) {
			const cwd = site();
			if (start !== undefined) {
				mkdirSync(join(cwd, 'docs-data/sources'), { recursive: true });
				writeFileSync(join(cwd, 'docs-data/sources.yaml'), start);
			}
			writeFileSync(join(cwd, 'first.txt'), 'The council approved the budget.\n');
			writeFileSync(join(cwd, 'second.txt'), 'The mayor vetoed it.\n');
			expect(addSource(cwd, cwd, 'docs-data', 'first.txt')).toContain('Added report 000');
			expect(addSource(cwd, cwd, 'docs-data', 'second.txt', 'mayor-veto')).toContain('Added report mayor-veto');
			const entries = parse(readFileSync(join(cwd, 'docs-data/sources.yaml'), 'utf8')) as { id: string }[];
			expect(entries.map((e) => e.id)).toEqual(['000', 'mayor-veto']);
			// Loaded as the build loads it: both reports, and nothing wrong but the stubs to fill in.
			const { corpus, problems } = loadCorpus(cwd);
			expect(problems.every((p) => p.code === 'metadata-invalid' && /TODO stub written by npx verbatim-citations add-source/.test(p.message)), JSON.stringify(problems)).toBe(true);
			expect(problems).toHaveLength(4);
			expect(corpus.sources).toHaveLength(0);
			rmSync(cwd, { recursive: true, force: true });
		}
	});

	it('add-source --id refuses an id that is taken or not an id, and writes nothing', async () => {
		const cwd = site();
		writeFileSync(join(cwd, 'first.txt'), 'The council approved the budget.\n');
		writeFileSync(join(cwd, 'second.txt'), 'The mayor vetoed it.\n');
		expect((await run(cwd, 'add-source', 'first.txt', '--id', 'budget')).status).toBe(0);
		const before = readFileSync(join(cwd, 'docs-data/sources.yaml'), 'utf8');
		const taken = await run(cwd, 'add-source', 'second.txt', '--id', 'budget');
		expect(taken).toMatchObject({ status: 1, stderr: expect.stringContaining('Not added. The id "budget" is already taken') });
		const invalid = await run(cwd, 'add-source', 'second.txt', '--id=Budget 2');
		expect(invalid).toMatchObject({ status: 1, stderr: expect.stringContaining('"Budget 2" is not a valid report id') });
		expect(readFileSync(join(cwd, 'docs-data/sources.yaml'), 'utf8')).toBe(before);
	});
});

describe("the site's options, from its astro.config", () => {
	// Inside the project, so the config's imports (astro, Starlight, the plugin) resolve as in a site.
	const root = resolve(import.meta.dirname, '../..');
	let folder: string | undefined;
	afterEach(() => {
		if (folder) rmSync(folder, { recursive: true, force: true });
	});

	it('reads corpus, minQuoteLength, maxReportBytes, editorialFolders and base from the config, from a subfolder too', async () => {
		mkdirSync(join(root, '.tmp'), { recursive: true });
		folder = mkdtempSync(join(root, '.tmp', 'cli-config-'));
		writeFileSync(
			join(folder, 'astro.config.mjs'),
			`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import verbatimCitations from 'starlight-verbatim-citations';
export default defineConfig({ base: '/docs', integrations: [starlight({ title: 'T', plugins: [verbatimCitations({ corpus: 'evidence/', minQuoteLength: 7, maxReportBytes: 5000, editorialFolders: ['guide/'] })] })] });
`,
		);
		mkdirSync(join(folder, 'src/content/docs'), { recursive: true });
		const err: string[] = [];
		const config = await loadSiteConfig(join(folder, 'src/content/docs'), { out: () => {}, err: (t) => err.push(t) });
		expect(config).toMatchObject({ root: folder, base: '/docs/', configured: true, options: { ...DEFAULT_OPTIONS, corpus: 'evidence/', minQuoteLength: 7, maxReportBytes: 5000, editorialFolders: ['guide/'] } });
		expect(err).toEqual([]);

		const init = await run(folder, 'init');
		expect(init.stdout).toContain('evidence/sources.yaml');
		expect(corpusLayout(config.options.corpus).metadataFile).toBe('evidence/sources.yaml');
		expect(init.stdout).toContain('The plugin is already in your astro.config.');
	});

	it('uses the defaults, and says so once, when the config has no verbatimCitations()', async () => {
		mkdirSync(join(root, '.tmp'), { recursive: true });
		folder = mkdtempSync(join(root, '.tmp', 'cli-config-'));
		writeFileSync(join(folder, 'astro.config.mjs'), `export default { base: '/' };\n`);
		const err: string[] = [];
		const config = await loadSiteConfig(folder, { out: () => {}, err: (t) => err.push(t) });
		expect(config).toMatchObject({ root: folder, options: DEFAULT_OPTIONS, configured: false });
		expect(err).toEqual(['astro.config.mjs does not call verbatimCitations(): using the plugin\'s default options (corpus "docs-data").']);
	});

	it('names the config and its error, without a stack trace, when the config does not load', async () => {
		mkdirSync(join(root, '.tmp'), { recursive: true });
		folder = mkdtempSync(join(root, '.tmp', 'cli-config-'));
		writeFileSync(join(folder, 'astro.config.mjs'), `import verbatimCitations from 'starlight-verbatim-citations';\nverbatimCitations({ corpuss: 'x' });\nexport default {};\n`);
		const result = await run(folder, 'check');
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^astro\.config\.mjs could not be loaded:\n {2}Invalid options for verbatimCitations\(\)/);
		expect(result.stderr).toContain('Fix it (astro build would stop on it too)');
		expect(result.stderr).not.toMatch(STACK);
	});
});

describe('small parts', () => {
	it("answers only the config's own imports of Astro's and Starlight's config modules with the stand-ins", () => {
		const config = 'file:///site/astro.config.mjs';
		const resolve = standInResolver(config);
		const next = (specifier: string) => ({ url: `real:${specifier}` });
		const fromConfig = { conditions: [], importAttributes: {}, parentURL: `${config}?options=1-0.5` };
		expect(resolve('astro/config', fromConfig, next)).toEqual({ url: CONFIG_STAND_INS['astro/config'], shortCircuit: true });
		expect(resolve('@astrojs/starlight', fromConfig, next)).toEqual({ url: CONFIG_STAND_INS['@astrojs/starlight'], shortCircuit: true });
		expect(resolve('starlight-verbatim-citations', fromConfig, next)).toEqual({ url: 'real:starlight-verbatim-citations' });
		expect(resolve('@astrojs/starlight', { ...fromConfig, parentURL: 'file:///site/helpers.mjs' }, next)).toEqual({ url: 'real:@astrojs/starlight' });
	});

	it('normalises base as Astro does', () => {
		expect(['/', '', undefined, '/docs', 'docs/', '/a/b/'].map(normaliseBase)).toEqual(['/', '/', '/', '/docs/', '/docs/', '/a/b/']);
	});

	it('takes --outDir out of the arguments build passes to Astro', () => {
		expect(splitOutDir(['--outDir', 'out', '--verbose'], '/site')).toEqual({ outDir: '/site/out', rest: ['--verbose'] });
		expect(splitOutDir(['--outDir=out'], '/site')).toEqual({ outDir: '/site/out', rest: [] });
		expect(splitOutDir([], '/site')).toEqual({ outDir: '/site/dist', rest: [] });
		expect(() => splitOutDir(['--outDir'], '/site')).toThrow('--outDir needs a folder');
	});
});
