import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from './astro-types.ts';

/**
 * Security for any static host.
 *
 * Astro's `security.csp` puts a Content-Security-Policy <meta> on every page and hashes the scripts
 * it bundles, but not the `<script is:inline>` blocks inside Starlight's own components (theme
 * picker, search shortcut, sidebar state). This integration hashes exactly those blocks, read from
 * Starlight's component sources, so the policy allows them by hash and never needs
 * 'unsafe-inline'. Text injected into a page is therefore never allowed to run: only the scripts
 * Starlight ships, byte for byte, are.
 *
 * After the build it writes `_headers` (Netlify / Cloudflare Pages format) with the same policy as
 * an HTTP header (plus what a <meta> cannot carry) and the other security headers.
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'verbatim-citations:security-headers',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				const csp = config.security?.csp;
				if (!csp) return;
				const hashes = starlightInlineScriptHashes(fileURLToPath(config.root));
				const algorithm = typeof csp === 'object' ? csp.algorithm : 'SHA-256';
				updateConfig({ security: { csp: { algorithm, scriptDirective: { hashes } } } });
			},
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const policies: string[] = [];
				for (const file of htmlFiles(out)) {
					const page = pageWithCspMetaFirst(readFileSync(file));
					if (page.policy === undefined) continue;
					policies.push(page.policy);
					if (page.moved) writeFileSync(file, page.moved);
				}
				if (policies.length === 0) return;
				const file = headersFile(mergePolicies(policies), base);
				writeFileSync(join(out, '_headers'), file);
				logger.info(`_headers written with the Content-Security-Policy of ${policies.length} pages`);
				const longest = Math.max(...file.split('\n').map((line) => line.length));
				if (longest > HEADERS_LINE_LIMIT) {
					logger.warn(`_headers has a line of ${longest} characters; Cloudflare Pages ignores lines over ${HEADERS_LINE_LIMIT}.`);
				}
			},
		},
	};
}

/** Cloudflare Pages' documented limit for one line of `_headers`. */
export const HEADERS_LINE_LIMIT = 2000;

/** Headers for every response; the policy is the union of the pages' <meta> policies. */
export function headersFile(policy: string, base: string): string {
	return [
		'# Security headers for Netlify and Cloudflare Pages, written by the verbatim-citations plugin.',
		'# Other hosts: send the same headers (see README, "Deploy to a static host").',
		`${base}*`,
		// frame-ancestors is ignored in a <meta> policy, so it is added here only.
		`  Content-Security-Policy: ${policy} frame-ancestors 'none';`,
		'  X-Content-Type-Options: nosniff',
		'  Referrer-Policy: no-referrer',
		'  X-Frame-Options: DENY',
		`${base}sources/raw/*`,
		'  Content-Type: text/plain; charset=utf-8',
		'',
	].join('\n');
}

/** Every `<script is:inline>` in Starlight's components, as CSP hash sources (`sha256-…`). */
export function starlightInlineScriptHashes(root: string): `sha256-${string}`[] {
	const starlight = findPackage(root, '@astrojs/starlight');
	const hashes = new Set<`sha256-${string}`>();
	for (const folder of ['components', 'user-components']) {
		const dir = join(starlight, 'dist', folder);
		if (!existsSync(dir)) continue;
		for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
			if (!file.endsWith('.astro')) continue;
			const source = readFileSync(join(dir, file), 'utf8');
			for (const match of source.matchAll(/<script\s+is:inline(?![^>]*define:vars)[^>]*>([\s\S]*?)<\/script>/g)) {
				hashes.add(`sha256-${createHash('sha256').update(match[1]!).digest('base64')}`);
			}
		}
	}
	if (hashes.size === 0) throw new Error(`No inline scripts found in ${starlight}: has Starlight changed its layout?`);
	return [...hashes].sort();
}

function findPackage(from: string, name: string): string {
	for (let dir = from; ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return candidate;
		if (dirname(dir) === dir) throw new Error(`Cannot find ${name} from ${from}`);
	}
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

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

const HEAD_END = Buffer.from('</head>');

/**
 * A built page's policy and, when the policy's <meta> is not first in <head>, the page with it
 * moved there (cspMetaFirst): what `metaPolicy` and `cspMetaFirst` give for the whole page,
 * worked out on its head alone. Every page was decoded from UTF-8 whole and encoded again to move
 * a tag near its top: at 2,000 reports 272 MB of pages, 3.5 s of CPU with the garbage collection
 * of those strings. The head is the page up to its first `</head>`: the policy's <meta>, the
 * `<head>` tag and a `<meta charset>` after it each end at their first `>`, so a match of them
 * that starts before `</head>` ends there too, and the bytes after it are written back as they
 * were. A page whose head has no policy (none, or one after `</head>`) is read whole, as before.
 */
export function pageWithCspMetaFirst(bytes: Buffer): { policy: string | undefined; moved: Buffer | undefined } {
	const headEnd = bytes.indexOf(HEAD_END);
	const head = headEnd === -1 ? undefined : bytes.toString('utf8', 0, headEnd + HEAD_END.length);
	const policy = head === undefined ? undefined : metaPolicy(head);
	if (head === undefined || policy === undefined) {
		const html = bytes.toString('utf8');
		const wholePolicy = metaPolicy(html);
		if (wholePolicy === undefined) return { policy: undefined, moved: undefined };
		const moved = cspMetaFirst(html);
		return { policy: wholePolicy, moved: moved === html ? undefined : Buffer.from(moved) };
	}
	const moved = cspMetaFirst(head);
	return { policy, moved: moved === head ? undefined : Buffer.concat([Buffer.from(moved), bytes.subarray(headEnd + HEAD_END.length)]) };
}

/** The content of a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaPolicy(html: string): string | undefined {
	const match = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
	return match?.[1]?.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** Parses a policy into directives and their sources, in order. */
export function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), [...(directives.get(name.toLowerCase()) ?? []), ...sources]);
	}
	return directives;
}

/** One policy allowing what any of the given policies allows, directive by directive. */
export function mergePolicies(policies: string[]): string {
	const merged = new Map<string, Set<string>>();
	for (const policy of policies) {
		for (const [name, sources] of parsePolicy(policy)) {
			const set = merged.get(name) ?? new Set<string>();
			for (const source of sources) set.add(source);
			merged.set(name, set);
		}
	}
	return [...merged]
		.map(([name, set]) => {
			// 'none' only means something alone; next to other sources browsers ignore it, with a warning.
			const sources = set.size > 1 ? [...set].filter((s) => s !== "'none'") : [...set];
			return `${[name, ...sources].join(' ')};`;
		})
		.join(' ');
}
