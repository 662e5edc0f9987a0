import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { unified } from 'unified';

/** A problem found while reading an MDX page, before any rule runs. */
export interface TagProblem {
	line: number;
	column: number;
	code: 'mdx-syntax' | 'tag-invalid' | 'link-root-relative' | 'link-broken' | 'component-unimported';
	message: string;
	hint: string;
}

/** One MDX page, parsed once: every check of the build reads this tree. */
export interface MdxPage {
	/** Relative to the project root, with forward slashes. */
	file: string;
	/** Undefined when the page does not parse; `problems` then says why. */
	tree: Root | undefined;
	problems: TagProblem[];
	/** The YAML between the frontmatter's `---` lines (its first line is line 2 of the page), when there is one. */
	frontmatter?: string;
}

// GFM as the site's renderer reads it: a table is rows of cells, each cell a claim of its own.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

/**
 * Where Astro finds a page's frontmatter (`frontmatterRE` of @astrojs/internal-helpers, which its
 * content loader uses): after a byte-order mark or blank lines, from `---` to the first `---` that
 * starts a later line, even with text after it on that line, which Astro then publishes as the
 * page's first words. The check must end the frontmatter exactly there, or it would skip prose
 * that is published.
 */
const FRONTMATTER = /^(\uFEFF?|\s*\n)((?:---|\+\+\+)[\s\S]*?\n(?:---|\+\+\+))/;

/**
 * The text with its YAML frontmatter blanked out: every character but line breaks becomes a space,
 * so the MDX parser never reads `title: …` as prose or `{…}` as an expression, and every line,
 * column and offset of the page stays where it is.
 */
export function blankFrontmatter(text: string): string {
	const match = FRONTMATTER.exec(text);
	if (!match) return text;
	const [whole, before, frontmatter] = match as unknown as [string, string, string];
	return before + frontmatter.replace(/[^\r\n]/g, ' ') + text.slice(whole.length);
}

/** Parses a page once; never throws: a syntax error comes back as an `mdx-syntax` problem. */
export function parseMdxPage(file: string, text: string): MdxPage {
	try {
		const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?=\r?\n|$)/.exec(text)?.[1];
		return { file, tree: parser.parse(blankFrontmatter(text)), problems: [], ...(frontmatter === undefined ? {} : { frontmatter }) };
	} catch (error) {
		const place = error as { line?: number; column?: number; reason?: string; message?: string };
		return {
			file,
			tree: undefined,
			problems: [
				{
					line: place.line ?? 1,
					column: place.column ?? 1,
					code: 'mdx-syntax',
					message: `MDX syntax error: ${place.reason ?? place.message ?? String(error)}`,
					hint: 'Fix the MDX syntax; citations on this page cannot be checked until it parses.',
				},
			],
		};
	}
}
