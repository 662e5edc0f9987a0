import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildCommand } from './build.ts';
import { checkCommand } from './check.ts';
import type { Command, CommandContext, Io } from './command.ts';
import { linksCommand } from './links.ts';

/** One step of `verify`: a command run with no arguments of its own. */
export interface VerifyStep {
	label: string;
	command: Command;
}

export const VERIFY_STEPS: readonly VerifyStep[] = [
	{ label: 'check', command: checkCommand },
	{ label: 'build', command: buildCommand },
	{ label: 'links', command: linksCommand },
];

/** The last line a step printed that says something: its own one-line result. */
function lastLine(lines: readonly string[]): string {
	for (let i = lines.length - 1; i >= 0; i--) {
		const line = lines[i]!.split('\n').filter((part) => part.trim() !== '').at(-1);
		if (line) return line.trim();
	}
	return '';
}

function pagesIn(dist: string): number {
	try {
		return readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
	} catch {
		return 0;
	}
}

/**
 * Runs the steps in order, each printing as it does alone, and stops at the first that fails (a
 * build after a failed check, or a link check of a failed build, would only repeat the problem).
 * Ends with one summary line per step, for an editor who scrolled past the build's output.
 */
export async function runVerify(context: CommandContext, steps: readonly VerifyStep[] = VERIFY_STEPS): Promise<number> {
	const summary: string[] = [];
	let exitCode = 0;
	for (const { label, command } of steps) {
		if (exitCode !== 0) {
			summary.push(`  - ${label.padEnd(6)} not run`);
			continue;
		}
		const printed: string[] = [];
		const io: Io = {
			out: (text) => (printed.push(text), context.io.out(text)),
			err: (text) => (printed.push(text), context.io.err(text)),
		};
		const started = performance.now();
		exitCode = await command.run({ ...context, args: [], values: {}, raw: [], io });
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		const said = label === 'build' && exitCode === 0 ? `${pagesIn(join((await context.site()).root, 'dist'))} pages in dist/` : lastLine(printed);
		summary.push(`  ${exitCode === 0 ? '✓' : '✗'} ${label.padEnd(6)} ${said} (${seconds} s)`);
	}
	const verdict =
		exitCode === 0
			? 'All passed: every quote is in its report, the site is built in dist/, and every link and #fragment lands. Ready to deploy.'
			: `Stopped at the first failure: fix what it printed above, then run npm run check again.`;
	context.io.out(`\nSummary\n${summary.join('\n')}\n\n${verdict}`);
	return exitCode;
}

export const verifyCommand: Command = {
	name: 'verify',
	summary: "the build's check, the build, then the link check, with a summary (what an editor runs)",
	usage: 'npx verbatim-citations verify',
	help: `Usage: npx verbatim-citations verify

Runs, in order, what proves the site before it is published: the build's own check (every quote
verbatim, every rule), the build into dist/, and the link check of dist/ (every citation link and
#fragment lands). Stops at the first step that fails and ends with a summary, one line per step.
Exits with the failing step's exit code, 0 when all three passed.

Example:
  npx verbatim-citations verify`,
	run: (context) => runVerify(context),
};
