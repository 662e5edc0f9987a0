import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { citationOptionsSchema, type CitationOptions } from '../../packages/starlight-verbatim-citations/src/schemas/options.ts';

/**
 * The options object written in the site's astro.config.mjs (the argument of `verbatimCitations(`),
 * read from the file rather than repeated here, so the tests check the site as it is configured.
 */
function siteOptions(): CitationOptions {
	const config = readFileSync(join(resolve(import.meta.dirname, '../..'), 'astro.config.mjs'), 'utf8');
	const call = /verbatimCitations\((\{[\s\S]*?\})\)/.exec(config);
	if (!call) throw new Error('astro.config.mjs has no verbatimCitations({ ... }) call to read the options from.');
	// The options are a plain object literal (strings, numbers, arrays): evaluated as such.
	return citationOptionsSchema.parse(new Function(`return (${call[1]});`)());
}

export const SITE_OPTIONS: CitationOptions = siteOptions();
