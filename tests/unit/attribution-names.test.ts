import { describe, expect, it } from 'vitest';
import { unnamedFrames, type AttributionFrame } from '../../packages/starlight-verbatim-citations/src/reading/attribution.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { scanCitationTags } from '../../packages/starlight-verbatim-citations/src/pages/mdx-citation-tags.ts';

const frame = (names: string[]): AttributionFrame => ({
	sourceId: '000',
	frame: 'Two people close to Sessions said',
	governs: 'his resolve to stay is strong',
	kind: 'unnamed-source',
	who: 'two people close to Sessions',
	names,
	frameStart: 0,
	frameEnd: 33,
	start: 40,
	end: 70,
});
const names = (sentence: string, ...list: string[]) => unnamedFrames(sentence, [frame(list)]).length === 0;
const sentenceOf = (mdx: string) => scanCitationTags(parseMdxPage('page.mdx', mdx).tree!).tags[0]!.sentence;

/** Each case: the sentence, the declared name, and whether the sentence names it. */
const cases: Record<string, [string, string, boolean][]> = {
	'a name is not the start of a longer word': [
		['As the presidential aide said, he stays', 'the president', false],
		['The officialdom said so', 'official', false],
	],
	'a name may take a plural or possessive ending': [
		['The president said so', 'the president', true],
		["The president's aides said so", 'the president', true],
		['Two advisers said so', 'adviser', true],
		['The Sessions’ allies said so', 'Sessions', true],
	],
	'a negated name does not count: "not close to Sessions", "no official", "never the president"': [
		['People not close to Sessions say his resolve is strong', 'close to Sessions', false],
		['No official said so', 'official', false],
		['It was never the president who said so', 'the president', false],
		["It wasn't the official who said so", 'official', false],
	],
	'a name that also occurs without the negation counts': [
		['Not the aide but two people close to Sessions said so', 'close to Sessions', true],
		['People close to Sessions said he is not going anywhere', 'close to Sessions', true],
	],
};

describe('a name counts as whole words, and not negated', () => {
	for (const [title, list] of Object.entries(cases)) {
		it(title, () => {
			expect(list.map(([sentence, name]) => [sentence, names(sentence, name)])).toEqual(list.map(([sentence, , named]) => [sentence, named]));
		});
	}
});

describe('hidden text does not count', () => {
	it('leaves the words of hidden and aria-hidden elements out of the sentence', () => {
		expect(sentenceOf('He stays<span hidden> close to Sessions</span><Cite source="000" quote="abcd" />.\n')).toBe('He stays.');
		expect(sentenceOf('He stays<span aria-hidden="true"> close to Sessions</span><Cite source="000" quote="abcd" />.\n')).toBe('He stays.');
		expect(sentenceOf('He stays, <span aria-hidden="false">close to Sessions</span><Cite source="000" quote="abcd" />.\n')).toBe('He stays, close to Sessions.');
		expect(sentenceOf('He stays, <span>close to Sessions</span><Cite source="000" quote="abcd" />.\n')).toBe('He stays, close to Sessions.');
		expect(sentenceOf('He stays, <span hidden={false}>close to Sessions</span><Cite source="000" quote="abcd" />.\n')).toBe('He stays, close to Sessions.');
		expect(sentenceOf('He stays<span hidden="false"> close to Sessions</span><Cite source="000" quote="abcd" />.\n')).toBe('He stays.');
	});
});
