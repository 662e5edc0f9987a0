import { formatWorkedDate, sortKey } from '../../reading/report-dates.ts';
import type { DateUse } from '../../pages/date-tags.ts';
import type { SiteProblem } from '../../engine/site-problem.ts';
import { editorialRule } from '../core/rule.ts';

/**
 * A timeline is ordered by the dates the engine works out: on every page, list items headed by a
 * <ReportDate> must come in date order, and every item whose date cannot be placed (no dateline,
 * a month without a year, no time at all) must come after all the placed ones, listed apart.
 */
export function timelineOrderProblems(dates: readonly DateUse[]): SiteProblem[] {
	const problems: SiteProblem[] = [];
	const byFile = new Map<string, DateUse[]>();
	for (const use of dates.filter((d) => d.headsListItem)) {
		const list = byFile.get(use.file);
		if (list) list.push(use);
		else byFile.set(use.file, [use]);
	}
	for (const uses of byFile.values()) {
		let previous: DateUse | undefined;
		let firstUnplaced: DateUse | undefined;
		for (const use of uses) {
			const key = sortKey(use.date);
			if (key === undefined) {
				firstUnplaced ??= use;
				continue;
			}
			const at = (message: string, hint: string) => problems.push({ file: use.file, line: use.line, column: use.column, code: 'timeline-order', message, hint });
			if (firstUnplaced) {
				at(`This entry, ${formatWorkedDate(use.date)}, comes after an entry the engine cannot place (line ${firstUnplaced.line}: ${formatWorkedDate(firstUnplaced.date)}).`, 'List the events that cannot be dated apart, after every dated one.');
			} else if (previous && key < sortKey(previous.date)!) {
				at(`This entry, ${formatWorkedDate(use.date)}, comes after a later one (line ${previous.line}: ${formatWorkedDate(previous.date)}).`, 'Move it up: timeline entries are ordered by their worked-out dates.');
			}
			previous = use;
		}
	}
	return problems;
}

/** Editorial: only a page written as a timeline of <ReportDate> list items is ordered. */
export const timelineOrderRule = editorialRule(
	'timeline-order', ['timeline-order'],
	'List items headed by <ReportDate> come in worked-out date order, undatable ones after all dated ones.',
	{ message: 'This entry, 2017-06-05, comes after a later one (line 12: 2017-07-25).', fix: 'Move it up: timeline entries are ordered by their worked-out dates.' },
	({ dates }) => timelineOrderProblems(dates),
);
