import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { SiteProblem } from '../engine/site-problem.ts';

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
	| { ok: true; doc: Document; lines: LineCounter; value: unknown }
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
	if (doc.errors.length > 0) return { ok: true, doc, lines, value: undefined };
	try {
		return { ok: true, doc, lines, value: doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
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
 * Reads `file` (relative to `root`), validates it with `schema` and locates every issue at the
 * line of the field it is about. Never throws: a missing file gives `exists: false`.
 */
export function readYamlFile<S extends z.ZodType>(root: string, file: string, schema: S, code: string, hint: string): YamlFile<z.infer<S>> {
	const path = join(root, file);
	if (!existsSync(path)) return { data: undefined, exists: false, lineAt: () => 1, problems: [] };
	const parsedYaml = parseYaml(readFileSync(path, 'utf8'));
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
