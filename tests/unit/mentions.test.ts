import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { loadCorpus } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { aliasPattern, findMentions, mentionCounts, paragraphCounts } from '../../packages/starlight-verbatim-citations/src/analysis/mentions.ts';
import { loadPlayers } from '../../packages/starlight-verbatim-citations/src/corpus/players-file.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';
import { counted } from '../helpers/counted.ts';
import { scratchFolder } from '../helpers/scratch-folder.ts';

const matches = (aliases: string[], text: string) => [...text.matchAll(aliasPattern(aliases))].map((m) => m[0]);

describe('aliasPattern', () => {
	it('matches whole words, with straight or curly possessives, and never inside another word', () => {
		expect(matches(['Sessions'], "Sessions' decision, Sessions’ decision, Sessions” decision")).toEqual(['Sessions', 'Sessions', 'Sessions']);
		expect(matches(['Session'], 'when Session decided; the Sessions')).toEqual(['Session']);
		expect(matches(['Trump'], "Trump's tweets and Trump’s campaign, not Trumpet")).toEqual(['Trump', 'Trump']);
	});

	it('is case-sensitive, so "sessions" the common noun is not Sessions the man', () => {
		expect(matches(['Sessions'], 'two long sessions of hearings')).toEqual([]);
	});

	it('prefers the longest alias where two overlap, counting one mention', () => {
		expect(matches(['Sessions', 'Jeff Sessions', 'Attorney General Jeff Sessions'], 'Attorney General Jeff Sessions said')).toEqual(['Attorney General Jeff Sessions']);
		expect(matches(['A.G.'], 'the A.G.’s office; the A.G. said')).toEqual(['A.G.', 'A.G.']);
	});
});

describe('findMentions', () => {
	const corpus = createCorpus([
		{ meta: sourceMetadataSchema.parse({ id: '000', file: 'a.txt', title: 'A', summary: 'S' }), text: 'Sessions spoke.\n\nNothing here.\n\nThe attorney general, Sessions, left.', sha256: '', byteLength: 0 },
	]);
	const player = { id: 'sessions', name: 'Jeff Sessions', aliases: ['Sessions', 'The attorney general'] };

	it('lists each mentioning paragraph with every occurrence and its offsets', () => {
		const found = findMentions(corpus, player);
		expect(found.map((m) => [m.paragraph, m.hits.map((h) => h.alias)])).toEqual([
			[1, ['Sessions']],
			[3, ['The attorney general', 'Sessions']],
		]);
		const text = corpus.sources[0]!.text;
		for (const hit of found.flatMap((m) => m.hits)) expect(text.slice(hit.start, hit.end)).toBe(hit.alias);
		expect(mentionCounts(corpus, found)).toEqual(new Map([['000', 3]]));
	});

	it('counts the mentioning paragraphs of each report, zero included, reading each mention once however many reports', () => {
		const reports = Array.from({ length: 300 }, (_, i) => ({
			meta: sourceMetadataSchema.parse({ id: String(i).padStart(3, '0'), file: `${i}.txt`, title: 'T', summary: 'S' }),
			text: i % 3 === 0 ? 'Nothing here.' : 'Sessions spoke.\n\nSessions left.',
			sha256: '',
			byteLength: 0,
		}));
		const many = createCorpus(reports);
		const found = findMentions(many, player);
		const { list, reads } = counted(found);
		const counts = paragraphCounts(many, list);
		expect([...counts.keys()]).toEqual(many.sources.map((s) => s.id));
		for (const [id, n] of counts) expect(n, id).toBe(found.filter((m) => m.sourceId === id).length);
		expect(reads()).toBeLessThanOrEqual(found.length);
	});

	/** What findMentions must equal: aliasPattern run on each paragraph alone. */
	const byParagraph = (of: ReturnType<typeof createCorpus>, aliases: string[]) =>
		of.sources.flatMap((source) =>
			source.paragraphs.flatMap((paragraph) => {
				const hits = [...source.text.slice(paragraph.start, paragraph.end).matchAll(aliasPattern(aliases))].map((m) => ({ start: paragraph.start + m.index, end: paragraph.start + m.index + m[0].length, alias: m[0] }));
				return hits.length > 0 ? [{ sourceId: source.id, paragraph: paragraph.number, hits }] : [];
			}),
		);

	it('finds what aliasPattern finds paragraph by paragraph: a word glued before an alias, a letter outside the BMP, an alias inside a longer one, paragraph edges', () => {
		const tricky = createCorpus([
			{ meta: sourceMetadataSchema.parse({ id: '000', file: 'a.txt', title: 'A', summary: 'S' }), text: 'xJeff Sessions and 𝐀Sessions and 9Sessions.\n\nSessions\n\n  Jeff Sessions’s aide, Sessionsx, Sessions', sha256: '', byteLength: 0 },
			{ meta: sourceMetadataSchema.parse({ id: '001', file: 'b.txt', title: 'B', summary: 'S' }), text: 'No one.\n\n(Sessions) é Sessions éSessions', sha256: '', byteLength: 0 },
		]);
		const aliases = ['Sessions', 'Jeff Sessions'];
		const found = findMentions(tricky, { id: 'sessions', name: 'Jeff Sessions', aliases });
		expect(found).toEqual(byParagraph(tricky, aliases));
		expect(found.flatMap((m) => m.hits.map((h) => h.alias))).toEqual(['Sessions', 'Sessions', 'Jeff Sessions', 'Sessions', 'Sessions', 'Sessions']);
	});

	it('finds every player of docs-data/players.yaml in the real reports, Sessions in all five', () => {
		const { corpus: real } = loadCorpus(process.cwd());
		const { players, problems } = loadPlayers(process.cwd(), 'docs-data/players.yaml');
		expect(problems).toEqual([]);
		for (const p of players) {
			expect(findMentions(real, p).length, p.id).toBeGreaterThan(0);
			expect(findMentions(real, p), p.id).toEqual(byParagraph(real, p.aliases));
		}
		const sessions = mentionCounts(real, findMentions(real, players.find((p) => p.id === 'sessions')!));
		expect([...sessions.values()].every((n) => n > 0)).toBe(true);
	});
});

describe('loadPlayers', () => {
	it('reports an invalid entry and a repeated id instead of throwing', () => {
		const root = scratchFolder('players-');
		mkdirSync(join(root, 'docs-data'));
		writeFileSync(join(root, 'docs-data/players.yaml'), '- id: Bad Id\n  name: X\n  aliases: [X1]\n');
		expect(loadPlayers(root, 'docs-data/players.yaml').problems[0]!.message).toMatch(/Entry 1, id: use lowercase/);
		writeFileSync(join(root, 'docs-data/players.yaml'), '- {id: a, name: A, aliases: [Aa]}\n- {id: a, name: B, aliases: [Bb]}\n');
		expect(loadPlayers(root, 'docs-data/players.yaml').problems.map((p) => p.message)).toEqual(['The id "a" is used twice (first on line 1).']);
	});
});
