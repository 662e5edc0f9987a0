/**
 * Middleware for `astro dev` only (the build refuses a site with any problem before rendering):
 * a page that a citation problem affects answers HTTP 500 with the problems in the page, before
 * anything is rendered. Without it, the component that throws does so mid-stream, after Astro has
 * sent "200 OK" and half the page, and the message only reaches Vite's overlay.
 */
import type { APIContext, MiddlewareNext } from 'astro';
import { getCollection } from 'astro:content';
import { sourceRoutes } from '../../engine/anchors.ts';
import { DEV_PROBLEMS_KEY, problemsAffecting, type DevProblems, type PageKey } from '../../checks/affected-pages.ts';
import { formatProblems, summarise } from '../../checks/problems.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A route pattern without its slashes at either end, as injectRoute and Astro may write it. */
const trim = (pattern: string) => pattern.replace(/^\/+|\/+$/g, '');

/** Which page of the site a request is for, from the route it matched. */
async function pageKey(context: APIContext, current: DevProblems): Promise<PageKey | undefined> {
	const route = trim(context.routePattern);
	const routes = sourceRoutes(current.sourcesRoute);
	if (route === trim(routes.index)) return { index: true };
	if (route === trim(routes.page('[id]'))) return { source: String(context.params.id) };
	if (route === trim(routes.raw('[file]'))) {
		const id = current.reportIds[String(context.params.file)];
		return id === undefined ? { index: true } : { source: id };
	}
	// A report page the corpus no longer has (sources.yaml broken, entry invalid) matches no route
	// and renders the 404 page: show why, rather than "not found".
	const path = context.url.pathname.slice(import.meta.env.BASE_URL.replace(/\/?$/, '/').length - 1);
	if (trim(path).startsWith(trim(routes.index))) return { index: true };
	if (route !== '[...slug]') return undefined;
	const slug = context.params.slug ?? '';
	// Starlight's slug is the entry's id, with a trailing "index" dropped.
	const entry = (await getCollection('docs')).find((e) => e.id.replace(/(^|\/)index$/, '') === slug.replace(/\/$/, ''));
	return entry?.filePath ? { page: entry.filePath } : undefined;
}

function problemPage(path: string, text: string, count: string): string {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Citation problems: ${escapeHtml(path)}</title>
<script type="module" src="${escapeHtml(import.meta.env.BASE_URL.replace(/\/?$/, '/'))}@vite/client"></script></head>
<body>
<h1>This page cannot be built</h1>
<p>${escapeHtml(count)} <code>npx verbatim-citations build</code> refuses the site until they are fixed. Fix them and this page reloads.</p>
<pre>${escapeHtml(text)}</pre>
</body>
</html>
`;
}

export async function onRequest(context: APIContext, next: MiddlewareNext): Promise<Response> {
	// Published by the check integration after every check of the files on disk.
	const current = (globalThis as Record<symbol, DevProblems | undefined>)[DEV_PROBLEMS_KEY];
	const where = current ? await pageKey(context, current) : undefined;
	const problems = current && where ? problemsAffecting(current.byPage, where) : [];
	if (problems.length === 0) return next();
	return new Response(problemPage(context.url.pathname, formatProblems(problems), summarise(problems)), {
		status: 500,
		headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
	});
}
