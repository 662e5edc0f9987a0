import { getCollection } from 'astro:content';
import { withBase } from './site-data.ts';

type ExplainerPages = Map<string, { title: string; href: string; order: number }>;

async function readExplainerPages(): Promise<ExplainerPages> {
	const entries = await getCollection('docs');
	return new Map(
		entries
			.filter((entry) => entry.filePath !== undefined)
			.map((entry) => [
				entry.filePath!,
				{ title: entry.data.title, href: withBase(entry.id === 'index' ? '' : `${entry.id}/`), order: entry.data.sidebar.order ?? Number.MAX_SAFE_INTEGER },
			]),
	);
}

/** One build's pages; pages change only between builds. */
let built: Promise<ExplainerPages> | undefined;

/**
 * Title, URL and sidebar order of every explainer page, by MDX file path, for back-links from
 * source pages and the order of the differences page.
 *
 * Every report page asks for it: reading the collection each time cost pages × reports (getCollection
 * resolves every entry on every call), so a build reads it once. `astro dev` reads it afresh on each
 * request, since a page's title can change while the server runs.
 */
export function explainerPages(): Promise<ExplainerPages> {
	if (import.meta.env.DEV) return readExplainerPages();
	return (built ??= readExplainerPages());
}
