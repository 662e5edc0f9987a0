/**
 * Module hooks that let Node load this package's TypeScript sources from under node_modules.
 *
 * Node strips TypeScript types natively, but refuses to for any file whose path contains
 * node_modules (ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING), which is where an installed copy of
 * this package lives; and Node 22 before 22.18 does not strip types by default at all. These hooks
 * do the same stripping Node would (module.stripTypeScriptTypes, so only erasable syntax, exactly
 * what the sources are written in) for every .ts file, before Node's own loader sees it, so the
 * package loads the same way installed, in a workspace, and on every supported Node.
 *
 * The one `load` works both as a synchronous hook (module.registerHooks) and as an asynchronous
 * one (module.register), so the launcher can use whichever this Node has.
 */
import { readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { fileURLToPath } from 'node:url';

const TYPESCRIPT = /\.(c|m)?ts$/;

/** @param {string} url */
function needsStripping(url) {
	return url.startsWith('file:') && TYPESCRIPT.test(new URL(url).pathname);
}

/**
 * @param {string} url
 * @param {{ format?: string | null }} context
 * @param {(url: string, context: object) => unknown} nextLoad
 */
export function load(url, context, nextLoad) {
	if (!needsStripping(url)) return nextLoad(url, context);
	const source = readFileSync(fileURLToPath(url), 'utf8');
	const format = /\.cts$/.test(url) ? 'commonjs' : 'module';
	return { format, source: stripTypeScriptTypes(source, { mode: 'strip', sourceUrl: url }), shortCircuit: true };
}
