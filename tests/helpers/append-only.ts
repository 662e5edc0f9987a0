import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const git = (repo: string, args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const NO_BLOB = /^0+$/;

/** Why the history cannot be walked, or undefined when it can. */
export function historyUnavailable(repo: string): string | undefined {
	try {
		if (git(repo, ['rev-parse', '--is-inside-work-tree']).trim() !== 'true') throw new Error('not a work tree');
	} catch {
		return `${repo} is not a git checkout, so nothing shows that the reports were never changed. Run the tests in a clone of the repository.`;
	}
	if (git(repo, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
		return 'This clone is shallow (cloned with --depth), so the commits that added the reports may be missing and nothing shows they never changed. Clone with full history (GitHub Actions: actions/checkout with fetch-depth: 0) or run git fetch --unshallow.';
	}
	return undefined;
}

/** Lines of `before` that `after` does not keep, in place: an append-only file only grows at its end. */
function changedLines(before: string, after: string): number[] {
	const old = before.split('\n');
	const now = after.split('\n');
	// The old last line may lack its newline; an append then glues onto it, which changes it.
	return old.flatMap((line, i) => (line !== '' && now[i] !== line ? [i + 1] : []));
}

const isChecksumFile = (path: string) => path.endsWith('/SHA256SUMS');

/**
 * Walks every commit that touched `dirs` (oldest first, merges against each parent) and then the
 * working tree, and lists every change to a report file after the commit that added it (an edit, a
 * deletion, a rename) and every SHA256SUMS line that changed or moved after it was written.
 */
export function appendOnlyViolations(repo: string, dirs: readonly string[]): string[] {
	const log = git(repo, ['log', '--reverse', '-m', '--raw', '--no-abbrev', '--no-renames', '--format=commit %H %s', '--', ...dirs]);
	const added = new Map<string, { blob: string; commit: string }>();
	const violations: string[] = [];
	let commit = '';
	const check = (status: string, path: string, oldBlob: string, newBlob: string, readNew: () => string) => {
		if (isChecksumFile(path)) {
			if (status !== 'M') {
				if (status === 'D') violations.push(`${commit}: deletes ${path}.`);
				return;
			}
			const lines = changedLines(git(repo, ['cat-file', '-p', oldBlob]), readNew());
			if (lines.length > 0) violations.push(`${commit}: changes line ${lines.join(', ')} of ${path} (recorded checksums are never changed).`);
			return;
		}
		const first = added.get(path);
		if (status === 'A' && (!first || first.blob === newBlob)) {
			if (!first) added.set(path, { blob: newBlob, commit });
			return;
		}
		const what = status === 'D' ? 'deletes' : 'changes';
		violations.push(`${commit}: ${what} ${path}${first ? `, added in ${first.commit}` : ''} (reports are never edited or removed).`);
	};
	for (const line of log.split('\n')) {
		if (line.startsWith('commit ')) {
			commit = line.slice('commit '.length, 'commit '.length + 12) + line.slice('commit '.length + 40);
			continue;
		}
		const raw = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*\t(.+)$/.exec(line);
		if (!raw) continue;
		const [, oldBlob, newBlob, status, path] = raw as unknown as [string, string, string, string, string];
		check(status, path, oldBlob, newBlob, () => git(repo, ['cat-file', '-p', newBlob]));
	}
	// Uncommitted changes count too: the next commit would carry them.
	commit = 'working tree';
	const tree = git(repo, ['diff', '--raw', '--no-abbrev', '--no-renames', 'HEAD', '--', ...dirs]);
	for (const line of tree.split('\n')) {
		const raw = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*\t(.+)$/.exec(line);
		if (!raw) continue;
		const [, oldBlob, , status, path] = raw as unknown as [string, string, string, string, string];
		if (status === 'A' || NO_BLOB.test(oldBlob)) continue;
		const file = join(repo, path);
		check(status, path, oldBlob, 'working', () => (existsSync(file) ? readFileSync(file, 'utf8') : ''));
	}
	return violations;
}
