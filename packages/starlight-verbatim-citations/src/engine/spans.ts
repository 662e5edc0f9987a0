/**
 * The span of a sorted, non-overlapping list that contains offset `at` (binary search), or
 * undefined when `at` falls between spans. Paragraphs and sentences are both such lists.
 */
export function spanAt<T extends { start: number; end: number }>(spans: readonly T[], at: number): T | undefined {
	let low = 0;
	let high = spans.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const span = spans[mid]!;
		if (at < span.start) high = mid - 1;
		else if (at >= span.end) low = mid + 1;
		else return span;
	}
	return undefined;
}
