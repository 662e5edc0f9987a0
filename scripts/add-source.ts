/**
 * Adds a report to the corpus: copies it byte for byte into docs-data/sources/, records its
 * SHA-256 and appends a metadata stub to docs-data/sources.yaml for you to fill in.
 * Usage: npm run add-source -- path/to/report.txt
 */
import { appendFileSync, copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { planAddSource } from '../src/verbatim-citations/authoring/add-source.ts';
import { parse } from 'yaml';
import { corpusLayout, decodeReport, sha256 } from '../src/verbatim-citations/checks/corpus-files.ts';

const { checksumFile: CHECKSUM_FILE, metadataFile: METADATA_FILE, sourcesDir: SOURCES_DIR } = corpusLayout();

const path = process.argv[2];
if (!path || process.argv.length > 3) {
	console.error('Usage: npm run add-source -- path/to/report.txt');
	process.exit(2);
}
const root = process.cwd();
let bytes: Buffer;
try {
	bytes = readFileSync(path);
} catch (error) {
	console.error(`Cannot read ${path}: ${(error as Error).message}`);
	process.exit(1);
}
// Compare with every report file on disk, including ones whose metadata is still an unfilled stub.
const entries = (parse(readFileSync(join(root, METADATA_FILE), 'utf8')) ?? []) as { id?: unknown; file?: unknown }[];
const idOf = new Map(entries.map((e) => [String(e.file), String(e.id)]));
const existing = readdirSync(join(root, SOURCES_DIR))
	.filter((file) => file.endsWith('.txt'))
	.map((file) => {
		const onDisk = readFileSync(join(root, SOURCES_DIR, file));
		return { id: idOf.get(file) ?? `(unlisted ${file})`, file, sha256: sha256(onDisk), text: decodeReport(onDisk) ?? '' };
	});
const ids = [...existing.map((report) => report.id), ...entries.map((e) => String(e.id))];
const plan = planAddSource(basename(path), bytes, existing, ids);
if (!plan.ok) {
	console.error(`Not added. ${plan.reason}`);
	process.exit(1);
}
copyFileSync(path, join(root, SOURCES_DIR, plan.file));
appendFileSync(join(root, CHECKSUM_FILE), plan.checksumLine);
const yaml = readFileSync(join(root, METADATA_FILE), 'utf8');
appendFileSync(join(root, METADATA_FILE), `${yaml.endsWith('\n') ? '' : '\n'}${plan.metadataStub}`);
console.log(`Added report ${plan.id}: ${SOURCES_DIR}/${plan.file} (sha256 ${plan.sha256}).

Next:
  1. Fill in the TODO title and summary of report ${plan.id} in ${METADATA_FILE} (the build refuses
     them until you do), and the dateline only if the text states one.
  2. Cite it: npm run quote -- "some words" prints tags for it.
  3. Build: npm run build.`);
