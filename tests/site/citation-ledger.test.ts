import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationsJsonSchema } from '../../src/verbatim-citations/analysis/citation-ledger.ts';
import { checkSite } from '../../src/verbatim-citations/checks/site-check.ts';
import { citationsFileSchema } from '../../src/verbatim-citations/schemas/citation-record.ts';
import { dist, ensureSiteBuilt } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/project.ts';

describe('citations.json, the audit ledger', () => {
	beforeAll(ensureSiteBuilt);
	const site = checkSite(projectRoot);

	it('has a committed JSON Schema identical to the one generated from the zod schema (npm run schema)', () => {
		const committed = JSON.parse(readFileSync(join(projectRoot, 'src/verbatim-citations/schemas/citations.schema.json'), 'utf8'));
		expect(committed).toEqual(citationsJsonSchema());
	});

	it('validates, and lists every citation marker of the site once', () => {
		const ledger = citationsFileSchema.parse(JSON.parse(readFileSync(join(dist, 'citations.json'), 'utf8')));
		const uses = site.ledger.pages.flatMap((p) => p.uses);
		expect(ledger.records).toHaveLength(uses.length);
		expect(new Set(ledger.records.map((r) => `${r.page}#${r.marker}`)).size).toBe(uses.length);
	});

	it('holds quotes that are verbatim at their offsets, markers that exist, and claims with text', () => {
		const { records } = citationsFileSchema.parse(JSON.parse(readFileSync(join(dist, 'citations.json'), 'utf8')));
		// Each page parsed once, not once per citation: hundreds of parses timed out on a busy machine.
		const pages = new Map<string, ReturnType<typeof fromHtml>>();
		const pageHtml = (page: string) => pages.get(page) ?? pages.set(page, fromHtml(readFileSync(join(dist, page, 'index.html'), 'utf8'))).get(page)!;
		for (const record of records) {
			const report = site.corpus.byId.get(record.source)!;
			expect(report.text.slice(record.start, record.end)).toBe(record.quote);
			const html = pageHtml(record.page);
			expect(select(`#${record.marker}`, html), `${record.page}#${record.marker}`).toBeDefined();
			expect(record.claim.length, `${record.page}#${record.marker}`).toBeGreaterThan(0);
			expect(record.independenceGroup.split('+')).toContain(record.source);
		}
		expect(records.some((r) => r.independenceGroup === '003+004')).toBe(true);
	});
});

describe('schema.org JSON-LD', () => {
	beforeAll(ensureSiteBuilt);

	it('describes each explainer page as an Article citing the source pages of the reports it quotes', () => {
		const site = checkSite(projectRoot);
		const trump = site.ledger.pages.find((p) => p.file === 'src/content/docs/players/trump.mdx')!;
		const html = readFileSync(join(dist, 'players/trump/index.html'), 'utf8');
		const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html);
		const data = JSON.parse(block![1]!);
		expect(data['@type']).toBe('Article');
		expect(data.headline).toBe('Donald Trump');
		const cited = [...new Set(trump.references.map((r) => r.citation.sourceId))].sort();
		expect(data.citation.map((c: { url: string }) => new URL(c.url).pathname)).toEqual(cited.map((id) => `/sources/${id}/`));
	});
});

describe('generated mention lists on player pages', () => {
	beforeAll(ensureSiteBuilt);

	it('list every paragraph that mentions the player, linked, with those the page cites marked', async () => {
		const { findMentions } = await import('../../src/verbatim-citations/analysis/mentions.ts');
		const { loadPlayers } = await import('../../src/verbatim-citations/checks/players-file.ts');
		const site = checkSite(projectRoot);
		const sessions = loadPlayers(projectRoot, 'docs-data/players.yaml').players.find((p) => p.id === 'sessions')!;
		const html = fromHtml(readFileSync(join(dist, 'players/sessions/index.html'), 'utf8'));
		const { selectAll } = await import('hast-util-select');
		const items = selectAll('.mentions-list li', html);
		expect(items).toHaveLength(findMentions(site.corpus, sessions).length);
		expect(selectAll('.mentions-list li.cited', html).length).toBeGreaterThan(5);
		for (const link of selectAll('.mentions-list a', html)) expect(String(link.properties.href)).toMatch(/\/sources\/\d{3}\/#p-\d+$/);
	});
});
