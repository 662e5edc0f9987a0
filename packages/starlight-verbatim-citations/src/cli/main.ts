import { readFileSync } from 'node:fs';
import { type Command, CliError, type Io, parseCommandArgs } from './command.ts';
import { loadSiteConfig, type SiteConfig } from './site-config.ts';
import { toolHelp } from './help.ts';

/**
 * Every command, in the order --help lists them (the order an editor meets them), each loaded only
 * when it runs: most need the whole engine, but `build` hands over to Astro at once, and loading
 * the engine first cost it 0.6 s of CPU.
 */
const COMMAND_LOADERS: Readonly<Record<string, () => Promise<Command>>> = {
	init: async () => (await import('./init.ts')).initCommand,
	'add-source': async () => (await import('./add-source.ts')).addSourceCommand,
	quote: async () => (await import('./search.ts')).quoteCommand,
	frames: async () => (await import('./search.ts')).framesCommand,
	check: async () => (await import('./check.ts')).checkCommand,
	coverage: async () => (await import('./check.ts')).coverageCommand,
	build: async () => (await import('./build.ts')).buildCommand,
	links: async () => (await import('./links.ts')).linksCommand,
	verify: async () => (await import('./verify.ts')).verifyCommand,
};

export const COMMAND_NAMES: readonly string[] = Object.keys(COMMAND_LOADERS);

/** Every command, loaded, in the order of COMMAND_NAMES. */
export function loadCommands(): Promise<Command[]> {
	return Promise.all(Object.values(COMMAND_LOADERS).map((load) => load()));
}

const consoleIo: Io = { out: (text) => console.log(text), err: (text) => console.error(text) };

/**
 * Runs `verbatim-citations <command> ...` and returns the exit code. Every refusal (a CliError)
 * is printed as it is, for a person; only a fault of the tool itself shows a stack trace.
 */
export async function main(argv: string[], cwd: string, io: Io = consoleIo): Promise<number> {
	const [name, ...rest] = argv;
	if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
		const commands = await loadCommands();
		const about = rest[0] && name === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
		io.out(about ? about.help : toolHelp(commands));
		return name === undefined ? 2 : 0;
	}
	if (name === '--version' || name === '-v') {
		io.out(packageVersion());
		return 0;
	}
	const load = Object.hasOwn(COMMAND_LOADERS, name) ? COMMAND_LOADERS[name] : undefined;
	if (!load) {
		io.err(`Unknown command "${name}". The commands are: ${COMMAND_NAMES.join(', ')}.\nRun npx verbatim-citations --help for what each one does.`);
		return 2;
	}
	const command = await load();
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
