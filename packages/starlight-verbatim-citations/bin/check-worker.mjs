/**
 * Entry of the worker thread in which `astro build` checks the site (src/integration/check-in-worker.ts).
 * Plain JavaScript for the same reason as verbatim-citations.mjs: a worker starts with none of the
 * hooks of the thread that made it (Vite loaded the integration, not Node), so it installs the ones
 * that let Node load the package's TypeScript from under node_modules, then runs the check.
 */
import * as nodeModule from 'node:module';

const hooks = new URL('./strip-types-hooks.mjs', import.meta.url);
if (typeof nodeModule.registerHooks === 'function') {
	nodeModule.registerHooks({ load: (await import(hooks.href)).load });
} else {
	nodeModule.register(hooks.href);
}

// stripTypeScriptTypes is marked experimental in some Node versions; its warning would print in
// the middle of Astro's build log and says nothing to an editor.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
	if (warning.name !== 'ExperimentalWarning') console.warn(warning.toString());
});

await import('../src/integration/check-worker.ts');
