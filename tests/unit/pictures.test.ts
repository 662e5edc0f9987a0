import { describe, expect, it } from 'vitest';
import { castCards } from '../../src/verbatim-citations/analysis/cast.ts';
import { coverageGrid } from '../../src/verbatim-citations/analysis/coverage-grid.ts';
import { createCorpus } from '../../src/verbatim-citations/engine/corpus.ts';
import { parseMdxPage } from '../../src/verbatim-citations/checks/mdx-page.ts';
import { checkPages } from '../../src/verbatim-citations/checks/page-citations.ts';
import { sourceMetadataSchema } from '../../src/verbatim-citations/schemas/source-metadata.ts';

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
			{ file: 'src/content/docs/disputes/pier.mdx', spans: 3, cells: [{ sourceId: 'a', spans: 2, firstReference: 1 }, { sourceId: 'b', spans: 1, firstReference: 3 }] },
		]);
	});

	it('shows a report a page does not cite as zero, with no link', () => {
		const [row] = coverageGrid(ledger, ['a', 'b', 'c'], (file) => file.includes('/docs/disputes/'));
		expect(row!.cells.at(-1)).toEqual({ sourceId: 'c', spans: 0, firstReference: undefined });
	});
});

describe('what players.yaml says beyond names', () => {
	const known = new Set(['players/lee/']);
	it('refuses a role that is not verbatim in its report, at the entry line', async () => {
		const { playerProblems } = await import('../../src/verbatim-citations/checks/player-roles.ts');
		const problems = playerProblems([{ ...ann, role: { source: 'a', quote: 'The harbor master Ann Lee' } }], corpus, 'players.yaml', new Map([['lee', 7]]), known);
		expect(problems.map((p) => [p.line, p.code])).toEqual([[7, 'quote-not-found']]);
		expect(problems[0]!.message).toContain('The role of player "lee"');
	});

	it('refuses a page the site does not have', async () => {
		const { playerProblems } = await import('../../src/verbatim-citations/checks/player-roles.ts');
		const problems = playerProblems([{ ...ann, page: 'players/ann-lee/' }], corpus, 'players.yaml', new Map([['lee', 3]]), known);
		expect(problems.map((p) => [p.line, p.code])).toEqual([[3, 'player-page-unknown']]);
		expect(playerProblems([ann], corpus, 'players.yaml', new Map(), known)).toEqual([]);
	});
});
