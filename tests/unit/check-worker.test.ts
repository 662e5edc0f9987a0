import { describe, expect, it } from 'vitest';
import { checkForPages, checkInWorker } from '../../packages/starlight-verbatim-citations/src/integration/check-integration.ts';
import { SITE_OPTIONS } from '../helpers/project.ts';

describe('the build’s check in a worker thread', () => {
	it('gives the pages the same data and problems as the check run in this thread', async () => {
		const root = process.cwd();
		const inWorker = await checkInWorker(root, SITE_OPTIONS);
		const here = checkForPages(root, SITE_OPTIONS);
		expect(inWorker.data.sources.length).toBeGreaterThan(0);
		expect(inWorker.data.ledger.pages.length).toBeGreaterThan(0);
		expect(inWorker).toEqual(here);
	});

	it('rejects with the check’s own error when the check throws, instead of hanging or exiting', async () => {
		const broken = { ...SITE_OPTIONS, corpus: 42 as never };
		const thrown = (() => {
			try {
				checkForPages(process.cwd(), broken);
			} catch (error) {
				return (error as Error).message;
			}
			return undefined;
		})();
		expect(thrown).toBeDefined();
		await expect(checkInWorker(process.cwd(), broken)).rejects.toThrow(thrown);
	});
});
