import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * A new empty folder under the system's temporary folder, removed when the current test finishes
 * (passed or failed). Call it inside a test: a test that makes two gets two, and both go.
 */
export function scratchFolder(prefix: string): string {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
	return folder;
}

/** Writes each file (a path under `root` and its content), making its folders; an undefined content is left out. */
export function writeFiles(root: string, files: Record<string, string | Uint8Array | undefined>): void {
	for (const [file, content] of Object.entries(files)) {
		if (content === undefined) continue;
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), content);
	}
}
