import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../src/verbatim-citations/checks/mdx-page.ts';
import { linkProblems, pageRoute, relativeLink, resolveLink } from '../../src/verbatim-citations/checks/page-links.ts';

const known = new Set(['', 'players/trump/', 'disputes/recusal/', 'sources/', 'sources/003/', 'sources/raw/003_x.txt', 'citations.json']);
const problemsOf = (mdx: string, route = 'players/trump/') => linkProblems(parseMdxPage('p.mdx', mdx).tree!, route, known);

describe('page routes and relative links', () => {
	it('maps MDX files to the paths Starlight gives them', () => {
		expect(pageRoute('src/content/docs/index.mdx', 'src/content/docs')).toBe('');
		expect(pageRoute('src/content/docs/players/trump.mdx', 'src/content/docs')).toBe('players/trump/');
		expect(pageRoute('src/content/docs/about/index.mdx', 'src/content/docs')).toBe('about/');
	});

	it('resolves and writes relative links', () => {
		expect(resolveLink('players/trump/', '../../disputes/recusal/')).toBe('disputes/recusal/');
		expect(resolveLink('players/trump/', '../../../x/')).toBeUndefined();
		expect(relativeLink('players/trump/', '/disputes/recusal/#x')).toBe('../../disputes/recusal/#x');
		expect(relativeLink('', '/sources/003/')).toBe('./sources/003/');
	});
});

describe('links in MDX', () => {
	it('refuses a root-relative link and gives the relative one to use, with the line', () => {
		const [problem, ...rest] = problemsOf('Intro.\n\nSee [the recusal](/disputes/recusal/).\n');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ line: 3, code: 'link-root-relative' });
		expect(problem!.hint).toContain('(../../disputes/recusal/)');
	});

	it('refuses a relative link to a page that does not exist, suggesting the one meant', () => {
		const [problem] = problemsOf('See [the recusal](../disputes/recusal/).\n');
		expect(problem).toMatchObject({ line: 1, code: 'link-broken' });
		expect(problem!.hint).toContain('(../../disputes/recusal/)');
	});

	it('accepts relative links to pages, report pages, raw reports and the ledger; fragments; other sites', () => {
		expect(problemsOf('[a](../../disputes/recusal/) [b](../../sources/003/#quote-1-2) [c](../../sources/raw/003_x.txt) [d](../../citations.json) [e](#top) [f](https://example.org/) [g](mailto:x@example.org)\n')).toEqual([]);
	});
});
