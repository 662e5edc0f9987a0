import type { Nodes, Root } from 'mdast';
import { proseSentences } from '../../pages/claim-sentence.ts';
import { CITATION_COMPONENTS } from '../../pages/mdx-citation-tags.ts';
import { holdsText, isEditorial, tableRows, type UncitedParagraph } from './uncited-paragraphs.ts';
import { pageNames } from '../../pages/page-components.ts';

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

/** The block's prose with each citation as one mark and each link's text as another; `links` collects each link's address, in order. */
function markedProse(node: Nodes, links: string[]): string {
	if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && isTag(node, CITING)) {
		// A quotation that ends its sentence ends the prose's sentence too.
		const quote = node.name === 'Quote' ? node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'quote') : undefined;
		return CITED + (typeof quote?.value === 'string' && /[.!?]["”’]?$/.test(quote.value) ? '.' : '');
	}
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (node.type === 'link') {
		links.push(node.url);
		return LINK + node.children.map((child) => markedProse(child, links)).join('') + LINK_END;
	}
	return 'children' in node ? (node.children as Nodes[]).map((child) => markedProse(child, links)).join('') : '';
}

/** "See [a] and [b]." or "See also [c].": a pointer to other pages, which claims nothing. */
const NAVIGATION = new RegExp(`^(see|see also)\\s+${LINK}(\\s*(,|and|or)\\s*${LINK})*\\s*\\.?$`, 'i');

/** Words a pointer's link may consist of without claiming anything ("where the reports differ"). */
const NAVIGATION_WORDS = new Set(['where', 'the', 'reports', 'report', 'differ', 'disagree', 'on', 'it', 'this', 'that', 'page', 'section', 'below', 'above', 'here', 'more', 'list', 'of', 'all', 'them']);

const normalised = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whether a pointer's link text claims nothing: it is the title of the page it links to, or only
 * navigation words. "See [Trump fired Sessions in 2017](../x/)." is a claim dressed as a pointer.
 */
function isPointerText(text: string, href: string, titleOf: (href: string) => string | undefined): boolean {
	const title = titleOf(href);
	if (title !== undefined && normalised(title) === normalised(text)) return true;
	const words = normalised(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	return words.length > 0 && words.every((word) => NAVIGATION_WORDS.has(word));
}

/** Words that end in a full stop without ending the sentence, before a lower-case word. */
const ABBREVIATION = /(?:^|[^\p{L}.])(?:etc|vs|cf|al|approx|incl|ca|no|e\.g|i\.e)$/iu;

/**
 * Splits a sentence where a full stop (or ! or ?) after a word of two letters or more is followed
 * by a lower-case word. Intl.Segmenter never breaks there, so "Cited.<Cite/> then he was fired." read as
 * one cited sentence (issue 22); "U.S. officials" (a one-letter word before the stop) and "etc."
 * do not split.
 */
export function lowerCaseStarts(sentence: string): string[] {
	const parts: string[] = [];
	let from = 0;
	for (const match of sentence.matchAll(new RegExp(`\\p{L}{2,}[${CITED}]*[.!?]["”’)]*[${CITED}]*(\\s+)(?=\\p{Ll})`, 'gu'))) {
		const end = match.index + match[0].length - match[1]!.length;
		const before = sentence.slice(0, end).replace(/[.!?"”’)\uE002]+$/u, '');
		if (ABBREVIATION.test(before)) continue;
		parts.push(sentence.slice(from, end));
		from = end;
	}
	parts.push(sentence.slice(from));
	return parts;
}

/**
 * Sentences of cited prose paragraphs (list items included, <Editorial> excepted) that carry no
 * citation of their own: a paragraph's markers must not vouch for a sentence next to them. A marker
 * written after the full stop belongs to the sentence before it. Paragraphs with no citation at all
 * are left to the paragraph rule, so one gap gives one message.
 */
export function uncitedSentences(tree: Root, titleOf: (href: string) => string | undefined = () => undefined): UncitedParagraph[] {
	const names = pageNames(tree);
	const found: UncitedParagraph[] = [];
	const walk = (node: Nodes) => {
		if (isEditorial(node, names)) return;
		if (node.type === 'paragraph' || holdsText(node)) {
			// A table's rows are checked one by one by the paragraph rule.
			if (tableRows(node)) return;
			const links: string[] = [];
			const prose = markedProse(node, links).replace(/\s+/g, ' ');
			if (!prose.includes(CITED)) return;
			// Move marks that follow a sentence's end inside it, so the segmenter keeps them there.
			const moved = prose.replace(new RegExp(`([.!?]["”’)]*)\\s*((?:${CITED}\\s*)+)`, 'g'), (_all, end: string, marks: string) => `${marks.replace(/\s/g, '')}${end} `);
			let linksBefore = 0;
			for (const { start, end } of proseSentences(moved)) {
				const segment = moved.slice(start, end);
				for (const sentence of lowerCaseStarts(segment).map((part) => part.trim())) {
					const first = linksBefore;
					linksBefore += [...sentence].filter((c) => c === LINK).length;
					if (sentence === '' || sentence.includes(CITED)) continue;
					if (NAVIGATION.test(sentence.replace(new RegExp(`${LINK}[^${LINK_END}]*${LINK_END}`, 'g'), LINK))) {
						const texts = [...sentence.matchAll(new RegExp(`${LINK}([^${LINK_END}]*)${LINK_END}`, 'g'))].map((m) => m[1]!);
						if (texts.every((text, i) => isPointerText(text, links[first + i] ?? '', titleOf))) continue;
					}
					found.push({ line: node.position?.start.line ?? 1, text: sentence.replace(new RegExp(`[${LINK}${LINK_END}]`, 'g'), '') });
				}
			}
			return;
		}
		if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
	};
	walk(tree);
	return found;
}
