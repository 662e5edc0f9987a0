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

describe('a name counts as whole words', () => {
	it('not as the start of a longer word', () => {
		expect(names('As the presidential aide said, he stays', 'the president')).toBe(false);
		expect(names('The officialdom said so', 'official')).toBe(false);
	});
	it('but with a plural or possessive ending', () => {
		expect(names('The president said so', 'the president')).toBe(true);
		expect(names("The president's aides said so", 'the president')).toBe(true);
		expect(names('Two advisers said so', 'adviser')).toBe(true);
		expect(names('The Sessions’ allies said so', 'Sessions')).toBe(true);
	});
});

describe('a negated name does not count', () => {
	it('refuses "not close to Sessions", "no official" and "never the president"', () => {
		expect(names('People not close to Sessions say his resolve is strong', 'close to Sessions')).toBe(false);
		expect(names('No official said so', 'official')).toBe(false);
		expect(names('It was never the president who said so', 'the president')).toBe(false);
		expect(names("It wasn't the official who said so", 'official')).toBe(false);
	});
	it('accepts a name that also occurs without the negation', () => {
		expect(names('Not the aide but two people close to Sessions said so', 'close to Sessions')).toBe(true);
		expect(names('People close to Sessions said he is not going anywhere', 'close to Sessions')).toBe(true);
	});
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
