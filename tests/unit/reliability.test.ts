import { describe, expect, it } from 'vitest';
import { reportReliability } from '../../packages/starlight-verbatim-citations/src/analysis/reliability.ts';
import type { Disagreement } from '../../packages/starlight-verbatim-citations/src/pages/disagreements.ts';
import type { SharedPassage } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';

const side = (label: string, ...sources: string[]) => ({ label, line: 1, paragraphs: [], sources });
const disagreement = (id: string, differs: 'facts' | 'wording', ...sides: ReturnType<typeof side>[]): Disagreement => ({ file: 'src/content/docs/p.mdx', line: 1, id, topic: 'T', question: `${id}?`, differs, sides });
const passage = (id: string, a: string, b: string, tier?: 'reworded'): SharedPassage => ({ id, a: { sourceId: a, start: 0, end: 5 }, b: { sourceId: b, start: 0, end: 5 }, words: 9, ...(tier ? { tier } : {}) }) as SharedPassage;

describe('the reliability card of a report', () => {
	const disagreements = [
		disagreement('self', 'facts', side('one paragraph', '001'), side('another', '001')),
		disagreement('staying', 'facts', side('a', '000'), side('b', '004'), side('c', '001')),
		disagreement('caps', 'wording', side('a', '000'), side('b', '001')),
	];
	const passages = [passage('p1', '003', '004'), passage('p2', '002', '004'), passage('p3', '002', '004', 'reworded')];

	it('says where a report contradicts itself and which reports dispute its facts, leaving out wording-only differences', () => {
		const card = reportReliability({ id: '001', qualityNotes: [] }, passages, disagreements);
		expect(card.contradictsItself.map((d) => d.id)).toEqual(['self']);
		expect(card.disputedBy).toEqual([{ file: 'src/content/docs/p.mdx', id: 'staying', question: 'staying?', others: ['000', '004'] }]);
		expect(card.dateline).toBeUndefined();
	});

	it('counts the passages a report shares with each other report, and how many of them are reworded', () => {
		const card = reportReliability({ id: '004', dateline: undefined, qualityNotes: [{ note: 'n' }] }, passages, disagreements);
		expect(card.shares).toEqual([
			{ sourceId: '002', passages: 2, reworded: 1 },
			{ sourceId: '003', passages: 1, reworded: 0 },
		]);
		expect(card.qualityNotes).toEqual([{ note: 'n' }]);
		expect(card.contradictsItself).toEqual([]);
	});
});
