import type { Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import type { MdxPage, TagProblem } from './mdx-page.ts';
import type { SiteProblem } from '../engine/site-problem.ts';

/**
 * The site path (no leading slash, trailing slash, '' for the front page) Starlight gives an MDX
 * file of the docs collection: `src/content/docs/players/trump.mdx` → `players/trump/`.
 */
export function pageRoute(file: string, pagesDir: string): string {
	const id = file
		.slice(pagesDir.length + 1)
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '')
		.toLowerCase();
	return id === '' ? '' : `${id}/`;
}

/** The relative link from one site path to another: `players/trump/` → `disputes/x/` is `../../disputes/x/`. */
export function relativeLink(fromRoute: string, toPath: string): string {
	const from = fromRoute.split('/').filter(Boolean);
	const [pathPart, ...rest] = toPath.split(/(?=[#?])/);
	const to = pathPart!.replace(/^\//, '').split('/');
	let common = 0;
	while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
	const up = from.length - common;
	const link = `${up === 0 ? './' : '../'.repeat(up)}${to.slice(common).join('/')}`;
	return link + rest.join('');
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Resolves a relative link from a page's path to a site path, or undefined when it climbs above the root. */
export function resolveLink(fromRoute: string, link: string): string | undefined {
	const parts = fromRoute.split('/').filter(Boolean);
	const path = link.split(/[#?]/)[0]!;
	for (const segment of path.split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..') {
			if (parts.length === 0) return undefined;
			parts.pop();
		} else parts.push(segment);
	}
	const joined = parts.join('/');
	return path.endsWith('/') || path === '' || path === '.' || path === '..' || /\/\.\.?$/.test(path) ? (joined === '' ? '' : `${joined}/`) : joined;
}

/**
 * Links written in an MDX page that would break on the built site: a root-relative link (it breaks
 * under a sub-path such as `/explainer/`), or a relative link to a path that no page has.
 */
export function linkProblems(tree: Root, route: string, knownPaths: ReadonlySet<string>, unverifiable: (path: string) => boolean = () => false): TagProblem[] {
	const problems: TagProblem[] = [];
	visitParents(tree, (node) => {
		if (node.type !== 'link' && node.type !== 'definition') return;
		const url = node.url;
		const line = node.position?.start.line ?? 1;
		const column = node.position?.start.column ?? 1;
		if (url === '' || url.startsWith('#') || url.startsWith('//') || SCHEME.test(url)) return;
		if (url.startsWith('/')) {
			const target = url.replace(/^\//, '').split(/[#?]/)[0]!;
			const exists = knownPaths.has(target) || knownPaths.has(`${target}/`);
			problems.push({
				line,
				column,
				code: 'link-root-relative',
				message: `The link ${url} starts at the site root, so it breaks when the site is served under a sub-path (such as /explainer/).`,
				hint: exists ? `Write it relative to this page: (${relativeLink(route, url.replace(/^\/?([^#?]*?)\/?(?=[#?]|$)/, (_m, p: string) => (knownPaths.has(p) ? `/${p}` : `/${p}/`)))}).` : `Write it relative to this page; no page has the path /${target}.`,
			});
			return;
		}
		const target = resolveLink(route, url);
		if (target === undefined || !(knownPaths.has(target) || knownPaths.has(`${target}/`) || unverifiable(target))) {
			const near = target === undefined ? undefined : closestPath(target, knownPaths);
			problems.push({
				line,
				column,
				code: 'link-broken',
				message: `The link ${url} leads to /${target ?? '(above the site root)'}, where there is no page.`,
				hint: near ? `Did you mean (${relativeLink(route, `/${near}`)})? Links are relative to the page's own URL, which ends in a slash.` : 'Link to an existing page, relative to this page\'s own URL (which ends in a slash).',
			});
		}
	});
	return problems;
}

/** The known path sharing the longest tail with a broken target: the page the editor most likely meant. */
export function closestPath(target: string, knownPaths: ReadonlySet<string>): string | undefined {
	const last = target.split('/').filter(Boolean).at(-1);
	if (!last) return undefined;
	return [...knownPaths].find((path) => path.split('/').filter(Boolean).at(-1) === last);
}

/**
 * Link problems of every parsed page, located by file. `unverifiable` names paths that cannot be
 * checked in this build (the pages of a report that failed to load, which has its own problem).
 */
export function pageLinkProblems(pages: readonly MdxPage[], pagesDir: string, known: ReadonlySet<string>, unverifiable?: (path: string) => boolean): SiteProblem[] {
	return pages.flatMap((page) =>
		page.tree ? linkProblems(page.tree, pageRoute(page.file, pagesDir), known, unverifiable).map((p) => ({ file: page.file, ...p })) : [],
	);
}
