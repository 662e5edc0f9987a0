import { toString } from 'mdast-util-to-string';
import { boundedMemo } from '../../lineage/tokens.ts';
import { namesPlayer } from './patterns.ts';
import type { MdxPage } from '../../pages/mdx-page.ts';
import type { Player } from '../../schemas/players.ts';

/** Words as the claim rules read them: letters, digits, inner apostrophes, hyphens and full stops ("A.G.", "attorney-general"). */
export const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?(?:(?<=\.\p{L})\.)?/gu;

/** Spellings of one word (British and American, variants the reports use): the first is the one kept. */
const VARIANTS: Record<string, string> = { advisor: 'adviser', advisors: 'advisers', criticise: 'criticize', criticised: 'criticized', defense: 'defence', rumors: 'rumours', rumor: 'rumour' };

/**
 * A word folded for the comparison of a claim with its citation: case, a possessive ("Trump's",
 * "Sessions'") and simple inflection ("recused", "recusing", "Clintons") do not count; so
 * "Sessions'" and "Sessions", "senators" and "Senator" are one word.
 */
export const fold: (word: string) => string = boundedMemo(foldWord, 200_000);

function foldWord(word: string): string {
	const bare = word.normalize('NFKC').toLowerCase().replace(/['’]s?$/u, '').replace(/’/gu, "'");
	const spelt = VARIANTS[bare] ?? bare;
	if (spelt.length <= 4) return spelt;
	// A people's name is its country's: "Russian" and "Russia" are one word.
	return spelt.replace(/ian$/u, 'ia').replace(/(?:ies)$/u, 'y').replace(/(?:ing|ed|es|s)$/u, '');
}

/** Every word of a text, folded. */
export function foldedWords(text: string): Set<string> {
	return new Set([...text.matchAll(WORD)].map((m) => fold(m[0])));
}

/**
 * The titles and headings of the site's own pages: a sentence may send the reader to "What the
 * reports disagree on" in its words.
 */
export function pageNames(pages: readonly MdxPage[]): string[] {
	const names: string[] = [];
	for (const page of pages) {
		const title = /^title:\s*(.+)$/mu.exec(page.frontmatter ?? '')?.[1]?.replace(/^["']|["']$/gu, '');
		if (title) names.push(title);
		const visit = (node: { type: string; children?: unknown[] }) => {
			if (node.type === 'heading') names.push(toString(node as never));
			else for (const child of node.children ?? []) visit(child as never);
		};
		if (page.tree) visit(page.tree);
	}
	return names;
}

/**
 * Where a sentence uses the words the site itself supplies, which a claim may use whatever it
 * cites: the name of one of its pages or sections in quotation marks ('under "What the reports
 * disagree on"'). A name unquoted is read as the claim's own words: "Mueller" is a page's title too.
 */
export function siteWordSpans(sentence: string, names: readonly string[]): { start: number; end: number }[] {
	// A name is looked up, not searched for: the text between each opening and each later closing
	// quotation mark of the sentence (a sentence has a few) against the names, folded for case once
	// per list. Searching the sentence once per name cost sentences × names, and a site has as many
	// names as pages and headings.
	const known = foldedNames(names);
	const opening = [...sentence.matchAll(/["“‘']/gu)].map((m) => m.index);
	const closing = [...sentence.matchAll(/["”’']/gu)].map((m) => m.index);
	const found = new Map<string, { start: number; end: number }[]>();
	for (const start of opening)
		for (const end of closing) {
			if (end <= start) continue;
			const name = foldCase(sentence.slice(start + 1, end));
			if (!known.has(name)) continue;
			const spans = found.get(name) ?? [];
			// As a search for that one name finds them: left to right, never overlapping.
			if (spans.length === 0 || start >= spans.at(-1)!.end) spans.push({ start, end: end + 1 });
			found.set(name, spans);
		}
	return [...found.values()].flat().sort((a, b) => a.start - b.start);
}

/** Case folded as a case-insensitive Unicode regular expression compares letters. */
const foldCase = (text: string) => text.toLowerCase();
const namesFolded = new WeakMap<readonly string[], Set<string>>();
function foldedNames(names: readonly string[]): Set<string> {
	let set = namesFolded.get(names);
	if (!set) namesFolded.set(names, (set = new Set(names.map(foldCase))));
	return set;
}

/**
 * Whether a claim's word is supported by what it cites: the cited words have it (folded), or it is
 * part of a form of name of a person the cited words name by another of that person's forms
 * ("Trump" for "the disgruntled president", "Sessions" for "his attorney general"; a form's
 * article and case do not count).
 */
export function supportedWord(word: string, cited: { text: string; words: Set<string> }, players: readonly Player[]): boolean {
	const folded = fold(word);
	if (cited.words.has(folded)) return true;
	return players.some(
		(player) =>
			player.aliases.some((alias) => foldedWords(alias).has(folded)) &&
			namesPlayer(cited.text, player.id, players),
	);
}

/** What comes before a word that opens a sentence, a quotation or a clause: a line break, «: “ " ( —», a full stop, a closing quotation mark. */
const OPENS = /(?:\n\s*|[:“"‘(—–]\s*|[.!?]["”’]?\s+|[”"’]\s+)$/u;

/**
 * Where each word of a sentence stands: at the start of the sentence or of a quotation or clause
 * within it, where a capital letter may only be the start of a sentence.
 */
export function sentenceWords(sentence: string): { word: string; at: number; opens: boolean }[] {
	return [...sentence.matchAll(WORD)].map((m) => ({ word: m[0], at: m.index, opens: m.index === 0 || OPENS.test(sentence.slice(Math.max(0, m.index - 6), m.index)) }));
}
