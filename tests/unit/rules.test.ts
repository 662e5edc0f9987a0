import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import verbatimCitations from '../../packages/starlight-verbatim-citations/src/index.ts';
import { corpusMessages } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-messages.ts';
import { knownRuleKeys, resolveSeverities, ruleOptionErrors, RULES, ruleOf, unknownRuleKeys } from '../../packages/starlight-verbatim-citations/src/rules/registry.ts';
import { projectRoot, SITE_OPTIONS } from '../helpers/project.ts';

const SRC = join(projectRoot, 'packages/starlight-verbatim-citations/src');
const sources = readdirSync(SRC, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && /\.(ts|astro)$/.test(entry.name))
	.map((entry) => ({ file: join(entry.parentPath, entry.name).slice(SRC.length + 1), text: readFileSync(join(entry.parentPath, entry.name), 'utf8') }));

const CODE = "'([a-z]+(?:-[a-z0-9]+)+)'";
/**
 * Every way the package's source names a problem code: `code: 'x'` (and `code: 'x' | 'y'` in a
 * type), a catalogue's key (`'x': (` in corpus-messages.ts, `case 'x':` in citation-messages.ts),
 * and a code handed to a problem helper (`at('x', …)`, `problem(node, 'x', …)`, `add(FILE, 1, 'x', …)`,
 * `readYamlFile(root, file, schema, 'x', …)`). The registry's `codes: [...]` lists match none of these.
 */
function codesInSource(): Map<string, string[]> {
	const found = new Map<string, string[]>();
	const note = (code: string, file: string) => found.set(code, [...(found.get(code) ?? []), file]);
	for (const { file, text } of sources) {
		for (const m of text.matchAll(new RegExp(`\\bcode: ((?:${CODE}\\s*\\|?\\s*)+)`, 'g'))) for (const c of m[1]!.matchAll(new RegExp(CODE, 'g'))) note(c[1]!, file);
		for (const m of text.matchAll(new RegExp(`\\b(?:at|problem|add|claimProblem)\\(\\s*(?:[\\w.!]+,\\s*){0,2}${CODE}`, 'g'))) note(m[1]!, file);
		for (const m of text.matchAll(new RegExp(`\\breadYamlFile\\((?:[^,()]+,\\s*){3}${CODE}`, 'g'))) note(m[1]!, file);
		for (const m of text.matchAll(new RegExp(`^\\s*case ${CODE}:`, 'gm'))) note(m[1]!, file);
		if (file.endsWith('-messages.ts')) for (const m of text.matchAll(new RegExp(`^\\t${CODE}: \\(`, 'gm'))) note(m[1]!, file);
	}
	return found;
}

describe('the rule registry', () => {
	const found = codesInSource();

	it('finds the codes the package produces (the grep is not blind)', () => {
		for (const code of ['quote-not-found', 'metadata-missing', 'date-typed', 'disagreement-sides', 'paragraph-uncited', 'attributions-invalid', 'date-weekday-ambiguous', 'mdx-syntax']) {
			expect(found.has(code), code).toBe(true);
		}
		for (const code of Object.keys(corpusMessages)) expect(found.has(code), code).toBe(true);
	});

	it('gives every code the source produces exactly one rule, so a new code without a rule fails here', () => {
		const orphans = [...found].filter(([code]) => ruleOf(code) === undefined).map(([code, files]) => `${code} (in ${[...new Set(files)].join(', ')})`);
		expect(orphans, 'add each to a rule in rules/core/core-rules.ts or rules/editorial/').toEqual([]);
		const owners = new Map<string, string[]>();
		for (const rule of RULES) for (const code of rule.codes) owners.set(code, [...(owners.get(code) ?? []), rule.id]);
		expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
	});

	it('registers no code that nothing produces', () => {
		expect(RULES.flatMap((rule) => rule.codes).filter((code) => !found.has(code))).toEqual([]);
	});

	it('names a rule of one code by its code, and never names a rule like another rule’s code', () => {
		for (const rule of RULES) {
			if (rule.codes.length === 1) expect(rule.id).toBe(rule.codes[0]);
			// A rule of several codes may take the name of its main one, never another rule's code.
			else expect([undefined, rule], rule.id).toContain(ruleOf(rule.id));
		}
		expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
	});

	it('documents every rule: a description, an example message and its fix', () => {
		for (const rule of RULES) {
			expect(rule.description.length, rule.id).toBeGreaterThan(20);
			expect(rule.example.message.length, rule.id).toBeGreaterThan(10);
			expect(rule.example.fix.length, rule.id).toBeGreaterThan(10);
		}
	});

	it('keeps the verbatim, corpus and link rules on in every site, and the editorial ones for the explainer preset', () => {
		const core = ['verbatim', 'tag-invalid', 'mdx-syntax', 'pages-checked', 'link-broken', 'link-root-relative', 'metadata', 'source-files', 'checksums', 'dateline-unsupported', 'date-tag', 'disagreement-tag'];
		const editorial = ['uncited-prose', 'attribution-unnamed', 'date-typed', 'timeline-order', 'sentence-coverage', 'paragraph-coverage', 'copy-unsaid', 'disagreement-sides', 'report-named', 'claim-number-unsupported', 'claim-name-unsupported', 'claim-date-unsupported', 'claim-stronger', 'claim-polarity', 'claim-actors-swapped'];
		const byId = new Map(RULES.map((rule) => [rule.id, rule]));
		for (const id of core) expect([byId.get(id)?.severity, byId.get(id)?.explainer], id).toEqual(['error', 'error']);
		for (const id of editorial) expect([byId.get(id)?.severity, byId.get(id)?.explainer], id).toEqual(['off', 'error']);
		expect(RULES.every((rule) => rule.explainer === 'error')).toBe(true);
		// Only core rules can be locked, and only those whose problems leave a page nothing to render.
		expect(RULES.filter((rule) => rule.locked).map((rule) => rule.id)).toEqual(['verbatim', 'tag-invalid', 'mdx-syntax', 'pages-checked', 'metadata', 'source-files', 'date-tag']);
	});
});

describe('severities from preset and rules', () => {
	it('takes the preset’s, then the rule id’s, then the code’s (the more precise key wins)', () => {
		expect(resolveSeverities('core').of('date-typed')).toBe('off');
		expect(resolveSeverities('explainer').of('date-typed')).toBe('error');
		expect(resolveSeverities('core', { 'date-typed': 'warn' }).of('date-typed')).toBe('warn');
		const mixed = resolveSeverities('explainer', { 'paragraph-uncited': 'warn', 'uncited-prose': 'off' });
		expect([mixed.of('paragraph-uncited'), mixed.of('sentence-uncited'), mixed.of('link-broken')]).toEqual(['warn', 'off', 'error']);
		expect(resolveSeverities('core', { 'sentence-uncited': 'warn' }).runs(RULES.find((r) => r.id === 'uncited-prose')!)).toBe(true);
		expect(resolveSeverities('core').runs(RULES.find((r) => r.id === 'uncited-prose')!)).toBe(false);
	});

	it('treats a code no rule owns as an error rather than hiding it', () => {
		expect(resolveSeverities('core', {}).of('made-up-code')).toBe('error');
	});
});

describe('an unknown rule name', () => {
	it('is refused with the closest known keys first and where rules are listed', () => {
		const [message] = unknownRuleKeys({ 'atribution-unamed': 'off' });
		expect(message).toMatch(/^rules: "atribution-unamed" is not a rule or a problem code\. Did you mean "attribution-unnamed"\? Known keys, closest first: attribution-unnamed, /);
		expect(message).toContain('README, under "Rules"');
		for (const key of knownRuleKeys()) expect(message).toContain(key);
		expect(unknownRuleKeys({ 'attribution-unnamed': 'off', 'quote-ambiguous': 'warn', verbatim: 'error' })).toEqual([]);
		expect(ruleOptionErrors({ 'attribution-unnamed': 'off', 'link-broken': 'warn', verbatim: 'error' })).toEqual([]);
	});

	it('stops the plugin at config time, and checkSite too', () => {
		expect(() => verbatimCitations({ rules: { 'date-typo': 'off' } })).toThrow(/Invalid options for verbatimCitations\(\):\nrules: "date-typo" is not a rule or a problem code\. Did you mean "date-typed"\?/);
		expect(() => verbatimCitations({ rules: { 'date-typed': 'warning' as 'warn' } })).toThrow(/rules/);
		expect(() => verbatimCitations({ preset: 'strict' as 'core' })).toThrow(/preset/);
		expect(() => verbatimCitations({ rules: { 'quote-cuts-word': 'off' } })).toThrow(/"quote-cuts-word" cannot be "off": a citation that is not found/);
		expect(() => resolveSeverities('core', { nope: 'off' })).toThrow(/"nope" is not a rule/);
	});
});

describe('the site’s own options', () => {
	it('are the explainer preset, as astro.config.mjs says, so the site keeps every rule it had', () => {
		const config = readFileSync(join(projectRoot, 'astro.config.mjs'), 'utf8');
		expect(config).toMatch(/verbatimCitations\(\{[^}]*preset: 'explainer'/);
		expect(SITE_OPTIONS.preset).toBe('explainer');
		expect(SITE_OPTIONS.rules).toEqual({});
		expect(config).not.toMatch(/verbatimCitations\(\{[^}]*rules:/);
	});
});
