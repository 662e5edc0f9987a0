import type { Rule } from './core/rule.ts';

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';

/**
 * Table cells hold no pipe or line break of their own, or the row would split, and no raw `<`:
 * Markdown renderers take <Cite> for an HTML tag and drop it.
 */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\s*\n\s*/g, ' ');
const code = (text: string) => `\`${text}\``;

/** What a rule checks, and when it runs or cannot be switched, in one cell. */
function describe(rule: Rule): string {
	if (rule.phase === 'coverage') return `${rule.description} Checked by the coverage command, not by the build.`;
	if (rule.locked) return `${rule.description} Always an error: ${rule.locked}.`;
	return rule.description;
}

/**
 * The registry as the README's table: one row per rule, written from the rules themselves so the
 * documentation cannot drift from what the check does (tests/unit/rules-readme.test.ts).
 */
export function rulesTable(rules: readonly Rule[]): string {
	const rows = rules.map((rule) =>
		[
			code(rule.id),
			rule.codes.map(code).join(', '),
			cell(describe(rule)),
			code(rule.severity),
			code(rule.explainer),
			cell(`${rule.example.message} Fix: ${rule.example.fix}`),
		].join(' | '),
	);
	return [
		'Configure a rule by its id or by one of its codes: `rules: { \'attribution-unnamed\': \'off\', \'date-typed\': \'warn\' }`. `error` refuses the build, `warn` prints the problem and builds, `off` does not check. A code wins over its rule\'s id.',
		'',
		'| Rule | Codes | What it checks | Default | `explainer` preset | Example and fix |',
		'| --- | --- | --- | --- | --- | --- |',
		...rows.map((row) => `| ${row} |`),
	].join('\n');
}

/**
 * `readme` with the text between its rules markers replaced by `table`. Throws when a marker is
 * missing or out of order: the rest of the README is never touched.
 */
export function withRulesTable(readme: string, table: string): string {
	const start = readme.indexOf(RULES_START);
	const end = readme.indexOf(RULES_END);
	if (start === -1 || end === -1 || end < start) {
		throw new Error(`The README has no ${RULES_START} … ${RULES_END} pair (in that order); put both on lines of their own where the rules table belongs.`);
	}
	return `${readme.slice(0, start + RULES_START.length)}\n${table}\n${readme.slice(end)}`;
}
