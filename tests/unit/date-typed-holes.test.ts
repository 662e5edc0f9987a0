import { describe, expect, it } from 'vitest';
import { typedDateProblems, typedDates } from '../../packages/starlight-verbatim-citations/src/rules/editorial/date-typed.ts';
import { parseMdxPage } from '../../packages/starlight-verbatim-citations/src/pages/mdx-page.ts';

const dates = (prose: string) => typedDates(prose).map((d) => d.text);
const page = (body: string, frontmatter = 'title: Guard') => parseMdxPage('src/content/docs/guard.mdx', `---\n${frontmatter}\n---\n\n${body}\n`);
const messages = (body: string, frontmatter?: string) => typedDateProblems([page(body, frontmatter)], 'src/content/docs', []).map((p) => [p.line, p.message.split('\n')[0]]);

describe('typed dates: a day and a month, without a year', () => {
	it('reads day-month and month-day dates, with or without an ordinal', () => {
		expect(dates('On 24 July he spoke; announced on March 2; by June 5th; on the 5th of June; on Sept. 5.')).toEqual(['24 July', 'March 2', 'June 5th', '5th of June', 'Sept. 5']);
	});
	it('reads numeric dates', () => {
		expect(dates('Filed 06/05/2017, again 6/5/17, then 05.06.2017 and 2017/06/05.')).toEqual(['06/05/2017', '6/5/17', '05.06.2017', '2017/06/05']);
	});
	it('reads dates written with other digits or with invisible characters inside, quoting them as written', () => {
		expect(dates('On ２４ July and in ２０１７ and on 2017\u00AD-07-26 and 24\u00AD July and Ju\u200Bly 24.')).toEqual(['２４ July', '２０１７', '2017\u00AD-07-26', '24\u00AD July', 'Ju\u200Bly 24']);
		expect(dates('On \u{1D7D0}\u{1D7D2} July.')).toEqual(['\u{1D7D0}\u{1D7D2} July']);
	});
	it('does not read a weekday, a month alone, a room or a count as a date', () => {
		expect(dates('On Monday, in March, the 2 reports met in Room 1912 with 24 people; may 5 go.')).toEqual([]);
		expect(dates('Version 1.2.10 and the score 3/4.')).toEqual([]);
	});
});

describe('the date rule on pages', () => {
	it('refuses the examples found this week', () => {
		expect(messages('On 24 July, according to report 000, Trump spoke<Cite source="000" quote="Trump spoke" />.')).toEqual([[5, 'The date «24 July» is typed into the prose: «On 24 July, according to report 000, Trump spoke.»']]);
		expect(messages('Sessions announced on March 2 that he would recuse himself<Cite source="003" quote="recuse himself" />.')).toEqual([
			[5, 'The date «March 2» is typed into the prose: «Sessions announced on March 2 that he would recuse himself.»'],
		]);
	});
	it('accepts a day and month the sentence quotes', () => {
		expect(messages('He spoke <Quote source="000" quote="on March 2" />.')).toEqual([]);
	});
	it('refuses a date in the frontmatter title or description, at its line', () => {
		expect(messages('Text.', 'title: The feud in July 2017\nsidebar:\n  order: 1\ndescription: "What was said on 24 July"')).toEqual([
			[2, 'The date «July 2017» is typed into the frontmatter title: «The feud in July 2017»'],
			[5, 'The date «24 July» is typed into the frontmatter description: «What was said on 24 July»'],
		]);
		expect(messages('Text.', 'title: Room 1912\ndescription: Two reports on Monday')).toEqual([]);
	});
});

describe('typed dates: a report named by its label', () => {
	it('does not read the day and month of a report label as a typed date (the label rule checks it against the dateline)', () => {
		expect(dates('The 26 July report (000) says so, and the 7 June and 26 July reports (003 and 000) agree.')).toEqual([]);
	});
	it('still reads the same words without the bracketed id, or with a year, as a typed date', () => {
		expect(dates('The 26 July report says so; a report of 7 June 2017 (003) too.')).toEqual(['26 July', '7 June 2017']);
	});
});
