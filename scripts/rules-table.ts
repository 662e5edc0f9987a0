/**
 * Writes the rule registry as a table into the package README, between <!-- rules:start --> and
 * <!-- rules:end -->. Usage: npm run rules-table. tests/unit/rules-readme.test.ts fails until the
 * README agrees with the registry.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { RULES } from '../packages/starlight-verbatim-citations/src/rules/registry.ts';
import { rulesTable, withRulesTable } from '../packages/starlight-verbatim-citations/src/rules/rules-table.ts';

const README = new URL('../packages/starlight-verbatim-citations/README.md', import.meta.url);
const before = readFileSync(README, 'utf8');
const after = withRulesTable(before, rulesTable(RULES));
if (after !== before) writeFileSync(README, after);
console.log(after === before ? 'The README\'s rules table is up to date.' : `Wrote ${RULES.length} rules into packages/starlight-verbatim-citations/README.md.`);
