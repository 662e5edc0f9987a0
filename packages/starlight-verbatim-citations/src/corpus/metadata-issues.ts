import type { z } from 'zod';

/**
 * zod's issues in an editor's words: "title is missing", not "Invalid input: expected string,
 * received undefined". `value` is what the entry holds at the issue's path (undefined when absent).
 */
export function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined) return 'is missing';
			return `must be ${expected(issue.expected)}, not ${kindOf(value)}${issue.expected === 'string' && typeof value === 'number' ? ' (put it in quotes: "…")' : ''}`;
		case 'too_small':
			if (issue.origin === 'string') return 'is empty';
			if (issue.origin === 'number') return `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
			return `needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`;
		case 'invalid_format':
			if (issue.format === 'date') return `must be a date written YYYY-MM-DD, not ${JSON.stringify(value)}`;
			return `${issue.message} (it is ${JSON.stringify(value)})`;
		default:
			return issue.message;
	}
}

/** Where an issue is, in words: `title`, `qualityNotes item 2, evidence`. */
export function fieldName(path: readonly PropertyKey[]): string {
	if (path.length === 0) return 'the entry';
	return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join(', ').replace(/, item/g, ' item');
}

function expected(type: string): string {
	return { string: 'text', number: 'a number', array: 'a list', object: 'a mapping of keys to values', boolean: 'true or false' }[type] ?? type;
}

function kindOf(value: unknown): string {
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return 'text';
	if (typeof value === 'object') return 'a mapping';
	return `a ${typeof value} (${String(value)})`;
}
