/**
 * The editors' straight quotation marks and apostrophes as curly ones, as Markdown's smart
 * punctuation prints them on the page the prose was written on. Only for the editors' prose that
 * the differences page shows again: a report's own words are never passed through it.
 */
export function curlyQuotes(text: string): string {
	return text
		.replace(/(^|[\s([{“‘—–-])"/g, '$1“')
		.replace(/"/g, '”')
		.replace(/(\p{L})'(\p{L})/gu, '$1’$2')
		.replace(/(^|[\s([{“—–-])'/g, '$1‘')
		.replace(/'/g, '’');
}
