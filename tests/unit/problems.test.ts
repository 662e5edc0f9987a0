import { describe, expect, it } from 'vitest';
import { formatProblems, problemKind, summarise, type SiteProblem } from '../../src/verbatim-citations/checks/problems.ts';

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
