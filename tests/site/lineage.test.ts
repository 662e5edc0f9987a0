import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { corroboration, groupRanges } from '../../packages/starlight-verbatim-citations/src/analysis/corroboration.ts';
import { sharedId } from '../../packages/starlight-verbatim-citations/src/engine/anchors.ts';
import { citationsFileSchema } from '../../packages/starlight-verbatim-citations/src/schemas/citation-record.ts';
import { dist, ensureSiteBuilt } from '../helpers/built-site.ts';
import { projectRoot, SITE_OPTIONS } from '../helpers/project.ts';

const site = checkSite(projectRoot, SITE_OPTIONS);
// Both tiers, as the build found them: word for word and reworded.
const passages = site.sharedPassages;
const html = (path: string): Root => fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('lineage on the built site', () => {
	beforeAll(ensureSiteBuilt);

	it('shows the 002/004 twin on both report pages as a word-level diff that calls out the dropped attribution in words', () => {
		for (const id of ['002', '004']) {
			const page = html(`sources/${id}`);
			const twin = selectAll('.twin', page).find((li) => toString(li).includes('willing to resign'));
			expect(twin, `report ${id}`).toBeDefined();
			const dropped = selectAll('del', twin!).map((d) => toString(d));
			expect(dropped).toContain('A senior administration official said that');
			// Not by colour or strike-through alone: each change carries a word a screen reader reads.
			expect(selectAll('.diff-label', twin!).map((l) => toString(l))).toEqual(['dropped', 'changed', 'to', 'dropped']);
			const official = site.frames.find((f) => f.sourceId === '002' && f.frame === 'A senior administration official said that')!;
			expect(flat(toString(select('.twin-attribution', twin!)!))).toBe(`Dropped attribution: report 002 has “${official.frame}”, giving the words to ${official.who}; report 004’s version of the passage leaves it out.`);
		}
	});

	it('lists, on the reports index, each report a report shares passages with once, with the count of passages', () => {
		const page = html('sources');
		for (const source of site.corpus.sources) {
			const row = selectAll('.sources-table tbody tr', page).find((tr) => flat(toString(select('th', tr)!)) === source.id)!;
			const twins = passages.flatMap((p) => (p.a.sourceId === source.id ? [p.b.sourceId] : p.b.sourceId === source.id ? [p.a.sourceId] : []));
			const expected = [...new Set(twins)].sort().map((id) => {
				const n = twins.filter((t) => t === id).length;
				return `${id} (${n} ${n === 1 ? 'passage' : 'passages'})`;
			});
			expect(flat(toString(select('.shared-with', row)!)), source.id).toBe(expected.join(', ') || 'none');
		}
	});

	it('draws the lineage on the reports index, hides the drawing from screen readers and gives them a table', () => {
		const page = html('sources');
		expect(select('svg.lineage-diagram', page)!.properties.ariaHidden).toBe('true');
		const rows = selectAll('.lineage-table tbody tr', page).map((tr) => selectAll('th, td', tr).map((cell) => flat(toString(cell))));
		expect(rows.map((cells) => cells.slice(0, 2))).toEqual([
			['002 and 004', '002 → 004'],
			['003 and 004', 'unknown'],
		]);
		const links = selectAll('.lineage-table a', page).map((a) => String(a.properties.href));
		expect(links.every((href) => /^\/sources\/004\/#shared-\d+-\d+$/.test(href))).toBe(true);
	});

	it('prints every "(N reports, M independent)" as the detector counts it, and citations.json records the same groups', () => {
		const { records } = citationsFileSchema.parse(JSON.parse(readFileSync(join(dist, 'citations.json'), 'utf8')));
		let checked = 0;
		for (const pageCitations of site.ledger.pages) {
			const expected = pageCitations.uses
				.filter((use) => use.endsGroup)
				.map((use) => corroboration(groupRanges(pageCitations, use.group), passages))
				.filter((c) => c.reports > 1)
				.map((c) => `(${c.reports} reports, ${c.independent} independent)`);
			const url = `${pageCitations.file.replace(/^src\/content\/docs\//, '').replace(/\.mdx$/, '').replace(/\/?index$/, '')}/`.replace(/^\/$/, '');
			const shown = selectAll('.cite-independence', html(url)).map((n) => toString(n));
			expect(shown, pageCitations.file).toEqual(expected);
			checked += shown.length;
			for (const use of pageCitations.uses) {
				const record = records.find((r) => r.page === `/${url}` && r.marker === use.marker)!;
				expect(record.corroboration, `${pageCitations.file} ${use.marker}`).toEqual({ group: use.group, ...corroboration(groupRanges(pageCitations, use.group), passages) });
			}
		}
		expect(checked).toBeGreaterThan(5);
		expect(records.some((r) => r.corroboration.witnesses.includes('002+004'))).toBe(true);
	});

	it('labels each shared passage on the report pages with its tier: "Reworded copy" for tier two, "Word for word" for the exact tier', () => {
		for (const passage of passages) {
			for (const side of [passage.a, passage.b]) {
				const twin = selectAll('.twin', html(`sources/${side.sourceId}`)).find((li) => li.properties.id === sharedId(side.start, side.end));
				expect(twin, `${passage.id} on report ${side.sourceId}`).toBeDefined();
				const label = flat(toString(select('.twin-tier', twin!)!));
				expect(label.startsWith(passage.tier === 'reworded' ? 'Reworded copy:' : 'Word for word:'), label).toBe(true);
				expect(label).toContain(`${passage.words}`);
			}
		}
	});
});
