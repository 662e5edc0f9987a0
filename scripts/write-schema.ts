/** Regenerates src/verbatim-citations/schemas/citations.schema.json from the zod schema. Usage: npm run schema */
import { writeFileSync } from 'node:fs';
import { citationsJsonSchema } from '../src/verbatim-citations/analysis/citation-ledger.ts';

writeFileSync('src/verbatim-citations/schemas/citations.schema.json', `${JSON.stringify(citationsJsonSchema(), null, 2)}\n`);
console.log('wrote src/verbatim-citations/schemas/citations.schema.json');
