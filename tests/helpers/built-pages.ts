import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every HTML page of a built site, as URL paths relative to its base: `''` for the home page,
 * `sources/000/`, `404.html`.
 */
export function htmlPagePaths(dist: string): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

/** The HTML of a page of a built site, by its path as htmlPagePaths gives it. */
export function pageHtml(dist: string, path: string): string {
	return readFileSync(join(dist, path === '' || path.endsWith('/') ? `${path}index.html` : path), 'utf8');
}
