/**
 * The body of the worker thread that checks the site during `astro build` (started by
 * check-in-worker.ts through bin/check-worker.mjs): it runs the check once and posts the result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CitationOptions } from '../schemas/options.ts';
import { publishedCheck } from './published-check.ts';

const { root, options } = workerData as { root: string; options: CitationOptions };
parentPort!.postMessage(publishedCheck(root, options));
