/**
 * The citation check of `astro build`, in a worker thread, so that it runs while Astro syncs the
 * content collections on the main thread (see checkInWorker in check-integration.ts). Plain
 * JavaScript, like the command-line launcher, and like it installs the hooks that let Node load the
 * package's TypeScript (bin/load-typescript.mjs), then runs the check and posts what the pages need.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadTypeScript } from '../../bin/load-typescript.mjs';

await loadTypeScript();
const { checkForPages } = await import('./check-integration.ts');
parentPort.postMessage(checkForPages(workerData.root, workerData.options));
