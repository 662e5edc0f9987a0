import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from './astro-types.ts';
import { forgetPagePolicies, pagePolicies } from '../components/routes/csp-meta.ts';

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
 * As each page renders, components/routes/csp-meta-middleware.ts moves its policy <meta> to the
 * top of <head> and records the policy. After the build this writes `_headers` (Netlify /
 * Cloudflare Pages format) with the same policy as an HTTP header (plus what a <meta> cannot
 * carry) and the other security headers.
 */
export function securityHeaders(): AstroIntegration {
	let base = '/';
	return {
		name: 'verbatim-citations:security-headers',
		hooks: {
			'astro:config:setup': ({ config, command, updateConfig, addMiddleware }) => {
				const csp = config.security?.csp;
				if (!csp) return;
				const hashes = starlightInlineScriptHashes(fileURLToPath(config.root));
				const algorithm = typeof csp === 'object' ? csp.algorithm : 'SHA-256';
				updateConfig({ security: { csp: { algorithm, scriptDirective: { hashes } } } });
				// Astro applies the policy to built pages only. 'pre': outermost, so it sees each page as
				// every other middleware left it.
				if (command === 'build') addMiddleware({ entrypoint: fileURLToPath(new URL('../components/routes/csp-meta-middleware.ts', import.meta.url)), order: 'pre' });
			},
			'astro:build:start': () => {
				forgetPagePolicies();
			},
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				// The pages' policies as csp-meta-middleware.ts recorded them while each page rendered.
				const { policies, pages } = pagePolicies();
				if (pages === 0) return;
				const file = headersFile(mergePolicies([...policies]), base);
				writeFileSync(join(out, '_headers'), file);
				logger.info(`_headers written with the Content-Security-Policy of ${pages} pages`);
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
