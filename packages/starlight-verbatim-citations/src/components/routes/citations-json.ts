import type { APIRoute } from 'astro';
import { citationRecords, reportRecords } from '../../analysis/citation-ledger.ts';
import { explainerPages } from '../parts/explainer-pages.ts';
import { corpus, frames, ledger, routes, sharedPassages, withBase } from '../parts/site-data.ts';

/** The audit ledger: every citation on the site, as data (schema: the package's citations.schema.json). */
export const GET: APIRoute = async ({ site }) => {
	const pages = await explainerPages();
	const base = withBase('');
	const records = citationRecords(ledger, corpus, sharedPassages, (file) => {
		const href = pages.get(file)?.href ?? file;
		return `/${href.slice(base.length)}`;
	}, frames, routes);
	// Without Astro's `site` the public address is unknown: say so rather than write localhost.
	const body = { site: site ? new URL(base, site).href : null, reports: reportRecords(corpus, routes), records };
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
