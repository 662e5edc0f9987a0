import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CITATION_COMPONENTS, EDITORIAL_COMPONENT } from '../../pages/mdx-citation-tags.ts';
import { pageNames, type PageNames } from '../../pages/page-components.ts';

export { EDITORIAL_COMPONENT } from '../../pages/mdx-citation-tags.ts';


export interface UncitedParagraph {
	line: number;
	text: string;
}

function cites(node: Nodes): boolean {
	if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name != null && Object.hasOwn(CITATION_COMPONENTS, node.name)) {
		return true;
	}
	return 'children' in node && (node.children as Nodes[]).some(cites);
}

/**
 * Whether the element is the package's <Editorial>, whose text is labelled as the editors' own.
 * An `Editorial` the page defines or imports from elsewhere shows no label: its text is prose like
 * any other (issue 22). One the page does not import at all is its own problem
 * (`component-unimported`) and is not reported twice.
 */
export function isEditorial(node: Nodes, names: PageNames): boolean {
	if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return false;
	if (node.name == null) return false;
	if (names.fromPackage.get(node.name) === EDITORIAL_COMPONENT) return true;
	return node.name === EDITORIAL_COMPONENT && !names.declared.has(node.name);
}

/** A GFM table's delimiter row (`| --- | :-: |`): the paragraph above it is a table, each line of it a row. */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * The lines of a paragraph when it is a table that GFM did not read as one (a parser without GFM,
 * or a table GFM refuses, which a renderer with other rules may still draw), else undefined.
 */
export function tableRows(node: Nodes): string[] | undefined {
	const lines = toString(node).split('\n');
	return lines.length >= 2 && lines[0]!.includes('|') && DELIMITER_ROW.test(lines[1]!) ? lines : undefined;
}

/** Lines of the page that hold a citation tag inside `node`. */
function citedLines(node: Nodes, into = new Set<number>()): Set<number> {
	if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name != null && Object.hasOwn(CITATION_COMPONENTS, node.name)) {
		into.add(node.position?.start.line ?? 0);
	}
	if ('children' in node) for (const child of node.children as Nodes[]) citedLines(child, into);
	return into;
}

/** A block-level element written on one line (`<p>…</p>`, `<div>…</div>`) holds its text without a paragraph. */
export const holdsText = (node: Nodes) => node.type === 'mdxJsxFlowElement' && node.children.some((child) => (child.type as string) === 'text' && (child as { value: string }).value.trim() !== '');

/**
 * Prose paragraphs (including list items, quotes, elements holding text, and each body row of a
 * table) that carry no <Cite> or <Quote>, outside the package's <Editorial>. Headings and a
 * table's header row are not claims and need no citation.
 */
export function uncitedParagraphs(tree: Root): UncitedParagraph[] {
	const names = pageNames(tree);
	const found: UncitedParagraph[] = [];
	const walk = (node: Nodes) => {
		if (isEditorial(node, names)) return;
		if (node.type === 'table') {
			// Each body row is a claim of its own: one citation must not vouch for the whole table.
			for (const row of node.children.slice(1)) {
				const text = toString(row).replace(/\s+/g, ' ').trim();
				if (text !== '' && !cites(row)) found.push({ line: row.position?.start.line ?? 1, text: `| ${row.children.map((cell) => toString(cell).trim()).join(' | ')} |` });
			}
			return;
		}
		if (node.type === 'paragraph' || holdsText(node)) {
			const start = node.position?.start.line ?? 1;
			const rows = tableRows(node);
			if (rows) {
				// Each row is a claim of its own: one citation must not vouch for the whole table.
				const cited = citedLines(node);
				rows.forEach((row, i) => {
					if (i < 2 || row.replace(/[|\s]/g, '') === '' || cited.has(start + i)) return;
					found.push({ line: start + i, text: row.trim() });
				});
				return;
			}
			const text = toString(node).replace(/\s+/g, ' ').trim();
			if (text !== '' && !cites(node)) found.push({ line: start, text });
			return;
		}
		if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
	};
	walk(tree);
	return found;
}
