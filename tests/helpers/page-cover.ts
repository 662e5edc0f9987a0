import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { pageHtml } from './built-pages.ts';

/**
 * The kinds of element a page is made of, as a browser test sees them: each element of <body> as
 * its tag, its classes, its role and the names of its other attributes (`aria-*`, `popover`, `href`
 * …, not their values), inside its parent's tag and classes. Two pages with the same kinds are the
 * same template in the same state; their text differs, not what a style or an ARIA rule applies to.
 */
export function structureKinds(html: string): Set<string> {
	const kinds = new Set<string>();
	const body = findBody(fromHtml(html));
	if (!body) return kinds;
	const visit = (node: Element, parent: string) => {
		const own = kindOf(node);
		kinds.add(`${own} < ${parent}`);
		for (const child of node.children) if (child.type === 'element') visit(child, own.split('[')[0]!);
	};
	for (const child of body.children) if (child.type === 'element') visit(child, 'body');
	return kinds;
}

function findBody(node: Root | RootContent): Element | undefined {
	if (node.type === 'element' && node.tagName === 'body') return node;
	if (!('children' in node)) return undefined;
	for (const child of node.children) {
		const found = findBody(child);
		if (found) return found;
	}
	return undefined;
}

/** Attributes whose values are data, not kind (ids, links, text); their presence still counts. */
const NAMED_ONLY = new Set(['id', 'href', 'src', 'alt', 'title', 'content', 'datetime', 'value', 'name', 'for', 'srcset', 'sizes', 'width', 'height', 'style', 'dataPagefindWeight']);

function kindOf(node: Element): string {
	const props = node.properties;
	const classes = Array.isArray(props.className) ? [...props.className].map(String).sort().join('.') : '';
	const role = props.role === undefined ? '' : `(${String(props.role)})`;
	const attributes = Object.keys(props)
		.filter((name) => name !== 'className' && name !== 'role')
		.map((name) => (NAMED_ONLY.has(name) || /^(aria|data)[A-Z]/.test(name) ? name : `${name}=${String(props[name])}`))
		.sort();
	return `${node.tagName}${classes ? `.${classes}` : ''}${role}${attributes.length ? `[${attributes.join(',')}]` : ''}`;
}

export interface CoveredPage {
	path: string;
	/** The kinds only this page brings to the cover at the moment it was chosen. */
	adds: number;
}

/**
 * The fewest pages (greedily) that together hold every kind of element any page holds: the page
 * with the most kinds not yet covered first; a tie goes to the longer page (more of each kind to
 * test), then to the path, so the choice is the same on every run. A page whose every kind is
 * already covered is left out: its template was tested on another page.
 */
export function coverPages(pages: readonly { path: string; kinds: ReadonlySet<string>; size: number }[]): CoveredPage[] {
	const covered = new Set<string>();
	const chosen: CoveredPage[] = [];
	const left = [...pages];
	for (;;) {
		let best: (typeof pages)[number] | undefined;
		let bestAdds = 0;
		for (const page of left) {
			let adds = 0;
			for (const kind of page.kinds) if (!covered.has(kind)) adds++;
			if (adds > bestAdds || (adds === bestAdds && adds > 0 && best && (page.size > best.size || (page.size === best.size && page.path < best.path)))) {
				best = page;
				bestAdds = adds;
			}
		}
		if (!best) return chosen;
		for (const kind of best.kinds) covered.add(kind);
		chosen.push({ path: best.path, adds: bestAdds });
		left.splice(left.indexOf(best), 1);
	}
}

/** Each page of a built site with its kinds of element and its length (paths as htmlPagePaths gives them). */
export function siteKinds(dist: string, paths: readonly string[], htmlOf: (path: string) => string = (path) => pageHtml(dist, path)): { path: string; kinds: Set<string>; size: number }[] {
	return paths.map((path) => {
		const html = htmlOf(path);
		return { path, kinds: structureKinds(html), size: html.length };
	});
}

/** The cover of a built site's pages. */
export function coverOfSite(dist: string, paths: readonly string[]): CoveredPage[] {
	return coverPages(siteKinds(dist, paths));
}

/** Script types a browser runs; others (JSON-LD) are data. */
const RUNNABLE = new Set(['', 'module', 'text/javascript']);

/**
 * What a search from a page depends on, as one string: the scripts the page runs (each file by its
 * path, each inline script by its text) and the markup of Starlight's search dialog. Pages with the
 * same signature (and the same Content-Security-Policy, which pages.test.ts proves of every page)
 * load and run the same search: the same Pagefind files from the site's base, the same dialog.
 */
export function searchSignature(html: string): string {
	const tree = fromHtml(html);
	const scripts = selectAll('script', tree)
		.filter((script) => RUNNABLE.has(String(script.properties.type ?? '')))
		.map((script) => (script.properties.src === undefined ? `inline:${toHtml(script.children)}` : `file:${String(script.properties.src)}`))
		.sort();
	const dialogs = selectAll('site-search', tree).map((element) => toHtml(element));
	return JSON.stringify({ scripts, dialogs });
}

/** The first path of each signature, in the order given. */
export function onePerSignature(paths: readonly string[], signatureOf: (path: string) => string): string[] {
	const seen = new Set<string>();
	return paths.filter((path) => {
		const signature = signatureOf(path);
		if (seen.has(signature)) return false;
		seen.add(signature);
		return true;
	});
}
