import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/verbatim-citations/checks/corpus-files.ts';
import { copyProject } from '../helpers/project.ts';

const run = (cwd: string, ...args: string[]) =>
	spawnSync(process.execPath, ['scripts/add-source.ts', ...args], { cwd, encoding: 'utf8' });

describe('npm run add-source', () => {
	let project: ReturnType<typeof copyProject> | undefined;
	afterEach(() => project?.remove());

	it('copies the report byte for byte, records its checksum and appends a stub; refuses it a second time', () => {
		project = copyProject();
		const bytes = Buffer.from('A sixth report, with a curly apostrophe: Sessions’ and a CRLF.\r\n\r\nSecond paragraph.', 'utf8');
		const incoming = join(project.root, 'incoming.txt');
		writeFileSync(incoming, bytes);
		const first = run(project.root, incoming);
		expect(first.status, first.stderr).toBe(0);
		expect(first.stdout).toContain('Added report 005');
		expect(readFileSync(join(project.root, 'docs-data/sources/incoming.txt')).equals(bytes)).toBe(true);
		expect(readFileSync(join(project.root, 'docs-data/sources/SHA256SUMS'), 'utf8')).toContain(`${sha256(bytes)}  incoming.txt\n`);
		expect(readFileSync(join(project.root, 'docs-data/sources.yaml'), 'utf8')).toContain('- id: "005"\n  file: incoming.txt');

		const again = run(project.root, incoming);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('byte-identical to report 005');
	});

	it('explains its usage when called without a file', () => {
		project = copyProject();
		const result = run(project.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('Usage: npm run add-source -- path/to/report.txt');
	});
});
