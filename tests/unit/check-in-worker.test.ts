import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInWorker } from '../../packages/starlight-verbatim-citations/src/integration/check-in-worker.ts';
import { publishedCheck } from '../../packages/starlight-verbatim-citations/src/integration/published-check.ts';
import { citationOptionsSchema } from '../../packages/starlight-verbatim-citations/src/schemas/options.ts';
import { projectRoot } from '../helpers/project.ts';

const fixture = join(projectRoot, 'tests/fixtures/plugin-site');
const options = citationOptionsSchema.parse({ corpus: 'reports', minQuoteLength: 6, editorialFolders: ['notes/'], preset: 'explainer', ledger: false });

describe('the check in a worker thread (what astro build runs)', () => {
	it('hands back exactly what the check in this thread finds', async () => {
		const inWorker = await checkInWorker(fixture, options);
		expect(inWorker.data.ledger.pages.length).toBeGreaterThan(0);
		expect(inWorker).toEqual(publishedCheck(fixture, options));
	});

	it('rejects with the error of a check that throws, as the hook would have thrown', async () => {
		await expect(checkInWorker(fixture, { ...options, corpus: 42 } as never)).rejects.toThrow();
	});
});
