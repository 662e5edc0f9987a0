import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliBin, limiter, spawnAsync } from '../helpers/project.ts';

/**
 * Issue 22, item 6 (files): the sources folder is read only for regular files, never blocking. A
 * named pipe (FIFO) called `x.txt` used to hang the build, `check` and add-source (a read of a pipe
 * waits for a writer), and a directory called `x.txt` crashed the build and the quote finder with
 * EISDIR. Each command runs in a child process with a time limit, so a hang fails the test instead
 * of stopping the run. The commands run two at a time (each test has its own folder): they wait on
 * a child process, and one at a time left a core idle for most of the unit tests' run.
 */
const REPORT = 'The harbour board voted to close the old ferry pier on Monday.\n';
const STACK = /\n\s+at /;

const made: string[] = [];

function corpusSite(listed: string[]): string {
	const root = mkdtempSync(join(tmpdir(), 'vc-hostile-files-'));
	made.push(root);
	mkdirSync(join(root, 'docs-data/sources'), { recursive: true });
	const entries = ['a.txt', ...listed].map((file, i) => `- id: "00${i}"\n  file: ${file}\n  title: Report ${i}\n  summary: A report.\n`);
	writeFileSync(join(root, 'docs-data/sources.yaml'), entries.join(''));
	writeFileSync(join(root, 'docs-data/sources/a.txt'), REPORT);
	const digest = createHash('sha256').update(REPORT).digest('hex');
	writeFileSync(join(root, 'docs-data/sources/SHA256SUMS'), `${digest}  a.txt\n`);
	return root;
}

const twoAtATime = limiter(2);

/** The command in a child process, ended after 30 s: a hang is reported as timedOut. */
async function cli(cwd: string, ...args: string[]) {
	const run = await twoAtATime(() => spawnAsync(process.execPath, [cliBin, ...args], { cwd, timeout: 30_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } }));
	return { ...run, timedOut: run.signal !== null };
}

const fifo = (path: string) => execFileSync('mkfifo', [path]);

describe('hostile corpus files: the sources folder is read only for regular files, never blocking', () => {
	afterAll(() => {
		for (const root of made) rmSync(root, { recursive: true, force: true });
	});

	it.concurrent.each([
		['a named pipe, listed', true, fifo, 'a named pipe'],
		['a named pipe, unlisted', false, fifo, 'a named pipe'],
		['a directory, listed', true, (path: string) => mkdirSync(path), 'a folder'],
		['a directory, unlisted', false, (path: string) => mkdirSync(path), 'a folder'],
	])('check refuses %s called x.txt with source-not-a-file, and does not hang or crash', async (_, listed, make, kind) => {
		const root = corpusSite(listed ? ['x.txt'] : []);
		make(join(root, 'docs-data/sources/x.txt'));
		const check = await cli(root, 'check');
		expect(check.timedOut, 'check hung').toBe(false);
		expect(check.status).toBe(1);
		expect(check.stderr).toContain('[source-not-a-file]');
		expect(check.stderr).toContain(`docs-data/sources/x.txt is ${kind}, not a regular file`);
		expect(check.stderr).not.toMatch(STACK);
	});

	it.concurrent.each([
		['a named pipe', fifo],
		['a directory', (path: string) => mkdirSync(path)],
	])('the quote finder still searches the other reports when %s called x.txt is listed', async (_, make) => {
		const root = corpusSite(['x.txt']);
		make(join(root, 'docs-data/sources/x.txt'));
		const quote = await cli(root, 'quote', 'old ferry pier');
		expect(quote.timedOut, 'quote hung').toBe(false);
		expect(quote.status).toBe(1);
		expect(quote.stderr).toContain('[source-not-a-file]');
		expect(quote.stdout).toContain('source="000"');
		expect(quote.stderr).not.toMatch(STACK);
	});

	it.concurrent.each([
		['a named pipe', fifo, 'a named pipe'],
		['a directory', (path: string) => mkdirSync(path), 'a folder'],
	])('add-source refuses to run while %s called x.txt is in the sources folder, and names it', async (_, make, kind) => {
		const root = corpusSite([]);
		make(join(root, 'docs-data/sources/x.txt'));
		writeFileSync(join(root, 'new.txt'), 'The pier reopened in June.\n');
		const add = await cli(root, 'add-source', 'new.txt');
		expect(add.timedOut, 'add-source hung').toBe(false);
		expect(add.status).toBe(1);
		expect(add.stderr).toContain(`Not added. docs-data/sources/x.txt is ${kind}, not a regular file`);
		expect(add.stderr).not.toMatch(STACK);
	});

	it.concurrent.each([
		['sources.yaml', '[metadata-syntax]'],
		['attributions.yaml', '[attributions-invalid]'],
		['players.yaml', '[players-invalid]'],
		['sentences.yaml', '[sentences-invalid]'],
	])('check refuses a named pipe in place of %s, without waiting for a writer', async (file, code) => {
		const root = corpusSite([]);
		rmSync(join(root, 'docs-data', file), { force: true });
		fifo(join(root, 'docs-data', file));
		const check = await cli(root, 'check');
		expect(check.timedOut, 'check hung').toBe(false);
		expect(check.status).toBe(1);
		expect(check.stderr).toContain(code);
		expect(check.stderr).toContain(`docs-data/${file}: it is a named pipe, not a regular file.`);
		expect(check.stderr).not.toMatch(STACK);
	});

	it.concurrent.each([['sources.yaml'], ['sources/SHA256SUMS']])('add-source refuses a named pipe in place of %s, without waiting for a writer', async (file) => {
		const root = corpusSite([]);
		rmSync(join(root, 'docs-data', file));
		fifo(join(root, 'docs-data', file));
		writeFileSync(join(root, 'new.txt'), 'The pier reopened in June.\n');
		const add = await cli(root, 'add-source', 'new.txt');
		expect(add.timedOut, 'add-source hung').toBe(false);
		expect(add.status).toBe(1);
		expect(add.stderr).toMatch(new RegExp(`^Not added\\. docs-data/${file.replace('.', '\\.')}:? (it )?is a named pipe, not a regular file`, 'm'));
	});

	it.concurrent('add-source refuses a named pipe given as the report, without waiting for a writer', async () => {
		const root = corpusSite([]);
		fifo(join(root, 'pipe.txt'));
		const add = await cli(root, 'add-source', 'pipe.txt');
		expect(add.timedOut, 'add-source hung').toBe(false);
		expect(add.status).toBe(1);
		expect(add.stderr).toContain('Not added. pipe.txt is a named pipe, not a regular file');
	});
});
