/**
 * Starlight writes each `<head>` entry's content with `set:html`, unescaped, and its `<title>` entry
 * is the page's frontmatter title (or a report's title from the metadata): a title holding
 * `</title><img src=x onerror=…>` closed the element and put an image, and its script, into the
 * head, ahead of the Content-Security-Policy <meta> (issue 22). A title is text, never markup.
 */
export interface HeadEntry {
	tag: string;
	attrs?: Record<string, unknown>;
	content?: string;
}

/** Escapes what HTML reads as markup in text (`&`, `<`, `>`). */
export function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The head with every `<title>` entry's content escaped. Only titles: a `<script>` or `<style>`
 * entry in a page's `head` frontmatter is code its author wrote on purpose, and attributes are
 * escaped by Astro already.
 */
export function escapeHeadText<T extends HeadEntry>(head: readonly T[]): T[] {
	return head.map((entry) => (entry.tag === 'title' && entry.content !== undefined ? { ...entry, content: escapeText(entry.content) } : entry));
}
