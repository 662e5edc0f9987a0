import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteProblem } from './problems.ts';
import { listPages, PAGES_DIR } from './site-check.ts';
import { EDITORIAL_FOLDERS, uncitedParagraphs } from './uncited-prose.ts';

/** Every prose paragraph without a citation, on every page that is not editorial throughout. */
export function uncitedProseProblems(root: string): SiteProblem[] {
	return listPages(root)
		.filter((file) => !EDITORIAL_FOLDERS.some((folder) => file.startsWith(`${PAGES_DIR}/${folder}`)))
		.flatMap((file) =>
			uncitedParagraphs(readFileSync(join(root, file), 'utf8')).map(({ line, text }) => ({
				file,
				line,
				column: 1,
				code: 'paragraph-uncited',
				message: `This paragraph has no citation: «${text.length > 100 ? `${text.slice(0, 99)}…` : text}»`,
				hint: 'Add a <Cite> or <Quote> for each factual sentence, or put framing that is not reporting inside <Editorial>.',
			})),
		);
}
