import type { Root, Nodes } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { Corpus } from '../engine/corpus.ts';
import { resolveCitation } from '../engine/resolve.ts';
import { formatWorkedDate, workOutDate, type WorkedDate } from '../reading/report-dates.ts';
import { describeCitationProblem } from './citation-messages.ts';
import { BLOCKS, literalValue, sentenceOfTag } from './mdx-citation-tags.ts';
import type { MdxPage } from './mdx-page.ts';
import type { SiteProblem } from '../engine/site-problem.ts';

/** The component that prints a date worked out by the engine (components/ReportDate.astro). */
export const DATE_COMPONENT = 'ReportDate';

/** One `<ReportDate source="003" words="on Monday" />` of a page, checked and worked out. */
export interface DateUse {
	file: string;
	line: number;
	column: number;
	sourceId: string;
	words: string;
	date: WorkedDate;
	/** True when the tag opens a list item: a timeline entry headed by its date. */
	headsListItem: boolean;
	/** The sentence of its paragraph, list item or heading the tag sits in (as a citation's `sentence`). */
	sentence: string;
}

const HINT = 'Write it as <ReportDate source="003" words="on Monday" />: words copied from the report that say when.';

function headsListItem(node: Nodes, ancestors: Nodes[]): boolean {
	// A date in bold (`- **<ReportDate … />**. …`) heads its entry too: its parent is then the
	// strong, and the paragraph and list item are one level further up.
	const strong = ancestors.at(-1)?.type === 'strong' ? ancestors.at(-1) : undefined;
	const paragraph = ancestors.at(strong ? -2 : -1);
	const item = ancestors.at(strong ? -3 : -2);
	if (paragraph?.type !== 'paragraph' || item?.type !== 'listItem') return false;
	if (item.children[0] !== paragraph) return false;
	const first = paragraph.children.find((child) => !(child.type === 'text' && child.value.trim() === ''));
	return strong ? first === strong && first.type === 'strong' && first.children[0] === node : first === node;
}

/**
 * Every date tag of every page: its words must be in its report verbatim (like a quote), and the
 * engine must be able to work them out (a weekday equal to the dateline's is refused; a tag with
 * `required` refuses "cannot be dated").
 */
export function checkDateTags(corpus: Corpus, pages: readonly MdxPage[], minQuoteLength?: number): { dates: DateUse[]; problems: SiteProblem[] } {
	const dates: DateUse[] = [];
	const problems: SiteProblem[] = [];
	for (const page of pages) {
		if (!page.tree) continue;
		visitParents(page.tree as Root, (node, ancestors) => {
			if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || node.name !== DATE_COMPONENT) return;
			const line = node.position?.start.line ?? 1;
			const column = node.position?.start.column ?? 1;
			// Each problem names its report, so one that failed to load is not blamed again here.
			const at = (code: string, message: string, hint = HINT) =>
				problems.push({ file: page.file, line, column, code, message, hint, ...(typeof values.source === 'string' ? { sourceId: values.source } : {}) });
			const values: Record<string, string | true> = {};
			for (const attribute of node.attributes) {
				if (attribute.type !== 'mdxJsxAttribute') continue;
				if (attribute.value === null || attribute.value === undefined) values[attribute.name] = true;
				else {
					const value = literalValue(attribute);
					if (value !== undefined) values[attribute.name] = value;
				}
			}
			const { source: sourceId, words, required } = values;
			if (typeof sourceId !== 'string' || typeof words !== 'string') {
				at('tag-invalid', `<${DATE_COMPONENT}> needs source="…" and words="…" as plain strings.`);
				return;
			}
			const resolution = resolveCitation(corpus, sourceId, words, minQuoteLength);
			if (!resolution.ok) {
				const { message, hint } = describeCitationProblem(resolution.problem);
				at(resolution.problem.code, `<${DATE_COMPONENT} source="${sourceId}" words="${words}">\n${message}`, hint);
				return;
			}
			const result = workOutDate(sourceId, resolution.citation.text, corpus.byId.get(sourceId)!.meta.dateline);
			if (!result.ok) {
				at(result.refusal.code, `<${DATE_COMPONENT} source="${sourceId}" words="${words}">\n${result.refusal.reason}`, 'Quote words that fix the day (a date the report states), or describe the time in words without a date.');
				return;
			}
			if (required === true && result.date.kind === 'undated') {
				at('date-undated', `<${DATE_COMPONENT} source="${sourceId}" words="${words}" required> needs a date, but: ${formatWorkedDate(result.date)}.`, 'Drop `required` and list the event with those the reports do not date.');
				return;
			}
			const block = [...(ancestors as Nodes[])].reverse().find((ancestor) => BLOCKS.has(ancestor.type));
			const sentence = block ? sentenceOfTag(block, node as Nodes) : '';
			dates.push({ file: page.file, line, column, sourceId, words, date: result.date, headsListItem: headsListItem(node as Nodes, ancestors as Nodes[]), sentence });
		});
	}
	return { dates, problems };
}
