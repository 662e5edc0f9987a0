// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import citations from './src/integrations/citations.ts';

/**
 * SITE_BASE sets the sub-path the site is served from (e.g. `/explainer/`); default `/`.
 * SITE_URL is the public origin, used for canonical links and the sitemap.
 */
const base = process.env.SITE_BASE ?? '/';
const site = process.env.SITE_URL ?? 'https://sessions-explainer.example';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	integrations: [
		citations(),
		starlight({
			title: 'Trump v. Sessions, 2017',
			description:
				"A sourced explainer of President Trump's 2017 feud with Attorney General Jeff Sessions, quoting five news reports word for word.",
			lastUpdated: false,
			sidebar: [
				{ label: 'Overview', link: '/' },
				{ label: 'The reports', link: '/sources/' },
			],
			components: {
				MarkdownContent: './src/components/MarkdownContent.astro',
			},
			customCss: ['./src/styles/citations.css'],
		}),
	],
});
