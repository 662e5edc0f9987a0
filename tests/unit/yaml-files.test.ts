import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue, fieldName } from '../../packages/starlight-verbatim-citations/src/corpus/metadata-issues.ts';
import { loadPlayers } from '../../packages/starlight-verbatim-citations/src/corpus/players-file.ts';
import { loadSentenceSettings, sentencesFile } from '../../packages/starlight-verbatim-citations/src/corpus/sentences-file.ts';
import { readYamlFile } from '../../packages/starlight-verbatim-citations/src/corpus/yaml-file.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const root = mkdtempSync(join(tmpdir(), 'yaml-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
/** Writes `text` to a new file under the temporary root and returns its relative name. */
function file(text: string): string {
	const name = `f${n++}.yaml`;
	writeFileSync(join(root, name), text);
	return name;
}

describe('reading a YAML file of the corpus', () => {
	const schema = z.strictObject({ items: z.array(z.strictObject({ name: z.string() })) });
	const read = (text: string) => readYamlFile(root, file(text), schema, 'x-invalid', 'the fix');

	it('says a missing file does not exist, without a problem', () => {
		expect(readYamlFile(root, 'absent.yaml', schema, 'x-invalid', 'h')).toMatchObject({ exists: false, data: undefined, problems: [] });
	});

	it('returns the data of a valid file and the line of any node by its path', () => {
		const result = read('items:\n  - name: a\n  - name: b\n');
		expect(result.data).toEqual({ items: [{ name: 'a' }, { name: 'b' }] });
		expect(result.lineAt(['items', 1, 'name'])).toBe(3);
		expect(result.lineAt(['items', 5, 'name'])).toBe(2);
	});

	it('locates a schema issue at the line of its field, naming the field', () => {
		const [problem, ...rest] = read('items:\n  - name: a\n  - name: 7\n').problems;
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ line: 3, column: 1, code: 'x-invalid', hint: 'the fix' });
		expect(problem!.message).toMatch(/^items\.1\.name: /);
	});

	it('calls an issue of the whole file "The file"', () => {
		expect(read('- a\n').problems[0]!.message).toMatch(/^The file: /);
	});

	it('reports a YAML syntax error at its line', () => {
		const { problems, data } = read('items:\n  - name: a\n bad: [\n');
		expect(data).toBeUndefined();
		expect(problems[0]!.message).toMatch(/^YAML error: /);
		expect(problems[0]!.line).toBeGreaterThan(1);
	});
});

describe('players.yaml', () => {
	it('has no players and no problem when the corpus has no such file', () => {
		expect(loadPlayers(root, 'none.yaml')).toEqual({ players: [], problems: [], lines: new Map() });
	});

	it('reads players and the line of each', () => {
		const { players, problems, lines } = loadPlayers(root, file('- id: ann\n  name: Ann Lee\n  aliases: [Ann Lee]\n- id: bob\n  name: Bob\n  aliases: [Bob]\n'));
		expect(problems).toEqual([]);
		expect(players.map((p) => p.id)).toEqual(['ann', 'bob']);
		expect(lines).toEqual(new Map([['ann', 1], ['bob', 4]]));
	});

	it('names the entry and field of an issue, at the field\'s line', () => {
		const { problems } = loadPlayers(root, file('- id: ann\n  name: Ann\n  aliases: [A]\n'));
		expect(problems).toMatchObject([{ code: 'players-invalid', line: 3 }]);
		expect(problems[0]!.message).toMatch(/^Entry 1, aliases\.0: /);
		expect(problems[0]!.hint).toContain('id, name and aliases');
	});

	it('names a missing field at its entry, and an issue of the whole file', () => {
		expect(loadPlayers(root, file('\n- id: ann\n  aliases: [Ann]\n')).problems[0]).toMatchObject({ line: 2, message: expect.stringMatching(/^Entry 1, name: /) });
		expect(loadPlayers(root, file('ann: 1\n')).problems[0]!.message).toMatch(/^The file: /);
	});

	it('refuses an id used twice, naming the first line', () => {
		const { problems } = loadPlayers(root, file('- id: ann\n  name: Ann\n  aliases: [Ann]\n- id: ann\n  name: Ann2\n  aliases: [Ann]\n'));
		expect(problems.map((p) => [p.line, p.message])).toEqual([[4, 'The id "ann" is used twice (first on line 1).']]);
	});

	it('reports a YAML syntax error at its line', () => {
		expect(loadPlayers(root, file('- id: [\n')).problems[0]!.message).toMatch(/^YAML error: /);
	});
	it('locates a YAML syntax error at its own line, and gives no players until the file parses', () => {
		const result = loadPlayers(root, file('- id: ann\n  name: Ann\n  aliases: [Ann]\n- id: bob\n  name: Bob: Lee\n  aliases: [Bob]\n'));
		expect(result.players).toEqual([]);
		expect(result.lines).toEqual(new Map());
		expect(result.problems.map((p) => [p.line, p.code, p.file.endsWith('.yaml')])).toEqual([[5, 'players-invalid', true]]);
	});
	it('names an issue inside an entry that is not a mapping at the entry, and gives no players', () => {
		const result = loadPlayers(root, file('- id: ann\n  name: Ann\n  aliases: [Ann]\n- just a name\n'));
		expect(result.players).toEqual([]);
		expect(result.problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([[4, 'Entry 2, entry']]);
	});
});

describe('sentences.yaml', () => {
	const corpus = syntheticCorpus({ a: 'Mr. Lee spoke. He left.' });
	const load = (text: string) => {
		const dir = `c${n++}`;
		mkdirSync(join(root, dir));
		writeFileSync(join(root, sentencesFile(`${dir}/`)), text);
		return loadSentenceSettings(root, dir, corpus);
	};

	it('sits beside sources.yaml', () => {
		expect(sentencesFile('docs-data//')).toBe('docs-data/sentences.yaml');
	});

	it('reads corrections whose words are in their report', () => {
		const { settings, problems } = load('a:\n  join: ["Mr. Lee"]\n');
		expect(problems).toEqual([]);
		expect(settings.a).toEqual({ join: ['Mr. Lee'], split: [], excused: [] });
	});

	it('refuses an unknown report and words its report does not have, at their lines', () => {
		const { problems } = load('a:\n  split: ["He went"]\nzz: { join: [] }\n');
		expect(problems.map((p) => [p.line, p.code, p.message])).toEqual([
			[2, 'sentences-invalid', 'Report a has no «He went», so this split does nothing.'],
			[3, 'sentences-invalid', 'There is no report "zz".'],
		]);
		expect(problems[1]!.hint).toBe('Use an id of docs-data/sources.yaml: a.');
	});
});

describe('schema issues in an editor\'s words', () => {
	const issue = (schema: z.ZodType, value: unknown) => {
		const result = schema.safeParse(value);
		if (result.success) throw new Error('expected an issue');
		return describeIssue(result.error.issues[0]!, value);
	};

	it.each([
		['a missing value', z.string(), undefined, 'is missing'],
		['a number for text', z.string(), 7, 'must be text, not a number (7) (put it in quotes: "…")'],
		['a list for a mapping', z.object({}), [], 'must be a mapping of keys to values, not a list'],
		['a mapping for a list', z.array(z.string()), {}, 'must be a list, not a mapping'],
		['empty for true or false', z.boolean(), null, 'must be true or false, not empty'],
		['text for a number', z.number(), 'x', 'must be a number, not text'],
		['an empty string', z.string().min(1), '', 'is empty'],
		['a number too small', z.number().min(1), 0, 'must be at least 1'],
		['a number not above zero', z.number().positive(), 0, 'must be more than 0'],
		['too few items', z.array(z.string()).min(1), [], 'needs at least 1 item'],
		['too few items (plural)', z.array(z.string()).min(2), ['a'], 'needs at least 2 items'],
		['a bad date', z.iso.date(), '2020-13-45', 'must be a date written YYYY-MM-DD, not "2020-13-45"'],
	])('%s', (_, schema, value, words) => {
		expect(issue(schema, value)).toBe(words);
	});

	it('keeps zod\'s words for other formats and codes, with the value', () => {
		expect(issue(z.email(), 'nope')).toMatch(/\(it is "nope"\)$/);
		expect(issue(z.enum(['a']), 'b')).toBe(z.enum(['a']).safeParse('b').error!.issues[0]!.message);
	});

	it('names a field in words', () => {
		expect(fieldName([])).toBe('the entry');
		expect(fieldName(['qualityNotes', 1, 'evidence'])).toBe('qualityNotes item 2, evidence');
	});
});
