import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { BLOCKS, EDITORIAL_COMPONENT, literalValue } from './mdx-citation-tags.ts';
import type { MdxPage } from './mdx-page.ts';
import type { CitationLedger, CitationUse, PageReference } from './page-citations.ts';
import type { SiteProblem } from '../engine/site-problem.ts';

export const DISAGREEMENT_COMPONENT = 'Disagreement';
export const SIDE_COMPONENT = 'Side';

/** What the sides differ on: the facts themselves, or only how the reports word the same fact. */
export const DISAGREEMENT_DIFFERS = ['facts', 'wording'] as const;
export type DisagreementDiffers = (typeof DISAGREEMENT_DIFFERS)[number];

/** A run of a side's prose, or one of its citations where its tag stands. */
export type SidePart =
	| { text: string; /** True for a report's own words (a <Quote>), printed as they stand. */ quoted?: true }
	| {
			sourceId: string;
			/** The marker of this use on the disagreement's own page. */
			marker: string;
			reference: number;
			/** Fragment id of the highlighted words on the report's page. */
			fragment: string;
			paragraph: number;
	  };

export interface DisagreementSide {
	label: string;
	line: number;
	/** The side's blocks (paragraphs, list items), each as parts in reading order. */
	paragraphs: SidePart[][];
	/** Reports the side cites, in order of first citation. */
	sources: string[];
}

/** One disagreement: what is in dispute and each side with its own citations. */
export interface Disagreement {
	file: string;
	line: number;
	/** Anchor on its page, from the question: the differences page links to it. */
	id: string;
	topic: string;
	question: string;
	differs: DisagreementDiffers;
	/** One editorial line on why it matters to a reader (required of a facts disagreement in the explainer preset). */
	matters?: string;
	sides: DisagreementSide[];
}

const EXAMPLE = `<Disagreement topic="The pier" question="Was the pier unsafe?" differs="facts">
<Side label="Report 003">…<Cite source="003" quote="…" /></Side>
<Side label="Report 002">…<Cite source="002" quote="…" /></Side>
</Disagreement>`;

/** Words in lower case joined by hyphens, for an anchor. */
const slug = (words: string) =>
	words
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');

/** The anchor a question gets on its page: `disagreement-` and its words. */
export function disagreementId(question: string): string {
	return `disagreement-${slug(question)}`;
}

/** The anchor of a topic's section on the differences page: `topic-` and its words. */
export function topicId(topic: string): string {
	return `topic-${slug(topic)}`;
}

const isElement = (node: Nodes, name: string): node is MdxJsxFlowElement =>
	(node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

const isCitation = (node: Nodes) => isElement(node, 'Cite') || isElement(node, 'Quote');

function attributesOf(node: MdxJsxFlowElement, allowed: readonly string[]): { values: Record<string, string>; errors: string[] } {
	const values: Record<string, string> = {};
	const errors: string[] = [];
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			errors.push(`<${node.name}> cannot take spread attributes ({...}).`);
			continue;
		}
		if (!allowed.includes(attribute.name)) {
			errors.push(`<${node.name}> has an unknown attribute ${attribute.name}; it takes ${allowed.join(', ')}.`);
			continue;
		}
		const value = literalValue(attribute);
		if (value === undefined || value.trim() === '') errors.push(`<${node.name}> attribute ${attribute.name} must be a non-empty plain string.`);
		else values[attribute.name] = value.trim();
	}
	return { values, errors };
}

/** Whitespace-only text between the sides, or an editorial note about the disagreement. */
const allowedBetweenSides = (node: Nodes) =>
	isElement(node, SIDE_COMPONENT) || isElement(node, EDITORIAL_COMPONENT) || (node.type === 'text' && node.value.trim() === '');

function lineOf(node: Nodes): number {
	return node.position?.start.line ?? 1;
}

/**
 * Reads the side's prose into blocks of parts. Citation tags become their use on the page (matched
 * by position, as the ledger records them); a <Quote> also prints the report's exact words.
 */
function readSide(
	side: MdxJsxFlowElement,
	usesAt: ReadonlyMap<string, { use: CitationUse; reference: PageReference }>,
): { paragraphs: SidePart[][]; tags: number; spans: Set<string>; sources: string[] } {
	const paragraphs: SidePart[][] = [];
	const spans = new Set<string>();
	const sources: string[] = [];
	let tags = 0;
	const inline = (node: Nodes, parts: SidePart[]) => {
		if (isCitation(node)) {
			tags++;
			const found = usesAt.get(`${lineOf(node)}:${node.position?.start.column ?? 1}`);
			if (!found) return; // The tag did not resolve; its own problem says why.
			const { use, reference } = found;
			const { citation } = reference;
			spans.add(`${citation.sourceId}:${citation.start}:${citation.end}`);
			if (!sources.includes(citation.sourceId)) sources.push(citation.sourceId);
			if (use.component === 'Quote') parts.push({ text: `“${citation.text.replace(/\s+/g, ' ')}”`, quoted: true });
			parts.push({ sourceId: citation.sourceId, marker: use.marker, reference: reference.number, fragment: citation.fragment, paragraph: citation.paragraph });
			return;
		}
		if (node.type === 'text' || node.type === 'inlineCode') {
			parts.push({ text: node.value });
			return;
		}
		if ('children' in node) for (const child of node.children as Nodes[]) inline(child, parts);
	};
	const block = (node: Nodes) => {
		if (BLOCKS.has(node.type)) {
			const parts: SidePart[] = [];
			inline(node, parts);
			paragraphs.push(parts);
			return;
		}
		if ('children' in node) for (const child of node.children as Nodes[]) block(child);
	};
	for (const child of side.children as Nodes[]) block(child);
	return { paragraphs, tags, spans, sources };
}

/**
 * Every <Disagreement> of every page, read into data, and the problems that make one unfit to show:
 * a disagreement needs two or more sides, each citing at least one passage no other side cites
 * (two reports, or two passages of one report that contradict each other).
 */
export function collectDisagreements(pages: readonly MdxPage[], ledger: CitationLedger): { disagreements: Disagreement[]; problems: SiteProblem[] } {
	const disagreements: Disagreement[] = [];
	const problems: SiteProblem[] = [];
	const ledgerPages = new Map(ledger.pages.map((page) => [page.file, page]));
	for (const { file, tree } of pages) {
		if (!tree) continue;
		const usesAt = new Map<string, { use: CitationUse; reference: PageReference }>();
		for (const reference of ledgerPages.get(file)?.references ?? []) {
			for (const use of reference.uses) usesAt.set(`${use.line}:${use.column}`, { use, reference });
		}
		const problem = (node: Nodes, code: string, message: string, hint: string) =>
			problems.push({ file, line: lineOf(node), column: node.position?.start.column ?? 1, code, message, hint });
		const firstLine = new Map<string, number>();
		const walk = (node: Nodes, inside: boolean) => {
			if (isElement(node, SIDE_COMPONENT) && !inside) {
				problem(node, 'disagreement-invalid', 'A <Side> stands outside any <Disagreement>.', `Put the sides of a disagreement inside it:\n${EXAMPLE}`);
				return;
			}
			if (!isElement(node, DISAGREEMENT_COMPONENT)) {
				if ('children' in node) for (const child of node.children as Nodes[]) walk(child, inside);
				return;
			}
			if (inside) {
				problem(node, 'disagreement-invalid', 'A <Disagreement> stands inside another one.', 'Write each disagreement on its own, one after the other.');
				return;
			}
			disagreement(node);
		};
		const disagreement = (node: MdxJsxFlowElement) => {
			const { values, errors } = attributesOf(node, ['topic', 'question', 'differs', 'matters']);
			for (const name of ['topic', 'question', 'differs']) {
				if (!(name in values) && !errors.some((e) => e.includes(` ${name} `))) errors.push(`<Disagreement> is missing its ${name}="…" attribute.`);
			}
			const differs = values.differs;
			if (differs !== undefined && !(DISAGREEMENT_DIFFERS as readonly string[]).includes(differs)) {
				errors.push(`<Disagreement differs="${differs}"> must be differs="${DISAGREEMENT_DIFFERS.join('" or "')}": do the facts differ, or only the wording?`);
			}
			for (const message of errors) problem(node, 'disagreement-invalid', message, `Write it as:\n${EXAMPLE}`);
			const sides: (DisagreementSide & { spans: Set<string> })[] = [];
			for (const child of node.children as Nodes[]) {
				if (!allowedBetweenSides(child)) {
					problem(child, 'disagreement-invalid', 'A <Disagreement> holds only <Side> blocks (and <Editorial> notes); this text stands between them.', 'Move the text into the <Side> it belongs to, or out of the disagreement.');
					continue;
				}
				if (!isElement(child, SIDE_COMPONENT)) {
					if ('children' in child) for (const grandchild of child.children as Nodes[]) walk(grandchild, true);
					continue;
				}
				const side = attributesOf(child, ['label']);
				for (const message of side.errors) problem(child, 'disagreement-invalid', message, 'Give the side a label="…" naming whose account it is, e.g. label="Report 003, citing the engineer".');
				if (!side.values.label && side.errors.length === 0) {
					problem(child, 'disagreement-invalid', '<Side> is missing its label="…" attribute.', 'Give the side a label="…" naming whose account it is, e.g. label="Report 003, citing the engineer".');
				}
				const read = readSide(child, usesAt);
				const label = side.values.label ?? '';
				if (read.tags === 0) {
					problem(child, 'disagreement-side-uncited', `The side «${label}» of «${values.question ?? 'this disagreement'}» cites nothing.`, 'Each side states its account with its own <Cite> or <Quote>.');
					continue;
				}
				sides.push({ label, line: lineOf(child), paragraphs: read.paragraphs, sources: read.sources, spans: read.spans });
			}
			if (errors.length > 0) return;
			const question = values.question!;
			if (sides.length < 2) {
				problem(
					node,
					'disagreement-sides',
					`The disagreement «${question}» has ${sides.length} cited side${sides.length === 1 ? '' : 's'}; a disagreement needs at least two.`,
					`Add a second <Side label="…"> with the other account and its citation, or write the point as ordinary cited prose.`,
				);
				return;
			}
			const agreeing = sides.filter((side) => {
				const others = new Set(sides.filter((s) => s !== side).flatMap((s) => [...s.spans]));
				return side.spans.size > 0 && [...side.spans].every((span) => others.has(span));
			});
			// When no side has words of its own, the first stands and the others are named.
			for (const side of agreeing.length === sides.length ? agreeing.slice(1) : agreeing) {
				problems.push({
					file,
					line: side.line,
					column: 1,
					code: 'disagreement-same-passage',
					message: `The side «${side.label}» of «${question}» cites only words another side cites too: the sides agree there.`,
					hint: "Cite the passage that states this side's account, from another report or another passage of the same one.",
				});
			}
			const id = disagreementId(question);
			const earlier = firstLine.get(id);
			if (earlier !== undefined) {
				problem(node, 'disagreement-duplicate', `The disagreement «${question}» has the same anchor (#${id}) as the one on line ${earlier}.`, 'Ask each question once per page, or word the two differently.');
				return;
			}
			firstLine.set(id, lineOf(node));
			disagreements.push({
				file,
				line: lineOf(node),
				id,
				topic: values.topic!,
				question,
				differs: values.differs as DisagreementDiffers,
				...(values.matters === undefined ? {} : { matters: values.matters }),
				sides: sides.map(({ spans: _spans, ...side }) => side),
			});
		};
		walk(tree, false);
	}
	return { disagreements, problems };
}
