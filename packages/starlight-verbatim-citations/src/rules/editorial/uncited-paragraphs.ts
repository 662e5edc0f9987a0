import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { CITATION_COMPONENTS, EDITORIAL_COMPONENT } from '../../pages/mdx-citation-tags.ts';

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
 * Prose paragraphs (including list items, quotes and table rows written as paragraphs) that carry
 * no <Cite> or <Quote>, outside <Editorial>. Headings are not paragraphs and need no citation.
 */
export function uncitedParagraphs(tree: Root): UncitedParagraph[] {
	const found: UncitedParagraph[] = [];
	const walk = (node: Nodes) => {
		if (node.type === 'mdxJsxFlowElement' && node.name === EDITORIAL_COMPONENT) return;
		if (node.type === 'paragraph') {
			const text = toString(node).replace(/\s+/g, ' ').trim();
			if (text !== '' && !cites(node)) found.push({ line: node.position?.start.line ?? 1, text });
			return;
		}
		if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
	};
	walk(tree);
	return found;
}
