/**
 * A page's Content-Security-Policy <meta>: where it must stand, what it allows, and what the
 * rendered pages of a build allowed. No Node APIs: csp-meta-middleware.ts, which imports this,
 * is bundled into the site's server code as well.
 */

const CSP_META = /<meta\s+http-equiv="content-security-policy"[^>]*>/i;
const HEAD_START = /<head(?:\s[^>]*)?>(?:\s*<meta\s+charset=[^>]*>)?/i;

/**
 * The page with its Content-Security-Policy <meta> at the top of <head>. Astro writes it after
 * Starlight's head entries and inline scripts, and a policy in a <meta> covers only what follows
 * it: anything ahead of it (an injected element, a script) would escape it. Only `<meta charset>`
 * stays in front: it carries no text of anyone's, and HTML requires it within the first 1024 bytes,
 * which a policy of hashes (1.4 kB) would push it out of.
 */
export function cspMetaFirst(html: string): string {
	const meta = CSP_META.exec(html);
	const head = HEAD_START.exec(html);
	if (!meta || !head || head.index > meta.index) return html;
	const at = head.index + head[0].length;
	if (meta.index === at) return html;
	const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
	return without.slice(0, at) + meta[0] + without.slice(at);
}

/** The content of a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaPolicy(html: string): string | undefined {
	const match = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	return match?.[1]?.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/**
 * The policies of the pages rendered in this process, for `_headers`: the distinct policies (a
 * site has one or a few) and how many pages had one. A global, not a module variable: the
 * middleware runs in the module graph Vite bundles the pages into, the integration that writes
 * `_headers` in Astro's own; both are in the process that builds the site.
 */
const PAGE_POLICIES_KEY = Symbol.for('verbatim-citations:page-policies');

interface PagePolicies {
	policies: Set<string>;
	pages: number;
}

export function pagePolicies(): PagePolicies {
	const store = globalThis as Record<symbol, PagePolicies | undefined>;
	return (store[PAGE_POLICIES_KEY] ??= { policies: new Set(), pages: 0 });
}

export function recordPagePolicy(policy: string): void {
	const recorded = pagePolicies();
	recorded.policies.add(policy);
	recorded.pages++;
}

/** Forgets what earlier builds in this process recorded (Astro's build() can run twice in one process). */
export function forgetPagePolicies(): void {
	delete (globalThis as Record<symbol, unknown>)[PAGE_POLICIES_KEY];
}

/**
 * A rendered page with its policy <meta> first in <head> (cspMetaFirst), and its policy recorded.
 * Anything that is not HTML, or has no policy, is returned as it came. Done as the page renders,
 * on the HTML in memory: after the build, reading and rewriting every page file took 3 s at
 * 2,000 reports.
 */
export async function withCspMetaFirst(response: Response): Promise<Response> {
	if (!/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) return response;
	const html = await response.text();
	const policy = metaPolicy(html);
	if (policy === undefined) return new Response(html, response);
	recordPagePolicy(policy);
	return new Response(cspMetaFirst(html), response);
}
