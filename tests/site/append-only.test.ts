import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendOnlyViolations, historyUnavailable } from '../helpers/append-only.ts';
import { projectRoot } from '../helpers/project.ts';

/** Every folder of reports in the repository: the site's corpus and the fixture site's. */
const REPORT_DIRS = ['docs-data/sources', 'tests/fixtures/plugin-site/reports/sources'];

describe('the reports are append-only, by the git history', () => {
	it('this checkout has the whole history (a shallow clone fails here, saying so)', () => {
		expect(historyUnavailable(projectRoot) ?? 'full history').toBe('full history');
	});

	it('no report file and no recorded checksum line changed after the commit that added it', () => {
		if (historyUnavailable(projectRoot)) throw new Error(historyUnavailable(projectRoot));
		expect(appendOnlyViolations(projectRoot, REPORT_DIRS)).toEqual([]);
	});
});

describe('the append-only proof catches', () => {
	let repo: string | undefined;
	afterEach(() => repo && rmSync(repo, { recursive: true, force: true }));
	const run = (...args: string[]) => execFileSync('git', args, { cwd: repo!, encoding: 'utf8' });
	const commit = (message: string) => {
		run('add', '-A');
		run('-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', message);
	};
	const start = () => {
		repo = mkdtempSync(join(tmpdir(), 'append-only-'));
		run('init', '-q');
		mkdirSync(join(repo, 'r'));
		writeFileSync(join(repo, 'r/a.txt'), 'Report A.\n');
		writeFileSync(join(repo, 'r/SHA256SUMS'), `${'a'.repeat(64)}  a.txt\n`);
		commit('add a');
		return repo;
	};

	it('nothing in a history that only adds', () => {
		const root = start();
		writeFileSync(join(root, 'r/b.txt'), 'Report B.\n');
		appendFileSync(join(root, 'r/SHA256SUMS'), `${'b'.repeat(64)}  b.txt\n`);
		commit('add b');
		expect(appendOnlyViolations(root, ['r'])).toEqual([]);
	});

	it('an edited report, a deleted one, and an edited checksum line, committed or not', () => {
		const root = start();
		writeFileSync(join(root, 'r/a.txt'), 'Report A, edited.\n');
		writeFileSync(join(root, 'r/SHA256SUMS'), `${'c'.repeat(64)}  a.txt\n`);
		commit('edit a');
		const committed = appendOnlyViolations(root, ['r']);
		expect(committed).toEqual([
			expect.stringMatching(/^[0-9a-f]{12} edit a: changes line 1 of r\/SHA256SUMS/),
			expect.stringMatching(/^[0-9a-f]{12} edit a: changes r\/a\.txt, added in [0-9a-f]{12} add a/),
		]);
		rmSync(join(root, 'r/a.txt'));
		expect(appendOnlyViolations(root, ['r']).at(-1)).toMatch(/^working tree: deletes r\/a\.txt/);
	});

	it('a line glued onto a checksum file that lacked its final newline', () => {
		const root = start();
		writeFileSync(join(root, 'r/SHA256SUMS'), `${'a'.repeat(64)}  a.txt`);
		commit('drop newline');
		appendFileSync(join(root, 'r/SHA256SUMS'), `${'b'.repeat(64)}  b.txt\n`);
		expect(appendOnlyViolations(root, ['r'])).toEqual([expect.stringMatching(/^working tree: changes line 1 of r\/SHA256SUMS/)]);
	});

	it('a shallow clone, by name', () => {
		const root = start();
		commit('second');
		const shallow = mkdtempSync(join(tmpdir(), 'append-only-shallow-'));
		try {
			execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, shallow]);
			expect(historyUnavailable(shallow)).toMatch(/^This clone is shallow/);
		} finally {
			rmSync(shallow, { recursive: true, force: true });
		}
	});
});
