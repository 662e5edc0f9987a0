import { describe, expect, it } from 'vitest';
import { problemsAffecting, problemsByPage, type PageKey } from '../../packages/starlight-verbatim-citations/src/checks/affected-pages.ts';
import { corpusLayout } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import type { CitationLedger, CitationUse } from '../../packages/starlight-verbatim-citations/src/pages/page-citations.ts';
import type { SiteProblem } from '../../packages/starlight-verbatim-citations/src/checks/problems.ts';

const layout = corpusLayout('docs-data');
const problem = (file: string, code: string): SiteProblem => ({ file, line: 1, column: 1, code, message: `${code} in ${file}`, hint: 'fix it' });
const use = (sourceId: string) => ({ sourceId }) as CitationUse;
const ledger: CitationLedger = {
	pages: [
		{ file: 'src/content/docs/a.mdx', references: [], uses: [use('003'), use('000')] },
		{ file: 'src/content/docs/b.mdx', references: [], uses: [use('000')] },
	],
};
const files = [
	{ id: '000', file: '000_x.txt' },
	{ id: '003', file: '003_y.txt' },
];

describe('problemsByPage', () => {
	it('puts a page’s own problems on that page only', () => {
		const own = problem('src/content/docs/b.mdx', 'quote-not-found');
		const byPage = problemsByPage([own], ledger, files, layout);
		expect(problemsAffecting(byPage, { page: 'src/content/docs/b.mdx' })).toEqual([own]);
		expect(problemsAffecting(byPage, { page: 'src/content/docs/a.mdx' })).toEqual([]);
		expect(problemsAffecting(byPage, { source: '000' })).toEqual([]);
	});

	it('puts a problem with a report file on the pages that cite that report and on the report’s own pages', () => {
		const changed = problem('docs-data/sources/003_y.txt', 'source-changed');
		const byPage = problemsByPage([changed], ledger, files, layout);
		expect(problemsAffecting(byPage, { page: 'src/content/docs/a.mdx' })).toEqual([changed]);
		expect(problemsAffecting(byPage, { page: 'src/content/docs/b.mdx' })).toEqual([]);
		expect(problemsAffecting(byPage, { source: '003' })).toEqual([changed]);
		expect(problemsAffecting(byPage, { source: '000' })).toEqual([]);
		expect(problemsAffecting(byPage, { index: true })).toEqual([changed]);
	});

	it('puts a problem with an index file (sources.yaml, SHA256SUMS, players.yaml) or an unlisted report on every page', () => {
		const index = [problem('docs-data/sources.yaml', 'metadata-invalid'), problem('docs-data/sources/SHA256SUMS', 'checksum-missing'), problem('docs-data/players.yaml', 'players-invalid'), problem('docs-data/sources/stray.txt', 'source-unlisted')];
		const byPage = problemsByPage(index, ledger, files, layout);
		for (const where of [{ page: 'src/content/docs/a.mdx' }, { page: 'src/content/docs/unknown.mdx' }, { source: '000' }, { index: true }] as PageKey[]) {
			expect(problemsAffecting(byPage, where), JSON.stringify(where)).toEqual(index);
		}
	});
});
