import type { Nodes, Root } from 'mdast';
import type { UncitedParagraph } from './uncited-paragraphs.ts';

/** The words an estree node writes into the page: JSX text and string literals, in order. */
function writtenText(node: unknown, into: string[] = []): string[] {
	if (node === null || typeof node !== 'object') return into;
	const n = node as { type?: string; value?: unknown };
	if (n.type === 'JSXText' && typeof n.value === 'string') into.push(n.value);
	if (n.type === 'Literal' && typeof n.value === 'string') into.push(n.value);
	if (n.type === 'TemplateElement') into.push(String((n.value as { cooked?: string }).cooked ?? ''));
	for (const [key, value] of Object.entries(node)) {
		// Positions and comments are not written into the page.
		if (key === 'loc' || key === 'range' || key === 'comments' || key === 'position') continue;
		if (Array.isArray(value)) for (const item of value) writtenText(item, into);
		else if (value && typeof value === 'object') writtenText(value, into);
	}
	return into;
}

/**
 * `{…}` expressions that write words into the page (`{<p>Trump fired him.</p>}`, `{'text'}`): the
 * check reads prose and citation tags from the MDX tree, and an expression's insides are not part
 * of it, so its words would be published unchecked and any <Cite> in it unverified (issue 22).
 * Comments (`{/* … *\/}`) and expressions that print values (`{frontmatter.title}`) write no words.
 */
export function expressionTexts(tree: Root): UncitedParagraph[] {
	const found: UncitedParagraph[] = [];
	const walk = (node: Nodes) => {
		if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			const text = writtenText((node.data as { estree?: unknown } | undefined)?.estree).join(' ').replace(/\s+/g, ' ').trim();
			if (/\p{L}/u.test(text)) found.push({ line: node.position?.start.line ?? 1, text });
			return;
		}
		if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
	};
	walk(tree);
	return found;
}
