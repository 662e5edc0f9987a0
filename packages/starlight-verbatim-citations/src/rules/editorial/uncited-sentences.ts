import type { Nodes, Root } from 'mdast';
import { proseSentences } from '../../pages/claim-sentence.ts';
import { CITATION_COMPONENTS } from '../../pages/mdx-citation-tags.ts';
import { EDITORIAL_COMPONENT, type UncitedParagraph } from './uncited-paragraphs.ts';

/** A worked-out date shows the report words it comes from, so it cites its sentence too. */
const DATE_COMPONENT = 'ReportDate';

/** Stands for a citation in the prose while it is split into sentences (a private-use character). */
const CITED = '\uE002';
/** Open and close a link's text: a sentence of links and "see" only is navigation, not a claim. */
const LINK = '\uE003';
const LINK_END = '\uE004';


function isTag(node: Nodes, names: readonly string[]): boolean {
	return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name != null && names.includes(node.name);
}

const CITING = [...Object.keys(CITATION_COMPONENTS), DATE_COMPONENT];

/** The block's prose with each citation as one mark and each link's text as another. */
function markedProse(node: Nodes): string {
	if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && isTag(node, CITING)) {
		// A quotation that ends its sentence ends the prose's sentence too.
		const quote = node.name === 'Quote' ? node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'quote') : undefined;
		return CITED + (typeof quote?.value === 'string' && /[.!?]["”’]?$/.test(quote.value) ? '.' : '');
	}
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'link') return LINK + node.children.map((child) => markedProse(child)).join('') + LINK_END;
	return 'children' in node ? (node.children as Nodes[]).map(markedProse).join('') : '';
}

/** "See [a] and [b]." or "See also [c].": a pointer to other pages, which claims nothing. */
const NAVIGATION = new RegExp(`^(see|see also)\\s+${LINK}(\\s*(,|and|or)\\s*${LINK})*\\s*\\.?$`, 'i');

/**
 * Sentences of cited prose paragraphs (list items included, <Editorial> excepted) that carry no
 * citation of their own: a paragraph's markers must not vouch for a sentence next to them. A marker
 * written after the full stop belongs to the sentence before it. Paragraphs with no citation at all
 * are left to the paragraph rule, so one gap gives one message.
 */
export function uncitedSentences(tree: Root): UncitedParagraph[] {
	const found: UncitedParagraph[] = [];
	const walk = (node: Nodes) => {
		if (node.type === 'mdxJsxFlowElement' && node.name === EDITORIAL_COMPONENT) return;
		if (node.type === 'paragraph') {
			const prose = markedProse(node).replace(/\s+/g, ' ');
			if (!prose.includes(CITED)) return;
			// Move marks that follow a sentence's end inside it, so the segmenter keeps them there.
			const moved = prose.replace(new RegExp(`([.!?]["”’)]*)\\s*((?:${CITED}\\s*)+)`, 'g'), (_all, end: string, marks: string) => `${marks.replace(/\s/g, '')}${end} `);
			for (const { start, end } of proseSentences(moved)) {
				const sentence = moved.slice(start, end).trim();
				if (sentence === '' || sentence.includes(CITED)) continue;
				if (NAVIGATION.test(sentence.replace(new RegExp(`${LINK}[^${LINK_END}]*${LINK_END}`, 'g'), LINK))) continue;
				found.push({ line: node.position?.start.line ?? 1, text: sentence.replace(new RegExp(`[${LINK}${LINK_END}]`, 'g'), '') });
			}
			return;
		}
		if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
	};
	walk(tree);
	return found;
}
