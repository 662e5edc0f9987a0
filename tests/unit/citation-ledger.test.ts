import { beforeEach, describe, expect, it } from 'vitest';
import { citationRecords, citationsJsonSchema, independenceGroup, reportRecords } from '../../packages/starlight-verbatim-citations/src/analysis/citation-ledger.ts';
import { reportLineage } from '../../packages/starlight-verbatim-citations/src/lineage/lineage.ts';
import { findSharedPassages } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { twinsOf } from '../../packages/starlight-verbatim-citations/src/lineage/twins-of.ts';
import { describeCitationProblem, show } from '../../packages/starlight-verbatim-citations/src/pages/citation-messages.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages, citedSpansBySource } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { resolveCitation } from '../../packages/starlight-verbatim-citations/src/engine/resolve.ts';
import { citationsFileSchema, citationRecordSchema } from '../../packages/starlight-verbatim-citations/src/schemas/citation-record.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

const shared = 'The harbour board voted on Tuesday to close the old ferry pier for good.';
const mdx = [
	'Closed<Cite source="a" quote="close the old ferry pier" /><Cite source="b" quote="close the old ferry pier" />.',
	'',
	'Silent<Cite source="a" quote="said nothing at all" />, and closed<Cite source="a" quote="close the old ferry pier" />.',
	'',
].join('\n');
// Built before each test, not at import, so that `npm run test:mutation` credits each test with the
// engine code it exercises (Stryker records coverage per test only while a test runs).
let corpus: ReturnType<typeof syntheticCorpus>;
let passages: ReturnType<typeof findSharedPassages>;
let ledger: ReturnType<typeof checkPages>['ledger'];
let problems: ReturnType<typeof checkPages>['problems'];
beforeEach(() => {
	corpus = syntheticCorpus({
		a: `${shared}\n\nThe mayor said nothing at all about it.\n`,
		b: `Reports say ${shared}\n`,
		c: 'Nothing alike here at all.\n',
	});
	passages = findSharedPassages(corpus);
	({ ledger, problems } = checkPages(corpus, [parseMdxPage('src/content/docs/pier.mdx', mdx)]));
});

describe('the citation ledger of a page', () => {
	it('numbers references by first use and counts each use of one, grouping adjacent tags', () => {
		expect(problems).toEqual([]);
		const [page] = ledger.pages;
		expect(page!.uses.map((u) => [u.reference, u.occurrence, u.marker, u.group, u.endsGroup])).toEqual([
			[1, 1, 'cite-1-1', 1, false],
			[2, 1, 'cite-2-1', 1, true],
			[3, 1, 'cite-3-1', 2, true],
			[1, 2, 'cite-1-2', 3, true],
		]);
	});

	it('groups cited spans by report, in text order, with every place that cites them', () => {
		const spans = citedSpansBySource(ledger);
		expect([...spans.keys()].sort()).toEqual(['a', 'b']);
		expect(spans.get('a')!.map((s) => s.citedBy.map((c) => c.marker))).toEqual([['cite-1-1', 'cite-1-2'], ['cite-3-1']]);
	});

	it('makes one record per marker, valid against the schema, with the report\'s exact words', () => {
		const records = citationRecords(ledger, corpus, passages, (file) => `/${file.replace(/^src\/content\/docs\/|\.mdx$/g, '')}/`);
		expect(records).toHaveLength(4);
		for (const record of records) expect(citationRecordSchema.parse(record)).toEqual(record);
		expect(records[0]).toMatchObject({
			page: '/pier/',
			marker: 'cite-1-1',
			source: 'a',
			quote: 'close the old ferry pier',
			independenceGroup: 'a+b',
			corroboration: { group: 1, reports: 2, independent: 1 },
			attribution: { label: 'not attributed by the report', frames: [] },
		});
		expect(records[0]!.sourceUrl).toMatch(/^\/sources\/a\/#quote-\d+-\d+$/);
		expect(records[2]).toMatchObject({ source: 'a', quote: 'said nothing at all', independenceGroup: 'a' });
	});

	it('derives the JSON Schema of citations.json from the zod schema', () => {
		const schema = citationsJsonSchema() as { properties: { records: { items: { required: string[] } } } };
		expect(schema.properties.records.items.required).toContain('independenceGroup');
	});

	it('counts a quote outside every shared passage as its own report only', () => {
		expect(independenceGroup('c', 0, 5, passages)).toBe('c');
	});
});

describe('the twins of a report', () => {
	it('lists each shared passage from the report\'s side, in its order', () => {
		const lineage = reportLineage(corpus, passages);
		const [ofB] = twinsOf('b', lineage);
		expect(ofB!.here.sourceId).toBe('b');
		expect(ofB!.twin.sourceId).toBe('a');
		expect(twinsOf('a', lineage)[0]!.here.sourceId).toBe('a');
		expect(twinsOf('c', lineage)).toEqual([]);
	});
});

describe('a page with a bad citation', () => {
	it('reports the tag, the file, the line and the catalogue\'s message, and keeps checking the rest', () => {
		const { ledger, problems } = checkPages(corpus, [
			parseMdxPage('src/content/docs/bad.mdx', 'Line one.\n\nGone<Cite source="a" quote="not in the report at all" />. Fine<Cite source="a" quote="said nothing at all" />.\n'),
		]);
		const expected = resolveCitation(corpus, 'a', 'not in the report at all');
		if (expected.ok) throw new Error('the quote should not resolve');
		const { message, hint } = describeCitationProblem(expected.problem);
		expect(problems).toEqual([
			expect.objectContaining({ file: 'src/content/docs/bad.mdx', line: 3, code: 'quote-not-found', message: `<Cite source="a" quote=${show('not in the report at all')}>\n${message}`, hint }),
		]);
		expect(ledger.pages[0]!.uses).toHaveLength(1);
	});

	it('says nothing about an unknown source whose report failed to load (it has its own problem)', () => {
		const page = parseMdxPage('src/content/docs/x.mdx', 'Text<Cite source="zz" quote="some words here" />.\n');
		expect(checkPages(corpus, [page], undefined, { all: false, ids: new Set(['zz']) }).problems).toEqual([]);
		expect(checkPages(corpus, [page], undefined, { all: true, ids: new Set() }).problems).toEqual([]);
		expect(checkPages(corpus, [page]).problems.map((p) => p.code)).toEqual(['unknown-source']);
	});

	it('withholds only "unknown source" for a report that failed to load, and lists problems of a page that does not parse', () => {
		const misquoted = parseMdxPage('src/content/docs/x.mdx', 'Text<Cite source="a" quote="not in the report at all" />.\n');
		expect(checkPages(corpus, [misquoted], undefined, { all: true, ids: new Set(['a']) }).problems.map((p) => p.code)).toEqual(['quote-not-found']);
		const broken = parseMdxPage('src/content/docs/broken.mdx', 'Text<Cite source=\n');
		const { ledger, problems } = checkPages(corpus, [broken]);
		expect(problems).toEqual([{ file: 'src/content/docs/broken.mdx', ...broken.problems[0]! }]);
		expect(ledger.pages).toMatchObject([{ file: 'src/content/docs/broken.mdx', uses: [], references: [] }]);
	});
});

describe('cited spans by report', () => {
	it('lists each report\'s spans in text order, a longer span before a shorter one at the same start', () => {
		const mdx = [
			'Later<Cite source="a" quote="said nothing at all" />.',
			'',
			'Short<Cite source="a" quote="close the old ferry" />.',
			'',
			'Long<Cite source="a" quote="close the old ferry pier" />.',
			'',
		].join('\n');
		const spans = citedSpansBySource(checkPages(corpus, [parseMdxPage('src/content/docs/order.mdx', mdx)]).ledger).get('a')!;
		expect(spans.map((s) => corpus.byId.get('a')!.text.slice(s.start, s.end))).toEqual(['close the old ferry pier', 'close the old ferry', 'said nothing at all']);
	});
});

describe('the reports in the ledger', () => {
	it('records each report once, with its metadata, checksum, addresses and what its dateline rests on', () => {
		const reports = createCorpus([
			{ meta: sourceMetadataSchema.parse({ id: 'a', file: 'a_1.txt', title: 'A', summary: 'S', dateline: '2024-03-05', outlet: 'The Harbour Times', byline: 'A. Reporter', url: 'https://example.org/a', retrieved: '2024-03-06', excerpt: true }), text: 'HARBOURTON, March 5, 2024 — The pier closed.', sha256: 'f'.repeat(64), byteLength: 44 },
			{ meta: sourceMetadataSchema.parse({ id: 'b', file: 'b_2.txt', title: 'B', summary: 'S', dateline: '2024-03-01', datelineSource: { note: 'From the archive.', url: 'https://example.org/archive' } }), text: 'The pier closed.', sha256: 'e'.repeat(64), byteLength: 16 },
			{ meta: sourceMetadataSchema.parse({ id: 'c', file: 'c_3.txt', title: 'C', summary: 'S' }), text: 'Undated.', sha256: 'd'.repeat(64), byteLength: 8 },
		]);
		const records = reportRecords(reports);
		expect(records[0]).toEqual({
			id: 'a', title: 'A', file: 'a_1.txt', sha256: 'f'.repeat(64), page: '/sources/a/', original: '/sources/raw/a_1.txt',
			outlet: 'The Harbour Times', byline: 'A. Reporter', url: 'https://example.org/a', retrieved: '2024-03-06', excerpt: true,
			dateline: { date: '2024-03-05', basis: 'text', words: 'March 5, 2024' },
		});
		expect(records[1]).toMatchObject({ id: 'b', excerpt: false, dateline: { date: '2024-03-01', basis: 'editors', note: 'From the archive.', url: 'https://example.org/archive' } });
		expect(records[1]).not.toHaveProperty('outlet');
		expect(records[2]!.dateline).toBeNull();
		// Valid against the file's schema, so citations.schema.json documents it.
		expect(() => citationsFileSchema.parse({ site: null, reports: records, records: [] })).not.toThrow();
	});
});
