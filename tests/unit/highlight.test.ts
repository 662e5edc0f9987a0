import { describe, expect, it } from 'vitest';
import { highlightTree, nestablePieces, type HighlightNode } from '../../packages/starlight-verbatim-citations/src/engine/highlight.ts';
import * as anchors from '../../packages/starlight-verbatim-citations/src/engine/anchors.ts';

/** The tree as text, with marks in brackets, so that a test reads like the rendered paragraph. */
function render(text: string, nodes: HighlightNode[]): string {
	return nodes
		.map((node) => (node.kind === 'text' ? text.slice(node.start, node.end) : `[${node.target ? '#' : ''}${render(text, node.children)}]`))
		.join('');
}

const span = (start: number, end: number) => ({ start, end, fragment: anchors.spanId(start, end) });

describe('highlighting cited spans in a paragraph', () => {
	const text = 'the quick brown fox jumps';

	it('leaves a paragraph with no span as one plain run', () => {
		expect(highlightTree(0, text.length, [])).toEqual([{ kind: 'text', start: 0, end: text.length }]);
	});

	it('marks one span between two plain runs, the mark carrying its fragment id', () => {
		const nodes = highlightTree(0, text.length, [span(4, 9)]);
		expect(render(text, nodes)).toBe('the [#quick] brown fox jumps');
		expect(nodes[1]).toMatchObject({ kind: 'mark', fragment: 'quote-4-9', target: true });
	});

	it('keeps a nested span whole inside the span that contains it', () => {
		expect(render(text, highlightTree(0, text.length, [span(4, 19), span(10, 15)]))).toBe('the [#quick [#brown] fox] jumps');
	});

	it('cuts a span that crosses another at the other one\'s end; only its first piece is the link target', () => {
		const nodes = highlightTree(0, text.length, [span(4, 15), span(10, 25)]);
		expect(render(text, nodes)).toBe('the [#quick [#brown]][ fox jumps]');
		const pieces = nestablePieces([span(4, 15), span(10, 25)]);
		expect(pieces.filter((p) => p.fragment === 'quote-10-25').map((p) => [p.start, p.end, p.target])).toEqual([
			[10, 15, true],
			[15, 25, false],
		]);
	});

	it('places the rest of a cut span before a later span that starts where it does', () => {
		const pieces = nestablePieces([span(0, 10), span(5, 20), span(10, 12)]);
		expect(pieces.map((p) => `${p.fragment}:${p.start}-${p.end}`)).toEqual([
			'quote-0-10:0-10',
			'quote-5-20:5-10',
			'quote-5-20:10-20',
			'quote-10-12:10-12',
		]);
	});

	it('marks spans that touch end to start side by side, neither inside the other', () => {
		expect(render(text, highlightTree(0, text.length, [span(4, 9), span(9, 15)]))).toBe('the [#quick][# brown] fox jumps');
	});

	it('merges identical spans cited twice into one mark', () => {
		expect(highlightTree(0, text.length, [span(4, 9), span(4, 9)]).filter((n) => n.kind === 'mark')).toHaveLength(1);
	});

	it('ignores spans outside the paragraph and empty spans', () => {
		expect(render(text, highlightTree(4, 15, [span(0, 3), span(10, 30), span(7, 7), span(10, 15)]))).toBe('quick [#brown]');
	});

	it('counts offsets in UTF-16 code units, so an astral-plane character before a span moves it by two', () => {
		const astral = '😀 said so';
		const start = astral.indexOf('said');
		expect(start).toBe(3);
		expect(render(astral, highlightTree(0, astral.length, [span(start, start + 4)]))).toBe('😀 [#said] so');
	});
});

describe('fragment ids and paths', () => {
	it('are made in one place, from their numbers', () => {
		expect(anchors.spanId(3, 14)).toBe('quote-3-14');
		expect(anchors.paragraphId(2)).toBe('p-2');
		expect(anchors.referenceId(5)).toBe('ref-5');
		expect(anchors.markerId(5, 2)).toBe('cite-5-2');
		expect(anchors.previewId(5, 2)).toBe(`${anchors.markerId(5, 2)}-preview`);
		expect(anchors.sharedId(1, 9)).toBe('shared-1-9');
		const routes = anchors.DEFAULT_SOURCE_ROUTES;
		expect(routes.page('004')).toBe(`${routes.index}004/`);
		expect(routes.raw('004_x.txt')).toBe('sources/raw/004_x.txt');
		const library = anchors.sourceRoutes('/library/documents/');
		expect([library.index, library.page('a'), library.raw('a.txt')]).toEqual(['library/documents/', 'library/documents/a/', 'library/documents/raw/a.txt']);
	});
});
