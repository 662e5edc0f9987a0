import { describe, expect, it } from 'vitest';
import { contentWords } from '../../packages/starlight-verbatim-citations/src/lineage/reworded/content-words.ts';
import { findRewordedPassages } from '../../packages/starlight-verbatim-citations/src/lineage/reworded/reworded-sentences.ts';
import { findSharedPassages } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { findLineagePassages } from '../../packages/starlight-verbatim-citations/src/lineage/reworded/both-tiers.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const keys = (text: string) => contentWords(text).map((w) => w.key);

/**
 * Other sentences around the copies, so that rarity (idf) means something: a sentence about the
 * same people that no copy repeats.
 */
const FILLER = [
	'Sessions spoke to reporters in Washington on Thursday about immigration enforcement.',
	'Trump posted several messages about the health care bill in the Senate.',
	'The attorney general met prosecutors in Ohio to discuss gang violence.',
	'Democrats in Congress asked for hearings on the firing of the FBI director.',
	'The White House said the president would travel to Poland next month.',
	'Republican senators defended Sessions as a former colleague of twenty years.',
].join(' ');

const ORIGINAL = 'The president slammed the Justice Department for its handling of his executive order restricting travel from several Muslim-majority countries, which appeals courts struck down twice.';
/** The same sentence reworded as content farms do: clauses moved, institution renamed, compound turned round, verbs swapped. */
const REWORDED = 'Twice struck down by appeals courts, the order on travel from several majority-Muslim countries was handled badly by the Department of Justice, which the president criticized.';

describe('content words for tier two', () => {
	it('folds inflections to one lemma, so "investigations" and "investigation" compare equal', () => {
		expect(keys('investigations')).toEqual(keys('investigation'));
		expect(keys('criticised the reports')).toEqual(keys('criticise the report'));
	});

	it('splits hyphenated compounds, so "Muslim-majority" compares as "majority Muslim" does, in any order', () => {
		expect(new Set(keys('Muslim-majority countries'))).toEqual(new Set(keys('majority Muslim countries')));
	});

	it('folds look-alike letters: a Cyrillic «е» reads as a Latin «e»', () => {
		expect(keys('Sеssions resigned')).toEqual(keys('Sessions resigned'));
	});

	it('leaves out function words, which are no evidence of copying', () => {
		expect(keys('he said that it was in the')).toEqual([]);
	});

	it('keeps an acronym as its letters, to be matched against a name spelled out', () => {
		expect(contentWords('the U.S. and the FBI').map((w) => [w.key, w.acronym])).toEqual([
			['us', true],
			['fbi', true],
		]);
	});
});

describe('tier two: reworded copies the exact tier misses', () => {
	it('finds a sentence reworded, renamed and reordered in another report, where no nine words in a row survive', () => {
		const corpus = syntheticCorpus({ a: `${FILLER} ${ORIGINAL}`, b: `${REWORDED} ${FILLER.split('. ').reverse().join('. ')}` });
		const exact = findSharedPassages(corpus).filter((p) => p.a.text.includes('Muslim') || p.b.text.includes('Muslim'));
		expect(exact).toEqual([]);
		const reworded = findRewordedPassages(corpus, findSharedPassages(corpus));
		const found = reworded.filter((p) => p.a.text === ORIGINAL && p.b.text === REWORDED);
		expect(found).toHaveLength(1);
		expect(found[0]!.tier).toBe('reworded');
	});

	it('does not join two sentences telling the same event in their own words', () => {
		const a = 'Tuesday afternoon, White House press secretary Sean Spicer declined to say whether Trump still has confidence in Sessions.';
		const b = 'The New York Times reports on Tuesday that the White House would not confirm that the president still had full confidence in Sessions.';
		const corpus = syntheticCorpus({ a: `${FILLER} ${a}`, b: `${b} ${FILLER}` });
		expect(findRewordedPassages(corpus).filter((p) => p.a.text === a || p.b.text === b)).toEqual([]);
	});

	it('does not join two sentences that share only a stock phrase and a name', () => {
		const a = 'White House press secretary Sean Spicer told reporters the tweets spoke for themselves and the president was frustrated.';
		const b = 'White House press secretary Sean Spicer said on Monday the administration would announce a new health care plan soon.';
		const corpus = syntheticCorpus({ a: `${FILLER} ${a}`, b: `${b} ${FILLER}` });
		expect(findRewordedPassages(corpus).filter((p) => p.a.text === a || p.b.text === b)).toEqual([]);
	});

	it('matches one sentence against two adjacent sentences of the other report (a merge)', () => {
		const first = 'Sessions recused himself from the Russia investigation in March after failing to disclose meetings with the ambassador.';
		const second = 'The decision infuriated Trump, who blamed him for the appointment of special counsel Robert Mueller.';
		const merged = 'After failing to disclose meetings with the ambassador, Sessions recused himself in March from the investigation into Russia, a decision that infuriated Trump, who blames him for special counsel Robert Mueller being appointed.';
		const corpus = syntheticCorpus({ a: `${FILLER} ${first} ${second}`, b: `${merged} ${FILLER}` });
		const found = findRewordedPassages(corpus, findSharedPassages(corpus)).filter((p) => p.b.text === merged);
		expect(found).toHaveLength(1);
		expect(found[0]!.a.text).toBe(`${first} ${second}`);
	});

	it('matches an acronym with the name it abbreviates ("U.S." and "United States")', () => {
		const a = 'The U.S. ambassador to Russia met Kislyak twice during the presidential campaign in Cleveland and Washington.';
		const b = 'In Cleveland and in Washington, during the campaign for the presidency, Kislyak twice met the United States ambassador to Russia.';
		const reworded = (x: string) => findLineagePassages(syntheticCorpus({ a: `${FILLER} ${x}`, b: `${b} ${FILLER}` })).filter((p) => p.tier === 'reworded');
		const withAcronym = reworded(a);
		expect(withAcronym).toHaveLength(1);
		const spelledOut = reworded(a.replace('U.S.', 'United States'));
		// The acronym counts as the name it stands for: as many matched words either way.
		expect(withAcronym[0]!.words).toBe(spelledOut[0]!.words - 1);
		expect(spelledOut).toHaveLength(1);
	});

	it('leaves to the exact tier a pair of sentences it already joins, so both tiers list each copy once', () => {
		const copy = `${FILLER} ${ORIGINAL}`;
		const corpus = syntheticCorpus({ a: copy, b: `${ORIGINAL} and more.` });
		const all = findLineagePassages(corpus);
		expect(all.filter((p) => p.tier === 'exact').length).toBeGreaterThan(0);
		expect(all.filter((p) => p.tier === 'reworded')).toEqual([]);
	});
});
