import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { copyProject, SITE_OPTIONS } from '../helpers/project.ts';
import { startDevServer, type DevServer } from '../helpers/dev-server.ts';

/** A page path for an MDX file: src/content/docs/players/trump.mdx → /players/trump/. */
const pathOf = (file: string) => `/${file.replace(/^src\/content\/docs\//, '').replace(/(^|\/)?index\.mdx$/, '').replace(/\.mdx$/, '/')}`;

describe('npm run dev: problems show on the pages they affect, as HTTP 500', () => {
	let project: ReturnType<typeof copyProject>;
	let server: DevServer;
	// Which pages cite report 003 and which do not, from the real site's ledger.
	const { ledger } = checkSite(process.cwd(), SITE_OPTIONS);
	const cites003 = ledger.pages.find((page) => page.uses.some((use) => use.sourceId === '003'))!.file;
	const without003 = ledger.pages.find((page) => page.uses.length > 0 && !page.uses.some((use) => use.sourceId === '003'))!.file;
	const page = 'src/content/docs/players/trump.mdx';
	const ok = (answer: { status: number }) => answer.status === 200;
	const failing = (answer: { status: number }) => answer.status === 500;

	beforeAll(async () => {
		project = copyProject();
		server = await startDevServer(project.root);
	}, 240_000);
	afterAll(async () => {
		await server?.stop();
		project?.remove();
	});

	it('a page with a bad quote answers 500 with the problem in the page; other pages stay 200', async () => {
		expect((await server.get(pathOf(page))).status).toBe(200);
		const line = project.replace(page, 'quote="taken a VERY weak position"', 'quote="taken a VERY weak positoin"');
		const answer = await server.poll(pathOf(page), failing);
		expect(answer.body).toContain(`${page}:${line}:`);
		expect(answer.body).toContain('[quote-not-found]');
		expect(answer.body).toContain('«taken a VERY weak positoin»');
		// The problem is shown as text: the tag it quotes is escaped, never markup.
		expect(answer.body).toContain('&#60;Quote source=&#34;000&#34;');
		expect(answer.body).not.toContain('<Quote');
		expect((await server.get(pathOf(without003 === page ? cites003 : without003))).status).toBe(200);
		project.replace(page, 'quote="taken a VERY weak positoin"', 'quote="taken a VERY weak position"');
		await server.poll(pathOf(page), ok);
	}, 120_000);

	it('a changed report answers 500 on the pages that cite it and its own page, not on the others', async () => {
		const report = 'docs-data/sources/003_bcbf5988037475aa.txt';
		project.edit(report, (text) => text.replace('Sessions', 'Sesions'));
		const citing = await server.poll(pathOf(cites003), failing);
		expect(citing.body).toContain('[source-changed]');
		expect(citing.body).toContain(report);
		expect((await server.get('/sources/003/')).status).toBe(500);
		expect((await server.get(pathOf(without003))).status).toBe(200);
		project.edit(report, (text) => text.replace('Sesions', 'Sessions'));
		await server.poll(pathOf(cites003), ok);
	}, 120_000);

	it('a broken sources.yaml answers 500 on every page, with the YAML problem', async () => {
		const line = project.replace('docs-data/sources.yaml', '  file: 001_d209f077df58b1d4.txt', '  file: 001_d209f077df58b1d4.txt: oops');
		for (const path of [pathOf(without003), '/sources/000/']) {
			const answer = await server.poll(path, failing);
			expect(answer.body).toContain(`docs-data/sources.yaml:${line}:`);
			expect(answer.body).toContain('[metadata-syntax]');
		}
	}, 120_000);
});
