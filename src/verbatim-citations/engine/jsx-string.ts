/** Writes a JSX string attribute value that MDX reads back as exactly `text`. */
export function jsxString(text: string): string {
	if (!text.includes('"')) return `"${text}"`;
	if (!text.includes("'")) return `'${text}'`;
	return `{\`${text.replace(/[`\\]/g, (c) => `\\${c}`).replace(/\$\{/g, '\\${')}\`}`;
}
