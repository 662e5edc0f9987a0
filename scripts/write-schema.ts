/** Regenerates src/schemas/citations.schema.json from the zod schema. Usage: npm run schema */
import { writeFileSync } from 'node:fs';
import { citationsJsonSchema } from '../src/lib/citation-ledger.ts';

writeFileSync('src/schemas/citations.schema.json', `${JSON.stringify(citationsJsonSchema(), null, 2)}\n`);
console.log('wrote src/schemas/citations.schema.json');
