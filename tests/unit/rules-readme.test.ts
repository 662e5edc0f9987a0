import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../packages/starlight-verbatim-citations/src/rules/registry.ts';
import { rulesTable, withRulesTable } from '../../packages/starlight-verbatim-citations/src/rules/rules-table.ts';
import { projectRoot } from '../helpers/project.ts';

const README = join(projectRoot, 'packages/starlight-verbatim-citations/README.md');

describe('the package README’s rules table', () => {
	it('is the registry as it is now (run npm run rules-table after changing a rule)', () => {
		const readme = readFileSync(README, 'utf8');
		expect(readme, 'the README is out of date with the rule registry: run npm run rules-table').toBe(withRulesTable(readme, rulesTable(RULES)));
	});

	it('has one row per rule, with its codes, default and explainer severity', () => {
		const table = rulesTable(RULES);
		const rows = table.split('\n').filter((line) => line.startsWith('| `'));
		expect(rows).toHaveLength(RULES.length);
		expect(rows.find((row) => row.startsWith('| `uncited-prose` |'))).toMatch(/^\| `uncited-prose` \| `paragraph-uncited`, `sentence-uncited`, `expression-text` \| .+ \| `off` \| `error` \| .+ Fix: .+ \|$/);
	});

	it('replaces only what lies between the markers, and refuses a README without them', () => {
		const readme = '# Title\n\n<!-- rules:start -->\nold table\n<!-- rules:end -->\n\n## Next\n';
		expect(withRulesTable(readme, 'T')).toBe('# Title\n\n<!-- rules:start -->\nT\n<!-- rules:end -->\n\n## Next\n');
		expect(withRulesTable(withRulesTable(readme, 'T'), 'T')).toBe(withRulesTable(readme, 'T'));
		expect(() => withRulesTable('# Title\n', 'T')).toThrow(/<!-- rules:start --> … <!-- rules:end -->/);
	});

	it('keeps a pipe inside a cell from splitting the row, and a component name from reading as HTML', () => {
		const [rule] = RULES;
		const row = rulesTable([{ ...rule!, description: 'a | b <Cite>' }]).split('\n').at(-1)!;
		expect(row).toContain('a \\| b &lt;Cite>');
	});
});
