import type { MdxPage } from './mdx-page.ts';
import type { SiteProblem } from './problems.ts';
import { uncitedParagraphs } from './uncited-prose.ts';

/** True when the page lies under one of the editorial-only folders of the docs collection. */
export function isEditorialPage(file: string, pagesDir: string, editorialFolders: readonly string[]): boolean {
	return editorialFolders.some((folder) => file.startsWith(`${pagesDir}/${folder}`));
}

/** Every prose paragraph without a citation, on every page that is not editorial throughout. */
export function uncitedProseProblems(pages: readonly MdxPage[], pagesDir: string, editorialFolders: readonly string[]): SiteProblem[] {
	return pages
		.filter((page) => page.tree !== undefined && !isEditorialPage(page.file, pagesDir, editorialFolders))
		.flatMap((page) =>
			uncitedParagraphs(page.tree!).map(({ line, text }) => ({
				file: page.file,
				line,
				column: 1,
				code: 'paragraph-uncited',
				message: `This paragraph has no citation: «${text.length > 100 ? `${text.slice(0, 99)}…` : text}»`,
				hint: 'Add a <Cite> or <Quote> for each factual sentence, or put framing that is not reporting inside <Editorial>.',
			})),
		);
}
