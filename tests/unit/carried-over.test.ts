import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolder } from '../helpers/scratch-folder.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { resolveCitation } from '../../packages/starlight-verbatim-citations/src/engine/resolve.ts';
import { loadCorpus, corpusLayout, sha256 } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { parseMdxPage, blankFrontmatter } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { scanCitationTags } from '../../packages/starlight-verbatim-citations/src/pages/mdx-citation-tags.ts';
import { loadPlayers } from '../../packages/starlight-verbatim-citations/src/corpus/players-file.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

const meta = (id: string) => sourceMetadataSchema.parse({ id, file: `${id}.txt`, title: 'T', summary: 'S' });

describe('the closest passage', () => {
	it('never runs across a paragraph break', () => {
		const text = 'The board met on Tuesday.\n\nThe pier closed on Friday.\n';
		const corpus = createCorpus([{ meta: meta('a'), text, sha256: '', byteLength: text.length }]);
		const result = resolveCitation(corpus, 'a', 'met on Tuesday. The pier closd');
		expect(result.ok).toBe(false);
		if (result.ok || result.problem.code !== 'quote-not-found') throw new Error('expected quote-not-found');
		expect(result.problem.closest?.text).toBeDefined();
		expect(result.problem.closest!.text).not.toMatch(/\n\s*\n/);
	});
});

describe('frontmatter', () => {
	it('is not parsed as MDX, and lines stay where they are', () => {
		const mdx = '---\ntitle: Braces {like} these and <tags>\ndescription: a: b\n---\n\nText<Cite source="a" quote="the words" />.\n';
		const page = parseMdxPage('page.mdx', mdx);
		expect(page.problems).toEqual([]);
		const { tags } = scanCitationTags(page.tree!);
		expect(tags.map((t) => t.line)).toEqual([6]);
		expect(blankFrontmatter(mdx).length).toBe(mdx.length);
	});

	it('leaves a page without frontmatter untouched', () => {
		expect(blankFrontmatter('# Title\n\n---\n\nText')).toBe('# Title\n\n---\n\nText');
	});
});

function corpusDir(yaml: string, files: Record<string, string>): string {
	const root = scratchFolder('corpus-');
	mkdirSync(join(root, 'docs-data/sources'), { recursive: true });
	writeFileSync(join(root, 'docs-data/sources.yaml'), yaml);
	const sums: string[] = [];
	for (const [name, text] of Object.entries(files)) {
		writeFileSync(join(root, 'docs-data/sources', name), text);
		sums.push(`${sha256(Buffer.from(text))}  ${name}`);
	}
	writeFileSync(join(root, 'docs-data/sources/SHA256SUMS'), `${sums.join('\n')}\n`);
	return root;
}

describe('sources.yaml problems', () => {
	it('an entry with one invalid field does not also make its file "unlisted"', () => {
		const root = corpusDir('- id: "001"\n  file: a.txt\n  title: T\n  summary: S\n  dateline: not-a-date\n', { 'a.txt': 'Some words of a report.\n' });
		const { problems } = loadCorpus(root, corpusLayout('docs-data'));
		expect(problems.map((p) => p.code)).toEqual(['metadata-invalid']);
		expect(problems[0]!.line).toBe(5);
	});

	it('records the line of each entry and of each uncitedParagraphs item', () => {
		const root = corpusDir('- id: "001"\n  file: a.txt\n  title: T\n  summary: S\n  uncitedParagraphs:\n    - paragraph: 1\n      reason: Off topic.\n', { 'a.txt': 'Some words.\n' });
		const { lines } = loadCorpus(root, corpusLayout('docs-data'));
		expect(lines.entries.get('001')).toEqual({ line: 1, uncited: new Map([[1, 6]]) });
	});
});

describe('players.yaml problems', () => {
	it('carry the line of the entry or field they are about, not 1:1', () => {
		const root = scratchFolder('players-');
		writeFileSync(join(root, 'players.yaml'), '- id: a\n  name: A\n  aliases: [Aa]\n- id: Bad Id\n  name: B\n  aliases: [Bb]\n- id: a\n  name: C\n  aliases: [Cc]\n');
		const { problems } = loadPlayers(root, 'players.yaml');
		expect(problems.map((p) => [p.line, p.message])).toEqual([[4, expect.stringMatching(/^Entry 2, id: /)]]);
		writeFileSync(join(root, 'players.yaml'), '- id: a\n  name: A\n  aliases: [Aa]\n- id: a\n  name: C\n  aliases: [Cc]\n');
		expect(loadPlayers(root, 'players.yaml').problems.map((p) => [p.line, p.message])).toEqual([[4, 'The id "a" is used twice (first on line 1).']]);
	});
});
