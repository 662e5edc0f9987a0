import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { blankFrontmatter, parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';

/**
 * Issue 22, item 2: with text after the closing `---` on the same line, Astro ends the frontmatter
 * at those three dashes and publishes the rest of the line, but the check blanked everything up to
 * a later `---` line, so the prose between was never checked. The check now ends the frontmatter
 * where Astro does (the rule of @astrojs/internal-helpers' parseFrontmatter), so every word Astro
 * publishes is read.
 */
const astroContent = (text: string) => parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
const paragraphs = (text: string) =>
	(parseMdxPage('x.mdx', text).tree?.children ?? []).filter((node) => node.type === 'paragraph').map((node) => text.slice(node.position!.start.offset, node.position!.end.offset).trim());

describe('hostile frontmatter: the page is read from where Astro starts it', () => {
	it.each([
		['text after the closing dashes', '---\ntitle: T\n--- The board closed the pier in 2019.\n\nMore prose.\n\n---\n\nEnd.\n'],
		['dashes run on', '---\ntitle: T\n----\n\nProse.\n'],
		['blank lines before the frontmatter', '\n\n---\ntitle: T\n---\n\nProse.\n'],
		['an ordinary frontmatter', '---\ntitle: T\ndescription: D\n---\n\nProse.\n'],
		['no frontmatter', '# Title\n\n---\n\nText'],
	])('%s: blanks exactly what Astro removes', (_, text) => {
		expect(blankFrontmatter(text)).toBe(astroContent(text));
		expect(blankFrontmatter(text)).toHaveLength(text.length);
	});

	it('reads the prose Astro publishes after the closing dashes as a paragraph of the page', () => {
		const text = '---\ntitle: T\n--- The board closed the pier in 2019.\n\nMore prose.\n\n---\n\nEnd.\n';
		expect(paragraphs(text)).toEqual(['The board closed the pier in 2019.', 'More prose.', 'End.']);
	});
});
