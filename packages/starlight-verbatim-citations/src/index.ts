import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import { z } from 'zod';
import { citationCheck } from './integration/check-integration.ts';
import { securityHeaders } from './integration/security-headers.ts';
import { citationOptionsSchema, type CitationOptionsInput } from './schemas/options.ts';
import { unknownRuleKeys } from './rules/registry.ts';

export type { CitationOptionsInput as VerbatimCitationsOptions } from './schemas/options.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Starlight components this plugin replaces, and with what. */
const OVERRIDES = {
	Head: here('./components/overrides/Head.astro'),
	MarkdownContent: here('./components/overrides/MarkdownContent.astro'),
} as const;

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
		throw new Error(`Invalid options for verbatimCitations():\n${z.prettifyError(parsed.error)}\nSee src/verbatim-citations/schemas/options.ts for every option.`);
	}
	const options = parsed.data;
	// zod checks the shape of `rules`; only the registry knows which keys name a rule.
	const unknown = unknownRuleKeys(options.rules);
	if (unknown.length > 0) throw new Error(`Invalid options for verbatimCitations():\n${unknown.join('\n')}`);
	return {
		name: 'verbatim-citations',
		hooks: {
			'config:setup'({ config, updateConfig, addIntegration, logger }) {
				for (const name of Object.keys(OVERRIDES) as (keyof typeof OVERRIDES)[]) {
					if (config.components?.[name]) {
						logger.warn(`components.${name} is overridden by the site; verbatim-citations needs its own ${name} override, so yours is replaced. Render the plugin's override inside yours instead.`);
					}
				}
				updateConfig({
					components: { ...config.components, ...OVERRIDES },
					customCss: [...(config.customCss ?? []), here('./styles/citations.css')],
				});
				addIntegration(citationCheck(options));
				if (options.securityHeaders) addIntegration(securityHeaders());
			},
		},
	};
}
