/**
 * Paraphrase obfuscations of real report sentences, for the gold set of bench/paraphrase.ts: the
 * kinds of rewording content farms and syndication do, at strength 1 (light) to 3 (heavy).
 * Deterministic: every choice is drawn from a seeded generator. Synonyms come from WordNet (the
 * same resource tier two reads, as PAN's obfuscation generators also used it), so the "renaming"
 * rows measure folding, not vocabulary coverage; clause moves, voice, reported speech, merges,
 * splits and deletions use no lexicon at all.
 */
import { lemmaOf, synonymWords } from '../packages/starlight-verbatim-citations/src/lineage/reworded/wordnet-senses.ts';
import { isFunctionWord } from '../packages/starlight-verbatim-citations/src/lineage/reworded/content-words.ts';

export type Obfuscation = 'reordering' | 'renaming' | 'voice' | 'quotation to paraphrase' | 'merge' | 'split' | 'clause deletion';
export const OBFUSCATIONS: readonly Obfuscation[] = ['reordering', 'renaming', 'voice', 'quotation to paraphrase', 'merge', 'split', 'clause deletion'];

/** A small linear congruential generator: the same seed gives the same gold set on every machine. */
export function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}
const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const clauses = (sentence: string) => sentence.replace(/[.!?]+["'”’]*$/u, '').split(/,\s+|;\s+|\s+—\s+/u).filter((c) => c.trim() !== '');
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) && !/^(?:Trump|Sessions|I|[A-Z][a-z]+ [A-Z])/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
const end = (text: string) => `${text.replace(/[,;.\s]+$/u, '')}.`;

/** Institution names in their two orders, and hyphenated compounds turned round ("Muslim-majority" → "majority Muslim"). */
function renameInstitution(sentence: string): string | undefined {
	const department = sentence.match(/\b(?:the )?(\p{Lu}\p{Ll}+) Department\b/u);
	if (department) return sentence.replace(department[0], `the Department of ${department[1]}`);
	const of = sentence.match(/\b(?:the )?Department of (\p{Lu}\p{Ll}+)\b/u);
	if (of) return sentence.replace(of[0], `the ${of[1]} Department`);
	const compound = sentence.match(/\b(\p{L}+)-(\p{L}+)\b/u);
	if (compound) return sentence.replace(compound[0], `${compound[2]} ${compound[1]}`);
	return undefined;
}

/** `count` content words replaced by a WordNet synonym of their lemma; undefined when the sentence has too few with synonyms. */
export function renameWords(sentence: string, count: number, random: () => number): string | undefined {
	const words = [...sentence.matchAll(/\b\p{Ll}{3,}\b/gu)].filter((m) => !isFunctionWord(m[0]) && synonymWords(lemmaOf(m[0])).length > 0);
	if (words.length < count) return undefined;
	const chosen = new Set<number>();
	while (chosen.size < count) chosen.add(Math.floor(random() * words.length));
	let out = sentence;
	for (const k of [...chosen].sort((x, y) => y - x)) {
		const match = words[k]!;
		const synonym = pick(random, synonymWords(lemmaOf(match[0])));
		out = `${out.slice(0, match.index)}${synonym}${out.slice(match.index + match[0].length)}`;
	}
	return out;
}

/** Clause blocks moved: `moves` times, a clause goes to the front; compounds are turned round. */
function reorder(sentence: string, moves: number, random: () => number): string | undefined {
	let parts = clauses(sentence);
	if (parts.length < 2) return undefined;
	for (let m = 0; m < moves; m++) {
		const k = 1 + Math.floor(random() * (parts.length - 1));
		parts = [parts[k]!, ...parts.slice(0, k), ...parts.slice(k + 1)];
	}
	let out = end(sentenceCase(parts.map((p, k) => (k === 0 ? p : lowerFirst(p))).join(', ')));
	if (moves >= 2) out = out.replace(/\b(\p{L}+)-(\p{L}+)\b/u, '$2 $1');
	return out === sentence ? undefined : out;
}

/** The first "subject verb-ed object" turned to the passive: "Trump criticised Sessions' decision" → "Sessions' decision was criticised by Trump". */
function passive(sentence: string): string | undefined {
	const match = sentence.match(/^(.{3,60}?)\s(?:has |had )?(\p{Ll}+ed)\s([^,;.]{6,})(.*)$/u);
	if (!match) return undefined;
	const [, subject, verb, object, rest] = match;
	if (lemmaOf(verb!) === verb || /\b(?:that|said|was|were|is)\b/u.test(subject!)) return undefined;
	return end(`${sentenceCase(object!.trim())} was ${verb} by ${lowerFirst(subject!)}${rest!.replace(/[.!?]+["'”’]*$/u, '')}`);
}

const BACKSHIFT: [RegExp, string][] = [
	[/\bI\b/g, 'he'], [/\bmy\b/gi, 'his'], [/\bme\b/g, 'him'], [/\bwe\b/gi, 'they'], [/\bour\b/gi, 'their'], [/\bus\b/g, 'them'],
	[/\bam\b/g, 'was'], [/\bis\b/g, 'was'], [/\bare\b/g, 'were'], [/\bhave\b/g, 'had'], [/\bhas\b/g, 'had'], [/\bwill\b/g, 'would'], [/\bcan\b/g, 'could'], [/\bdon't\b/g, 'did not'],
];

/** Quoted words turned into reported speech: marks dropped, the frame moved before them with "that", persons and tenses shifted. */
function reportedSpeech(sentence: string, strength: number): string | undefined {
	const quote = sentence.match(/["“”]([^"“”]{8,})["“”]/u);
	if (!quote) return undefined;
	let inner = quote[1]!.replace(/[,.]$/u, '');
	if (strength >= 2) for (const [from, to] of BACKSHIFT) inner = inner.replace(from, to);
	const before = sentence.slice(0, quote.index).trim();
	const after = sentence.slice(quote.index! + quote[0].length).replace(/^[,\s]+/u, '').replace(/[.!?]+["'”’]*$/u, '').trim();
	// "“…,” Spicer told reporters." → "Spicer told reporters that …"; "X said that “…”" → "X said that …".
	const frame = before === '' ? after : before;
	const rest = before === '' ? '' : after;
	return end(`${sentenceCase(frame.replace(/\s*(?:that)?$/u, ''))} that ${inner}${rest ? ` ${rest}` : ''}`);
}

function deleteClauses(sentence: string, count: number, random: () => number): string | undefined {
	let parts = clauses(sentence);
	const words = (list: string[]) => list.join(' ').split(/\s+/).length;
	const total = words(parts);
	for (let k = 0; k < count && parts.length > 1; k++) {
		const at = 1 + Math.floor(random() * (parts.length - 1));
		const next = [...parts.slice(0, at), ...parts.slice(at + 1)];
		// A copy keeps the gist: at least half the words.
		if (words(next) < total / 2) break;
		parts = next;
	}
	const out = end(parts.join(', '));
	return out === end(sentence) ? undefined : out;
}

function split(sentence: string): string | undefined {
	const parts = clauses(sentence);
	if (parts.length < 2) {
		const at = sentence.search(/\s(?:and|but|which|who|as|after|because)\s/u);
		if (at < 20) return undefined;
		return `${end(sentence.slice(0, at))} ${sentenceCase(end(sentence.slice(at + 1).replace(/^(?:and|but|which|who|as|after|because)\s/u, '')))}`;
	}
	const cut = Math.ceil(parts.length / 2);
	return `${end(parts.slice(0, cut).join(', '))} ${end(sentenceCase(parts.slice(cut).join(', ')))}`;
}

/**
 * One obfuscated copy of `sentence` (`next`: the sentence after it in the report, for merges), or
 * undefined when this kind does not apply to it.
 */
export function obfuscate(kind: Obfuscation, strength: number, sentence: string, next: string | undefined, random: () => number): string | undefined {
	const extra = (text: string | undefined, words: number) => (text && words > 0 ? (renameWords(text, words, random) ?? text) : text);
	// Above strength 1, two more words per level are renamed with WordNet synonyms (PAN's "high" obfuscation stacks operations).
	const words = 2 * (strength - 1);
	switch (kind) {
		case 'reordering':
			return extra(reorder(sentence, strength, random), words);
		case 'renaming': {
			const institution = renameInstitution(sentence);
			return renameWords(institution ?? sentence, institution ? strength * 2 - 1 : strength * 2, random);
		}
		case 'voice':
			return extra(passive(sentence), words);
		case 'quotation to paraphrase':
			return extra(reportedSpeech(sentence, strength), words);
		case 'merge': {
			if (!next) return undefined;
			return extra(`${sentence.replace(/[.!?]+["'”’]*$/u, '')}, and ${lowerFirst(next)}`, words);
		}
		case 'split':
			return extra(split(sentence), words);
		case 'clause deletion':
			return extra(deleteClauses(sentence, strength, random), words - 2 < 0 ? 0 : words - 2);
	}
}
