import { beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { checkDateTags } from '../../packages/starlight-verbatim-citations/src/pages/date-tags.ts';
import { typedDateProblems, typedDates } from '../../packages/starlight-verbatim-citations/src/rules/editorial/date-typed.ts';
import { timelineOrderProblems } from '../../packages/starlight-verbatim-citations/src/rules/editorial/timeline-order.ts';
import { formatWorkedDate } from '../../packages/starlight-verbatim-citations/src/reading/report-dates.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';
import { projectRoot } from '../helpers/project.ts';

// Built before each test, not at import, so that `npm run test:mutation` credits each test with the
// engine code it exercises (Stryker records coverage per test only while a test runs).
let corpus: ReturnType<typeof loadCorpus>['corpus'];
beforeEach(() => {
	corpus = loadCorpus(projectRoot).corpus;
});
const page = (...lines: string[]) => parseMdxPage('src/content/docs/guard.mdx', ['---', 'title: Guard', '---', '', ...lines, ''].join('\n'));

describe('dates typed into prose', () => {
	it('finds calendar dates, months with a year and four-digit years, each once', () => {
		expect(typedDates('On 2017-07-26, in June 2017, on July 26, 2017 and in 2016; not 12345 or March.').map((d) => d.text)).toEqual([
			'2017-07-26',
			'June 2017',
			'July 26, 2017',
			'2016',
		]);
	});
	it('refuses a typed date with file, line and a fix (headings included)', () => {
		const problems = typedDateProblems([page('## June 2017', '', 'By 2017 the relationship soured<Cite source="004" quote="on the rocks" />.')], 'src/content/docs', []);
		expect(problems.map((p) => [p.line, p.code, p.message])).toEqual([
			[5, 'date-typed', 'The date «June 2017» is typed into the prose: «June 2017»'],
			[7, 'date-typed', 'The date «2017» is typed into the prose: «By 2017 the relationship soured.»'],
		]);
		expect(problems[0]!.hint).toContain('<ReportDate');
	});
	it('accepts a date that the quote of the same sentence’s citation contains, and <ReportDate>', () => {
		const problems = typedDateProblems(
			[page('Clinton was his opponent in 2016<Cite source="000" quote="the 2016 presidential election" />. Dated <ReportDate source="000" words="date 2017-07-26" />.')],
			'src/content/docs',
			[],
		);
		expect(problems).toEqual([]);
	});
	it('refuses a date supported only by another sentence’s citation', () => {
		const problems = typedDateProblems([page('It was 2016. Clinton ran<Cite source="000" quote="the 2016 presidential election" />.')], 'src/content/docs', []);
		expect(problems.map((p) => p.message)).toEqual(['The date «2016» is typed into the prose: «It was 2016.»']);
	});
	it('lists the dates of a sentence in the order they are written, and quotes a long sentence cut at 139 characters', () => {
		expect(typedDates('In 2016, then 2017-07-26, then July 2017.').map((d) => [d.text, d.at])).toEqual([
			['2016', 3],
			['2017-07-26', 14],
			['July 2017', 31],
		]);
		const long = `In 2016 ${'the relationship went on '.repeat(8)}to sour.`;
		const [problem] = typedDateProblems([page(long)], 'src/content/docs', []);
		expect(problem).toEqual({
			file: 'src/content/docs/guard.mdx',
			line: 5,
			column: 1,
			code: 'date-typed',
			message: `The date «2016» is typed into the prose: «${long.slice(0, 139)}…»`,
			hint: `Let the engine work it out from the report's words, e.g. <ReportDate source="000" words="On Monday" />, or quote the report's words that give it in this sentence's citation.`,
		});
		const exactly = `In 2016 ${'x'.repeat(131)}.`;
		expect(exactly.length).toBe(140);
		expect(typedDateProblems([page(exactly)], 'src/content/docs', [])[0]!.message).toBe(`The date «2016» is typed into the prose: «${exactly}»`);
	});
	it('accepts a date the <Quote> of the sentence quotes, and checks no page in an editorial folder', () => {
		expect(typedDateProblems([page('He spoke of <Quote source="000" quote="the 2016 presidential election" />.')], 'src/content/docs', [])).toEqual([]);
		const editorial = parseMdxPage('src/content/docs/about/method.mdx', 'Written in 2026.\n');
		expect(typedDateProblems([editorial], 'src/content/docs', ['about'])).toEqual([]);
		expect(typedDateProblems([editorial], 'src/content/docs', []).map((p) => p.file)).toEqual(['src/content/docs/about/method.mdx']);
	});
});

describe('what counts as a typed year', () => {
	const years = (prose: string) => typedDates(prose).map((d) => d.text);
	it('does not read a number between 1800 and 2099 as a year when nothing in its words says it is one', () => {
		expect(years('Meet in Room 1912.')).toEqual([]);
		expect(years('The hall seats 1912 people.')).toEqual([]);
		expect(years('See page 2017 of the file.')).toEqual([]);
		expect(years('Set the port to 2048, or 1999 for the old server.')).toEqual([]);
		expect(years('Version 2010 added 1850 lines.')).toEqual([]);
	});
	it('reads a year after a word of time, and in a month or calendar date', () => {
		expect(years('It happened in 2017.')).toEqual(['2017']);
		expect(years('He has served since 2016.')).toEqual(['2016']);
		expect(years('Until 1999, and after 2001, nothing changed; during 2005 it did.')).toEqual(['1999', '2001', '2005']);
		expect(years('It was June 2017.')).toEqual(['June 2017']);
		expect(years('Dated 2017-07-26.')).toEqual(['2017-07-26']);
		expect(years('On July 26, 2017 he tweeted.')).toEqual(['July 26, 2017']);
		expect(years('On 26 July 2017 he tweeted.')).toEqual(['26 July 2017']);
		expect(years('In the summer of 2017, and in early 2018.')).toEqual(['2017', '2018']);
		expect(years('The year 1912 was long.')).toEqual(['1912']);
	});
	it('reads a year before a noun of a dated event, such as an election or a campaign', () => {
		expect(years('He ran in the 2016 election.')).toEqual(['2016']);
		expect(years('The 2016 campaign and the 2018 midterms were close.')).toEqual(['2016', '2018']);
		// A count before an ordinary noun is not a year.
		expect(years('The 2016 voters who wrote in were counted.')).toEqual([]);
	});
	it('reads the second year of a range when the first is a year', () => {
		expect(years('From 2016 to 2018, and in 2019–2020.')).toEqual(['2016', '2018', '2019', '2020']);
	});
});

describe('<ReportDate> tags', () => {
	it('work out the date from verbatim words', () => {
		const { dates, problems } = checkDateTags(corpus, [page('- <ReportDate source="003" words="Trump on Monday" />. Something<Cite source="003" quote="Trump on Monday" />.')]);
		expect(problems).toEqual([]);
		expect(dates).toMatchObject([{ line: 5, headsListItem: true, date: { kind: 'day', date: '2017-06-05' } }]);
	});
	it('refuse words that are not in the report, with the closest passage', () => {
		const { problems } = checkDateTags(corpus, [page('Dated <ReportDate source="003" words="Trump on Mondy" />.')]);
		expect(problems.map((p) => [p.line, p.code])).toEqual([[5, 'quote-not-found']]);
		expect(problems[0]!.message).toContain('<ReportDate source="003" words="Trump on Mondy">');
	});
	it('refuse the dateline’s own weekday, and an undated event where a date is required', () => {
		const { problems } = checkDateTags(corpus, [
			page('A <ReportDate source="004" words="On Monday morning" required />.'),
		]);
		expect(problems.map((p) => p.code)).toEqual(['date-undated']);
		expect(problems[0]!.message).toContain('report 004 says “On Monday morning”, and it carries no dateline');
	});
});

describe('the timeline’s order', () => {
	const order = (...items: string[]) => timelineOrderProblems(checkDateTags(corpus, [page(...items.map((words) => `- <ReportDate ${words} />. Event.`))]).dates);
	it('accepts entries in worked-out order with the undatable ones after', () => {
		expect(order('source="003" words="Trump on Monday"', 'source="000" words="On Monday"', 'source="004" words="On Monday morning"')).toEqual([]);
	});
	it('refuses an entry dated before the one above it', () => {
		const problems = order('source="000" words="On Monday"', 'source="003" words="Trump on Monday"');
		expect(problems.map((p) => [p.line, p.code])).toEqual([[6, 'timeline-order']]);
		expect(problems[0]!.message).toContain('comes after a later one (line 5: 2017-07-24');
	});
	it('refuses a dated entry after an undatable one', () => {
		const problems = order('source="004" words="On Monday morning"', 'source="000" words="On Monday"');
		expect(problems[0]!.hint).toBe('List the events that cannot be dated apart, after every dated one.');
	});
	it('words each refusal with both entries, their lines and dates, at the entry out of place', () => {
		const dateOf = (words: string) => checkDateTags(corpus, [page(`- <ReportDate ${words} />. Event.`)]).dates[0]!.date;
		expect(order('source="000" words="On Monday"', 'source="003" words="Trump on Monday"')).toEqual([
			{
				file: 'src/content/docs/guard.mdx',
				line: 6,
				column: 3,
				code: 'timeline-order',
				message: `This entry, ${formatWorkedDate(dateOf('source="003" words="Trump on Monday"'))}, comes after a later one (line 5: ${formatWorkedDate(dateOf('source="000" words="On Monday"'))}).`,
				hint: 'Move it up: timeline entries are ordered by their worked-out dates.',
			},
		]);
		const [after] = order('source="004" words="On Monday morning"', 'source="000" words="On Monday"');
		expect(after).toMatchObject({
			line: 6,
			message: `This entry, ${formatWorkedDate(dateOf('source="000" words="On Monday"'))}, comes after an entry the engine cannot place (line 5: ${formatWorkedDate(dateOf('source="004" words="On Monday morning"'))}).`,
		});
	});
	it('checks each page on its own, and only dates that head their entries', () => {
		const first = checkDateTags(corpus, [page('- <ReportDate source="000" words="On Monday" />. Event.')]).dates;
		const second = checkDateTags(corpus, [parseMdxPage('src/content/docs/other.mdx', '- <ReportDate source="003" words="Trump on Monday" />. Event.\n')]).dates;
		expect(timelineOrderProblems([...first, ...second])).toEqual([]);
		const inProse = checkDateTags(corpus, [page('- <ReportDate source="000" words="On Monday" />. Event.', '', 'Later, <ReportDate source="003" words="Trump on Monday" />.')]).dates;
		expect(timelineOrderProblems(inProse)).toEqual([]);
	});
});
