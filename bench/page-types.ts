import { htmlPagePaths } from '../tests/helpers/browser.ts';

/**
 * One page of each kind the built site has, for figures per page type: the overview, the reports
 * index, a report, and the first page of every other section (players, dispute, timeline, … as they
 * are written). Paths are relative to the site's base; `paths` given on the command line win.
 */
export function pageTypes(dist: string, paths: string[] = []): { type: string; path: string }[] {
	if (paths.length > 0) return paths.map((path) => ({ type: path, path: path.replace(/^\//, '') }));
	const types = new Map<string, string>();
	for (const path of htmlPagePaths(dist)) {
		if (path === '404.html') continue;
		const [section, rest] = path.split(/\/(.*)/s) as [string, string | undefined];
		const type =
			path === '' ? 'overview'
			: path === 'sources/' ? 'sources index'
			: section === 'sources' ? 'source page'
			: rest ? `${section} page`
			: section;
		if (!types.has(type)) types.set(type, path);
	}
	return [...types].map(([type, path]) => ({ type, path }));
}
