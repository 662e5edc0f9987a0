import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
