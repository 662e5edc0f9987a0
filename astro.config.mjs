// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import verbatimCitations from 'starlight-verbatim-citations';

/**
 * SITE_BASE sets the sub-path the site is served from (e.g. `/explainer/`); default `/`.
 * SITE_URL is the public origin, used for canonical links and the sitemap.
 */
const base = process.env.SITE_BASE ?? '/';
const PLACEHOLDER_SITE = 'https://sessions-explainer.example';
const site = process.env.SITE_URL || PLACEHOLDER_SITE;

/**
 * Without SITE_URL, canonical links, JSON-LD and the sitemap point at a placeholder domain. The
 * build still succeeds (tests and local previews need no domain) but says so, once per build.
 * @type {import('astro').AstroIntegration}
 */
const warnWithoutSiteUrl = {
	name: 'site-url-warning',
	hooks: {
		'astro:build:start': ({ logger }) => {
			if (site === PLACEHOLDER_SITE) {
				logger.warn(
					`SITE_URL is not set: canonical links, JSON-LD and the sitemap point at ${PLACEHOLDER_SITE}. ` +
						'Build with SITE_URL=https://your.domain (and SITE_BASE=/sub-path/ if any) for a site you deploy.',
				);
			}
		},
	},
};

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	// Every stylesheet is a file: no <style> block needs a CSP hash.
	build: { inlineStylesheets: 'never' },
	// No Shiki: Astro's Shiki writes colours as inline styles, which the CSP below does not allow
	// (and Astro warns about on every build). The pages have no code blocks; Starlight's own code
	// blocks (Expressive Code) do not use this setting.
	markdown: { syntaxHighlight: false },
	security: {
		// A Content-Security-Policy <meta> on every page: scripts only from this origin or by hash
		// (Astro hashes its bundles; the verbatim-citations plugin hashes Starlight's inline scripts),
		// never 'unsafe-inline'. The same policy goes into dist/_headers for hosts that read it.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind (search) compiles WebAssembly.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			// Stylesheets only from this origin (style-src-elem); Starlight sets CSS custom properties
			// in style="" attributes (sidebar depth, icon sizes), which style-src-attr allows. Each
			// resource names its kind: a plain style-src 'self' would not apply to attributes
			// anyway (style-src-attr overrides it there), and Astro warns that it is shadowed.
			styleDirective: {
				resources: [
					{ resource: "'self'", kind: 'element' },
					{ resource: "'unsafe-inline'", kind: 'attribute' },
				],
			},
		},
	},
	integrations: [
		warnWithoutSiteUrl,
		starlight({
			title: 'Trump v. Sessions, 2017',
			description:
				"A sourced explainer of President Trump's 2017 feud with Attorney General Jeff Sessions, quoting five news reports word for word.",
			lastUpdated: false,
			// src/pages/404.astro renders Starlight's 404 page (see there why).
			disable404Route: true,
			sidebar: [
				{ label: 'Overview', link: '/' },
				{ label: 'Players', items: [{ autogenerate: { directory: 'players' } }] },
				{ label: 'Disputes', items: [{ autogenerate: { directory: 'disputes' } }] },
				{ label: 'Timeline', link: '/timeline/' },
				{ label: 'Where the reports differ', link: '/differences/' },
				{
					label: 'About this site',
					items: [
						{ label: 'How to read this site', link: '/about/how-to-read/' },
						{ label: 'The reports', link: '/sources/' },
						{ label: 'For researchers', link: '/about/for-researchers/' },
					],
				},
			],
			plugins: [
				verbatimCitations({
					corpus: 'docs-data',
					minQuoteLength: 4,
					editorialFolders: ['about/'],
					// This site is an explainer: its editorial rules (uncited prose, attribution, typed
					// dates, coverage, copies, disagreements) refuse the build like the verbatim ones.
					preset: 'explainer',
				}),
			],
		}),
	],
});
