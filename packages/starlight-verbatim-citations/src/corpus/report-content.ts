import { corpusMessages } from './corpus-messages.ts';
import { findLookAlike } from './look-alikes.ts';
import type { ProblemText } from '../pages/citation-messages.ts';

/**
 * Characters a report may not contain: C0 controls other than tab, line feed and carriage return
 * (NUL, ESC, form feed, …), DEL and the C1 controls. A reader cannot see them, the page cannot
 * show them, and a quote containing one could not be checked by eye.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
/** Whitespace, and characters that take no space (zero-width space, joiners, word joiner, BOM). */
const BLANK = /^[\s\u200B-\u200D\u2060\uFEFF]*$/u;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/u;

/** The byte offset (in UTF-8) and 1-based line of UTF-16 offset `index` of `text`. */
export function byteAndLine(text: string, index: number): { byteOffset: number; line: number } {
	const before = text.slice(0, index);
	return { byteOffset: Buffer.byteLength(before, 'utf8'), line: before.split('\n').length };
}

/** A character as an editor can look it up: `U+001B`. */
export function codePointName(character: string): string {
	return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export type ReportContentProblem = { code: 'source-control-character' | 'source-empty' | 'source-too-large' | 'source-bidi-control' | 'source-look-alike' } & ProblemText;

/**
 * Refuses a report that cannot be cited as it is: over `maxBytes`, empty (no bytes, only
 * whitespace, or only invisible characters), containing control characters, bidi controls, or
 * words mixing scripts (look-alikes.ts). Every refusal names
 * the byte offset and line of the first offending character.
 */
export function reportContentProblem(file: string, text: string, byteLength: number, maxBytes: number): ReportContentProblem | undefined {
	if (byteLength > maxBytes) return { code: 'source-too-large', ...corpusMessages['source-too-large'](file, byteLength, maxBytes) };
	if (BLANK.test(text)) {
		if (byteLength === 0) return { code: 'source-empty', ...corpusMessages['source-empty'](file, 'no bytes') };
		const invisible = INVISIBLE.exec(text);
		if (!invisible) return { code: 'source-empty', ...corpusMessages['source-empty'](file, 'only whitespace') };
		const first = { character: codePointName(invisible[0]), ...byteAndLine(text, invisible.index) };
		return { code: 'source-empty', ...corpusMessages['source-empty'](file, 'only invisible characters', first) };
	}
	const controls = [...text.matchAll(CONTROL)];
	if (controls.length > 0) {
		const { byteOffset, line } = byteAndLine(text, controls[0]!.index);
		return {
			code: 'source-control-character',
			...corpusMessages['source-control-character'](file, codePointName(controls[0]![0]), byteOffset, line, controls.length),
		};
	}
	const lookAlike = findLookAlike(text);
	if (lookAlike) {
		const { byteOffset, line } = byteAndLine(text, lookAlike.index);
		const character = codePointName(lookAlike.character);
		return lookAlike.kind === 'bidi'
			? { code: 'source-bidi-control', ...corpusMessages['source-bidi-control'](file, character, byteOffset, line, lookAlike.count) }
			: { code: 'source-look-alike', ...corpusMessages['source-look-alike'](file, line, lookAlike.word, lookAlike.looksLike, `${lookAlike.character} (${character}, ${lookAlike.script})`, lookAlike.count) };
	}
	return undefined;
}
