/**
 * A list behind a proxy that counts reads of its elements (for...of, filter, map and indexing all
 * read through it): a test can then prove that many lookups read a list once, not once each.
 */
export function counted<T>(items: T[]): { list: T[]; reads: () => number } {
	let reads = 0;
	const list = new Proxy(items, {
		get(target, property, receiver) {
			if (typeof property === 'string' && /^\d+$/.test(property)) reads++;
			return Reflect.get(target, property, receiver);
		},
	});
	return { list, reads: () => reads };
}
