import { describe, expect, it } from 'vitest';
import { castCards } from '../../packages/starlight-verbatim-citations/src/analysis/cast.ts';
import { findMentions } from '../../packages/starlight-verbatim-citations/src/analysis/mentions.ts';
import { coverageGrid } from '../../packages/starlight-verbatim-citations/src/analysis/coverage-grid.ts';
import { timelineChart } from '../../packages/starlight-verbatim-citations/src/analysis/timeline-chart.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

const report = (id: string, text: string) => ({ meta: sourceMetadataSchema.parse({ id, file: `${id}.txt`, title: 'T', summary: 'S' }), text, sha256: '', byteLength: text.length });
const corpus = createCorpus([
	report('a', 'The harbour master Ann Lee closed the pier.\n\nLee said it was unsafe.\n'),
	report('b', 'The union spoke to Lee on Monday.\n'),
]);
const ann = { id: 'lee', name: 'Ann Lee', aliases: ['Ann Lee', 'Lee'], role: { source: 'a', quote: 'The harbour master Ann Lee' }, page: 'players/lee/' };
const bob = { id: 'bob', name: 'Bob', aliases: ['Bob'] };

describe('the cast', () => {
	it('counts the paragraphs of each report that name each player, and takes the role from the report', () => {
		const [lee, nobody] = castCards([bob, ann], corpus);
		expect(lee).toMatchObject({ id: 'lee', total: 3, scale: 2, mentions: [{ sourceId: 'a', count: 2 }, { sourceId: 'b', count: 1 }] });
		expect(lee!.role).toEqual({ sourceId: 'a', text: 'The harbour master Ann Lee', paragraph: 1 });
		expect(nobody).toMatchObject({ id: 'bob', total: 0, role: undefined });
	});

	it('changes when the data changes', () => {
		const more = createCorpus([...corpus.sources.map((s) => report(s.id, s.text)), report('c', 'Bob met Lee.\n\nBob left.\n')]);
		const cards = castCards([bob, ann], more);
		expect(cards.find((c) => c.id === 'bob')!.mentions.at(-1)).toEqual({ sourceId: 'c', count: 2 });
		expect(cards.find((c) => c.id === 'lee')!.total).toBe(4);
	});
	it('takes the mentions from the caller when given them, the same cards as it finds itself', () => {
		const asked: string[] = [];
		const cards = castCards([bob, ann], corpus, (player) => {
			asked.push(player.id);
			return findMentions(corpus, player);
		});
		expect(asked).toEqual(['bob', 'lee']);
		expect(cards).toEqual(castCards([bob, ann], corpus));
	});
});

describe('who covers what', () => {
	const page = (file: string, mdx: string) => parseMdxPage(file, mdx);
	const { ledger } = checkPages(corpus, [
		page('src/content/docs/disputes/pier.mdx', 'Closed<Cite source="a" quote="closed the pier" />. Unsafe<Cite source="a" quote="it was unsafe" />. Met<Cite source="b" quote="spoke to Lee" />.\n'),
		page('src/content/docs/players/lee.mdx', 'Lee<Cite source="b" quote="spoke to Lee" />.\n'),
	]);

	it('counts distinct cited passages per dispute page and report, linked to the first reference', () => {
		const rows = coverageGrid(ledger, ['a', 'b'], (file) => file.includes('/docs/disputes/'));
		expect(rows).toEqual([
			{ file: 'src/content/docs/disputes/pier.mdx', spans: 3, cells: [{ sourceId: 'a', spans: 2, firstReference: 1, sharesWith: [] }, { sourceId: 'b', spans: 1, firstReference: 3, sharesWith: [] }] },
		]);
	});

	it('shows a report a page does not cite as zero, with no link', () => {
		const [row] = coverageGrid(ledger, ['a', 'b', 'c'], (file) => file.includes('/docs/disputes/'));
		expect(row!.cells.at(-1)).toEqual({ sourceId: 'c', spans: 0, firstReference: undefined, sharesWith: [] });
	});
});

describe('who covers what, with copies marked', () => {
	it('marks a cell whose cited words another report cited on the same page shares', () => {
		const text = 'The harbour board voted on Tuesday to close the old ferry pier for good.\n';
		const copy = 'Reports say the harbour board voted on Tuesday to close the old ferry pier for good.\n';
		const twins = createCorpus([report('a', text), report('b', copy), report('c', 'Nothing alike here at all.\n')]);
		const { ledger } = checkPages(twins, [
			parseMdxPage('src/content/docs/disputes/pier.mdx', 'Closed<Cite source="a" quote="voted on Tuesday to close the old ferry pier" /><Cite source="b" quote="voted on Tuesday to close the old ferry pier" /><Cite source="c" quote="Nothing alike" />.\n'),
		]);
		const passages = [{ id: 'p', words: 13, a: { sourceId: 'a', start: 4, end: 72, text: '' }, b: { sourceId: 'b', start: 16, end: 84, text: '' } }];
		const [row] = coverageGrid(ledger, ['a', 'b', 'c'], () => true, passages);
		expect(row!.cells.map((c) => c.sharesWith)).toEqual([['b'], ['a'], []]);
		expect(coverageGrid(ledger, ['a', 'b', 'c'], () => true, [])[0]!.cells.map((c) => c.sharesWith)).toEqual([[], [], []]);
	});
});

describe('what players.yaml says beyond names', () => {
	const known = new Set(['players/lee/']);
	it('refuses a role that is not verbatim in its report, at the entry line', async () => {
		const { playerProblems } = await import('../../packages/starlight-verbatim-citations/src/rules/core/player-roles.ts');
		const problems = playerProblems([{ ...ann, role: { source: 'a', quote: 'The harbor master Ann Lee' } }], corpus, 'players.yaml', new Map([['lee', 7]]), known);
		expect(problems.map((p) => [p.line, p.code])).toEqual([[7, 'quote-not-found']]);
		expect(problems[0]!.message).toContain('The role of player "lee"');
	});

	it('refuses a page the site does not have', async () => {
		const { playerProblems } = await import('../../packages/starlight-verbatim-citations/src/rules/core/player-roles.ts');
		const problems = playerProblems([{ ...ann, page: 'players/ann-lee/' }], corpus, 'players.yaml', new Map([['lee', 3]]), known);
		expect(problems.map((p) => [p.line, p.code])).toEqual([[3, 'player-page-unknown']]);
		expect(playerProblems([ann], corpus, 'players.yaml', new Map(), known)).toEqual([]);
	});

	it('words a missing page with the page meant, and keeps a section id out of the path it checks', async () => {
		const { playerProblems } = await import('../../packages/starlight-verbatim-citations/src/rules/core/player-roles.ts');
		const pages = new Set(['players/lee/', 'disputes/pier/']);
		expect(playerProblems([{ ...ann, page: 'people/lee/' }], corpus, 'players.yaml', new Map([['lee', 3]]), pages)).toEqual([
			{
				file: 'players.yaml',
				line: 3,
				column: 1,
				code: 'player-page-unknown',
				message: 'Player "lee" points at the page people/lee/, but the site has no page /people/lee/.',
				hint: 'Did you mean page: players/lee/? Give the path of an existing page under src/content/docs, e.g. "players/trump/" (and a heading id after # for a section).',
			},
		]);
		expect(playerProblems([{ ...ann, page: 'nowhere/' }], corpus, 'players.yaml', new Map(), pages)[0]!.hint).toBe(
			'Give the path of an existing page under src/content/docs, e.g. "players/trump/" (and a heading id after # for a section).',
		);
		expect(playerProblems([{ ...ann, page: 'players/lee/#early-life' }], corpus, 'players.yaml', new Map(), pages)).toEqual([]);
	});

	it('names the report of a role it refuses, and withholds a role citing a report that failed to load', async () => {
		const { playerProblems } = await import('../../packages/starlight-verbatim-citations/src/rules/core/player-roles.ts');
		const lost = { ...ann, role: { source: 'z', quote: 'The harbour master Ann Lee' } };
		const [unknown] = playerProblems([lost], corpus, 'players.yaml', new Map(), known);
		expect(unknown).toMatchObject({ line: 1, code: 'unknown-source', sourceId: 'z' });
		expect(unknown!.message).toBe('The role of player "lee": Unknown source id "z".');
		expect(playerProblems([lost], corpus, 'players.yaml', new Map(), known, undefined, { all: false, ids: new Set(['z']) })).toEqual([]);
		expect(playerProblems([lost], corpus, 'players.yaml', new Map(), known, undefined, { all: true, ids: new Set() })).toEqual([]);
		expect(playerProblems([lost], corpus, 'players.yaml', new Map(), known, undefined, { all: false, ids: new Set(['y']) })).toHaveLength(1);
		// A report that failed to load withholds only "unknown source", never a wrong quote in a report that loaded.
		const misquoted = { ...ann, role: { source: 'a', quote: 'The harbor master Ann Lee' } };
		expect(playerProblems([misquoted], corpus, 'players.yaml', new Map(), known, undefined, { all: true, ids: new Set(['a']) })).toHaveLength(1);
	});
});

describe('the visual timeline', () => {
	const use = (line: number, date: import('../../packages/starlight-verbatim-citations/src/reading/report-dates.ts').WorkedDate) => ({ file: 't.mdx', line, column: 3, sourceId: 'a', words: 'w', date, headsListItem: true, sentence: '' });
	const cite = (line: number, claim: string, marker: string) => ({ line, claim, marker }) as unknown as import('../../packages/starlight-verbatim-citations/src/pages/page-citations.ts').CitationUse;
	const dates = [
		use(1, { kind: 'day', date: '2017-07-26', basis: 'stated: report a is dated 2017-07-26' }),
		use(2, { kind: 'day', date: '2017-07-24', basis: 'worked out: report a is dated … and says “On Monday”' }),
		use(3, { kind: 'range', from: '2017-07-17', to: '2017-07-23', basis: 'worked out: … “last week”' }),
		use(4, { kind: 'undated', basis: 'cannot be dated: report b carries no dateline' }),
	];
	const uses = [cite(1, '. Allies spoke.', 'cite-1-1'), cite(2, '. Trump spoke.', 'cite-2-1'), cite(3, '. An interview.', 'cite-3-1'), cite(4, '. Spicer declined.', 'cite-4-1')];

	it('places each dated entry on one axis by its computed date, with its basis, and lists the undated apart', () => {
		const chart = timelineChart(dates, uses, 't.mdx');
		expect(chart.from).toBe('2017-07-17');
		expect(chart.to).toBe('2017-07-26');
		expect(chart.events.map((e) => [e.label, e.basis, e.text, e.target])).toEqual([
			['2017-07-26', 'stated', 'Allies spoke.', 'cite-1-1'],
			['2017-07-24', 'worked-out', 'Trump spoke.', 'cite-2-1'],
			['2017-07-17 to 2017-07-23', 'range', 'An interview.', 'cite-3-1'],
		]);
		expect(chart.events[2]!.start).toBe(0);
		expect(chart.events[0]!.end).toBe(100);
		expect(chart.undated).toEqual([{ text: 'Spicer declined.', reason: 'cannot be dated: report b carries no dateline', target: 'cite-4-1' }]);
	});

	it('sets a report’s own dateline apart as its publication, not an event', () => {
		const withDateline = [use(1, { kind: 'day', date: '2017-07-26', basis: 'stated: report a’s dateline', dateline: true }), ...dates.slice(1)];
		const chart = timelineChart(withDateline, uses, 't.mdx');
		expect(chart.publications).toEqual([{ sourceId: 'a', label: '2017-07-26', at: 90, text: 'Allies spoke.', target: 'cite-1-1' }]);
		expect(chart.events.map((e) => e.label)).toEqual(['2017-07-24', '2017-07-17 to 2017-07-23']);
		expect(chart.to).toBe('2017-07-26');
	});

	it('keeps the axis on the events when a year-long range lies far before them, drawing the range to the edge', () => {
		const withYear = [...dates, use(5, { kind: 'year', year: '2016', basis: 'stated: report a says “the 2016 election”' })];
		const chart = timelineChart(withYear, [...uses, cite(5, '. The election.', 'cite-5-1')], 't.mdx');
		expect([chart.from, chart.to]).toEqual(['2017-07-17', '2017-07-26']);
		const year = chart.events.find((e) => e.label === '2016')!;
		expect(year).toMatchObject({ basis: 'range', start: 0, end: 0, beyondStart: true });
		expect(chart.events.find((e) => e.label === '2017-07-24')!.start).toBe(70);
		// A long range alone still sets the axis.
		expect(timelineChart([withYear[4]!], [cite(5, '. The election.', 'cite-5-1')], 't.mdx')).toMatchObject({ from: '2016-01-01', to: '2016-12-31' });
	});

	it('changes when a computed date changes', () => {
		const moved = [use(1, { kind: 'day', date: '2017-06-07', basis: 'stated: …' }), ...dates.slice(1)];
		const chart = timelineChart(moved, uses, 't.mdx');
		expect(chart.from).toBe('2017-06-07');
		expect(chart.events[0]!.start).toBe(0);
		expect(chart.ticks.map((t) => t.date)).toEqual(['2017-07-01']);
	});
});
