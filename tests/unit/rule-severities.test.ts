import { describe, expect, it, vi } from 'vitest';
import { PAGE, site, startBuild } from '../helpers/ferry-site.ts';
import { checkSite } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { citationCheck } from '../../packages/starlight-verbatim-citations/src/integration/check-integration.ts';
import { dateTypedRule } from '../../packages/starlight-verbatim-citations/src/rules/editorial/date-typed.ts';
import { citationOptionsSchema, type CitationOptionsInput } from '../../packages/starlight-verbatim-citations/src/schemas/options.ts';

const check = (options: CitationOptionsInput, files?: Record<string, string>, coverage = false) => {
	const result = checkSite(site(files), citationOptionsSchema.parse(options), { coverage });
	const codes = (list: typeof result.problems) => list.map((p) => `${p.code} ${p.file.split('/').at(-1)}:${p.line}`);
	return { errors: codes(result.problems), warnings: codes(result.warnings), result };
};

describe('a site with the default preset (core)', () => {
	it('accepts documentation prose, and needs no attributions.yaml or sentences.yaml', () => {
		expect(check({})).toMatchObject({ errors: [], warnings: [] });
	});

	it('still refuses a misquote: the verbatim rule is on', () => {
		const misquoted = PAGE.replace('the ferry would run on Sundays', 'the ferry would run on Mondays');
		expect(check({}, { 'src/content/docs/ferries.mdx': misquoted }).errors).toEqual(['quote-not-found ferries.mdx:6']);
	});

	it('does not run a rule that is off', () => {
		const spy = vi.spyOn(dateTypedRule, 'check');
		check({});
		expect(spy).not.toHaveBeenCalled();
		check({ rules: { 'date-typed': 'warn' } });
		expect(spy).toHaveBeenCalledTimes(1);
	});
});

describe('the explainer preset', () => {
	it('turns the editorial rules on: the attributions file, uncited prose, typed dates (not the room number)', () => {
		expect(check({ preset: 'explainer' })).toMatchObject({
			errors: ['attributions-missing attributions.yaml:1', 'paragraph-uncited ferries.mdx:8', 'date-typed ferries.mdx:8'],
			warnings: [],
		});
	});

	it('measures report coverage when coverage is asked for (npm run coverage), not in the build', () => {
		expect(check({ preset: 'explainer' }, {}, true).errors.slice(3)).toEqual(['source-sentence-uncited sentences.yaml:1', 'source-paragraph-uncited sources.yaml:1']);
		expect(check({ preset: 'explainer', rules: { 'sentence-coverage': 'warn', 'paragraph-coverage': 'off' } }, {}, true).warnings).toEqual(['source-sentence-uncited sentences.yaml:1']);
	});

	it('requires attributions.yaml only while the attribution rule is on', () => {
		const { errors, result } = check({ preset: 'explainer', rules: { 'attribution-unnamed': 'off' } });
		expect(errors).not.toContain('attributions-missing attributions.yaml:1');
		expect(result.frames).toEqual([]);
		expect(check({ preset: 'explainer' }, { 'docs-data/attributions.yaml': '"001": []\n' }).errors).not.toContain('attributions-missing attributions.yaml:1');
	});

	it('can have single rules switched off by rule id or by code', () => {
		const off = check(
			{
				preset: 'explainer',
				rules: { 'attribution-unnamed': 'off', 'uncited-prose': 'off', 'date-typed': 'off', 'source-sentence-uncited': 'off', 'paragraph-coverage': 'off' },
			},
			{},
			true,
		);
		expect(off).toMatchObject({ errors: [], warnings: [] });
	});
});

describe('a rule set to warn', () => {
	it('reports its problems apart, and does not refuse the build', () => {
		expect(check({ rules: { 'date-typed': 'warn' } })).toMatchObject({ errors: [], warnings: ['date-typed ferries.mdx:8'] });
		// A core rule whose problem leaves the page renderable can be lowered too.
		const linked = `${PAGE}\nSee [the timetable](../timetable/) and [the fares](/fares/).\n`;
		expect(check({}, { 'src/content/docs/ferries.mdx': linked }).errors).toEqual(['link-broken ferries.mdx:10', 'link-root-relative ferries.mdx:10']);
		expect(check({ rules: { 'link-broken': 'warn', 'link-root-relative': 'off' } }, { 'src/content/docs/ferries.mdx': linked })).toMatchObject({ errors: [], warnings: ['link-broken ferries.mdx:10'] });
	});

	it('is logged with the logger’s warn, counted, while the build goes on', async () => {
		const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
		const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
		const integration = citationCheck(citationOptionsSchema.parse({ rules: { 'date-typed': 'warn' } }));
		await startBuild(integration, site(), logger).render();
		expect(exit).not.toHaveBeenCalled();
		expect(logger.error).not.toHaveBeenCalled();
		expect(logger.warn).toHaveBeenCalledTimes(1);
		const [text] = logger.warn.mock.calls[0] as [string];
		expect(text).toMatch(/^1 warning \(rules set to "warn" do not refuse the build\): 1 problem in 1 file: 1 page problem\./);
		expect(text).toContain('src/content/docs/ferries.mdx:8:1  [date-typed]');
	});

	it('is counted in the refusal when errors refuse the build', async () => {
		const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
		const exit = vi.spyOn(process, 'exit').mockImplementation((() => {
			throw new Error('exit');
		}) as never);
		const misquoted = PAGE.replace('the ferry would run on Sundays', 'the ferry would run on Mondays');
		const integration = citationCheck(citationOptionsSchema.parse({ rules: { 'date-typed': 'warn' } }));
		const root = site({ 'src/content/docs/ferries.mdx': misquoted });
		await expect(startBuild(integration, root, logger).render()).rejects.toThrow('exit');
		expect(exit).toHaveBeenCalledWith(1);
		expect(logger.error.mock.calls[0]![0]).toMatch(/^Build refused: 1 problem in 1 file: 1 citation problem\. And 1 warning \(rules set to "warn", listed above\)\. Nothing was built\./);
	});
});

describe('a rule that can only be an error', () => {
	it('is refused as warn or off, by rule id or by code, saying why', () => {
		expect(() => check({ rules: { 'quote-not-found': 'warn' } })).toThrow(
			'rules: "quote-not-found" cannot be "warn": a citation that is not found has no words to show or link to, so the rule `verbatim` is always an error. Remove "quote-not-found" from rules and fix the problems it reports.',
		);
		expect(() => check({ rules: { verbatim: 'off' } })).toThrow(/"verbatim" cannot be "off"/);
		expect(() => check({ rules: { 'mdx-syntax': 'off' } })).toThrow(/a page that does not parse cannot be built/);
		expect(check({ rules: { verbatim: 'error' } })).toMatchObject({ errors: [], warnings: [] });
	});
});
