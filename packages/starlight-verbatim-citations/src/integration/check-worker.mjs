/**
 * The citation check of `astro build`, in a worker thread, so that it runs while Astro syncs the
 * content collections on the main thread (see checkInWorker in check-integration.ts). Plain
 * JavaScript, like the command-line launcher: it installs the hooks that let Node load the
 * package's TypeScript from under node_modules, then runs the check and posts what the pages need.
 */
import * as nodeModule from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

// stripTypeScriptTypes is marked experimental in some Node versions; its warning says nothing to an editor.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
	if (warning.name !== 'ExperimentalWarning') console.warn(warning.toString());
});

const hooks = new URL('../../bin/strip-types-hooks.mjs', import.meta.url);
if (typeof nodeModule.registerHooks === 'function') nodeModule.registerHooks({ load: (await import(hooks.href)).load });
else nodeModule.register(hooks.href);

const { checkForPages } = await import('./check-integration.ts');
parentPort.postMessage(checkForPages(workerData.root, workerData.options));
