import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attributionLabel, framesCovering, unnamedFrames, type AttributionFrame } from '../../packages/starlight-verbatim-citations/src/reading/attribution.ts';
import { sentenceAround, MARK, START } from '../../packages/starlight-verbatim-citations/src/pages/claim-sentence.ts';
import { loadAttributions } from '../../packages/starlight-verbatim-citations/src/corpus/attributions-file.ts';
import { describeUnnamedAttribution } from '../../packages/starlight-verbatim-citations/src/pages/citation-messages.ts';
import { checkSite } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';
import { copyProject, SITE_OPTIONS } from '../helpers/project.ts';

const frame = (over: Partial<AttributionFrame>): AttributionFrame => ({
	sourceId: '000',
	frame: 'Two people close to Sessions said',
	governs: 'his resolve to stay is strong',
	kind: 'unnamed-source',
	who: 'two people close to Sessions',
	names: ['close to Sessions', 'close to him'],
	frameStart: 0,
	frameEnd: 33,
	start: 40,
	end: 70,
	...over,
});

describe('which frames govern a citation', () => {
	const frames = [frame({}), frame({ sourceId: '001' }), frame({ start: 100, end: 120, who: 'later' })];
	it('takes the frames of the same report whose span the quote overlaps, and no others', () => {
		expect(framesCovering(frames, '000', 60, 80).map((f) => f.who)).toEqual(['two people close to Sessions']);
		expect(framesCovering(frames, '000', 70, 100)).toEqual([]);
		expect(framesCovering(frames, '000', 0, 200).map((f) => f.who)).toEqual(['two people close to Sessions', 'later']);
	});
});

describe('a sentence names an attribution', () => {
	it('by any declared name, whatever the case or apostrophe style', () => {
		expect(unnamedFrames('Two people CLOSE TO SESSIONS said so', [frame({})])).toEqual([]);
		expect(unnamedFrames('Sessions’ allies say so', [frame({ names: ["Sessions' allies"] })])).toEqual([]);
	});
	it('not when the name is missing or only the end of another word', () => {
		expect(unnamedFrames('Report 000 says his resolve to stay is strong', [frame({})])).toHaveLength(1);
		expect(unnamedFrames('The ABCD board said so', [frame({ names: ['BCD'] })])).toHaveLength(1);
	});
	it('own-voice frames need no name', () => {
		expect(unnamedFrames('Report 000 says so', [frame({ kind: 'own-voice', names: [] })])).toEqual([]);
	});
});

describe('attribution labels', () => {
	it('names who and the kind, nested frames innermost first', () => {
		expect(attributionLabel([frame({})])).toBe('said by two people close to Sessions (unnamed)');
		expect(attributionLabel([frame({ kind: 'other-outlet', who: 'Politico' }), frame({ who: 'the Trump adviser' })])).toBe(
			'said by the Trump adviser (unnamed), reported by Politico (another outlet)',
		);
		expect(attributionLabel([])).toBe('not attributed by the report');
		expect(attributionLabel([frame({ kind: 'own-voice' })])).toBe('in the report’s own voice');
	});
	it('gives unspecified reports no kind in brackets, and leaves an own-voice frame out of a nested label', () => {
		expect(attributionLabel([frame({ kind: 'unspecified-reports', who: 'reports' })])).toBe('attributed to reports');
		expect(attributionLabel([frame({ kind: 'named-person', who: 'Sanders' }), frame({ kind: 'own-voice', who: 'the paper' })])).toBe('said by Sanders (named)');
	});
	it('finds a name after punctuation or at the start, and a repeated name whose first occurrence is inside a word', () => {
		expect(unnamedFrames('“Close to Sessions,” they said', [frame({})])).toEqual([]);
		expect(unnamedFrames('The ABCD board, and BCD itself, said so', [frame({ names: ['BCD'] })])).toEqual([]);
		expect(unnamedFrames('The ABCD board said so', [frame({ names: ['BCD', 'board'] })])).toEqual([]);
		expect(unnamedFrames('two  people\nclose to  sessions said', [frame({ names: ['Close to Sessions'] })])).toEqual([]);
		expect(unnamedFrames('Sessions‘ allies and “the Times” say', [frame({ names: ["sessions' allies"] }), frame({ names: ['"the times"'] })])).toEqual([]);
	});
});

describe('the sentence of a claim that holds a citation', () => {
	it('is the sentence the tag sits in, not the whole paragraph', () => {
		expect(sentenceAround(`First claim. Second claim, says X${START}${MARK}. Third.`)).toBe('Second claim, says X.');
	});
	it('is the sentence before when the tag follows its full stop', () => {
		expect(sentenceAround(`First claim. Second claim.${START}${MARK} Third.`)).toBe('Second claim.');
	});
	it('runs across a line break in the MDX source, which does not end a sentence', () => {
		expect(sentenceAround(`First claim. Two people close to Sessions\nsaid he would stay${START}${MARK}. Next.`)).toBe('Two people close to Sessions said he would stay.');
	});
	it('does not end at a title such as Mr.', () => {
		expect(sentenceAround(`First claim. The president fired Mr. Comey${START}${MARK}. Next.`)).toBe('The president fired Mr. Comey.');
	});
	it('spans a quotation that holds a full stop', () => {
		expect(sentenceAround(`Heye said: ${START}“It is odd. It is new.”${MARK} Next.`)).toBe('Heye said: “It is odd. It is new.”');
	});
	it('is the sentence before when the tag opens the next sentence after a space', () => {
		expect(sentenceAround(`First claim. ${START}${MARK}Second claim.`)).toBe('First claim.');
		expect(sentenceAround(`${START}${MARK}Only claim. Next.`)).toBe('Only claim.');
	});
	it('is the sentence a quotation opens, when the quotation starts it', () => {
		expect(sentenceAround(`First claim. ${START}“It is odd.”${MARK} he said. Next.`)).toBe('“It is odd.” he said.');
	});
	it('is the last sentence for a tag at the very end, with its whitespace folded', () => {
		expect(sentenceAround(`First claim. Last \t  claim.${START}${MARK}`)).toBe('Last claim.');
	});
	it('is empty when the marks are missing or out of order', () => {
		expect(sentenceAround('No marks here.')).toBe('');
		expect(sentenceAround(`Broken ${MARK} marks ${START}.`)).toBe('');
	});
});

describe('the message for attributed words cited without their attribution', () => {
	it('names the tag, the frame, the sentence and the names to use', () => {
		const { message, hint } = describeUnnamedAttribution('<Cite source="000" quote=«x»>', 'Report 000 says x.', 8, [frame({})]);
		expect(message).toContain('<Cite source="000" quote=«x»>');
		expect(message).toContain('Report 000, paragraph 8, gives these words to two people close to Sessions (unnamed), by «Two people close to Sessions said»');
		expect(message).toContain('«Report 000 says x.»');
		expect(hint).toContain('«close to Sessions» or «close to him»');
	});
});

describe('docs-data/attributions.yaml', () => {
	const root = mkdtempSync(join(tmpdir(), 'frames-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const corpus = createCorpus(
		['000', '001'].map((id) => ({
			meta: sourceMetadataSchema.parse({ id, file: `${id}.txt`, title: 'T', summary: 'S' }),
			text: 'Two people close to Sessions said his resolve to stay is strong.',
			sha256: '',
			byteLength: 0,
		})),
	);
	const load = (yaml: string) => {
		mkdirSync(join(root, 'data'), { recursive: true });
		writeFileSync(join(root, 'data/attributions.yaml'), yaml);
		return loadAttributions(root, 'data', corpus);
	};
	const entry = (frameWords: string, names = '[close to Sessions]') =>
		`  - frame: ${frameWords}\n    governs: his resolve to stay is strong\n    kind: unnamed-source\n    who: two people\n    names: ${names}\n`;

	it('locates every verified frame in its report', () => {
		const { frames, problems } = load(`"000":\n${entry('Two people close to Sessions said')}"001": []\n`);
		expect(problems).toEqual([]);
		expect(frames).toMatchObject([{ sourceId: '000', frameStart: 0, frameEnd: 33, start: 34, end: 63 }]);
	});
	it('refuses frame words that are not verbatim in the report, at their line', () => {
		const { problems } = load(`"000":\n${entry('Two people close to Session said')}"001": []\n`);
		expect(problems).toMatchObject([{ file: 'data/attributions.yaml', line: 2, code: 'quote-not-found' }]);
		expect(problems[0]!.message).toContain('Attribution frame of report 000');
	});
	it('refuses a report without an entry, and a frame without names', () => {
		const { problems } = load(`"000":\n${entry('Two people close to Sessions said', '[]')}`);
		expect(problems.map((p) => p.code).sort()).toEqual(['attributions-invalid', 'attributions-missing']);
		expect(problems.find((p) => p.code === 'attributions-missing')!.message).toBe('Report 001 has no entry in data/attributions.yaml.');
	});
	it('words each problem of the file for the editor, at the line of the entry or frame', () => {
		const { problems } = load(`"000":\n${entry('Two people close to Sessions said', '[]')}"009": []\n`);
		expect(problems).toEqual([
			{
				file: 'data/attributions.yaml',
				line: 1,
				column: 1,
				code: 'attributions-missing',
				message: 'Report 001 has no entry in data/attributions.yaml.',
				sourceId: '001',
				hint: 'Run npx verbatim-citations frames 001, confirm the frames it proposes and add them under "001": (an empty list [] if the report attributes nothing).',
			},
			{
				file: 'data/attributions.yaml',
				line: 2,
				column: 1,
				code: 'attributions-invalid',
				message: 'Frame «Two people close to Sessions said» of report 000 has no names, so no sentence could name it.',
				hint: 'Add names: words a citing sentence must use, e.g. names: ["two people"].',
			},
			{ file: 'data/attributions.yaml', line: 7, column: 1, code: 'attributions-invalid', message: 'There is no report "009".', hint: 'Use an id of docs-data/sources.yaml: 000, 001.', sourceId: '009' },
		]);
	});
	it('says the whole file is missing once per report, and locates governed words that are not verbatim', () => {
		rmSync(join(root, 'data'), { recursive: true, force: true });
		const missing = loadAttributions(root, 'data', corpus);
		expect(missing.problems.map((p) => [p.code, p.sourceId, p.message])).toEqual([
			['attributions-missing', '000', "data/attributions.yaml is missing, so no report's attribution frames are recorded."],
			['attributions-missing', '001', "data/attributions.yaml is missing, so no report's attribution frames are recorded."],
		]);
		const wrong = load(`"000":\n  - frame: Two people close to Sessions said\n    governs: his resolve to stay is weak\n    kind: unnamed-source\n    who: two people\n    names: [close to Sessions]\n"001": []\n`);
		expect(wrong.frames).toEqual([]);
		expect(wrong.problems).toMatchObject([{ line: 3, code: 'quote-not-found', sourceId: '000' }]);
		expect(wrong.problems[0]!.message).toMatch(/^Attribution governs of report 000: The quote «his resolve to stay is weak» is not in report 000\./);
	});
});

describe('guards on the real corpus: attributed words stated as the report’s own fail', () => {
	const project = copyProject();
	afterAll(() => project.remove());
	const page = 'src/content/docs/attribution-guard.mdx';
	writeFileSync(
		join(project.root, page),
		[
			'---',
			'title: Attribution guard',
			'---',
			'',
			"import { Cite } from 'starlight-verbatim-citations/components';",
			'',
			'Report 000 says his resolve to stay is strong<Cite source="000" quote="resolve to stay is strong" />.',
			'',
			'Report 004 says Sessions was unlikely to leave his post<Cite source="004" quote="Sessions was unlikely to leave his post" />.',
			'',
			'Two people close to Sessions say his resolve to stay is strong<Cite source="000" quote="his resolve to stay is strong" />.',
			'',
		].join('\n'),
	);
	const problems = checkSite(project.root, SITE_OPTIONS).problems.filter((p) => p.file === page);

	it('refuses report 000’s “resolve to stay is strong” in the report’s voice, with line, frame and fix', () => {
		const found = problems.filter((p) => p.line === 7);
		expect(found).toHaveLength(1);
		expect(found[0]!.code).toBe('attribution-unnamed');
		expect(found[0]!.message).toContain('gives these words to two people close to Sessions (unnamed), by «Two people close to Sessions said»');
		expect(found[0]!.hint).toContain('«close to Sessions»');
	});
	it('refuses report 004’s “Sessions was unlikely to leave his post” without its adviser', () => {
		const found = problems.filter((p) => p.line === 9);
		expect(found).toHaveLength(1);
		expect(found[0]!.message).toContain('gives these words to the Trump adviser (unnamed), by «The Trump adviser said»');
		expect(found[0]!.hint).toContain('«adviser» or «advisor»');
	});
	it('accepts the same words when the sentence names who said them', () => {
		expect(problems.filter((p) => p.line === 11)).toEqual([]);
	});
});
