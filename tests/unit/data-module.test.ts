import { describe, expect, it } from 'vitest';
import { DATA_MODULE, SITE_DATA_KEY } from '../../packages/starlight-verbatim-citations/src/integration/check-integration.ts';

/** Evaluates the virtual module's code as Node would (a fresh module each call). */
let evaluations = 0;
const evaluate = async () => ((await import(/* @vite-ignore */ `data:text/javascript,${encodeURIComponent(`${DATA_MODULE}\n// ${evaluations++}`)}`)) as { default: unknown }).default;
const globals = globalThis as Record<symbol, unknown>;

describe('the virtual data module', () => {
	it('hands pages the very object the check published, not a copy parsed from source text', async () => {
		const published = { sources: [], ledger: { pages: [] } };
		globals[SITE_DATA_KEY] = published;
		try {
			expect(await evaluate()).toBe(published);
		} finally {
			delete globals[SITE_DATA_KEY];
		}
	});

	it('fails with what it is and who fills it when loaded where no check has run', async () => {
		// Unit files share one module graph per worker (isolate: false): a file that ran the check
		// before this one may have published its data. "No check has run" is this test's own condition.
		const published = globals[SITE_DATA_KEY];
		delete globals[SITE_DATA_KEY];
		try {
			await expect(evaluate()).rejects.toThrow('virtual:verbatim-citations/data has no data: it is filled by the verbatim-citations integration in the process that builds or serves the site.');
		} finally {
			if (published !== undefined) globals[SITE_DATA_KEY] = published;
		}
	});

	it('holds no data of its own, whatever the corpus: its code is a few hundred characters', () => {
		expect(DATA_MODULE.length).toBeLessThan(400);
	});
});
