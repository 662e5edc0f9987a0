import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { REPORT_FILE_NAME } from '../../packages/starlight-verbatim-citations/src/authoring/add-source.ts';
import { parseChecksums, sha256 } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { cliBin, limiter, spawnAsync } from '../helpers/project.ts';
import { scratchCopies } from '../helpers/scratch-copies.ts';

/** add-source as a process; two at a time across the file's tests (one per core). */
const twoAtATime = limiter(2);
const run = (cwd: string, ...args: string[]) => twoAtATime(() => spawnAsync(process.execPath, [cliBin, 'add-source', ...args], { cwd }));

const SUMS = 'docs-data/sources/SHA256SUMS';
const YAML = 'docs-data/sources.yaml';

/** The corpus index as the build reads it: sources.yaml must parse, and every entry's file exist with its recorded checksum. */
function index(root: string) {
	const doc = parseDocument(readFileSync(join(root, YAML), 'utf8'));
	expect(doc.errors.map((e) => e.message)).toEqual([]);
	const entries = doc.toJS() as { id: string; file: string }[];
	const sums = parseChecksums(readFileSync(join(root, SUMS), 'utf8'));
	for (const { file } of entries) {
		expect(file).toMatch(REPORT_FILE_NAME);
		expect(sums.get(file), file).toBe(sha256(readFileSync(join(root, 'docs-data/sources', file))));
	}
	return { entries, sums, files: readdirSync(join(root, 'docs-data/sources')).sort() };
}

/** The id add-source gives the n-th report added to the copy (0 for the first): numbered on from the reports there. */
function nextId(root: string, n = 0): string {
	const count = (parseDocument(readFileSync(join(root, YAML), 'utf8')).toJS() as unknown[]).length;
	return String(count + n).padStart(3, '0');
}

/**
 * Each test works on a copy of its own and runs add-source as a process, one after another within
 * the test; the tests run side by side (it.concurrent), so two cores each run one add-source. A
 * test's time then includes its turns waiting for a core: five minutes each before a hang fails it.
 */
describe('verbatim-citations add-source (npm run add-source)', { timeout: 300_000 }, () => {
	const { copy } = scratchCopies();

	it.concurrent('copies the report byte for byte under <id>_<hash>.txt, records its checksum and appends a stub; refuses it a second time', async () => {
		const project = copy();
		const bytes = Buffer.from('A sixth report, with a curly apostrophe: Sessions’ and a CRLF.\r\n\r\nSecond paragraph.', 'utf8');
		const id = nextId(project.root);
		const stored = `${id}_${sha256(bytes).slice(0, 16)}.txt`;
		const incoming = join(project.root, 'incoming.txt');
		writeFileSync(incoming, bytes);
		const first = await run(project.root, incoming);
		expect(first.status, first.stderr).toBe(0);
		expect(first.stdout).toContain(`Added report ${id}`);
		expect(readFileSync(join(project.root, 'docs-data/sources', stored)).equals(bytes)).toBe(true);
		expect(readFileSync(join(project.root, SUMS), 'utf8')).toContain(`${sha256(bytes)}  ${stored}\n`);
		expect(readFileSync(join(project.root, YAML), 'utf8')).toContain(`- id: "${id}"\n  file: "${stored}"`);
		expect(index(project.root).entries.at(-1)).toMatchObject({ id, file: stored });

		const again = await run(project.root, incoming);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain(`byte-identical to report ${id}`);
	});

	it.concurrent('takes hostile file names without breaking sources.yaml or SHA256SUMS, and keeps working after them', async () => {
		const project = copy();
		const before = index(project.root).entries.map((e) => e.id);
		const names = ['a: b.txt', '[draft].txt', 'report #1.txt', 'two\nlines.txt', '- id: "999".txt'];
		for (const [n, name] of names.entries()) {
			const incoming = join(project.root, name);
			writeFileSync(incoming, `Hostile report number ${n}.\n`);
			const result = await run(project.root, incoming);
			expect(result.status, `${JSON.stringify(name)}: ${result.stderr}`).toBe(0);
			expect(result.stderr).not.toMatch(/\n\s+at /);
		}
		const { entries, sums } = index(project.root);
		expect(entries.map((e) => e.id)).toEqual([...before, ...names.map((_, n) => String(before.length + n).padStart(3, '0'))]);
		expect(sums.size).toBe(before.length + names.length);
	});

	it.concurrent('does not glue the new checksum onto the last line of a SHA256SUMS without a final newline', async () => {
		const project = copy();
		const sumsPath = join(project.root, SUMS);
		const before = readFileSync(sumsPath, 'utf8').trimEnd();
		writeFileSync(sumsPath, before);
		const incoming = join(project.root, 'new.txt');
		writeFileSync(incoming, 'A new report.\n');
		expect((await run(project.root, incoming)).status).toBe(0);
		const sums = parseChecksums(readFileSync(sumsPath, 'utf8'));
		for (const [file, digest] of parseChecksums(before)) expect(sums.get(file), file).toBe(digest);
		expect(sums.size).toBe(parseChecksums(before).size + 1);
		index(project.root);
	});

	it.concurrent('refuses a symbolic link, and never writes through a link planted at the stored name', async () => {
		const project = copy();
		const outside = mkdtempSync(join(tmpdir(), 'add-source-'));
		try {
			const victim = join(outside, 'victim.txt');
			writeFileSync(victim, 'A system file.\n');
			const link = join(project.root, 'link.txt');
			symlinkSync(victim, link);
			const sumsBefore = readFileSync(join(project.root, SUMS), 'utf8');
			const yamlBefore = readFileSync(join(project.root, YAML), 'utf8');
			const filesBefore = readdirSync(join(project.root, 'docs-data/sources')).sort();
			const viaLink = await run(project.root, link);
			expect(viaLink.status).toBe(1);
			expect(viaLink.stderr).toContain('is a symbolic link');

			const bytes = Buffer.from('Words planted for a link.\n');
			const incoming = join(project.root, 'planted.txt');
			writeFileSync(incoming, bytes);
			const plantedName = `${nextId(project.root)}_${sha256(bytes).slice(0, 16)}.txt`;
			symlinkSync(victim, join(project.root, 'docs-data/sources', plantedName));
			const planted = await run(project.root, incoming);
			expect(planted.status).toBe(1);
			expect(planted.stderr).toContain('is a symbolic link');
			expect(readFileSync(victim, 'utf8')).toBe('A system file.\n');
			expect(readFileSync(join(project.root, SUMS), 'utf8')).toBe(sumsBefore);
			expect(readFileSync(join(project.root, YAML), 'utf8')).toBe(yamlBefore);
			expect(readdirSync(join(project.root, 'docs-data/sources')).sort()).toEqual([...filesBefore, plantedName].sort());
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});

	it.concurrent('finishes an add that stopped after copying the report, or after recording its checksum', async () => {
		const project = copy();
		for (const recorded of [false, true]) {
			const id = nextId(project.root);
			const bytes = Buffer.from(`Report ${id}, half added.\n`);
			const stored = `${id}_${sha256(bytes).slice(0, 16)}.txt`;
			writeFileSync(join(project.root, 'docs-data/sources', stored), bytes);
			if (recorded) writeFileSync(join(project.root, SUMS), `${readFileSync(join(project.root, SUMS), 'utf8')}${sha256(bytes)}  ${stored}\n`);
			const incoming = join(project.root, `half-${id}.txt`);
			writeFileSync(incoming, bytes);
			const rerun = await run(project.root, incoming);
			expect(rerun.status, rerun.stderr).toBe(0);
			expect(rerun.stdout).toContain(`Finished adding report ${id}`);
			const { entries, sums } = index(project.root);
			expect(entries.at(-1)).toMatchObject({ id, file: stored });
			expect([...sums.keys()].filter((file) => file === stored)).toHaveLength(1);
		}
	});

	it.concurrent('writes nothing when sources.yaml is broken, and says where', async () => {
		const project = copy();
		const yamlPath = join(project.root, YAML);
		writeFileSync(yamlPath, `${readFileSync(yamlPath, 'utf8')}- id: "${nextId(project.root)}"\n  file: a: b.txt\n`);
		const sumsBefore = readFileSync(join(project.root, SUMS), 'utf8');
		const filesBefore = readdirSync(join(project.root, 'docs-data/sources')).sort();
		const incoming = join(project.root, 'new.txt');
		writeFileSync(incoming, 'A new report.\n');
		const result = await run(project.root, incoming);
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/sources\.yaml is not valid YAML \(line \d+/);
		expect(result.stderr).not.toMatch(/\n\s+at /);
		expect(readFileSync(join(project.root, SUMS), 'utf8')).toBe(sumsBefore);
		expect(readdirSync(join(project.root, 'docs-data/sources')).sort()).toEqual(filesBefore);
		expect(existsSync(join(project.root, 'docs-data/sources', 'new.txt'))).toBe(false);
	});

	it.concurrent('explains its usage when called without a file', async () => {
		const project = copy();
		const result = await run(project.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('Usage: npx verbatim-citations add-source <file.txt> [--id ID]');
	});
});
