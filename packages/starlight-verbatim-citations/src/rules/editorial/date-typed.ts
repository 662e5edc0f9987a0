import type { Nodes, Root } from 'mdast';
import { BLOCKS, CITATION_COMPONENTS, literalValue, proseOf, sentenceOfTag } from '../../pages/mdx-citation-tags.ts';
import type { MdxPage } from '../../pages/mdx-page.ts';
import { clipped, type SiteProblem } from '../../engine/site-problem.ts';
import { isEditorialPage } from './uncited-prose.ts';
import { MONTHS } from '../../reading/report-dates.ts';
import { editorialRule } from '../core/rule.ts';
import { isScalar, LineCounter, parseDocument } from 'yaml';

const YEAR = '(?:1[89]|20)\\d{2}';
const MONTH = `(?:${MONTHS.join('|')})`;

/**
 * Dates that are dates whatever surrounds them: a calendar date (2017-07-26) and a month with a
 * year (June 2017, July 26, 2017, 26 July 2017). Tried first, each match hiding what it covers.
 */
/** A month by its abbreviation, only ever a date before a day number ("Sept. 5"). */
const MONTH_SHORT = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const CALENDAR_PATTERNS = [
	/\b\d{4}-\d{2}-\d{2}\b/g,
	new RegExp(`\\b(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2},?)?\\s+${YEAR}\\b`, 'g'),
	// Numeric dates: 06/05/2017, 6/5/17, 05.06.2017, 05-06-2017, 2017/06/05.
	/\b(?:\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}-\d{1,2}-\d{4}|\d{4}\/\d{1,2}\/\d{1,2})(?![\d/.-]\d)\b/g,
	// A day and a month without a year: 24 July, the 5th of June, March 2, June 5th, Sept. 5.
	new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b`, 'g'),
	new RegExp(`\\b(?:${MONTH}|${MONTH_SHORT})\\s+${DAY}\\b(?![.,]?\\d)`, 'g'),
];

/**
 * The prose as the patterns read it, one character for each character they see: digits of any
 * script become ASCII digits ("２４" is 24), and invisible format characters (a soft hyphen, a
 * zero-width space) are dropped, so neither hides a date. `origin[i]` is the offset in `prose` of
 * `text[i]` (and `origin[text.length]` its end), so what is found is quoted as written.
 */
function readable(prose: string): { text: string; origin: number[] } {
	let text = '';
	const origin: number[] = [];
	let at = 0;
	for (const char of prose) {
		if (/\p{Cf}/u.test(char)) {
			at += char.length;
			continue;
		}
		let shown = char;
		if (/\p{Nd}/u.test(char) && !/[0-9]/.test(char)) {
			// Unicode digits come in runs of ten from zero: the digit is the distance from the run's zero.
			let zero = char.codePointAt(0)!;
			while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
			shown = String((char.codePointAt(0)! - zero) % 10);
		}
		for (let i = 0; i < shown.length; i++) origin.push(at);
		text += shown;
		at += char.length;
	}
	origin.push(at);
	return { text, origin };
}

/**
 * A bare number from 1800 to 2099 is a year only when its words say so, or documentation prose
 * ("Room 1912", "1912 people", "page 2017 of the file") would be refused as typed dates. The words
 * before it that make it a time: a preposition of time, a season or part of a year, "year", or
 * "was"/"is" ending the sentence ("It was 2016.").
 */
const TIME_BEFORE = new RegExp(
	`\\b(?:in|since|by|until|till|from|before|after|during|through|throughout|circa|around|early|late|mid|mid-year|year|spring|summer|autumn|fall|winter|(?:spring|summer|autumn|fall|winter|year|end|start|beginning|middle|half|quarter) of)[\\s-]+$`,
	'i',
);
/** "It was 2016." – a year as the whole predicate of its sentence. */
const COPULA_BEFORE = /\b(?:was|is)\s+$/i;
/** Nouns of dated events: "the 2016 election" is a year, "the 2016 voters" a count. */
const EVENT_AFTER = /^\s+(?:presidential\s+|general\s+|midterm\s+)?(?:elections?|campaigns?|race|primary|primaries|midterms?|convention|inauguration|census|olympics|budget|summit|season|term|session|fiscal year|transition|debates?)\b/i;
/** Joins two years of a range: "2016 to 2018", "2019–2020", "2016 and 2017". */
const RANGE_BETWEEN = /^\s*(?:-|–|—|to|and|or|through|until)\s*$/i;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether the bare year at `at` in `prose` is a year by its words (see TIME_BEFORE). */
function readsAsYear(prose: string, at: number, length: number, previousYearEnd: number | undefined): boolean {
	const before = prose.slice(Math.max(0, at - 40), at);
	const after = prose.slice(at + length);
	if (TIME_BEFORE.test(before) || EVENT_AFTER.test(after)) return true;
	if (COPULA_BEFORE.test(before) && /^[.!?;]?(\s|$)/.test(after)) return true;
	return previousYearEnd !== undefined && RANGE_BETWEEN.test(prose.slice(previousYearEnd, at));
}

/** The dates typed in `prose`, each with its offset. */
export function typedDates(prose: string): { text: string; at: number }[] {
	const { text, origin } = readable(prose);
	return typedDatesIn(text).map((date) => ({ text: prose.slice(origin[date.at], origin[date.at + date.text.length - 1]! + (prose.codePointAt(origin[date.at + date.text.length - 1]!)! > 0xffff ? 2 : 1)), at: origin[date.at]! }));
}

/**
 * A report's label, "the 26 July report (000)" or "the 7 June and 26 July reports (003 and 000)":
 * its day and month name the report, not an event, and the report-named rule checks them against
 * the report's dateline.
 */
const REPORT_LABEL = new RegExp(`\\b${DAY}\\s+${MONTH}(?:(?:\\s*,\\s*|,?\\s+and\\s+)${DAY}\\s+${MONTH})*(?=\\s+reports?\\s+\\()`, 'g');

function typedDatesIn(prose: string): { text: string; at: number }[] {
	let masked = prose.replace(REPORT_LABEL, (label) => ' '.repeat(label.length));
	const found: { text: string; at: number }[] = [];
	for (const pattern of CALENDAR_PATTERNS) {
		for (const match of masked.matchAll(pattern)) {
			found.push({ text: match[0], at: match.index });
			masked = masked.slice(0, match.index) + ' '.repeat(match[0].length) + masked.slice(match.index + match[0].length);
		}
	}
	let previousYearEnd: number | undefined;
	for (const match of masked.matchAll(new RegExp(`\\b${YEAR}\\b`, 'g'))) {
		if (!readsAsYear(prose, match.index, match[0].length, previousYearEnd)) continue;
		found.push({ text: match[0], at: match.index });
		previousYearEnd = match.index + match[0].length;
	}
	return found.sort((a, b) => a.at - b.at);
}

function citationTags(node: Nodes): Nodes[] {
	if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name != null && Object.hasOwn(CITATION_COMPONENTS, node.name)) return [node];
	return 'children' in node ? (node.children as Nodes[]).flatMap(citationTags) : [];
}

function quoteOf(tag: Nodes): string {
	if (tag.type !== 'mdxJsxTextElement' && tag.type !== 'mdxJsxFlowElement') return '';
	const attribute = tag.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'quote');
	return attribute?.type === 'mdxJsxAttribute' ? (literalValue(attribute) ?? '') : '';
}

/**
 * Every date typed into explainer prose (headings and <Editorial> included) that neither comes
 * from <ReportDate> (which prints the engine's date, so is not prose here) nor occurs in the quote
 * of a citation in the same sentence. Pages in editorial folders are exempt.
 */
export function typedDateProblems(pages: readonly MdxPage[], pagesDir: string, editorialFolders: readonly string[]): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const page of pages) {
		if (!page.tree || isEditorialPage(page.file, pagesDir, editorialFolders)) continue;
		problems.push(...frontmatterDates(page));
		const walk = (node: Nodes) => {
			if (!BLOCKS.has(node.type)) {
				if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
				return;
			}
			const prose = proseOf(node);
			const dates = typedDates(prose);
			if (dates.length === 0) return;
			const sentences = [...segmenter.segment(prose)];
			const tags = citationTags(node).map((tag) => ({ sentence: sentenceOfTag(node, tag), quote: quoteOf(tag) }));
			for (const date of dates) {
				const sentence = sentences.find((s) => date.at >= s.index && date.at < s.index + s.segment.length);
				const text = flat(sentence?.segment ?? prose);
				const own = tags.filter((tag) => tag.sentence === text || text.includes(tag.sentence) || tag.sentence.includes(text));
				if (own.some((tag) => tag.quote.includes(date.text))) continue;
				problems.push({
					file: page.file,
					line: node.position?.start.line ?? 1,
					column: node.position?.start.column ?? 1,
					code: 'date-typed',
					message: `The date «${date.text}» is typed into the prose: «${clipped(text, 140)}»`,
					hint: `Let the engine work it out from the report's words, e.g. <ReportDate source="000" words="On Monday" />, or quote the report's words that give it in this sentence's citation.`,
				});
			}
		};
		walk(page.tree as Root as Nodes);
	}
	return problems;
}

/** Dates typed into the frontmatter's `title` and `description`, which readers see as the page's heading and summary. */
function frontmatterDates(page: MdxPage): SiteProblem[] {
	if (page.frontmatter === undefined) return [];
	const lines = new LineCounter();
	const document = parseDocument(page.frontmatter, { lineCounter: lines });
	return ['title', 'description'].flatMap((field) => {
		const node = document.get(field, true);
		if (!isScalar(node) || typeof node.value !== 'string') return [];
		const text = flat(node.value);
		const place = lines.linePos(node.range?.[0] ?? 0);
		return typedDates(node.value).map((date) => ({
			file: page.file,
			line: place.line + 1,
			column: place.col,
			code: 'date-typed',
			message: `The date «${date.text}» is typed into the frontmatter ${field}: «${clipped(text, 140)}»`,
			hint: `Describe the time in words without a date (the ${field} cannot cite), or move the date into the page's prose with a <ReportDate>.`,
		}));
	});
}

/** Editorial: an explainer's dates come from the engine; documentation prose may write any year. */
export const dateTypedRule = editorialRule(
	'date-typed', ['date-typed'],
	'No calendar date, day and month ("24 July", "March 2", "06/05/2017"), month with a year, or year ("in 2017", "the 2016 election") is typed into prose outside <ReportDate> and the quotes of its sentence, nor into the frontmatter title and description; other digits and invisible characters do not hide one.',
	{ message: 'The date «June 2017» is typed into the prose: «In June 2017 the board closed the pier.»', fix: 'Let the engine work it out: <ReportDate source="000" words="On Monday" />, or quote the words that give it.' },
	({ pages, pagesDir, editorialFolders }) => typedDateProblems(pages, pagesDir, editorialFolders),
);
