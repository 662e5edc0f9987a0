#!/usr/bin/env node
/**
 * The `verbatim-citations` command. Plain JavaScript, so that any Node can start it: it checks the
 * Node version, installs the hooks that let Node load the package's TypeScript from under
 * node_modules (load-typescript.mjs), then runs the command-line interface in src/cli/.
 */
import * as nodeModule from 'node:module';

const [major, minor] = process.versions.node.split('.').map(Number);
if (typeof nodeModule.stripTypeScriptTypes !== 'function' || major < 22 || (major === 22 && minor < 13)) {
	console.error(`verbatim-citations needs Node 22.13 or later (this is Node ${process.versions.node}). Install a current Node (https://nodejs.org/) and run the command again.`);
	process.exit(1);
}

await (await import('./load-typescript.mjs')).loadTypeScript();

const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), process.cwd());
