import type { Command } from './command.ts';

/** The tool's own --help: what it is for, then one line per command. */
export function toolHelp(commands: readonly Command[]): string {
	const width = Math.max(...commands.map((c) => c.name.length));
	return `verbatim-citations: the editors' commands of starlight-verbatim-citations.

Usage: npx verbatim-citations <command> [arguments]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run from the site's folder (the one with astro.config.mjs): the commands read the plugin's options
(corpus folder, minimum quote length, ...) from it.
npx verbatim-citations <command> --help describes one command; --version prints the version.`;
}
