import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command, CommandContext } from '../../packages/starlight-verbatim-citations/src/cli/command.ts';
import { main } from '../../packages/starlight-verbatim-citations/src/cli/main.ts';
import { runVerify, VERIFY_STEPS, type VerifyStep } from '../../packages/starlight-verbatim-citations/src/cli/verify.ts';

function context(root: string) {
	const out: string[] = [];
	const err: string[] = [];
	const ctx: CommandContext = {
		args: ['ignored'],
		values: { ignored: true },
		raw: ['--ignored'],
		cwd: root,
		io: { out: (t) => out.push(t), err: (t) => err.push(t) },
		site: async () => ({ root, base: '/', options: {} }) as never,
	};
	return { ctx, out, err };
}

/** A step that records the arguments it was given and says one line. */
function step(label: string, code: number, line: string, seen: string[]): VerifyStep {
	const command: Command = {
		name: label,
		summary: '',
		usage: '',
		help: '',
		run: async ({ args, raw, io }) => {
			seen.push(`${label}:${args.length + raw.length}`);
			(code === 0 ? io.out : io.err)(`details\n${line}\n`);
			return code;
		},
	};
	return { label, command };
}

describe('verbatim-citations verify: check, build, links, with a summary', () => {
	let folder: string | undefined;
	afterEach(() => folder && rmSync(folder, { recursive: true, force: true }));

	it('runs check, build and links in that order, with no arguments of their own', () => {
		expect(VERIFY_STEPS.map((s) => `${s.label}=${s.command.name}`)).toEqual(['check=check', 'build=build', 'links=links']);
	});

	it('stops at the first failing step, says which steps did not run, and exits with its code', async () => {
		const seen: string[] = [];
		const { ctx, out, err } = context(tmpdir());
		const code = await runVerify(ctx, [step('check', 0, 'No problems: 6 reports, 21 pages checked.', seen), step('build', 3, 'Build failed (exit code 3).', seen), step('links', 0, 'x', seen)]);
		expect(code).toBe(3);
		expect(seen).toEqual(['check:0', 'build:0']);
		expect(err.join('\n')).toContain('Build failed (exit code 3).');
		const summary = out.at(-1)!;
		expect(summary).toMatch(/Summary\n {2}✓ check {2}No problems: 6 reports, 21 pages checked\. \(\d+\.\d s\)\n {2}✗ build {2}Build failed \(exit code 3\)\. \(\d+\.\d s\)\n {2}- links {2}not run/);
		expect(summary).toMatch(/Stopped at the first failure: fix what it printed above/);
	});

	it('counts the pages of the built site when every step passed', async () => {
		folder = mkdtempSync(join(tmpdir(), 'vc-verify-'));
		const { mkdirSync } = await import('node:fs');
		mkdirSync(join(folder, 'dist/a'), { recursive: true });
		writeFileSync(join(folder, 'dist/index.html'), '');
		writeFileSync(join(folder, 'dist/a/index.html'), '');
		const seen: string[] = [];
		const { ctx, out } = context(folder);
		expect(await runVerify(ctx, [step('check', 0, 'ok', seen), step('build', 0, '', seen), step('links', 0, '9 links checked under /, 0 broken.', seen)])).toBe(0);
		expect(out.at(-1)).toMatch(/✓ build {2}2 pages in dist\/ .*\n {2}✓ links {2}9 links checked under \/, 0 broken\. .*\n\nAll passed: .*Ready to deploy\.$/);
	});

	it('refuses a broken corpus at the check, before any build', async () => {
		folder = mkdtempSync(join(tmpdir(), 'vc-verify-'));
		const printed: string[] = [];
		const io = { out: (t: string) => printed.push(t), err: (t: string) => printed.push(t) };
		expect(await main(['init'], folder, io)).toBe(0);
		writeFileSync(join(folder, 'docs-data/sources.yaml'), '- id: "000"\n  file: a: b.txt\n');
		expect(await main(['verify'], folder, io)).toBe(1);
		const text = printed.join('\n');
		expect(text).toContain('[metadata-syntax]');
		expect(text).toMatch(/✗ check {2}1 problem in 1 file: 1 report or metadata problem\. .*\n {2}- build {2}not run\n {2}- links {2}not run/);
		expect(text).not.toMatch(/\n\s+at /);
	});
});
