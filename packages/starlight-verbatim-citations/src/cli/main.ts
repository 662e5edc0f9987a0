import { readFileSync } from 'node:fs';
import { type Command, CliError, type Io, parseCommandArgs } from './command.ts';
import { loadSiteConfig, type SiteConfig } from './site-config.ts';
import { toolHelp } from './help.ts';
import { addSourceCommand } from './add-source.ts';
import { buildCommand } from './build.ts';
import { checkCommand, coverageCommand } from './check.ts';
import { framesCommand, quoteCommand } from './search.ts';
import { initCommand } from './init.ts';
import { linksCommand } from './links.ts';
import { verifyCommand } from './verify.ts';

/** Every command, in the order --help lists them (the order an editor meets them). */
export const COMMANDS: readonly Command[] = [initCommand, addSourceCommand, quoteCommand, framesCommand, checkCommand, coverageCommand, buildCommand, linksCommand, verifyCommand];

const consoleIo: Io = { out: (text) => console.log(text), err: (text) => console.error(text) };

/**
 * Runs `verbatim-citations <command> ...` and returns the exit code. Every refusal (a CliError)
 * is printed as it is, for a person; only a fault of the tool itself shows a stack trace.
 */
export async function main(argv: string[], cwd: string, io: Io = consoleIo): Promise<number> {
	const [name, ...rest] = argv;
	if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
		const about = rest[0] && name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
		io.out(about ? about.help : toolHelp(COMMANDS));
		return name === undefined ? 2 : 0;
	}
	if (name === '--version' || name === '-v') {
		io.out(packageVersion());
		return 0;
	}
	const command = COMMANDS.find((c) => c.name === name);
	if (!command) {
		io.err(`Unknown command "${name}". The commands are: ${COMMANDS.map((c) => c.name).join(', ')}.\nRun npx verbatim-citations --help for what each one does.`);
		return 2;
	}
	// build passes its arguments on to Astro, so only a leading --help is its own.
	const wantsHelp = command.passThrough ? rest[0] === '--help' || rest[0] === '-h' : rest.includes('--help') || rest.includes('-h');
	if (wantsHelp) {
		io.out(command.help);
		return 0;
	}
	let site: Promise<SiteConfig> | undefined;
	try {
		const { args, values } = parseCommandArgs(command, rest);
		return await command.run({ args, values, raw: rest, cwd, io, site: () => (site ??= loadSiteConfig(cwd, io)) });
	} catch (error) {
		if (!(error instanceof CliError)) throw error;
		io.err(error.message);
		return error.exitCode;
	}
}

function packageVersion(): string {
	return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
