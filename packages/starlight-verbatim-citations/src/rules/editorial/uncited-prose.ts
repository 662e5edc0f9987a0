import type { MdxPage } from '../../pages/mdx-page.ts';
import { clipped, type SiteProblem } from '../../engine/site-problem.ts';
import { uncitedParagraphs, type UncitedParagraph } from './uncited-paragraphs.ts';
import { uncitedSentences } from './uncited-sentences.ts';
import { editorialRule } from '../core/rule.ts';
import { expressionTexts } from './expression-text.ts';
import { pageRoute, resolveLink } from '../../pages/page-links.ts';

/** A page's title, read from its frontmatter's `title:` line (quotes taken off). */
function frontmatterTitle(page: MdxPage): string | undefined {
	const line = /^title:[ \t]*(.+?)[ \t]*$/m.exec(page.frontmatter ?? '')?.[1];
	return line?.replace(/^(["'])(.*)\1$/, '$2');
}

/** True when the page lies under one of the editorial-only folders of the docs collection. */
export function isEditorialPage(file: string, pagesDir: string, editorialFolders: readonly string[]): boolean {
	return editorialFolders.some((folder) => file.startsWith(`${pagesDir}/${folder}`));
}

const excerpt = (text: string) => clipped(text, 100);

/**
 * Every prose paragraph without a citation, and every sentence of a cited paragraph without one
 * of its own, on every page that is not editorial throughout.
 */
export function uncitedProseProblems(pages: readonly MdxPage[], pagesDir: string, editorialFolders: readonly string[]): SiteProblem[] {
	const problem = (file: string, code: string, message: string, hint: string) => ({ line, text }: UncitedParagraph): SiteProblem => ({
		file,
		line,
		column: 1,
		code,
		message: `${message}: «${excerpt(text)}»`,
		hint,
	});
	const titles = new Map(pages.map((page) => [pageRoute(page.file, pagesDir), frontmatterTitle(page)]));
	return pages
		.filter((page) => page.tree !== undefined && !isEditorialPage(page.file, pagesDir, editorialFolders))
		.flatMap((page) => [
			...expressionTexts(page.tree!).map(
				problem(page.file, 'expression-text', 'This {…} expression writes words the check cannot read', 'Write the words as MDX prose (with <Cite> or <Quote>, or inside <Editorial>) instead of inside {…}: the check reads prose and citation tags only outside expressions.'),
			),
			...uncitedParagraphs(page.tree!).map(
				problem(page.file, 'paragraph-uncited', 'This paragraph has no citation', 'Add a <Cite> or <Quote> for each factual sentence, or put framing that is not reporting inside <Editorial>.'),
			),
			...uncitedSentences(page.tree!, (href) => {
				const path = resolveLink(pageRoute(page.file, pagesDir), href);
				return path === undefined ? undefined : titles.get(path);
			}).map(
				problem(
					page.file,
					'sentence-uncited',
					'This sentence has no citation of its own',
					'Add a <Cite> or <Quote> for the words that support it (another sentence\'s marker does not vouch for it), reduce it to "See [page](…)." if it only points elsewhere, or move framing into <Editorial>.',
				),
			),
		]);
}

/** Editorial: a documentation site has prose that cites nothing, by design; an explainer must not. */
export const uncitedProseRule = editorialRule(
	'uncited-prose', ['paragraph-uncited', 'sentence-uncited', 'expression-text'],
	'Every prose paragraph, table row and sentence of a cited paragraph, outside <Editorial> and the editorial folders, carries its own citation; no words hide in a {…} expression.',
	{ message: 'This sentence has no citation of its own: «The pier closed.»', fix: 'Add a <Cite> or <Quote> for the words that support it, or move framing into <Editorial>.' },
	({ pages, pagesDir, editorialFolders }) => uncitedProseProblems(pages, pagesDir, editorialFolders),
);
