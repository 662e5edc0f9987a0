import { isMap, parseDocument } from 'yaml';

/**
 * A YAML map of report ids with one entry appended as text (comments and all), or why it cannot
 * be: the file does not parse, is not a map, already has the id, or would not parse afterwards with
 * exactly the new entry added. The `{}` that `init` writes (no report yet) gives way to a block map.
 */
export function appendMapEntry(current: string, id: string, entry: string, expected: unknown): { ok: true; text: string } | { ok: false; reason: string } {
	let before = parseDocument(current);
	if (before.errors.length > 0) return { ok: false, reason: 'it is not valid YAML; fix it, then add the entry by hand' };
	if (isMap(before.contents) && before.contents.flow && before.contents.items.length === 0 && before.contents.range) {
		const [from, to] = before.contents.range;
		current = current.slice(0, from) + current.slice(to).replace(/^[ \t]*\r?\n?/, '');
		before = parseDocument(current);
	}
	if (before.contents !== null && !isMap(before.contents)) return { ok: false, reason: 'it is not a map of report ids' };
	if (isMap(before.contents) && before.contents.has(id)) return { ok: false, reason: `it already has an entry for "${id}"` };
	const written = `${current}${current === '' || current.endsWith('\n') ? '' : '\n'}${current.trim() === '' ? '' : '\n'}${entry}\n`;
	const after = parseDocument(written);
	const read = after.errors.length === 0 ? (after.toJS() as Record<string, unknown> | null) : null;
	const previous = (before.toJS() as Record<string, unknown> | null) ?? {};
	if (!read || JSON.stringify(read[id]) !== JSON.stringify(expected) || Object.keys(read).length !== Object.keys(previous).length + 1) {
		return { ok: false, reason: 'appending to it would not give valid YAML' };
	}
	return { ok: true, text: written };
}
