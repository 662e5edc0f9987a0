import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationsJsonSchema } from '../../packages/starlight-verbatim-citations/src/analysis/citation-ledger.ts';
import { checkSite } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { citationsFileSchema } from '../../packages/starlight-verbatim-citations/src/schemas/citation-record.ts';
import { dist, ensureSiteBuilt } from '../helpers/built-site.ts';
import { projectRoot, SITE_OPTIONS } from '../helpers/project.ts';

describe('citations.json, the audit ledger', () => {
	beforeAll(ensureSiteBuilt);
	const site = checkSite(projectRoot, SITE_OPTIONS);

	it('has a committed JSON Schema identical to the one generated from the zod schema (npm run schema)', () => {
		const committed = JSON.parse(readFileSync(join(projectRoot, 'packages/starlight-verbatim-citations/src/schemas/citations.schema.json'), 'utf8'));
		expect(committed).toEqual(citationsJsonSchema());
	});

	it('validates, and lists every citation marker of the site once', () => {
		const ledger = citationsFileSchema.parse(JSON.parse(readFileSync(join(dist, 'citations.json'), 'utf8')));
		const uses = site.ledger.pages.flatMap((p) => p.uses);
		expect(ledger.records).toHaveLength(uses.length);
		expect(new Set(ledger.records.map((r) => `${r.page}#${r.marker}`)).size).toBe(uses.length);
	});

	it('records every report of the corpus once, with its checksum and pages that exist, and every citation names one of them', () => {
		const ledger = citationsFileSchema.parse(JSON.parse(readFileSync(join(dist, 'citations.json'), 'utf8')));
		expect(ledger.reports.map((r) => r.id)).toEqual(site.corpus.sources.map((s) => s.id));
		for (const report of ledger.reports) {
			const source = site.corpus.byId.get(report.id)!;
			expect(report.sha256).toBe(source.sha256);
			expect(report.dateline?.date ?? null).toBe(source.meta.dateline ?? null);
			expect(existsSync(join(dist, report.page, 'index.html')), report.page).toBe(true);
			expect(readFileSync(join(dist, report.original), 'utf8')).toBe(source.text);
		}
		const ids = new Set(ledger.reports.map((r) => r.id));
		expect(ledger.records.every((r) => ids.has(r.source))).toBe(true);
	});

	it('holds quotes that are verbatim at their offsets, markers that exist, and claims with text', () => {
		const { records } = citationsFileSchema.parse(JSON.parse(readFileSync(join(dist, 'citations.json'), 'utf8')));
		// Each page is parsed once, not once per marker: previews now hold whole sentences, and
		// parsing a page for every one of its markers took longer than the test's time limit.
		const parsed = new Map<string, ReturnType<typeof fromHtml>>();
		for (const record of records) {
			const report = site.corpus.byId.get(record.source)!;
			expect(report.text.slice(record.start, record.end)).toBe(record.quote);
			if (!parsed.has(record.page)) parsed.set(record.page, fromHtml(readFileSync(join(dist, record.page, 'index.html'), 'utf8')));
			const html = parsed.get(record.page)!;
			expect(select(`#${record.marker}`, html), `${record.page}#${record.marker}`).toBeDefined();
			expect(record.claim.length, `${record.page}#${record.marker}`).toBeGreaterThan(0);
			expect(record.independenceGroup.split('+')).toContain(record.source);
		}
		expect(records.some((r) => r.independenceGroup === '003+004')).toBe(true);
	});

	it('says who the report gives each quote to, as the preview does', () => {
		const { records } = citationsFileSchema.parse(JSON.parse(readFileSync(join(dist, 'citations.json'), 'utf8')));
		const resolve = records.find((r) => r.source === '000' && r.quote.includes('his resolve to stay is strong'))!;
		expect(resolve.attribution.label).toBe('said by two people close to Sessions (unnamed)');
		expect(resolve.attribution.frames).toEqual([{ kind: 'unnamed-source', who: 'two people close to Sessions', frame: 'Two people close to Sessions said' }]);
		expect(resolve.sentence.toLowerCase()).toContain('close to sessions');
		const page = fromHtml(readFileSync(join(dist, resolve.page, 'index.html'), 'utf8'));
		const preview = select(`[id="${resolve.marker}-preview"] .cite-preview-meta`, page);
		expect(preview && toString(preview)).toContain('said by two people close to Sessions (unnamed)');
		expect(records.filter((r) => r.attribution.frames.length === 0).every((r) => r.attribution.label === 'not attributed by the report')).toBe(true);
	});
});

describe('schema.org JSON-LD', () => {
	beforeAll(ensureSiteBuilt);

	it('describes each explainer page as an Article citing the source pages of the reports it quotes', () => {
		const site = checkSite(projectRoot, SITE_OPTIONS);
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
		const { findMentions } = await import('../../packages/starlight-verbatim-citations/src/analysis/mentions.ts');
		const { loadPlayers } = await import('../../packages/starlight-verbatim-citations/src/corpus/players-file.ts');
		const site = checkSite(projectRoot, SITE_OPTIONS);
		const sessions = loadPlayers(projectRoot, 'docs-data/players.yaml').players.find((p) => p.id === 'sessions')!;
		const html = fromHtml(readFileSync(join(dist, 'players/sessions/index.html'), 'utf8'));
		const { selectAll } = await import('hast-util-select');
		const items = selectAll('.mentions-list li', html);
		expect(items).toHaveLength(findMentions(site.corpus, sessions).length);
		expect(selectAll('.mentions-list li.cited', html).length).toBeGreaterThan(5);
		for (const link of selectAll('.mentions-list a', html)) expect(String(link.properties.href)).toMatch(/\/sources\/\d{3}\/#p-\d+$/);
	});
});
