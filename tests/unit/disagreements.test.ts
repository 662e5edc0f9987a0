import { describe, expect, it } from 'vitest';
import { collectDisagreements, DISAGREEMENT_DIFFERS } from '../../packages/starlight-verbatim-citations/src/pages/disagreements.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';
import { disagreementMattersProblems } from '../../packages/starlight-verbatim-citations/src/rules/editorial/disagreement-sides.ts';

const corpus = syntheticCorpus({
	a: 'The ferry pier will close on Friday, the harbour board said.\n\nIt is not clear when the pier will close.\n',
	b: 'The ferry pier will stay open all summer, a board member said.\n',
});

const FILE = 'src/content/docs/disputes/pier.mdx';

function check(body: string) {
	const page = parseMdxPage(FILE, body);
	const { ledger, problems } = checkPages(corpus, [page]);
	expect(problems).toEqual([]);
	return collectDisagreements([page], ledger);
}

const block = (sides: string, attributes = 'topic="The pier" question="Will the pier close?" differs="facts"') =>
	`Intro.<Cite source="a" quote="The ferry pier will close" />\n\n<Disagreement ${attributes}>\n${sides}\n</Disagreement>\n`;

const sideA = '<Side label="Report a">\nReport a says it will close on Friday<Cite source="a" quote="will close on Friday" />.\n</Side>';
const sideB = '<Side label="Report b">\nReport b says it will stay open: <Quote source="b" quote="stay open all summer" />\n</Side>';

describe('disagreements as data', () => {
	it('reads each side with its label, its prose and its citations in reading order', () => {
		const { disagreements, problems } = check(block(`${sideA}\n\n${sideB}`));
		expect(problems).toEqual([]);
		expect(disagreements).toHaveLength(1);
		const [d] = disagreements;
		expect(d).toMatchObject({ file: FILE, line: 3, topic: 'The pier', question: 'Will the pier close?', differs: 'facts', id: 'disagreement-will-the-pier-close' });
		expect(d!.sides.map((s) => s.label)).toEqual(['Report a', 'Report b']);
		expect(d!.sides.map((s) => s.sources)).toEqual([['a'], ['b']]);
		const [first] = d!.sides[0]!.paragraphs;
		expect(first!.map((part) => ('text' in part ? part.text : `[${part.sourceId}]`)).join('')).toBe('Report a says it will close on Friday[a].');
		const quoted = d!.sides[1]!.paragraphs[0]!;
		// A <Quote> is printed from the report's own characters, followed by its marker.
		expect(quoted.map((part) => ('text' in part ? part.text : `[${part.sourceId}]`)).join('')).toBe('Report b says it will stay open: “stay open all summer”[b]');
		const citation = quoted.find((part) => !('text' in part));
		expect(citation).toMatchObject({ sourceId: 'b', paragraph: 1 });
		expect(citation && 'fragment' in citation && citation.fragment).toMatch(/^quote-/);
	});

	it('accepts two passages of one report that contradict each other', () => {
		const sides = '<Side label="Report a, first">\nIt will close<Cite source="a" quote="will close on Friday" />.\n</Side>\n\n<Side label="Report a, later">\nIt says it is unclear<Cite source="a" quote="It is not clear when the pier will close." />.\n</Side>';
		expect(check(block(sides)).problems).toEqual([]);
	});

	it('refuses a disagreement with fewer than two cited sides, at its line', () => {
		const [problem, ...rest] = check(block(sideA)).problems;
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: FILE, line: 3, code: 'disagreement-sides' });
		expect(problem!.message).toContain('Will the pier close?');
		expect(problem!.message).toContain('1 cited side');
		expect(problem!.hint).toContain('<Side label=');
	});

	it('refuses a side without a citation, naming its label and line', () => {
		const problems = check(block(`${sideA}\n\n<Side label="Report b">\nReport b disagrees.\n</Side>\n\n${sideB}`)).problems;
		expect(problems).toEqual([expect.objectContaining({ code: 'disagreement-side-uncited', line: 8 })]);
		expect(problems[0]!.message).toContain('Report b');
	});

	it('refuses sides that cite only the same passage: that is agreement, not disagreement', () => {
		const same = '<Side label="One">\nClose<Cite source="a" quote="will close on Friday" />.\n</Side>\n\n<Side label="Two">\nAlso close<Cite source="a" quote="will close on Friday" />.\n</Side>';
		const problems = check(block(same)).problems;
		expect(problems.map((p) => p.code)).toEqual(['disagreement-same-passage']);
		expect(problems[0]!.message).toContain('Two');
	});

	it('refuses missing or unknown attributes, and a differs value outside the list', () => {
		const problems = check(block(`${sideA}\n\n${sideB}`, 'question="Will it close?" differs="tone" colour="red"')).problems;
		const messages = problems.map((p) => p.message).join('\n');
		expect(problems.every((p) => p.code === 'disagreement-invalid' && p.line === 3)).toBe(true);
		expect(messages).toContain('topic');
		expect(messages).toContain('colour');
		expect(messages).toContain(DISAGREEMENT_DIFFERS.join('" or "'));
	});

	it('refuses a side outside a disagreement, and prose between the sides', () => {
		const stray = check(`Intro.<Cite source="a" quote="The ferry pier will close" />\n\n${sideA}\n`).problems;
		expect(stray).toEqual([expect.objectContaining({ code: 'disagreement-invalid', line: 3 })]);
		expect(stray[0]!.message).toContain('<Side>');
		const between = check(block(`${sideA}\n\nLoose words<Cite source="b" quote="stay open all summer" />.\n\n${sideB}`)).problems;
		expect(between).toEqual([expect.objectContaining({ code: 'disagreement-invalid', line: 8 })]);
	});

	it('refuses two disagreements on one page with the same anchor', () => {
		const twice = `${block(`${sideA}\n\n${sideB}`)}\n${block(`${sideA}\n\n${sideB}`).split('\n\n').slice(1).join('\n\n')}`;
		const problems = check(twice).problems;
		expect(problems).toEqual([expect.objectContaining({ code: 'disagreement-duplicate' })]);
		expect(problems[0]!.message).toContain('line 3');
	});

	it('names every other way a block can be written wrong', () => {
		const cases: [string, string][] = [
			[block(`${sideA}\n\n${sideB}`, '{...props} topic="T" question="Q?" differs="facts"'), 'spread attributes'],
			[block(`${sideA}\n\n${sideB}`, 'topic="" question="Q?" differs="facts"'), 'attribute topic must be a non-empty plain string'],
			[block(`${sideA}\n\n${sideB}`, 'topic={name} question="Q?" differs="facts"'), 'attribute topic must be a non-empty plain string'],
			[block(`<Side>\nIt closes<Cite source="a" quote="will close on Friday" />.\n</Side>\n\n${sideB}`), '<Side> is missing its label'],
			[block(`<Side label="A" tone="x">\nIt closes<Cite source="a" quote="will close on Friday" />.\n</Side>\n\n${sideB}`), 'unknown attribute tone'],
			[block(`${sideA}\n\n<Disagreement topic="T" question="Inner?" differs="facts">\n${sideB}\n</Disagreement>`), 'holds only <Side> blocks'],
		];
		for (const [mdx, wanted] of cases) {
			const messages = check(mdx).problems.map((p) => p.message).join('\n');
			expect(messages, `${mdx}\n---\n${messages}`).toContain(wanted);
		}
	});

	it('refuses a disagreement inside an editorial note between the sides, and reads the note as allowed', () => {
		const nested = block(`${sideA}\n\n<Editorial>\nA note.\n\n<Disagreement topic="T" question="Inner?" differs="facts">\n${sideB}\n</Disagreement>\n</Editorial>\n\n${sideB}`);
		expect(check(nested).problems).toEqual([expect.objectContaining({ code: 'disagreement-invalid', message: 'A <Disagreement> stands inside another one.' })]);
	});

	it('counts a side whose only citation failed as written, leaving the failure to its own problem', () => {
		const page = parseMdxPage(FILE, block(`${sideA}\n\n<Side label="Report b">\nIt stays<Cite source="b" quote="stay open all winter" />.\n</Side>`));
		const { ledger, problems } = checkPages(corpus, [page]);
		expect(problems.map((p) => p.code)).toEqual(['quote-not-found']);
		const result = collectDisagreements([page], ledger);
		// One cause, one message: the failed quote is reported, the disagreement is not reported again.
		expect(result.problems).toEqual([]);
		expect(result.disagreements[0]!.sides.map((side) => side.sources)).toEqual([['a'], []]);
	});

	it('says "no cited sides" when no side cites, and skips a page that did not parse', () => {
		const none = check(block('<Side label="A">\nNothing.\n</Side>')).problems.map((p) => p.code);
		expect(none).toEqual(['disagreement-side-uncited', 'disagreement-sides']);
		expect(check(block('<Side label="A">\nNothing.\n</Side>')).problems[1]!.message).toContain('has 0 cited sides');
		expect(collectDisagreements([{ file: FILE, tree: undefined, problems: [] }], { pages: [] })).toEqual({ disagreements: [], problems: [] });
	});

	it('reads inline code and list items inside a side', () => {
		const list = block(`<Side label="A">\n- Code \`x\` closes<Cite source="a" quote="will close on Friday" />.\n</Side>\n\n${sideB}`);
		const { disagreements, problems } = check(list);
		expect(problems).toEqual([]);
		expect(disagreements[0]!.sides[0]!.paragraphs[0]![1]).toEqual({ text: 'x' });
	});
});

describe('why a disagreement matters', () => {
	it('keeps the matters line of a disagreement as data', () => {
		const { disagreements } = check(block(`${sideA}\n\n${sideB}`, 'topic="The pier" question="Will the pier close?" differs="facts" matters="Ferries need the pier."'));
		expect(disagreements[0]!.matters).toBe('Ferries need the pier.');
	});

	it('refuses a disagreement of facts without one, naming the page, the line and the question; wording-only differences need none', () => {
		const facts = check(block(`${sideA}\n\n${sideB}`)).disagreements;
		expect(disagreementMattersProblems(facts)).toEqual([
			expect.objectContaining({ file: FILE, line: 3, code: 'disagreement-matters', message: 'The disagreement «Will the pier close?» says the facts differ, but not why that matters to a reader.' }),
		]);
		expect(disagreementMattersProblems(facts)[0]!.hint).toContain('matters="');
		const wording = check(block(`${sideA}\n\n${sideB}`, 'topic="The pier" question="Will the pier close?" differs="wording"')).disagreements;
		expect(disagreementMattersProblems(wording)).toEqual([]);
	});
});
