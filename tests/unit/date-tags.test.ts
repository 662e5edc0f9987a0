import { beforeEach, describe, expect, it } from 'vitest';
import { describeCitationProblem } from '../../packages/starlight-verbatim-citations/src/pages/citation-messages.ts';
import { checkDateTags } from '../../packages/starlight-verbatim-citations/src/pages/date-tags.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { createCorpus } from '../../packages/starlight-verbatim-citations/src/engine/corpus.ts';
import { resolveCitation } from '../../packages/starlight-verbatim-citations/src/engine/resolve.ts';
import { workOutDate } from '../../packages/starlight-verbatim-citations/src/reading/report-dates.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

// 2017-07-26 was a Wednesday.
// Built before each test, not at import, so that `npm run test:mutation` credits each test with the
// engine code it exercises (Stryker records coverage per test only while a test runs).
let corpus: ReturnType<typeof createCorpus>;
beforeEach(() => {
	corpus = createCorpus([
		{ meta: sourceMetadataSchema.parse({ id: 'a', file: 'a.txt', title: 'T', summary: 'S', dateline: '2017-07-26' }), text: 'On Monday he spoke. On Wednesday he left.', sha256: '', byteLength: 0 },
	]);
});
const check = (mdx: string) => checkDateTags(corpus, [parseMdxPage('t.mdx', mdx)]);

describe('date tags on a page', () => {
	it('works out the date of the report\'s words and knows when the tag heads a timeline entry', () => {
		const { dates, problems } = check('- <ReportDate source="a" words="On Monday" />. He spoke.\n- **<ReportDate source="a" words="On Monday" />**. Bold.\n- Later, <ReportDate source="a" words="On Monday" />.\n');
		expect(problems).toEqual([]);
		expect(dates.map((d) => [d.line, d.headsListItem, d.date.kind === 'day' ? d.date.date : d.date.kind])).toEqual([
			[1, true, '2017-07-24'],
			[2, true, '2017-07-24'],
			[3, false, '2017-07-24'],
		]);
	});

	it('does not count a tag in a list item\'s second paragraph as heading the entry', () => {
		const { dates } = check('- First words.\n\n  <ReportDate source="a" words="On Monday" /> then.\n');
		expect(dates.map((d) => d.headsListItem)).toEqual([false]);
	});

	it('refuses a tag without plain source and words, naming neither report when there is none', () => {
		const { problems } = check('<ReportDate words={x} {...rest} />\n\nAnd <ReportDate source="a" />.\n');
		expect(problems.map((p) => [p.code, p.line, p.sourceId])).toEqual([
			['tag-invalid', 1, undefined],
			['tag-invalid', 3, 'a'],
		]);
		expect(problems[0]!.message).toBe('<ReportDate> needs source="…" and words="…" as plain strings.');
	});

	it('refuses words that are not in the report, with the catalogue\'s message', () => {
		const { problems } = check('<ReportDate source="a" words="On Tuesday" />\n');
		const resolution = resolveCitation(corpus, 'a', 'On Tuesday');
		if (resolution.ok) throw new Error('should not resolve');
		expect(problems).toEqual([expect.objectContaining({ code: 'quote-not-found', message: `<ReportDate source="a" words="On Tuesday">\n${describeCitationProblem(resolution.problem).message}`, hint: describeCitationProblem(resolution.problem).hint })]);
	});

	it('refuses a weekday equal to the dateline\'s, which could mean that day or a week before', () => {
		expect(check('<ReportDate source="a" words="On Wednesday" />\n').problems.map((p) => p.code)).toEqual(['date-weekday-ambiguous']);
	});

	it('skips a page that does not parse (its syntax error is reported once, elsewhere)', () => {
		expect(check('<ReportDate source="a" words="On Monday"\n')).toEqual({ dates: [], problems: [] });
	});

	it('counts a bold date as heading its entry only when the bold holds the tag first and opens the item', () => {
		const { dates } = check(
			[
				'- **Late: <ReportDate source="a" words="On Monday" />**. Bold, not first in the bold.',
				'- Before **<ReportDate source="a" words="On Monday" />**. Bold, not first in the item.',
				'- *<ReportDate source="a" words="On Monday" />*. In italics, not bold.',
				'- **<ReportDate source="a" words="On Monday" />**. Bold and first.',
				'',
			].join('\n'),
		);
		expect(dates.map((d) => [d.line, d.headsListItem])).toEqual([
			[1, false],
			[2, false],
			[3, false],
			[4, true],
		]);
	});

	it('words the refusal of an ambiguous weekday and of an undated event that needs a date', () => {
		const [ambiguous] = check('<ReportDate source="a" words="On Wednesday" />\n').problems;
		const result = workOutDate('a', 'On Wednesday', '2017-07-26');
		if (result.ok) throw new Error('should be refused');
		expect(ambiguous).toEqual({
			file: 't.mdx',
			line: 1,
			column: 1,
			code: 'date-weekday-ambiguous',
			sourceId: 'a',
			message: `<ReportDate source="a" words="On Wednesday">\n${result.refusal.reason}`,
			hint: 'Quote words that fix the day (a date the report states), or describe the time in words without a date.',
		});
		const undated = createCorpus([{ meta: sourceMetadataSchema.parse({ id: 'b', file: 'b.txt', title: 'T', summary: 'S' }), text: 'On Monday he spoke.', sha256: '', byteLength: 0 }]);
		const { problems, dates } = checkDateTags(undated, [parseMdxPage('t.mdx', 'Then <ReportDate source="b" words="On Monday" required />, and <ReportDate source="b" words="On Monday" />.\n')]);
		expect(problems).toEqual([
			{
				file: 't.mdx',
				line: 1,
				column: 6,
				code: 'date-undated',
				sourceId: 'b',
				message: '<ReportDate source="b" words="On Monday" required> needs a date, but: Undated (cannot be dated: report b says “On Monday”, and it carries no dateline).',
				hint: 'Drop `required` and list the event with those the reports do not date.',
			},
		]);
		expect(dates.map((d) => d.date.kind)).toEqual(['undated']);
	});
});

