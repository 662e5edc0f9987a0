import { getCollection } from 'astro:content';
import { withBase } from './site-data.ts';

/** Title, URL and sidebar order of every explainer page, by MDX file path, for back-links from source pages. */
export async function explainerPages(): Promise<Map<string, { title: string; href: string; order: number }>> {
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
