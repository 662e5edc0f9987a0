import { describe, expect, it } from 'vitest';
import verbatimCitations from '../../packages/starlight-verbatim-citations/src/index.ts';
import { citationOptionsSchema, DEFAULT_OPTIONS } from '../../packages/starlight-verbatim-citations/src/schemas/options.ts';

describe('the plugin options', () => {
	it('default every option in one place', () => {
		expect(DEFAULT_OPTIONS).toEqual({
			corpus: 'docs-data',
			minQuoteLength: 4,
			editorialFolders: [],
			ledger: true,
			securityHeaders: true,
			maxReportBytes: 1_000_000,
			sourcesRoute: 'sources',
			sourceNoun: { singular: 'report', plural: 'reports' },
			jsonLd: true,
			referenceList: true,
			lineage: true,
			preset: 'core',
			rules: {},
		});
		expect(citationOptionsSchema.parse({ corpus: 'reports' }).minQuoteLength).toBe(4);
	});

	it('refuse a bad value with the option named and where the options are documented', () => {
		expect(() => verbatimCitations({ minQuoteLength: 0 })).toThrow(/minQuoteLength[\s\S]*README, under "Options"/);
		expect(() => verbatimCitations({ editorialFolders: ['about'] })).toThrow(/a folder is written like "about\/"/);
		expect(() => verbatimCitations({ sourcesRoute: '/library/' })).toThrow(/no slash at either end[\s\S]*at sourcesRoute/);
		expect(() => verbatimCitations({ sourceNoun: { singular: 'letter' } as never })).toThrow(/sourceNoun\.plural/);
	});

	it('refuse an unknown option instead of ignoring it', () => {
		// @ts-expect-error: a misspelt option must fail at run time too, for JavaScript configs.
		expect(() => verbatimCitations({ minQuoteLenght: 6 })).toThrow(/minQuoteLenght/);
	});

	it('make a Starlight plugin with a config:setup hook', () => {
		const plugin = verbatimCitations();
		expect(plugin.name).toBe('verbatim-citations');
		expect(typeof plugin.hooks['config:setup']).toBe('function');
	});
});
