import { describe, expect, it } from 'vitest';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { linkProblems, pageLinkProblems, resolveLink } from '../../packages/starlight-verbatim-citations/src/pages/page-links.ts';

const known = new Set(['', 'players/trump/', 'sources/raw/003_x.txt']);
const problemsOf = (mdx: string, route = 'players/trump/', unverifiable?: (path: string) => boolean) => linkProblems(parseMdxPage('p.mdx', mdx).tree!, route, known, unverifiable);

describe('links at the edges', () => {
	it('refuses a link that climbs above the site root, with no page to suggest', () => {
		const [problem, ...rest] = problemsOf('See [x](../../../up/).\n');
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ code: 'link-broken', line: 1, message: 'The link ../../../up/ leads to /(above the site root), where there is no page.' });
		expect(problem!.hint).toBe("Link to an existing page, relative to this page's own URL (which ends in a slash).");
	});

	it('refuses a link to the front page\'s parent folder (no last segment to match a page by)', () => {
		expect(resolveLink('players/trump/', '../..')).toBe('');
		expect(resolveLink('a/', '..')).toBe('');
		expect(resolveLink('a/b/', './')).toBe('a/b/');
		expect(problemsOf('See [x](../../).\n')).toEqual([]);
	});

	it('names a root-relative link to no page, and one to a file kept without a slash', () => {
		expect(problemsOf('[x](/nowhere/#a)\n')[0]!.hint).toBe('Write it relative to this page; no page has the path /nowhere/.');
		expect(problemsOf('[x](/sources/raw/003_x.txt)\n')[0]!.hint).toBe('Write it relative to this page: (../../sources/raw/003_x.txt).');
	});

	it('checks link definitions too, and accepts paths this build cannot verify', () => {
		expect(problemsOf('[x][d]\n\n[d]: ../gone/\n').map((p) => [p.code, p.line])).toEqual([['link-broken', 3]]);
		expect(problemsOf('[x](../gone/)\n', 'players/trump/', (path) => path === 'players/gone/')).toEqual([]);
	});

	it('locates problems by file, and skips a page that does not parse', () => {
		const pages = [parseMdxPage('src/content/docs/players/trump.mdx', '[x](../gone/)\n'), parseMdxPage('src/content/docs/bad.mdx', '<Broken\n')];
		expect(pageLinkProblems(pages, 'src/content/docs', known).map((p) => [p.file, p.code])).toEqual([['src/content/docs/players/trump.mdx', 'link-broken']]);
	});
});
