import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { scanCitationTags } from '../../packages/starlight-verbatim-citations/src/pages/mdx-citation-tags.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { resolveCitation } from '../../packages/starlight-verbatim-citations/src/engine/resolve.ts';
import { cliBin, limiter, projectRoot, spawnAsync } from '../helpers/project.ts';
import { scratchCopies } from '../helpers/scratch-copies.ts';

/** The command as a process; two at a time across the file's tests (one per core). */
const twoAtATime = limiter(2);
const run = (cwd: string, script: string, ...args: string[]) => twoAtATime(() => spawnAsync(process.execPath, [cliBin, script, ...args], { cwd }));

/** Each test on a copy of its own (or the project, only read); the tests run side by side. */
describe('verbatim-citations quote (npm run quote)', { timeout: 300_000 }, () => {
	const { copy } = scratchCopies();

	it.concurrent('prints hits and exits 0 when the corpus loads cleanly', async () => {
		const result = await run(projectRoot, 'quote', 'weak position');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('<Cite source="000" quote="weak position" />');
	});

	it.concurrent('prints the corpus problems and exits non-zero instead of saying words that are there are not', async () => {
		const project = copy();
		const line = project.replace('docs-data/sources.yaml', '  file: 001_d209f077df58b1d4.txt', '  file: 001_d209f077df58b1d4.txt: oops');
		const result = await run(project.root, 'quote', 'weak position');
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain(`docs-data/sources.yaml:${line}:`);
		expect(result.stderr).toContain('[metadata-syntax]');
		expect(`${result.stdout}${result.stderr}`).not.toContain('No report contains anything close to');
		expect(result.stderr).toContain('nothing was searched');
	});

	it.concurrent('still searches the reports that loaded when one has a problem, and exits non-zero', async () => {
		const project = copy();
		project.edit('docs-data/sources/001_d209f077df58b1d4.txt', (text) => `${text}\nAn edit.\n`);
		const result = await run(project.root, 'quote', 'weak position');
		expect(result.status).not.toBe(0);
		expect(result.stderr).toContain('[source-changed]');
		expect(result.stdout).toContain('<Cite source="000" quote="weak position" />');
	});

	it.concurrent('prints a tag the build accepts for words with a character reference in them', async () => {
		const project = copy();
		const incoming = join(project.root, 'entities.txt');
		writeFileSync(incoming, 'The carrier AT&amp;T said it&#39;s &lt;not&gt; involved.\n');
		expect((await run(project.root, 'add-source', incoming)).status).toBe(0);
		project.edit('docs-data/sources.yaml', (text) => text.replace(/"TODO: [^"]*"/g, '"Filled in"'));
		const result = await run(project.root, 'quote', "AT&amp;T said it&#39;s &lt;not&gt;");
		expect(result.status, result.stderr).toBe(0);
		const tag = /<Cite [^\n]*\/>/.exec(result.stdout)?.[0];
		expect(tag).toMatch(/quote=\{`AT&amp;T said it&#39;s &lt;not&gt;`\}/);
		const [written] = scanCitationTags(parseMdxPage('page.mdx', `Words${tag}.\n`).tree!).tags;
		expect(resolveCitation(loadCorpus(project.root).corpus, written!.sourceId, written!.quote).ok).toBe(true);
	});

	// The commands read the options with light stand-ins for astro/config and @astrojs/starlight
	// (cli/site-config.ts); a config that needs more of them is evaluated again with the real ones.
	it.concurrent('reads the options of a config through the stand-ins, and of one that needs the real modules through those', async () => {
		const project = copy();
		const config = (extra: string) => `import starlight from '@astrojs/starlight';
import { defineConfig${extra.includes('envField') ? ', envField' : ''} } from 'astro/config';
import verbatimCitations from 'starlight-verbatim-citations';
const integration = starlight({ title: 'T', plugins: [verbatimCitations({ corpus: 'evidence/' })] });
${extra}
console.error(\`starlight: \${String(starlight).length > 200 ? 'real' : 'stand-in'}\`);
export default defineConfig({ integrations: [integration] });
`;
		writeFileSync(join(project.root, 'astro.config.mjs'), config(''));
		const light = await run(project.root, 'init');
		expect(light.status, light.stderr).toBe(0);
		expect(light.stdout).toContain('evidence/sources.yaml');
		expect(light.stderr).toContain('starlight: stand-in');
		writeFileSync(join(project.root, 'astro.config.mjs'), config("if (typeof envField.string !== 'function' || !integration.hooks['astro:config:setup']) throw new Error('not the real modules');"));
		const real = await run(project.root, 'frames');
		expect(real.stderr).toContain('starlight: real');
		expect(real.stderr).not.toContain('not the real modules');
		expect(real.stdout).toContain('evidence/attributions.yaml');
	});
});
