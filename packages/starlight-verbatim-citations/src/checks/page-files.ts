import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SiteProblem } from '../engine/site-problem.ts';

/** The extensions Starlight's docs loader publishes (its `docsExtensions`); only `.mdx` can hold citations. */
const MARKDOWN = /\.(markdown|mdown|mkdn|mkd|mdwn|md|mdoc)$/i;

export interface PageFiles {
	/** The `.mdx` pages the check reads, relative to the project root with forward slashes, sorted. */
	pages: string[];
	/** A page Starlight would publish that the check cannot read: refused, never published unchecked. */
	problems: SiteProblem[];
}

const posix = (root: string, path: string) => relative(root, path).split(sep).join('/');

/**
 * Every page of the docs collection. Starlight publishes Markdown pages (`.md` and the like) too,
 * and follows symbolic links; the check reads `.mdx` files only, in place. A Markdown page cannot
 * carry a <Cite>, and a link's target can change after the check read it (or lie outside the
 * project), so both are refused with the fix instead of being published unchecked (issue 22).
 */
export function pageFiles(root: string, pagesDir: string): PageFiles {
	// A site just set up (verbatim-citations init) may have no docs folder yet: no pages, not a crash.
	if (!existsSync(join(root, pagesDir))) return { pages: [], problems: [] };
	const pages: string[] = [];
	const problems: SiteProblem[] = [];
	const entries = readdirSync(join(root, pagesDir), { recursive: true, withFileTypes: true });
	for (const entry of entries) {
		const file = posix(root, join(entry.parentPath, entry.name));
		// Starlight skips files whose name starts with an underscore.
		if (entry.name.startsWith('_')) continue;
		if (entry.isSymbolicLink()) {
			problems.push({
				file,
				line: 1,
				column: 1,
				code: 'page-unchecked',
				message: `${file} is a symbolic link. Starlight would publish what it points to, which the check does not read in place (and which can change after the check, or lie outside the project).`,
				hint: `Replace the link with the file itself (cp --remove-destination "$(readlink -f ${file})" ${file}), or delete it.`,
			});
		} else if (entry.isFile() && entry.name.endsWith('.mdx')) {
			pages.push(file);
		} else if (entry.isFile() && MARKDOWN.test(entry.name)) {
			const mdx = file.replace(MARKDOWN, '.mdx');
			problems.push({
				file,
				line: 1,
				column: 1,
				code: 'page-unchecked',
				message: `${file} is a Markdown page: Starlight would publish it, but it cannot carry <Cite> or <Quote>, so none of its claims could be checked.`,
				hint: `Rename it to ${mdx} (git mv ${file} ${mdx}) and cite its claims, or move it out of ${pagesDir}.`,
			});
		}
	}
	pages.sort();
	problems.sort((a, b) => a.file.localeCompare(b.file));
	return { pages, problems };
}
