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

const HEAD_END = new TextEncoder().encode('</head>');

/** Where `pattern` first occurs in `bytes`, or -1. */
function indexOfBytes(bytes: Uint8Array, pattern: Uint8Array): number {
	for (let at = bytes.indexOf(pattern[0]!); at !== -1 && at + pattern.length <= bytes.length; at = bytes.indexOf(pattern[0]!, at + 1)) {
		let k = 1;
		while (k < pattern.length && bytes[at + k] === pattern[k]) k++;
		if (k === pattern.length) return at;
	}
	return -1;
}

/**
 * A rendered page with its policy <meta> first in <head> (cspMetaFirst), and its policy recorded.
 * Anything that is not HTML, or has no policy, is passed on as it came. Done as the page renders,
 * in memory: after the build, reading and rewriting every page file took 3 s at 2,000 reports.
 *
 * Only the head is decoded: the page is the bytes Astro would have written, and the head is the
 * bytes up to the first `</head>`. The policy's <meta>, the `<head>` tag and a `<meta charset>`
 * after it each end at their first `>`, so a match of them that starts before `</head>` ends there
 * too, and the bytes after it go out as they were. Decoding the whole page to a string and encoding
 * it again added 145 MiB to the peak memory of a 2,000-report build. A page whose head has no
 * policy (none, or one after `</head>`) is read whole, as cspMetaFirst reads it.
 */
export async function withCspMetaFirst(response: Response): Promise<Response> {
	if (!/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) return response;
	const bytes = new Uint8Array(await response.arrayBuffer());
	const headEnd = indexOfBytes(bytes, HEAD_END);
	const head = headEnd === -1 ? undefined : new TextDecoder().decode(bytes.subarray(0, headEnd + HEAD_END.length));
	const policy = head === undefined ? undefined : metaPolicy(head);
	if (head === undefined || policy === undefined) {
		const html = new TextDecoder().decode(bytes);
		const wholePolicy = metaPolicy(html);
		if (wholePolicy === undefined) return new Response(bytes, response);
		recordPagePolicy(wholePolicy);
		return new Response(cspMetaFirst(html), response);
	}
	recordPagePolicy(policy);
	const moved = cspMetaFirst(head);
	if (moved === head) return new Response(bytes, response);
	const movedHead = new TextEncoder().encode(moved);
	const rest = bytes.subarray(headEnd + HEAD_END.length);
	const page = new Uint8Array(movedHead.length + rest.length);
	page.set(movedHead);
	page.set(rest, movedHead.length);
	return new Response(page, response);
}
