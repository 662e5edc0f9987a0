import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addSource } from '../../packages/starlight-verbatim-citations/src/cli/add-source.ts';
import { CliError } from '../../packages/starlight-verbatim-citations/src/cli/command.ts';
import { loadAttributions } from '../../packages/starlight-verbatim-citations/src/corpus/attributions-file.ts';
import { loadCorpus } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { loadPlayers } from '../../packages/starlight-verbatim-citations/src/corpus/players-file.ts';
import { loadSentenceSettings } from '../../packages/starlight-verbatim-citations/src/corpus/sentences-file.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';

/**
 * Issue 22, item 6 (YAML): a YAML alias bomb ("billion laughs": each alias expands to nine of the
 * one before) used to crash the build, add-source and the quote finder with a stack trace. Every
 * YAML file of the corpus is read with a limit on aliases and on size, and a file over either is one
 * problem with its file, line, what is wrong and the fix.
 */
const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
const bombLines = levels.map((name, i) => (i === 0 ? `&a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]` : `&${name} [${Array(9).fill(`*${levels[i - 1]}`).join(',')}]`));
const BOMB_LIST = bombLines.map((line) => `- ${line}\n`).join('');
const BOMB_MAP = bombLines.map((line, i) => `${levels[i]}: ${line}\n`).join('');
const STACK = /\n\s+at /;

describe('hostile YAML: alias bombs and huge files are one clear problem', () => {
	let root: string | undefined;
	afterEach(() => {
		if (root) rmSync(root, { recursive: true, force: true });
		root = undefined;
	});
	const site = (file: string, text: string) => {
		root = mkdtempSync(join(tmpdir(), 'vc-hostile-yaml-'));
		mkdirSync(join(root, 'docs-data/sources'), { recursive: true });
		writeFileSync(join(root, 'docs-data/sources/SHA256SUMS'), '');
		if (file !== 'sources.yaml') writeFileSync(join(root, 'docs-data/sources.yaml'), '[]\n');
		writeFileSync(join(root, 'docs-data', file), text);
		return root;
	};

	it('sources.yaml: an alias bomb is one metadata-syntax problem at the line of the first alias', () => {
		const { problems } = loadCorpus(site('sources.yaml', BOMB_LIST));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'docs-data/sources.yaml', line: 2, code: 'metadata-syntax' });
		expect(problems[0]!.message).toMatch(/^docs-data\/sources\.yaml: its aliases \(\*name\) expand too far/);
		expect(problems[0]!.hint).toMatch(/Write the values out/);
	});

	it.each([
		['attributions.yaml', (r: string) => loadAttributions(r, 'docs-data', createCorpus([])).problems, 'attributions-invalid'],
		['sentences.yaml', (r: string) => loadSentenceSettings(r, 'docs-data', createCorpus([])).problems, 'sentences-invalid'],
		['players.yaml', (r: string) => loadPlayers(r, 'docs-data/players.yaml').problems, 'players-invalid'],
	])('%s: an alias bomb is one problem, not a stack trace', (file, load, code) => {
		const problems = load(site(file, BOMB_MAP));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: `docs-data/${file}`, line: 2, code });
		expect(problems[0]!.message).toMatch(/its aliases \(\*name\) expand too far/);
	});

	it('sources.yaml over the size limit is one problem, not read', () => {
		const { problems } = loadCorpus(site('sources.yaml', `# ${'x'.repeat(2_000_000)}\n[]\n`));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'docs-data/sources.yaml', line: 1, code: 'metadata-syntax' });
		expect(problems[0]!.message).toMatch(/^docs-data\/sources\.yaml: it is 2,000,006 bytes, over the limit of 1,048,576 bytes for a YAML file/);
	});

	it('add-source refuses a sources.yaml with an alias bomb, naming it, without a stack trace', () => {
		const cwd = site('sources.yaml', BOMB_LIST);
		writeFileSync(join(cwd, 'new.txt'), 'The pier reopened in June.\n');
		let message = '';
		try {
			addSource(cwd, cwd, 'docs-data', 'new.txt');
		} catch (error) {
			message = String((error as Error).message);
			expect(error).toBeInstanceOf(CliError);
		}
		expect(message).toMatch(/^Not added\. docs-data\/sources\.yaml: its aliases \(\*name\) expand too far/);
		expect(message).not.toMatch(STACK);
	});
});
