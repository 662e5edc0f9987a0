import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { visitParents } from 'unist-util-visit-parents';
import type { Nodes } from 'mdast';
import type { TagProblem } from './mdx-page.ts';
import { sentenceAround, MARK, START } from './claim-sentence.ts';

/** The MDX components that cite a report, and what each renders. */
export const CITATION_COMPONENTS = {
	/** A marker after paraphrased words. */
	Cite: 'marker',
	/** The report's exact words in quotation marks, followed by a marker. */
	Quote: 'quotation',
} as const;

export type CitationComponent = keyof typeof CITATION_COMPONENTS;

/** A citation tag as written in an MDX file, with its 1-based position. */
export interface CitationTag {
	component: CitationComponent;
	sourceId: string;
	quote: string;
	line: number;
	column: number;
	/** Offsets of the tag in the MDX text. */
	start: number;
	end: number;
	/** The text of the paragraph, list item or heading the tag sits in: the claim it supports. */
	claim: string;
	/** The sentence of that claim the tag sits in (after its last word when it follows a full stop). */
	sentence: string;
}


function isCitationComponent(name: string | null | undefined): name is CitationComponent {
	return name != null && Object.hasOwn(CITATION_COMPONENTS, name);
}

/**
 * The string an attribute holds, when it is written as a literal: `quote="…"`, `quote='…'`,
 * `quote={"…"}` or `quote={`…`}` without `${}`. Anything computed cannot be checked before the
 * build, so it is refused rather than skipped.
 */
export function literalValue(attribute: MdxJsxAttribute): string | undefined {
	const { value } = attribute;
	if (typeof value === 'string') return value;
	const statement = value?.data?.estree?.body[0];
	if (statement?.type !== 'ExpressionStatement') return undefined;
	const expression = statement.expression;
	if (expression.type === 'Literal' && typeof expression.value === 'string') return expression.value;
	if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) {
		return expression.quasis[0]?.value.cooked ?? undefined;
	}
	return undefined;
}

function readAttributes(
	attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[],
	component: CitationComponent,
): { values: Record<string, string>; errors: string[] } {
	const values: Record<string, string> = {};
	const errors: string[] = [];
	for (const attribute of attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			errors.push(`<${component}> cannot take spread attributes ({...}); write source="…" and quote="…".`);
			continue;
		}
		const value = literalValue(attribute);
		if (value === undefined) {
			errors.push(`<${component}> attribute ${attribute.name} must be a plain string, not an expression.`);
		} else {
			values[attribute.name] = value;
		}
	}
	for (const name of ['source', 'quote']) {
		if (!(name in values) && !errors.some((e) => e.includes(` ${name} `))) {
			errors.push(`<${component}> is missing its ${name}="…" attribute.`);
		}
	}
	for (const name of Object.keys(values)) {
		if (name !== 'source' && name !== 'quote') {
			errors.push(`<${component}> has an unknown attribute ${name}; it takes source and quote.`);
		}
	}
	return { values, errors };
}

/** The blocks a claim is read from. */
export const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** An element no reader sees or hears: `hidden`, or `aria-hidden` other than "false". Its words are not prose. */
function isHidden(node: Nodes): boolean {
	if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return false;
	// `hidden` is hidden whatever string it holds (an HTML boolean attribute); only {false} shows the element.
	const isFalse = (value: MdxJsxAttribute['value'], string: boolean) => (typeof value === 'string' ? string && value.trim() === 'false' : value?.value.trim() === 'false');
	return node.attributes.some(
		(a) => a.type === 'mdxJsxAttribute' && ((a.name === 'hidden' && !isFalse(a.value, false)) || (a.name === 'aria-hidden' && !isFalse(a.value, true))),
	);
}

/** Prose of a block as a reader sees it: <Quote> tags become their quoted words in quotation marks. */
export function proseOf(node: Nodes, marked?: Nodes): string {
	if (node === marked) return START + proseOf(node) + MARK;
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
		if (node.name === 'Quote') {
			const quote = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'quote');
			return quote?.type === 'mdxJsxAttribute' && typeof quote.value === 'string' ? `“${quote.value}”` : '';
		}
		if (node.name === 'Cite') return '';
		if (isHidden(node)) return '';
	}
	return 'children' in node ? (node.children as Nodes[]).map((child) => proseOf(child, marked)).join('') : '';
}

function claimText(ancestors: Nodes[]): string {
	const block = [...ancestors].reverse().find((node) => BLOCKS.has(node.type));
	return block ? proseOf(block).replace(/\s+/g, ' ').trim() : '';
}

function claimSentence(ancestors: Nodes[], node: Nodes): string {
	const block = [...ancestors].reverse().find((ancestor) => BLOCKS.has(ancestor.type));
	return block ? sentenceOfTag(block, node) : '';
}

/** The sentence of `block` that the tag `node` sits in (see claim-sentence.ts). */
export function sentenceOfTag(block: Nodes, node: Nodes): string {
	return sentenceAround(proseOf(block, node));
}

/**
 * Finds every citation tag in a parsed MDX page (see mdx-page.ts), in document order. Tags inside
 * code are text, not components, and are not returned. Invalid tags come back as problems.
 */
export function scanCitationTags(tree: Root): { tags: CitationTag[]; problems: TagProblem[] } {
	const tags: CitationTag[] = [];
	const problems: TagProblem[] = [];
	visitParents(tree, (node, ancestors) => {
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		if (!isCitationComponent(node.name)) return;
		const line = node.position?.start.line ?? 1;
		const column = node.position?.start.column ?? 1;
		const { values, errors } = readAttributes(node.attributes, node.name);
		if (node.children.length > 0) {
			errors.push(
				`<${node.name}> must be self-closing: the quoted words come from the quote attribute, not from children.`,
			);
		}
		if (errors.length > 0) {
			for (const message of errors) {
				problems.push({
					line,
					column,
					code: 'tag-invalid',
					message,
					hint: `Write it as <${node.name} source="003" quote="words copied from the report" />.`,
				});
			}
			return;
		}
		tags.push({
			component: node.name,
			sourceId: values.source!,
			quote: values.quote!,
			line,
			column,
			start: node.position?.start.offset ?? 0,
			end: node.position?.end.offset ?? 0,
			claim: claimText(ancestors),
			sentence: claimSentence(ancestors, node),
		});
	});
	return { tags, problems };
}

/** The component that marks editorial framing; its contents need no citation. */
export const EDITORIAL_COMPONENT = 'Editorial';
