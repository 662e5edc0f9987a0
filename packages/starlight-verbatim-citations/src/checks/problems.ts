import type { SiteProblem } from '../engine/site-problem.ts';

export type { SiteProblem } from '../engine/site-problem.ts';

function indent(text: string, by: string): string {
	return terminalText(text).split('\n').join(`\n${by}`);
}

/**
 * Messages quote titles, words of pages and reports: text from anyone. Control characters (an
 * escape sequence can clear the screen or retitle the window) and bidi controls (which reorder what
 * a reader sees) are shown as `\uXXXX`, never sent to the terminal; line breaks are kept.
 */
export function terminalText(text: string): string {
	return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Formats all problems of a build at once: grouped by file, ordered by line, then a one-line
 * summary. Every entry reads `file:line:column`, so terminals and editors can jump to it.
 */
export function formatProblems(problems: readonly SiteProblem[]): string {
	const byFile = new Map<string, SiteProblem[]>();
	for (const problem of problems) {
		// Appended in place: copying the list per problem would cost problems² for one broken page.
		const list = byFile.get(problem.file);
		if (list) list.push(problem);
		else byFile.set(problem.file, [problem]);
	}
	const blocks = [...byFile.keys()].sort().map((file) => {
		const entries = byFile
			.get(file)!
			.sort((a, b) => a.line - b.line || a.column - b.column)
			.map((p) => {
				const pad = '    ';
				return `  ${terminalText(file)}:${p.line}:${p.column}  [${p.code}]\n${pad}${indent(p.message, pad)}\n${pad}Fix: ${indent(p.hint, pad)}`;
			});
		return `${terminalText(file)}\n${entries.join('\n\n')}`;
	});
	return `${blocks.join('\n\n')}\n\n${summarise(problems)}`;
}

/** What a problem is about, by its code, so the summary does not call a broken report a citation problem. */
export function problemKind(code: string): 'citation' | 'report or metadata' | 'page' | 'players file' {
	if (/^(quote-|unknown-source$|tag-invalid$)/.test(code)) return 'citation';
	if (/^(metadata-|source-|checksums?-)/.test(code)) return 'report or metadata';
	if (/^players?-/.test(code)) return 'players file';
	return 'page';
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** One line: how many problems, in how many files, and of which kinds ("2 citation problems, 1 page problem"). */
export function summarise(problems: readonly SiteProblem[]): string {
	const files = new Set(problems.map((p) => p.file)).size;
	const kinds = new Map<string, number>();
	for (const problem of problems) {
		const kind = problemKind(problem.code);
		kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
	}
	const order = ['report or metadata', 'players file', 'citation', 'page'];
	const parts = [...kinds].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([kind, n]) => plural(n, `${kind} problem`));
	return `${plural(problems.length, 'problem')} in ${plural(files, 'file')}: ${parts.join(', ')}.`;
}
