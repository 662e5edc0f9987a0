import { parseArgs } from 'node:util';
import type { SiteConfig } from './site-config.ts';

/**
 * A refusal meant for a person: printed as it is, without a stack trace, and the process exits
 * with `exitCode` (1 for a refusal, 2 for a command line that cannot be understood).
 */
export class CliError extends Error {
	readonly exitCode: number;
	constructor(message: string, exitCode = 1) {
		super(message);
		this.exitCode = exitCode;
	}
}

/** Where a command writes: injected, so tests read what a command says without a terminal. */
export interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
}

export interface CommandContext {
	/** Positional arguments after the command name. */
	args: string[];
	/** Option values, by long name. */
	values: Record<string, string | boolean | undefined>;
	/** Every argument after the command name, untouched (for `build`, which passes them to Astro). */
	raw: string[];
	cwd: string;
	io: Io;
	/** The site's root and plugin options, read from its astro.config on first use. */
	site: () => Promise<SiteConfig>;
}

export interface Command {
	name: string;
	/** One line for the tool's own --help. */
	summary: string;
	usage: string;
	/** What the command does, its options and an example, for `<command> --help`. */
	help: string;
	options?: Record<string, { type: 'string' | 'boolean' }>;
	/** True when the command reads its own arguments (build forwards them to Astro). */
	passThrough?: boolean;
	/** Returns the exit code. */
	run: (context: CommandContext) => Promise<number>;
}

/**
 * Splits a command's arguments with node:util's parser, turning its errors (an unknown option, a
 * missing value) into a CliError that names the command's usage.
 */
export function parseCommandArgs(command: Command, argv: string[]): { args: string[]; values: Record<string, string | boolean | undefined> } {
	if (command.passThrough) return { args: argv, values: {} };
	try {
		const { positionals, values } = parseArgs({ args: argv, options: command.options ?? {}, allowPositionals: true, strict: true });
		return { args: positionals, values: values as Record<string, string | boolean | undefined> };
	} catch (error) {
		throw new CliError(`${(error as Error).message.split('\n')[0]}\nUsage: ${command.usage}\nRun npx verbatim-citations ${command.name} --help for details.`, 2);
	}
}
