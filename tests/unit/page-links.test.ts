import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { closestPath, linkProblems, pageRoute, relativeLink, resolveLink } from '../../packages/starlight-verbatim-citations/src/pages/page-links.ts';

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

describe('relative links between pages sharing folders', () => {
	it('climbs only above the folders the two paths do not share', () => {
		expect(relativeLink('players/trump/', '/players/sessions/')).toBe('../sessions/');
		expect(relativeLink('players/trump/', '/players/trump/')).toBe('./');
		expect(relativeLink('players/trump/', '/players/')).toBe('../');
		expect(relativeLink('a/b/c/', '/a/b/d/e/')).toBe('../d/e/');
		expect(relativeLink('a/b/', '/a/x/b/')).toBe('../x/b/');
		expect(relativeLink('sources/003/', '/sources/raw/003_x.txt')).toBe('../raw/003_x.txt');
		expect(relativeLink('', '/citations.json')).toBe('./citations.json');
	});
	it('keeps a fragment and a query, each split off before the path is compared', () => {
		expect(relativeLink('players/trump/', '/players/sessions/?q=1#top')).toBe('../sessions/?q=1#top');
		expect(relativeLink('players/trump/', 'players/sessions/#top')).toBe('../sessions/#top');
	});
	it('suggests no page for a target with no last segment, and the page whose last segment matches', () => {
		expect(closestPath('', known)).toBeUndefined();
		expect(closestPath('x/recusal/', known)).toBe('disputes/recusal/');
		expect(closestPath('nothing/like/it/', known)).toBeUndefined();
		expect(closestPath('raw/003_x.txt', known)).toBe('sources/raw/003_x.txt');
	});
});

describe('the wording of link problems', () => {
	it('gives the root-relative link whole, and the relative one with a slash added to a page path', () => {
		expect(problemsOf('See [it](/disputes/recusal#why).\n')).toEqual([
			{
				line: 1,
				column: 5,
				code: 'link-root-relative',
				message: 'The link /disputes/recusal#why starts at the site root, so it breaks when the site is served under a sub-path (such as /explainer/).',
				hint: 'Write it relative to this page: (../../disputes/recusal/#why).',
			},
		]);
		expect(problemsOf('The [ledger](/citations.json).\n')[0]!.hint).toBe('Write it relative to this page: (../../citations.json).');
		expect(problemsOf('The [raw](/sources/raw/003_x.txt?download).\n')[0]!.hint).toBe('Write it relative to this page: (../../sources/raw/003_x.txt?download).');
		expect(problemsOf('The [front](/).\n')[0]!.hint).toBe('Write it relative to this page: (../../).');
		expect(problemsOf('See [it](/disputes/recusal).\n')[0]!.hint).toBe('Write it relative to this page: (../../disputes/recusal/).');
	});
	it('names where a broken link leads, and the page meant', () => {
		expect(problemsOf('See [it](../recusal/).\n')).toEqual([
			{
				line: 1,
				column: 5,
				code: 'link-broken',
				message: 'The link ../recusal/ leads to /players/recusal/, where there is no page.',
				hint: "Did you mean (../../disputes/recusal/)? Links are relative to the page's own URL, which ends in a slash.",
			},
		]);
	});
});
