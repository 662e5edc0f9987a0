import { beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { jsxString } from '../../packages/starlight-verbatim-citations/src/engine/jsx-string.ts';
import { citationTag, findQuote, formatHits } from '../../packages/starlight-verbatim-citations/src/authoring/quote-finder.ts';
import { resolveCitation } from '../../packages/starlight-verbatim-citations/src/engine/resolve.ts';
import { scanCitationTags as scanTree } from '../../packages/starlight-verbatim-citations/src/pages/mdx-citation-tags.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';

const scanCitationTags = (mdx: string) => scanTree(parseMdxPage('page.mdx', mdx).tree!);

// Built before each test, not at import, so that `npm run test:mutation` credits each test with the
// engine code it exercises (Stryker records coverage per test only while a test runs).
let corpus: ReturnType<typeof loadCorpus>['corpus'];
beforeEach(() => {
	corpus = loadCorpus(process.cwd()).corpus;
});

describe('findQuote', () => {
	it('finds exact matches in every report, with paragraph, context and a tag that passes the build', () => {
		const hits = findQuote(corpus, 'weak position');
		expect(hits.map((h) => [h.kind, h.sourceId, h.paragraph])).toEqual([
			['exact', '000', 3],
			['exact', '001', 4],
		]);
		expect(hits[0]!.before).toBe('that Sessions had "taken a VERY');
		expect(hits[0]!.tag).toBe('<Cite source="000" quote="weak position" />');
	});

	it('falls back to ignoring case and quote style, printing the report’s own characters', () => {
		const hits = findQuote(corpus, 'SESSIONS’ DECISION TO RECUSE');
		expect(hits.every((h) => h.kind === 'loose')).toBe(true);
		expect(hits.map((h) => h.text)).toContain("Sessions' decision to recuse");
		for (const hit of hits) expect(resolveCitation(corpus, hit.sourceId, hit.text).ok || hit.note).toBeTruthy();
	});

	it('falls back to close matches widened to whole words', () => {
		const [hit] = findQuote(corpus, 'resolve to stay is strnog');
		expect(hit).toMatchObject({ kind: 'close', sourceId: '000', text: 'resolve to stay is strong' });
	});

	it('extends words that occur more than once until the tag is unique', () => {
		const hits = findQuote(corpus, 'Trump adviser said');
		const in004 = hits.filter((h) => h.sourceId === '004');
		expect(in004.length).toBeGreaterThan(1);
		// Each hit's tag passes the build and lands on that hit, not on the first occurrence.
		for (const hit of in004) {
			expect(hit.note).toMatch(/occur \d+ times in report 004; the tag quotes enough to land here alone/);
			const resolved = resolveCitation(corpus, '004', scanCitationTags(hit.tag!).tags[0]!.quote);
			expect(resolved.ok && resolved.citation.start <= hit.start && resolved.citation.end >= hit.end, hit.tag).toBe(true);
		}
	});

	it('says clearly when nothing matches', () => {
		expect(findQuote(corpus, 'xyzzy plugh')).toEqual([]);
		expect(formatHits('xyzzy plugh', [])).toMatch(/^No report contains anything close to «xyzzy plugh»/);
	});
});

describe('jsxString', () => {
	it('writes attributes MDX reads back exactly, whatever quotes the words contain', () => {
		for (const words of ['plain', 'taken a "VERY" weak', "Sessions' decision", `both ' and " and \`tick\` and \${x}`]) {
			const [tag] = scanCitationTags(citationTag('000', words)).tags;
			expect(tag?.quote).toBe(words);
		}
		expect(jsxString('a "b"')).toBe(`'a "b"'`);
	});

	it('writes a template literal for character references and control characters, which MDX would decode or drop in "…"', () => {
		const hostile = ['AT&amp;T', 'it&#39;s', '&lt;b&gt;bold&lt;/b&gt;', 'x &copy y', 'esc \u001b[1m bold', 'nul\u0000byte', 'bell\u0007 and del\u007f', 'next\u0085line', "both ' and \" &amp;"];
		for (const words of hostile) {
			const tag = citationTag('000', words);
			expect(tag, words).toMatch(/quote=\{`/);
			expect(scanCitationTags(tag).tags[0]?.quote, JSON.stringify(words)).toBe(words);
		}
		// Printable, too: no raw control character reaches the terminal or the page.
		expect(citationTag('000', 'esc \u001b[1m')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
	});
});
