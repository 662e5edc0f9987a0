import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { SiteProblem } from '../engine/site-problem.ts';
import { readRegularFile } from './regular-file.ts';

/** A validated YAML file of the corpus, with the line of any node by its path (for file:line errors). */
export interface YamlFile<T> {
	data: T | undefined;
	exists: boolean;
	lineAt: (path: readonly (string | number)[]) => number;
	problems: SiteProblem[];
}

/** The largest YAML file of a corpus that is read: a few hundred entries are a few tens of kilobytes. */
export const MAX_YAML_BYTES = 1_048_576;
/** The most alias expansions (`*name`) a YAML file of the corpus may make: a "billion laughs" makes millions. */
export const MAX_YAML_ALIASES = 100;

/** A YAML file parsed within limits, or the one reason it is refused (with its line). */
export type ParsedYaml =
	| { ok: true; text: string; doc: Document; lines: LineCounter; value: unknown }
	| { ok: false; line: number; reason: string; hint: string };

/**
 * Parses the text of `file` with a limit on its size and on its aliases. Syntax errors are left in
 * `doc.errors` for the caller (its value is then undefined); a file too large, or whose aliases
 * expand too far, is refused with one reason.
 */
export function parseYaml(text: string): ParsedYaml {
	const bytes = Buffer.byteLength(text);
	if (bytes > MAX_YAML_BYTES) {
		return { ok: false, line: 1, reason: `it is ${bytes.toLocaleString('en')} bytes, over the limit of ${MAX_YAML_BYTES.toLocaleString('en')} bytes for a YAML file of the corpus, so it is not read`, hint: 'Check the file: it is probably not the one you meant (restore it from git).' };
	}
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines });
	if (doc.errors.length > 0) return { ok: true, text, doc, lines, value: undefined };
	try {
		return { ok: true, text, doc, lines, value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
	} catch {
		let line = 1;
		visit(doc, {
			Alias(_, node) {
				if (node.range) line = lines.linePos(node.range[0]).line;
				return visit.BREAK;
			},
		});
		return { ok: false, line, reason: `its aliases (*name) expand too far (over ${MAX_YAML_ALIASES} expansions), the pattern of a "billion laughs" attack`, hint: 'Write the values out instead of repeating aliases (&name … *name); the corpus files need none.' };
	}
}

/**
 * Reads and parses the YAML file at `path` within the limits of `parseYaml`; undefined when there
 * is none. Only a regular file is read, never blocking: a named pipe or a folder is refused.
 */
export function readYaml(path: string): ParsedYaml | undefined {
	const read = readRegularFile(path);
	if (read.ok) return parseYaml(read.bytes.toString('utf8'));
	if (read.reason === 'missing') return undefined;
	const reason = read.reason === 'not-a-file' ? `it is ${read.kind}, not a regular file` : `it cannot be read (${'message' in read ? read.message : read.reason})`;
	return { ok: false, line: 1, reason, hint: 'Replace it with the YAML file itself (restore it from git), or remove it.' };
}

/**
 * Reads `file` (relative to `root`), validates it with `schema` and locates every issue at the
 * line of the field it is about. Never throws: a missing file gives `exists: false`.
 */
export function readYamlFile<S extends z.ZodType>(root: string, file: string, schema: S, code: string, hint: string): YamlFile<z.infer<S>> {
	const path = join(root, file);
	const parsedYaml = readYaml(path);
	if (!parsedYaml) return { data: undefined, exists: false, lineAt: () => 1, problems: [] };
	if (!parsedYaml.ok) return { data: undefined, exists: true, lineAt: () => 1, problems: [{ file, line: parsedYaml.line, column: 1, code, message: `${file}: ${parsedYaml.reason}.`, hint: parsedYaml.hint }] };
	const { doc, lines } = parsedYaml;
	const lineAt = (keys: readonly (string | number)[]) => {
		let node: unknown = doc.contents;
		let line = 1;
		for (const key of keys) {
			const range = (node as YamlNode | undefined)?.range;
			if (range) line = lines.linePos(range[0]).line;
			node = isMap(node) || isSeq(node) ? node.get(key, true) : undefined;
		}
		const range = (node as YamlNode | undefined)?.range;
		return range ? lines.linePos(range[0]).line : line;
	};
	const at = (line: number, message: string): SiteProblem => ({ file, line, column: 1, code, message, hint });
	if (doc.errors.length > 0) {
		return { data: undefined, exists: true, lineAt, problems: doc.errors.map((e) => at(e.linePos?.[0].line ?? 1, `YAML error: ${e.message}`)) };
	}
	const parsed = schema.safeParse(parsedYaml.value ?? {});
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) =>
			at(lineAt(issue.path as (string | number)[]), `${issue.path.join('.') || 'The file'}: ${issue.message}.`),
		);
		return { data: undefined, exists: true, lineAt, problems };
	}
	return { data: parsed.data, exists: true, lineAt, problems: [] };
}
