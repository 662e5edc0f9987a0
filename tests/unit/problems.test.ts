import { describe, expect, it } from 'vitest';
import { formatProblems, problemKind, summarise, type SiteProblem } from '../../packages/starlight-verbatim-citations/src/checks/problems.ts';

const at = (file: string, line: number, code: string): SiteProblem => ({ file, line, column: 1, code, message: `m ${code}`, hint: `h ${code}` });

describe('the summary of a refused build', () => {
	it('does not count report and metadata problems as citation problems', () => {
		expect(summarise([at('docs-data/sources.yaml', 3, 'metadata-invalid')])).toBe('1 problem in 1 file: 1 report or metadata problem.');
		expect(summarise([at('a.mdx', 1, 'quote-not-found'), at('a.mdx', 2, 'quote-cuts-word'), at('docs-data/sources/SHA256SUMS', 1, 'checksum-malformed'), at('b.mdx', 1, 'link-broken')])).toBe(
			'4 problems in 3 files: 1 report or metadata problem, 2 citation problems, 1 page problem.',
		);
	});

	it('sorts every kind of code into its kind', () => {
		expect(['unknown-source', 'tag-invalid', 'quote-ambiguous'].map(problemKind)).toEqual(['citation', 'citation', 'citation']);
		expect(['source-changed', 'checksums-missing', 'checksum-missing', 'metadata-syntax', 'source-empty'].map(problemKind)).toEqual(Array(5).fill('report or metadata'));
		expect(['players-invalid', 'player-page-unknown', 'mdx-syntax', 'paragraph-uncited'].map(problemKind)).toEqual(['players file', 'players file', 'page', 'page']);
	});

	it('groups by file, orders by line, and ends with the summary', () => {
		const text = formatProblems([at('b.mdx', 9, 'quote-empty'), at('a.mdx', 4, 'link-broken'), at('b.mdx', 2, 'quote-not-found')]);
		expect(text.indexOf('a.mdx:4:1')).toBeLessThan(text.indexOf('b.mdx:2:1'));
		expect(text.indexOf('b.mdx:2:1')).toBeLessThan(text.indexOf('b.mdx:9:1'));
		expect(text).toContain('    Fix: h quote-empty');
		expect(text.endsWith('3 problems in 2 files: 2 citation problems, 1 page problem.')).toBe(true);
	});
});

describe('the printed problems, whole', () => {
	it('indents every line of a many-line message and hint under its file:line:column, columns in order', () => {
		const problems: SiteProblem[] = [
			{ file: 'b.mdx', line: 3, column: 9, code: 'quote-not-found', message: 'Line one.\nLine two.', hint: 'Hint one.\nHint two.' },
			{ file: 'b.mdx', line: 3, column: 2, code: 'quote-empty', message: 'Empty.', hint: 'Fill it.' },
			{ file: 'a.mdx', line: 1, column: 1, code: 'link-broken', message: 'Broken.', hint: 'Mend it.' },
		];
		expect(formatProblems(problems)).toBe(
			[
				'a.mdx',
				'  a.mdx:1:1  [link-broken]',
				'    Broken.',
				'    Fix: Mend it.',
				'',
				'b.mdx',
				'  b.mdx:3:2  [quote-empty]',
				'    Empty.',
				'    Fix: Fill it.',
				'',
				'  b.mdx:3:9  [quote-not-found]',
				'    Line one.',
				'    Line two.',
				'    Fix: Hint one.',
				'    Hint two.',
				'',
				'3 problems in 2 files: 2 citation problems, 1 page problem.',
			].join('\n'),
		);
	});
	it('matches kinds by the start of the code, and whole codes where the catalogue names one', () => {
		expect(['unknown-source-x', 'x-unknown-source', 'tag-invalid-x', 'x-quote-empty', 'x-metadata-invalid', 'x-player-page', 'checksums-x', 'player-x'].map(problemKind)).toEqual([
			'page',
			'page',
			'page',
			'page',
			'page',
			'page',
			'report or metadata',
			'players file',
		]);
	});
	it('lists the kinds in a fixed order: reports first, then players, citations, pages', () => {
		expect(summarise([at('p.mdx', 1, 'link-broken'), at('p.mdx', 2, 'quote-empty'), at('players.yaml', 1, 'players-invalid'), at('s.yaml', 1, 'metadata-invalid')])).toBe(
			'4 problems in 3 files: 1 report or metadata problem, 1 players file problem, 1 citation problem, 1 page problem.',
		);
	});
});
