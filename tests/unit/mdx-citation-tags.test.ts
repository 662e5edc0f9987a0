import { describe, expect, it } from 'vitest';
import { scanCitationTags } from '../../packages/starlight-verbatim-citations/src/pages/mdx-citation-tags.ts';
import { blankFrontmatter, parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';

function scan(mdx: string) {
	const page = parseMdxPage('page.mdx', mdx);
	if (!page.tree) throw new Error(page.problems[0]!.message);
	return scanCitationTags(page.tree);
}

describe('reading citation tags from a page', () => {
	it.each([
		['a double-quoted string', 'quote="the words"'],
		['a single-quoted string', "quote='the words'"],
		['a string expression', 'quote={"the words"}'],
		['a template literal without substitutions', 'quote={`the words`}'],
	])('takes the quote written as %s', (_, attribute) => {
		const { tags, problems } = scan(`Claim<Cite source="001" ${attribute} />.\n`);
		expect(problems).toEqual([]);
		expect(tags).toMatchObject([{ component: 'Cite', sourceId: '001', quote: 'the words', line: 1, column: 6 }]);
	});

	it.each([
		['a variable', 'quote={words}'],
		['a template literal with a substitution', 'quote={`the ${words}`}'],
		['a number', 'quote={42}'],
		['a sum of strings', 'quote={"the " + "words"}'],
		['no value at all', 'quote'],
		['an expression that is not a statement', 'quote={/* nothing */ words}'],
	])('refuses a quote written as %s, since it cannot be checked before the build', (_, attribute) => {
		const { tags, problems } = scan(`Claim<Cite source="001" ${attribute} />.\n`);
		expect(tags).toEqual([]);
		expect(problems).toMatchObject([{ line: 1, column: 6, code: 'tag-invalid' }]);
	});

	it('reads the claim as a reader sees it: a <Quote> becomes its words in quotation marks, a <Cite> nothing', () => {
		const { tags } = scan('He said <Quote source="001" quote="no deal" /> on Monday<Cite source="002" quote="on Monday" />.\n');
		expect(tags.map((t) => t.component)).toEqual(['Quote', 'Cite']);
		expect(tags[1]!.claim).toBe('He said “no deal” on Monday.');
	});

	it('reads the claim of a tag in a heading from the heading alone', () => {
		const { tags } = scan('## Closed<Cite source="001" quote="the words" />\n\nNext paragraph.\n');
		expect(tags.map((t) => t.claim)).toEqual(['Closed']);
	});

	it('ignores tags written inside code, and components that do not cite', () => {
		expect(scan('Write `<Cite source="001" quote="x" />` like so.\n\n<Aside>Hi</Aside>\n').tags).toEqual([]);
	});

	it('keeps line numbers after frontmatter, which it blanks rather than removes', () => {
		const mdx = '---\ntitle: A page\n---\n\nClaim<Cite source="001" quote="the words" />.\n';
		expect(blankFrontmatter(mdx).split('\n')).toHaveLength(mdx.split('\n').length);
		expect(blankFrontmatter('No frontmatter.')).toBe('No frontmatter.');
		expect(scan(mdx).tags[0]!.line).toBe(5);
	});
});

describe('a citation tag written wrongly (tag-invalid)', () => {
	const messagesOf = (mdx: string) => {
		const { tags, problems } = scan(mdx);
		expect(tags).toEqual([]);
		for (const problem of problems) {
			expect(problem.code).toBe('tag-invalid');
			expect(problem.hint).toMatch(/^Write it as <(Cite|Quote) source="003" quote="words copied from the report" \/>\.$/);
		}
		return problems.map((p) => p.message);
	};

	it('refuses a spread attribute', () => {
		expect(messagesOf('A<Cite {...props} source="1" quote="w" />.\n')).toEqual(['<Cite> cannot take spread attributes ({...}); write source="…" and quote="…".']);
	});

	it('refuses a computed quote, without also calling it missing', () => {
		expect(messagesOf('A<Cite source="1" quote={words} />.\n')).toEqual(['<Cite> attribute quote must be a plain string, not an expression.']);
		expect(messagesOf('A<Cite source="1" quote={`a ${b}`} />.\n')).toEqual(['<Cite> attribute quote must be a plain string, not an expression.']);
		expect(messagesOf('A<Cite source="1" quote={42} />.\n')).toEqual(['<Cite> attribute quote must be a plain string, not an expression.']);
	});

	it('names each missing attribute and each unknown one', () => {
		expect(messagesOf('A<Quote page="2" />.\n')).toEqual([
			'<Quote> is missing its source="…" attribute.',
			'<Quote> is missing its quote="…" attribute.',
			'<Quote> has an unknown attribute page; it takes source and quote.',
		]);
	});

	it('refuses children, since the words come from the quote attribute', () => {
		expect(messagesOf('A<Cite source="1" quote="w">words</Cite>.\n')).toEqual([
			'<Cite> must be self-closing: the quoted words come from the quote attribute, not from children.',
		]);
	});
});

describe('a page that is not valid MDX (mdx-syntax)', () => {
	it('comes back as one problem at the line of the error, not as a crash', () => {
		const page = parseMdxPage('page.mdx', 'Fine.\n\nBroken <Cite source="1" quote="w" \n');
		expect(page.tree).toBeUndefined();
		expect(page.problems).toMatchObject([{ code: 'mdx-syntax', hint: 'Fix the MDX syntax; citations on this page cannot be checked until it parses.' }]);
		expect(page.problems[0]!.line).toBeGreaterThanOrEqual(3);
		expect(page.problems[0]!.message).toMatch(/^MDX syntax error: \S/);
	});
});
