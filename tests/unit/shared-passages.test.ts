import { describe, expect, it } from 'vitest';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { loadCorpus } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { findSharedPassages, MIN_SHARED_WORDS, passagesOf, tokenize } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

const synthetic = (texts: Record<string, string>) =>
	createCorpus(
		Object.entries(texts).map(([id, text]) => ({
			meta: sourceMetadataSchema.parse({ id, file: `${id}.txt`, title: id, summary: id }),
			text,
			sha256: '',
			byteLength: text.length,
		})),
	);

const SENTENCE = 'The committee met on a cold morning to weigh the fate of the harbour bridge and its ageing steel frame';
const OTHER = 'Residents gathered outside with placards while the mayor spoke briefly about costs and delays';

describe('tokenize', () => {
	it('keeps offsets and compares words without case, apostrophes or quote marks', () => {
		const text = 'Sessions’ “decision” and SESSIONS\' choice';
		const tokens = tokenize(text);
		expect(tokens.map((t) => t.word)).toEqual(['sessions', 'decision', 'and', 'sessions', 'choice']);
		for (const t of tokens) expect(text.slice(t.start, t.end).toLowerCase().replace(/['’]/g, '')).toBe(t.word);
		// Words compare by their confusable skeleton (Unicode maps «m» to «rn»): Trump's and its look-alikes fold alike.
		expect(tokenize("Trump's")[0]!.word).toBe('trurnps');
		expect(tokenize('Trump\u0455')[0]!.word).toBe('trurnps');
	});
});

describe('findSharedPassages on the real reports', () => {
	const { corpus } = loadCorpus(process.cwd());
	const found = findSharedPassages(corpus);

	it('finds the sentence reports 003 and 004 share, despite their different quotation marks', () => {
		const pair = found.find((p) => p.a.sourceId === '003' && p.b.sourceId === '004');
		expect(pair?.a.text).toMatch(/^Trump has repeatedly criticised Sessions' decision to recuse himself/);
		expect(pair?.b.text).toMatch(/^Trump has repeatedly criticised Sessions” decision/);
		expect(pair!.words).toBeGreaterThan(30);
		expect(corpus.byId.get('003')!.text.slice(pair!.a.start, pair!.a.end)).toBe(pair!.a.text);
	});

	it('finds the reworded resignation sentence of reports 002 and 004 across its changed words', () => {
		const pair = found.find((p) => p.a.sourceId === '002' && p.b.sourceId === '004');
		expect(pair?.a.text).toBe('at one point, Sessions expressed he would be willing to resign if Trump no longer wanted him');
		expect(pair?.b.text).toBe('At one point, Sessions made clear he would be willing to resign if Trump no longer wanted him');
	});

	it('reports nothing else: ordinary phrases such as "the attorney general" are not shared passages', () => {
		expect(found.map((p) => `${p.a.sourceId}/${p.b.sourceId}`)).toEqual(['002/004', '003/004']);
		for (const p of found) expect(p.words).toBeGreaterThanOrEqual(MIN_SHARED_WORDS);
	});

	it('shows each report its own side of a passage, with the twin', () => {
		const of004 = passagesOf('004', found);
		expect(of004.map((p) => p.twin.sourceId)).toEqual(['002', '003']);
		expect(of004.every((p) => p.here.sourceId === '004')).toBe(true);
	});
});

describe('findSharedPassages on synthetic text', () => {
	it('finds a copied sentence in a different place in each text', () => {
		const found = findSharedPassages(synthetic({ a: `${OTHER}. ${SENTENCE}.`, b: `${SENTENCE}. Something unrelated entirely.` }));
		expect(found).toHaveLength(1);
		expect(found[0]!.a.text).toBe(SENTENCE);
	});

	it('keeps a sentence with one word reworded as one passage', () => {
		const reworded = SENTENCE.replace('weigh', 'decide');
		const found = findSharedPassages(synthetic({ a: SENTENCE, b: reworded }));
		expect(found).toHaveLength(1);
		expect(found[0]!.a.text).toBe(SENTENCE);
	});

	it('finds both sentences when a copy reorders them', () => {
		const found = findSharedPassages(synthetic({ a: `${SENTENCE}. ${OTHER}.`, b: `${OTHER}. ${SENTENCE}.` }));
		expect(found.map((p) => p.a.text).sort()).toEqual([OTHER, SENTENCE].sort());
	});

	it(`finds a partial copy of ${MIN_SHARED_WORDS} words or more, and not one of fewer`, () => {
		const words = SENTENCE.split(' ');
		const enough = findSharedPassages(synthetic({ a: SENTENCE, b: `Elsewhere, ${words.slice(3, 3 + MIN_SHARED_WORDS).join(' ')} was said.` }));
		expect(enough).toHaveLength(1);
		const fewer = findSharedPassages(synthetic({ a: SENTENCE, b: `Elsewhere, ${words.slice(3, 2 + MIN_SHARED_WORDS).join(' ')} was said.` }));
		expect(fewer).toEqual([]);
	});

	it('finds a copy that swaps, adds and drops words, and cuts a clause', () => {
		const copy = 'The committee met on a cold grey morning to consider the fate of the bridge and its ageing steel frame';
		const found = findSharedPassages(synthetic({ a: `${OTHER}. ${SENTENCE}.`, b: `Unrelated words open this text. ${copy}.` }));
		expect(found.map((p) => [p.a.text, p.b.text])).toEqual([[SENTENCE, copy]]);
	});

	it('does not carry a passage into the next sentence on a word or two the sentences happen to share', () => {
		const found = findSharedPassages(synthetic({ a: `${SENTENCE}. The mayor left early.`, b: `${SENTENCE}. The crowd stayed late.` }));
		expect(found.map((p) => p.a.text)).toEqual([`${SENTENCE}.`.slice(0, -1)]);
	});

	it('finds nothing between unrelated texts that share common short phrases', () => {
		const found = findSharedPassages(
			synthetic({ a: 'The attorney general said the Russia investigation was over.', b: 'Yesterday the attorney general and the Russia investigation were in the news.' }),
		);
		expect(found).toEqual([]);
	});
});
