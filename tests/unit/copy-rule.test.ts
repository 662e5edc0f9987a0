import { describe, expect, it } from 'vitest';
import { findSharedPassages } from '../../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { unsaidCopyProblems } from '../../packages/starlight-verbatim-citations/src/rules/editorial/copy-unsaid.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { checkPages } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import { syntheticCorpus } from './synthetic-corpus.ts';

const shared = 'The harbour board voted on Tuesday to close the old ferry pier for good.';
const corpus = syntheticCorpus({
	a: `${shared}\n\nThe mayor said nothing at all about it.\n`,
	b: `Reports say ${shared}\n`,
	c: 'The ferry pier stays open, a board member insisted on Friday.\n',
});
const passages = findSharedPassages(corpus);

function problemsOf(mdx: string) {
	const { ledger, problems } = checkPages(corpus, [parseMdxPage('src/content/docs/pier.mdx', mdx)]);
	expect(problems).toEqual([]);
	return unsaidCopyProblems(ledger, passages);
}

describe('copies said in words', () => {
	it('refuses two reports cited for one claim from a passage they share, unless the sentence says so', () => {
		const [problem, ...rest] = problemsOf('Intro.\n\nReports a and b say the pier will close<Cite source="a" quote="close the old ferry pier" /><Cite source="b" quote="close the old ferry pier" />.\n');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'src/content/docs/pier.mdx', line: 3, code: 'copy-unsaid' });
		expect(problem!.message).toContain('a and b');
		expect(problem!.message).toContain('Reports a and b say the pier will close.');
		expect(problem!.hint).toContain("reports a and b carry the same sentence word for word");
	});

	it('accepts the same group when the sentence says one repeats the other', () => {
		expect(problemsOf('Report a says the pier will close, and report b repeats its sentence word for word<Cite source="a" quote="close the old ferry pier" /><Cite source="b" quote="close the old ferry pier" />.\n')).toEqual([]);
	});

	it('accepts independent reports cited together, and a shared passage cited in separate sentences', () => {
		expect(problemsOf('The pier will close<Cite source="a" quote="close the old ferry pier" /><Cite source="c" quote="The ferry pier stays open" />.\n')).toEqual([]);
		expect(problemsOf('Report a says so<Cite source="a" quote="close the old ferry pier" />. Report b too<Cite source="b" quote="close the old ferry pier" />.\n')).toEqual([]);
	});

	it('names all the reports of a group that share one passage', () => {
		const three = syntheticCorpus({ a: `${shared}\n`, b: `Reports say ${shared}\n`, c: `Also: ${shared}\n` });
		const { ledger } = checkPages(three, [parseMdxPage('p.mdx', 'They say so<Cite source="a" quote="close the old ferry pier" /><Cite source="b" quote="close the old ferry pier" /><Cite source="c" quote="close the old ferry pier" />.\n')]);
		const [problem] = unsaidCopyProblems(ledger, findSharedPassages(three));
		expect(problem!.message).toContain('a, b and c');
		expect(problem!.message).toContain('not 3');
	});
});
