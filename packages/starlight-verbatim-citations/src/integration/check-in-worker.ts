import { Worker } from 'node:worker_threads';
import type { CitationOptions } from '../schemas/options.ts';
import type { PublishedCheck } from './published-check.ts';

const ENTRY = new URL('../../bin/check-worker.mjs', import.meta.url);

/**
 * Runs the site's check in a worker thread and resolves with its result. Astro's own work between
 * its first hook and the build's start (the routes, Vite's setup, the content sync of every page)
 * runs on one thread; the check on a second one overlaps it instead of coming before it.
 * A check that throws rejects with its error, as it would have thrown in the hook.
 */
export function checkInWorker(root: string, options: CitationOptions): Promise<PublishedCheck> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(ENTRY, { workerData: { root, options } });
		let result: PublishedCheck | undefined;
		worker.once('message', (message: PublishedCheck) => {
			result = message;
		});
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (result) resolve(result);
			else reject(new Error(`The citation check's worker thread stopped (exit code ${code}) without a result.`));
		});
	});
}
