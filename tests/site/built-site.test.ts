import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { datelineBasis } from '../../packages/starlight-verbatim-citations/src/corpus/dateline-evidence.ts';
import { checkSite } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { citedSpansBySource } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { placedSpans, placeTimeExpressions } from '../../packages/starlight-verbatim-citations/src/reading/time-expressions.ts';
import { pageRoute } from '../../packages/starlight-verbatim-citations/src/pages/page-links.ts';
import { reportReliability } from '../../packages/starlight-verbatim-citations/src/analysis/reliability.ts';
import { corpusSentenceCoverage } from '../../packages/starlight-verbatim-citations/src/rules/editorial/sentence-coverage.ts';
import { checkLinks } from '../helpers/links.ts';
import { dist, ensureSiteBuilt } from '../helpers/built-site.ts';
import { projectRoot, SITE_OPTIONS } from '../helpers/project.ts';

const check = checkSite(projectRoot, SITE_OPTIONS);

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

const parsed = new Map<string, Root>();
function page(urlPath: string): Root {
	const file = join(dist, urlPath.replace(/^\//, ''), urlPath.endsWith('/') || urlPath === '' ? 'index.html' : '');
	if (!parsed.has(file)) parsed.set(file, fromHtml(readFileSync(file, 'utf8')));
	return parsed.get(file)!;
}

describe("the plugin's stylesheet", () => {
	beforeAll(() => ensureSiteBuilt());

	it("sits in a cascade layer ordered after Starlight's, whatever order the bundler puts the files in", () => {
		const css = readdirSync(join(dist, '_astro'))
			.filter((name) => name.endsWith('.css'))
			.map((name) => readFileSync(join(dist, '_astro', name), 'utf8'))
			.join('\n');
		// A layer's place is fixed by its first mention: Starlight's reset must not outrank the markers' styles.
		const first = (layer: string) => css.search(new RegExp(`@layer[^{;]*\\b${layer}\\b`));
		expect(first('verbatim-citations')).toBeGreaterThanOrEqual(0);
		expect(first('starlight')).toBeGreaterThanOrEqual(0);
		expect(first('starlight')).toBeLessThanOrEqual(first('verbatim-citations'));
	});
});

describe('the built site', () => {
	beforeAll(ensureSiteBuilt);

	it('has a clean citation check to start from', () => {
		expect(check.problems).toEqual([]);
		expect(check.ledger.pages.flatMap((p) => p.uses).length).toBeGreaterThan(5);
	});

	it('has no broken link or missing fragment anywhere (linkinator, recursive, fragments)', async () => {
		const started = performance.now();
		const { broken, skipped, links } = await checkLinks(dist);
		console.log(`linkinator: ${links} links in ${((performance.now() - started) / 1000).toFixed(1)} s`);
		expect(broken).toEqual([]);
		// Not followed: the site's own public address, and where the editors found each report (its url, its dateline's source).
		const reportOrigins = check.corpus.sources.flatMap(({ meta }) => [meta.url, meta.datelineSource?.url].filter((u) => u !== undefined).map((u) => new URL(u).origin));
		expect(new Set(skipped.map((url) => new URL(url).origin))).toEqual(new Set(['https://sessions-explainer.example', ...reportOrigins]));
	});

	it('really checks fragments: a cited span without its id is reported by name', async () => {
		const copy = mkdtempSync(join(tmpdir(), 'dist-'));
		try {
			cpSync(dist, copy, { recursive: true });
			const file = join(copy, 'sources/000/index.html');
			const html = readFileSync(file, 'utf8');
			const id = /id="(quote-\d+-\d+)"/.exec(html)![1]!;
			writeFileSync(file, html.replace(`id="${id}"`, ''));
			const { broken } = await checkLinks(copy);
			expect(broken.some((line) => line.includes(`/sources/000/#${id}`)), broken.join('\n')).toBe(true);
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	});

	it('points every citation link at an element whose text is the quoted words, verbatim in its report', () => {
		let checked = 0;
		let exact = 0;
		for (const file of htmlFiles(dist)) {
			const tree = fromHtml(readFileSync(file, 'utf8'));
			for (const link of selectAll('a[href*="#quote-"]', tree)) {
				const href = String(link.properties.href);
				const [path, fragment] = href.split('#') as [string, string];
				const sourceId = /\/sources\/([^/]+)\//.exec(path)?.[1];
				const report = check.corpus.byId.get(sourceId ?? (/^quote-/.test(fragment) ? sourceIdOfPage(file) : ''))!;
				expect(report, `${href} on ${relative(dist, file)} names a report`).toBeDefined();
				const target = select(`#${fragment}`, path === '' ? tree : page(path));
				expect(target, `${href} on ${relative(dist, file)} has a target`).toBeDefined();
				const [, start, end] = /^quote-(\d+)-(\d+)$/.exec(fragment)!.map(Number) as [number, number, number];
				const words = report.text.slice(start, end);
				expect(target!.tagName).toBe('mark');
				// A span that crosses another is cut into pieces (packages/starlight-verbatim-citations/src/engine/highlight.ts): the id sits on the
				// first, and the pieces together, in document order, are exactly the quoted words.
				const pieces = selectAll(`mark[data-span="${fragment}"]`, path === '' ? tree : page(path));
				expect(pieces[0], `${href}: the id is on the first piece`).toBe(target);
				expect(pieces.map((piece) => toString(piece)).join(''), `${href}: highlighted text`).toBe(words);
				if (pieces.length === 1) exact++;
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(10);
		// Nearly every span is a single element whose text is exactly the quote.
		expect(exact / checked).toBeGreaterThan(0.9);
	});

	it('prints quoted words from the report itself, straight apostrophes and all', () => {
		const spicer = page('/players/spicer/');
		const quotations = selectAll('.quotation', spicer).map((el) => toString(el));
		// Report 002 has straight apostrophes here; Markdown's smart punctuation would curl them.
		expect(quotations).toContain("“I don't, If I haven't had a discussion about a subject, I tend not to speak about it”");
		for (const file of htmlFiles(dist)) {
			for (const el of selectAll('.quotation', fromHtml(readFileSync(file, 'utf8')))) {
				const inner = toString(el).slice(1, -1);
				expect(check.corpus.sources.some((s) => s.folded.text.includes(inner)), `${relative(dist, file)}: ${inner}`).toBe(true);
			}
		}
	});

	it('gives every marker an accessible name with its report and paragraph, and a no-JavaScript preview', () => {
		const overview = page('/');
		const markers = selectAll('button.cite-marker', overview);
		const uses = check.ledger.pages.find((p) => p.file === 'src/content/docs/index.mdx')!.uses;
		expect(markers.length).toBe(uses.length);
		for (const marker of markers) {
			expect(String(marker.properties.ariaLabel)).toMatch(/^Citation \d+: report \d{3}, paragraph \d+$/);
			const preview = select(`#${String(marker.properties.popoverTarget)}`, overview);
			expect(preview?.properties.popover).toBeDefined();
			expect(select('a[href*="#quote-"]', preview!)).toBeDefined();
		}
	});

	it('lists every reference at the page foot with back-links to each of its markers', () => {
		const overview = page('/');
		const ledgerPage = check.ledger.pages.find((p) => p.file === 'src/content/docs/index.mdx')!;
		const items = selectAll('.references li', overview);
		expect(items.length).toBe(ledgerPage.references.length);
		for (const reference of ledgerPage.references) {
			const item = select(`#ref-${reference.number}`, overview)!;
			const backlinks = selectAll('.backlinks a', item).map((a) => String(a.properties.href));
			expect(backlinks).toEqual(reference.uses.map((use) => `#${use.marker}`));
			for (const href of backlinks) expect(select(href, overview), href).toBeDefined();
		}
	});

	it('serves each raw original byte for byte, with its SHA-256 on its page', () => {
		for (const source of check.corpus.sources) {
			const original = readFileSync(join(projectRoot, 'docs-data/sources', source.meta.file));
			const hosted = readFileSync(join(dist, 'sources/raw', source.meta.file));
			expect(hosted.equals(original), source.meta.file).toBe(true);
			expect(toString(select('.sha', page(`/sources/${source.id}/`))!)).toBe(source.sha256);
		}
	});

	it('says on each report page what its dateline rests on: the report’s words, or the editors’ source', () => {
		for (const source of check.corpus.sources) {
			const basis = datelineBasis(source.text, source.meta);
			const shown = selectAll('.source-meta dd', page(`/sources/${source.id}/`)).map((dd) => toString(dd));
			if (!source.meta.dateline) expect(shown).not.toContainEqual(expect.stringMatching(/\(stated in the text:|supplied by the editors/));
			else if (basis?.kind === 'text') expect(shown, source.id).toContain(`${source.meta.dateline} (stated in the text: «${basis.words}»)`);
			else expect(shown.join('\n'), source.id).toContain(`${source.meta.dateline} (supplied by the editors: ${basis!.kind === 'editors' ? basis!.note : ''}`);
		}
	});

	it('names every "cited in" link of a report page distinctly, and shortens cited words only between words', () => {
		for (const source of check.corpus.sources) {
			for (const item of selectAll('.cited-by li', page(`/sources/${source.id}/`))) {
				const names = selectAll('a:not(.cited-words)', item).map((a) => String(a.properties.ariaLabel ?? toString(a)));
				expect(new Set(names).size, `${source.id}: ${names.join(' | ')}`).toBe(names.length);
				const shown = toString(select('.cited-words', item)!).replace(/^“|”$/g, '');
				const words = source.text.slice(...(String(select('.cited-words', item)!.properties.href).match(/(\d+)-(\d+)$/)?.slice(1).map(Number) as [number, number])).replace(/\s+/g, ' ').trim();
				if (!shown.endsWith('…')) expect(shown).toBe(words);
				else expect(`${words} `.startsWith(`${shown.slice(0, -1)} `) || /^[\s,;:]/.test(words.slice(shown.length - 1)), `${source.id}: «${shown}» cuts «${words}»`).toBe(true);
			}
		}
	});

	it('shows each report in full, paragraph by paragraph, as text', () => {
		for (const source of check.corpus.sources) {
			const tree = page(`/sources/${source.id}/`);
			const paragraphs = selectAll('.paragraph-text', tree).map((p) => toString(p));
			expect(paragraphs).toEqual(source.paragraphs.map((p) => source.text.slice(p.start, p.end)));
		}
	});

	it('links each cited span on a source page back to every marker that cites it', () => {
		for (const source of check.corpus.sources) {
			const tree = page(`/sources/${source.id}/`);
			for (const link of selectAll('.cited-by a[href*="#cite-"]', tree)) {
				const [path, fragment] = String(link.properties.href).split('#') as [string, string];
				expect(select(`#${fragment}`, page(path)), String(link.properties.href)).toBeDefined();
			}
		}
	});
});

function sourceIdOfPage(file: string): string {
	return /sources\/([^/]+)\/index\.html$/.exec(file)?.[1] ?? '';
}

describe('the overview, for a reader who has not read the reports', () => {
	beforeAll(ensureSiteBuilt);
	/** The first list or table after the overview's heading with this id. */
	const section = (id: string) => {
		const blocks = selectAll('h2, ul, table', select('.sl-markdown-content', page('/'))!);
		const at = blocks.findIndex((node) => node.tagName === 'h2' && node.properties.id === id);
		expect(at, `a heading #${id} on the overview`).toBeGreaterThan(-1);
		return blocks.slice(at + 1).find((node) => node.tagName !== 'h2')!;
	};
	const markers = (node: Element) => selectAll('.cite-marker', node).length;

	it('opens with five to seven cited bullets that name no report by number', () => {
		const items = selectAll('li', section('the-story-in-brief'));
		expect(items.length).toBeGreaterThanOrEqual(5);
		expect(items.length).toBeLessThanOrEqual(7);
		for (const item of items) {
			expect(markers(item), toString(item)).toBeGreaterThan(0);
			// The engine's working of a date ("worked out: report 000 is dated …") is its basis, not the prose.
			const prose = toString(item).replace(/\(worked out:[^)]*\)|\(stated:[^)]*\)/g, '');
			expect(prose).not.toMatch(/\breports?\s+\(?\d{3}\b/i);
		}
	});

	it('has a who’s-who table: each person with a cited role and reason and a link to their page', () => {
		const rows = selectAll('tbody tr', section('whos-who'));
		expect(rows.length).toBeGreaterThanOrEqual(5);
		for (const row of rows) {
			expect(markers(row), toString(row)).toBeGreaterThan(0);
			const link = select('td:first-child a', row);
			expect(link, toString(row)).toBeDefined();
			const href = String(link!.properties.href);
			expect(href, toString(row)).toMatch(/players\//);
		}
	});

	it('has key quotes, each cited, and a labelled box of what the reports cannot tell', () => {
		const quotes = selectAll('li', section('key-quotes'));
		expect(quotes.length).toBeGreaterThanOrEqual(5);
		for (const item of quotes) expect(markers(item), toString(item)).toBeGreaterThan(0);
		expect(toString(page('/'))).toContain('What these reports cannot tell you');
	});
});

describe('the pictures', () => {
	beforeAll(ensureSiteBuilt);

	it('shows every player, on the researchers’ page, as a card with their page and a count per report, from the checked data', () => {
		const overview = page('/about/for-researchers/');
		const cards = selectAll('.cast-card', overview);
		expect(cards).toHaveLength(check.players.length);
		for (const card of cards) {
			expect(selectAll('.cast-count', card)).toHaveLength(check.corpus.sources.length);
			const name = toString(select('.cast-name', card)!);
			const player = check.players.find((p) => p.name === name)!;
			expect(player, name).toBeDefined();
			if (player.page) expect(String(select('.cast-name a', card)!.properties.href)).toBe(`/${player.page}`);
		}
		// One kind of count everywhere: a card's paragraphs per report are the player page's.
		for (const card of cards) {
			const player = check.players.find((p) => p.name === toString(select('.cast-name', card)!))!;
			if (!player.page) continue;
			if (player.page.includes('#')) continue; // A player listed on a shared page (everyone else) has no count line of their own.
			const line = toString(select('.mentions-counts', page(`/${player.page}`))!);
			const perReport = [...line.matchAll(/\((\d+)\): (\d+)/g)].map((m) => [m[1], Number(m[2])]);
			expect(perReport.map(([, n]) => n), player.name).toEqual(selectAll('.cast-number', card).map((c) => Number(toString(c))));
		}
		const trump = cards.find((card) => toString(select('.cast-name', card)!) === 'Donald Trump')!;
		expect(toString(select('.cast-role', trump)!)).toContain('“US President Donald Trump”');
	});

	it('grids every dispute page against every report, each count linked to that report’s first reference', () => {
		const overview = page('/');
		const rows = selectAll('.coverage-grid tbody tr', overview);
		const disputes = check.ledger.pages.filter((p) => p.file.includes('/docs/disputes/'));
		expect(rows).toHaveLength(disputes.length);
		for (const row of rows) {
			for (const link of selectAll('td a', row)) {
				const [path, fragment] = String(link.properties.href).split('#') as [string, string];
				const reference = select(`[id="${fragment}"]`, page(path));
				expect(reference, String(link.properties.href)).not.toBeNull();
			}
		}
	});
});

describe('the visual timeline', () => {
	beforeAll(ensureSiteBuilt);

	it('loses no time word of the reports: each is dated or cited on the timeline page, or listed there with why it cannot be placed', () => {
		const file = check.pages.find((p) => /<TimeExpressions\s*\/>/.test(readFileSync(join(projectRoot, p.file), 'utf8')))!.file;
		const spans = placedSpans(check.corpus, check.dates.filter((d) => d.file === file), check.ledger.pages.find((p) => p.file === file)!.references.map((r) => r.citation));
		const all = placeTimeExpressions(check.corpus, spans);
		const left = all.filter((e) => !e.placement.placed);
		expect(all.length).toBeGreaterThan(0);
		expect(left.filter((e) => !e.placement.placed && e.placement.placeable)).toEqual([]);
		const items = selectAll('.time-expressions li', page(`/${pageRoute(file, 'src/content/docs')}/`.replace(/\/+/g, '/')));
		expect(items).toHaveLength(left.length);
		left.forEach((e, i) => {
			expect(toString(select('strong', items[i]!)!)).toBe(e.words);
			expect(toString(items[i]!)).toContain(!e.placement.placed ? e.placement.reason : '');
		});
	});

	it('has a mark for every dated entry and a line for every undated one, each linked to its entry’s marker', () => {
		const timeline = page('/timeline/');
		const entries = check.dates.filter((d) => d.file.endsWith('/timeline.mdx') && d.headsListItem);
		const dated = entries.filter((d) => d.date.kind === 'day' || d.date.kind === 'range' || d.date.kind === 'year');
		// A report's own dateline is its publication, marked apart from the events.
		const published = dated.filter((d) => d.date.kind === 'day' && d.date.dateline === true);
		expect(selectAll('.timeline-event', timeline)).toHaveLength(dated.length - published.length);
		expect(selectAll('.timeline-publication', timeline).map((p) => toString(p))).toEqual(published.map((d) => d.sourceId));
		expect(selectAll('.timeline-undated li', timeline)).toHaveLength(entries.length - dated.length);
		for (const link of selectAll('.timeline-chart a', timeline)) {
			const fragment = String(link.properties.href).replace(/^#/, '');
			expect(select(`[id="${fragment}"]`, timeline), fragment).not.toBeNull();
		}
	});
});

describe('the report pages', () => {
	beforeAll(ensureSiteBuilt);

	it('puts a reliability card before each report’s text: its dateline or none, the reports it shares text with, the disputes it stands in, its quality notes', () => {
		for (const source of check.corpus.sources) {
			const tree = page(`/sources/${source.id}/`);
			const card = select('.reliability-card', tree);
			expect(card, source.id).toBeDefined();
			const html = String(readFileSync(join(dist, 'sources', source.id, 'index.html'), 'utf8'));
			expect(html.indexOf('class="reliability-card"'), `${source.id}: card before the text`).toBeLessThan(html.indexOf('id="text"'));
			const text = toString(card!).replace(/\s+/g, ' ');
			const expected = reportReliability(source.meta, check.sharedPassages, check.disagreements);
			expect(text).toContain(source.meta.dateline ? `Dated ${source.meta.dateline}` : 'Undated');
			for (const share of expected.shares) expect(text, source.id).toMatch(new RegExp(`\\(${share.sourceId}\\) \\(${share.passages} passages?`));
			for (const dispute of [...expected.contradictsItself, ...expected.disputedBy]) expect(text, source.id).toContain(dispute.question);
			for (const note of source.meta.qualityNotes) expect(text, source.id).toContain(note.note.replace(/\s+/g, ' '));
		}
		// The corpus has a report that contradicts itself and reports that share text: the card is not empty everywhere.
		expect(check.corpus.sources.some((s) => reportReliability(s.meta, check.sharedPassages, check.disagreements).shares.length > 0)).toBe(true);
	});

	it('shows on each report page every excused sentence with its reason, and how many sentences are cited', () => {
		const spans = citedSpansBySource(check.ledger);
		const coverage = corpusSentenceCoverage(check.corpus, check.sentenceSettings, spans);
		let excused = 0;
		for (const source of check.corpus.sources) {
			const tree = page(`/sources/${source.id}/`);
			const { sentences } = coverage.get(source.id)!;
			const notes = selectAll('.sentence-excuse', tree).map((n) => toString(n).replace(/\s+/g, ' '));
			// "Not used yet" is said once for the report (sentences.yaml notUsedYet), not under each sentence.
			const expected = sentences.filter((s) => s.excuse && s.excuse.reason !== 'not-used-yet');
			expect(notes).toHaveLength(expected.length);
			const setAside = check.sentenceSettings[source.id]?.notUsedYet;
			const once = select('.not-used-yet', tree);
			expect(once ? toString(once) : undefined).toEqual(setAside === undefined ? undefined : expect.stringContaining(setAside));
			expected.forEach((s, i) => {
				expect(notes[i]).toContain(source.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 60));
				expect(notes[i]).toContain(s.excuse!.label);
			});
			excused += expected.length;
			const meta = toString(select('.source-meta', tree)!);
			expect(meta).toContain(`${sentences.filter((s) => s.cited).length} of ${sentences.length} sentences`);
		}
		expect(excused).toBeGreaterThan(0);
	});
});
