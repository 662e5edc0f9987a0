import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { z } from 'zod';
import { citationCheck } from './integration/check-integration.ts';
import { securityHeaders } from './integration/security-headers.ts';
import { englishStrings } from './integration/translations.ts';
import { citationOptionsSchema, OPTIONS_KEY, type CitationOptionsInput } from './schemas/options.ts';
import { ruleOptionErrors } from './rules/registry.ts';

export type { CitationOptionsInput as VerbatimCitationsOptions } from './schemas/options.ts';

export { OPTIONS_KEY } from './schemas/options.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Starlight components this plugin replaces, and with what. */
const OVERRIDES = {
	Head: here('./components/overrides/Head.astro'),
	MarkdownContent: here('./components/overrides/MarkdownContent.astro'),
} as const;

/** What a site that overrides a component itself must render inside it. */
const COMPOSE: Record<keyof typeof OVERRIDES, string> = {
	Head: "Render <JsonLd /> from 'starlight-verbatim-citations/components' inside your Head, after Starlight's own, or pages carry no JSON-LD.",
	MarkdownContent:
		"Render <CitationsFooter /> from 'starlight-verbatim-citations/components' inside your MarkdownContent, after <slot />: without it there is no reference list and citation markers open nothing.",
};

/**
 * Verbatim citations for Starlight: `<Cite>` and `<Quote>` whose words are proved to occur in the
 * report they name before the site builds, report pages with every cited span highlighted, raw
 * originals served byte for byte, a reference list on every page, `citations.json`, JSON-LD and
 * security headers.
 *
 * ```js
 * starlight({ plugins: [verbatimCitations({ corpus: 'docs-data' })] })
 * ```
 */
export default function verbatimCitations(userOptions: CitationOptionsInput = {}): StarlightPlugin {
	const parsed = citationOptionsSchema.safeParse(userOptions);
	if (!parsed.success) {
		throw new Error(`Invalid options for verbatimCitations():\n${z.prettifyError(parsed.error)}\nEvery option is described in the starlight-verbatim-citations README, under "Options".`);
	}
	const options = parsed.data;
	// zod checks the shape of `rules`; only the registry knows which keys name a rule.
	const mistakes = ruleOptionErrors(options.rules);
	if (mistakes.length > 0) throw new Error(`Invalid options for verbatimCitations():\n${mistakes.join('\n')}`);
	// For the command-line tool, which imports the site's astro.config to learn these options.
	(globalThis as Record<symbol, unknown>)[OPTIONS_KEY] = options;
	return {
		name: 'verbatim-citations',
		hooks: {
			'i18n:setup'({ injectTranslations }) {
				injectTranslations({ en: englishStrings(options.sourceNoun) });
			},
			'config:setup'({ config, updateConfig, addIntegration, addRouteMiddleware, logger }) {
				// Titles reach <head> as text (Starlight writes them unescaped; see head-text.ts).
				addRouteMiddleware({ entrypoint: here('./components/overrides/head-middleware.ts'), order: 'post' });
				// A site's own override is kept: it renders the plugin's part inside it (COMPOSE says which).
				const components: Record<string, string> = { ...config.components };
				for (const name of Object.keys(OVERRIDES) as (keyof typeof OVERRIDES)[]) {
					if (config.components?.[name]) {
						logger.warn(`components.${name} is overridden by the site, and verbatim-citations keeps yours. ${COMPOSE[name]}`);
					} else components[name] = OVERRIDES[name];
				}
				updateConfig({
					components,
					customCss: [...(config.customCss ?? []), here('./styles/citations.css')],
				});
				addIntegration(citationCheck(options));
				if (options.securityHeaders) addIntegration(securityHeaders());
			},
		},
	};
}
