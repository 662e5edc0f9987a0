/** Groups per list, per way of grouping: made on the first lookup, dropped with the list. */
const cache = new WeakMap<object, WeakMap<object, ReadonlyMap<string, readonly unknown[]>>>();

/**
 * The items of a list grouped by key (an item may have several keys, e.g. the two reports of a
 * shared passage), in list order, built on the first call and reused for the same list after.
 *
 * Why: pages, the ledger and the checks look up "the passages (frames, pairs) of report X" once per
 * citation or per report page; scanning the whole list each time costs citations × list length,
 * which grows with the square of the corpus. Grouped once, a lookup costs only the items of that
 * report. The build's lists are made once and never changed afterwards, which is what makes
 * reusing the groups safe; `keysOf` must be a function defined once (module level), since it is
 * part of the cache key.
 */
export function groupedOnce<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): ReadonlyMap<string, readonly T[]> {
	let byKeys = cache.get(keysOf);
	if (!byKeys) cache.set(keysOf, (byKeys = new WeakMap()));
	let groups = byKeys.get(items) as ReadonlyMap<string, readonly T[]> | undefined;
	if (!groups) {
		const built = new Map<string, T[]>();
		for (const item of items) {
			for (const key of new Set(keysOf(item))) {
				const group = built.get(key);
				if (group) group.push(item);
				else built.set(key, [item]);
			}
		}
		byKeys.set(items, built);
		groups = built;
	}
	return groups;
}

/** The items of `items` whose keys include `key`, in list order (empty when none). */
export function groupOf<T>(items: readonly T[], keysOf: (item: T) => readonly string[], key: string): readonly T[] {
	return groupedOnce(items, keysOf).get(key) ?? [];
}
