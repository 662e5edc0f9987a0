import { CORE_RULES } from './core/core-rules.ts';
import { EDITORIAL_RULES } from './editorial/index.ts';
import { CLAIM_RULES } from './claims/index.ts';
import type { Preset, Rule, Severity } from './core/rule.ts';

/** Every rule of the package, core first. A problem code belongs to exactly one (a test checks it). */
export const RULES: readonly Rule[] = [...CORE_RULES, ...EDITORIAL_RULES, ...CLAIM_RULES];

const ruleOfCode = new Map(RULES.flatMap((rule) => rule.codes.map((code) => [code, rule] as const)));

/** The rule that owns a problem code, if any. */
export function ruleOf(code: string): Rule | undefined {
	return ruleOfCode.get(code);
}

/** What a site may write as a key of `rules`: every rule id and every problem code. */
export function knownRuleKeys(): string[] {
	return [...new Set(RULES.flatMap((rule) => [rule.id, ...rule.codes]))];
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) row.push(Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
		previous = row;
	}
	return previous[b.length]!;
}

/**
 * The keys of `rules` that name no rule and no code, each with a message for the person who wrote
 * the config: what is wrong, the closest keys first (a typo is the likely cause), and where rules
 * are listed.
 */
export function unknownRuleKeys(rules: Readonly<Record<string, Severity>>): string[] {
	const known = knownRuleKeys();
	return Object.keys(rules)
		.filter((key) => !known.includes(key))
		.map((key) => {
			const closest = [...known].sort((a, b) => editDistance(key, a) - editDistance(key, b) || a.localeCompare(b));
			return `rules: "${key}" is not a rule or a problem code. Did you mean "${closest[0]}"? Known keys, closest first: ${closest.join(', ')}. Every rule is listed in the starlight-verbatim-citations README, under "Rules".`;
		});
}

/**
 * Every mistake in the `rules` option, each a message for the person who wrote the config: keys
 * that name no rule (see unknownRuleKeys) and rules that can only be errors set to warn or off.
 */
export function ruleOptionErrors(rules: Readonly<Record<string, Severity>>): string[] {
	const locked = Object.entries(rules)
		.filter(([key, severity]) => severity !== 'error' && (RULES.find((rule) => rule.id === key) ?? ruleOf(key))?.locked)
		.map(([key, severity]) => {
			const rule = RULES.find((r) => r.id === key) ?? ruleOf(key)!;
			return `rules: "${key}" cannot be "${severity}": ${rule.locked}, so the rule \`${rule.id}\` is always an error. Remove "${key}" from rules and fix the problems it reports.`;
		});
	return [...unknownRuleKeys(rules), ...locked];
}

/** How a site sees each problem code: its preset's severity, then `rules` by rule id, then by code. */
export interface Severities {
	of(code: string): Severity;
	/** Whether any code of the rule is not off: a rule that is off does not run. */
	runs(rule: Rule): boolean;
}

/**
 * Resolves the `preset` and `rules` options. A code named in `rules` wins over its rule's id
 * (the more precise key), whatever their order in the config. Throws on an unknown key (a
 * misspelt rule is never silently ignored) and on a locked rule set below error; the plugin
 * reports both at config time, before this runs.
 */
export function resolveSeverities(preset: Preset, rules: Readonly<Record<string, Severity>> = {}): Severities {
	const mistakes = ruleOptionErrors(rules);
	if (mistakes.length > 0) throw new Error(mistakes.join('\n'));
	const of = (code: string): Severity => {
		const rule = ruleOf(code);
		// A code no rule owns is a bug of the package (a test checks there is none): never hide it.
		if (!rule) return 'error';
		return rules[code] ?? rules[rule.id] ?? (preset === 'explainer' ? rule.explainer : rule.severity);
	};
	return { of, runs: (rule) => rule.codes.some((code) => of(code) !== 'off') };
}
