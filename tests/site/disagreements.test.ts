import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { pageRoute } from '../../packages/starlight-verbatim-citations/src/pages/page-links.ts';
import { checkSite, PAGES_DIR } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { DEFAULT_SOURCE_ROUTES } from '../../packages/starlight-verbatim-citations/src/engine/anchors.ts';
import { curlyQuotes } from '../../packages/starlight-verbatim-citations/src/components/parts/curly-quotes.ts';
import { dist, ensureSiteBuilt } from '../helpers/built-site.ts';
import { projectRoot, SITE_OPTIONS } from '../helpers/project.ts';

const site = checkSite(projectRoot, SITE_OPTIONS);
const html = (route: string) => fromHtml(readFileSync(join(dist, route, 'index.html'), 'utf8'));
const text = (node: Element | undefined) => (node ? toString(node) : undefined);
const href = (node: Element | undefined) => node?.properties.href;

describe('disagreements as data', () => {
	beforeAll(() => ensureSiteBuilt());

	it('are held by the dispute pages, each with two or more cited sides', () => {
		expect(site.disagreements.length).toBeGreaterThanOrEqual(8);
		for (const d of site.disagreements) {
			expect(d.file).not.toBe(`${PAGES_DIR}/differences.mdx`);
			expect(d.sides.length, d.question).toBeGreaterThanOrEqual(2);
			for (const side of d.sides) expect(side.sources.length, `${d.question} / ${side.label}`).toBeGreaterThan(0);
		}
		// Report 001 against itself: two passages of one report are two sides.
		expect(site.disagreements.some((d) => d.sides.every((s) => s.sources.join() === '001'))).toBe(true);
	});

	it('stand on their own page as a section with the question, the kind and every side', () => {
		for (const d of site.disagreements) {
			const section = select(`#${d.id}`, html(pageRoute(d.file, PAGES_DIR)));
			expect(section, d.id).toBeDefined();
			expect(text(select('h3', section!))).toBe(curlyQuotes(d.question));
			expect(selectAll('.disagreement-side-label', section!).map(toString)).toEqual(d.sides.map((s) => curlyQuotes(s.label)));
			expect(selectAll('.cite-marker', section!).length).toBeGreaterThanOrEqual(d.sides.length);
		}
	});

	it('stand atop each page that holds them when their facts differ, each linked and with why it matters', () => {
		const facts = site.disagreements.filter((d) => d.differs === 'facts');
		expect(facts.length).toBeGreaterThan(0);
		for (const [file, list] of Map.groupBy(facts, (d) => d.file)) {
			const page = html(pageRoute(file, PAGES_DIR));
			const here = select('.disagreements-here', page);
			expect(here, file).toBeDefined();
			// Before the page's first heading of its own: the reader meets them first.
			const main = readFileSync(join(dist, pageRoute(file, PAGES_DIR), 'index.html'), 'utf8');
			expect(main.indexOf('disagreements-here'), file).toBeLessThan(main.indexOf('<h2 id="what-happened"') === -1 ? Infinity : main.indexOf('<h2 id="what-happened"'));
			expect(selectAll('li a', here!).map((a) => String(a.properties.href))).toEqual(list.map((d) => `#${d.id}`));
			for (const d of list) {
				expect(d.matters, d.question).toBeDefined();
				expect(text(here!)).toContain(curlyQuotes(d.matters!));
				expect(text(select(`#${d.id} .disagreement-matters`, page)!)).toContain(curlyQuotes(d.matters!));
			}
		}
	});

	it('make up the differences page: every one, grouped by topic, linked to its page and to the highlighted words', () => {
		const source = readFileSync(join(projectRoot, PAGES_DIR, 'differences.mdx'), 'utf8');
		expect(source).toContain('<Disagreements />');
		expect(source).not.toContain('<Disagreement ');
		const page = html('differences');
		const topics = selectAll('.disagreement-topic', page);
		// Where the facts differ first, by topic; the same fact in other words folded below, by topic.
		const factTopics = selectAll('.disagreements-facts > .disagreement-topic', page);
		const wordingTopics = selectAll('details.disagreements-wording > .disagreement-topic', page);
		expect(topics).toEqual([...factTopics, ...wordingTopics]);
		const topicsOf = (kind: string) => [...new Set(site.disagreements.filter((d) => d.differs === kind).map((d) => d.topic))].sort();
		expect(factTopics.map((t) => text(select('h2', t))).sort()).toEqual(topicsOf('facts'));
		expect(wordingTopics.map((t) => text(select('h2', t))).sort()).toEqual(topicsOf('wording'));
		for (const t of factTopics) expect(selectAll('.disagreement-differs-wording', t)).toEqual([]);
		for (const t of wordingTopics) expect(selectAll('.disagreement-differs-facts', t)).toEqual([]);
		expect(select('details.disagreements-wording', page)!.properties.open).toBeUndefined();
		// Component headings are not in Starlight's table of contents: the list of topics links to each, and to the folded part.
		expect(selectAll('.disagreement-topics a', page).map(href)).toEqual([...factTopics.map((t) => `#${select('h2', t)!.properties.id}`), '#only-the-wording-differs']);
		const listed = topics.flatMap((t) => selectAll('.disagreement', t).map((section) => ({ topic: text(select('h2', t)), section })));
		expect(listed).toHaveLength(site.disagreements.length);
		const byHome = new Map(site.disagreements.map((d) => [`/${pageRoute(d.file, PAGES_DIR)}#${d.id}`, d]));
		expect(new Set(listed.map(({ section }) => String(href(select('.disagreement-home a', section)))))).toEqual(new Set(byHome.keys()));
		listed.forEach(({ topic, section }) => {
			const d = byHome.get(String(href(select('.disagreement-home a', section))))!;
			expect(topic).toBe(d.topic);
			expect(text(select('h3', section))).toBe(curlyQuotes(d.question));
			expect(href(select('.disagreement-home a', section))).toBe(`/${pageRoute(d.file, PAGES_DIR)}#${d.id}`);
			const links = selectAll('.disagreement-cite a', section).map(href);
			const cited = d.sides.flatMap((s) => s.paragraphs.flat().flatMap((p) => ('fragment' in p ? [`/${DEFAULT_SOURCE_ROUTES.page(p.sourceId)}#${p.fragment}`] : [])));
			expect(links).toEqual(cited);
		});
	});
});
