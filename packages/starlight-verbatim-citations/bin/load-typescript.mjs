/**
 * Lets this thread load the package's TypeScript sources, wherever the package is installed: the
 * module hooks of strip-types-hooks.mjs, with whichever hook API this Node has, and Node's
 * ExperimentalWarning about stripTypeScriptTypes silenced (it says nothing to an editor). Called
 * by the command-line launcher and by the build's check worker (src/integration/check-worker.mjs):
 * module hooks are per thread, so a worker must install them again.
 */
import * as nodeModule from 'node:module';

export async function loadTypeScript() {
	process.removeAllListeners('warning');
	process.on('warning', (warning) => {
		if (warning.name !== 'ExperimentalWarning') console.warn(warning.toString());
	});
	const hooks = new URL('./strip-types-hooks.mjs', import.meta.url);
	if (typeof nodeModule.registerHooks === 'function') {
		nodeModule.registerHooks({ load: (await import(hooks.href)).load });
	} else {
		nodeModule.register(hooks.href);
	}
}
