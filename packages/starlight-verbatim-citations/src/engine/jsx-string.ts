/**
 * Writes a JSX string attribute value that MDX reads back as exactly `text`.
 *
 * MDX decodes character references inside `"…"` and `'…'` (`&amp;` becomes `&`) and has no escape
 * for control characters, so text with an `&` or a control character goes in a template literal,
 * where neither happens and a control character can be written as a `\uXXXX` escape.
 */
export function jsxString(text: string): string {
	// eslint-disable-next-line no-control-regex
	const needsTemplate = /[&\u0000-\u001f\u007f-\u009f]/.test(text);
	if (!needsTemplate && !text.includes('"')) return `"${text}"`;
	if (!needsTemplate && !text.includes("'")) return `'${text}'`;
	const escaped = text
		.replace(/[`\\]/g, (c) => `\\${c}`)
		.replace(/\$\{/g, '\\${')
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
	return `{\`${escaped}\`}`;
}
