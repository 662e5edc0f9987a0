/** Regenerates packages/starlight-verbatim-citations/src/schemas/citations.schema.json from the zod schema. Usage: npm run schema */
import { writeFileSync } from 'node:fs';
import { citationsJsonSchema } from '../packages/starlight-verbatim-citations/src/analysis/citation-ledger.ts';

writeFileSync('packages/starlight-verbatim-citations/src/schemas/citations.schema.json', `${JSON.stringify(citationsJsonSchema(), null, 2)}\n`);
console.log('wrote packages/starlight-verbatim-citations/src/schemas/citations.schema.json');
