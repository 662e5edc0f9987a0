import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import type { SiteProblem } from '../engine/site-problem.ts';

/** A validated YAML file of the corpus, with the line of any node by its path (for file:line errors). */
export interface YamlFile<T> {
	data: T | undefined;
	exists: boolean;
	lineAt: (path: readonly (string | number)[]) => number;
	problems: SiteProblem[];
}

/**
 * Reads `file` (relative to `root`), validates it with `schema` and locates every issue at the
 * line of the field it is about. Never throws: a missing file gives `exists: false`.
 */
export function readYamlFile<S extends z.ZodType>(root: string, file: string, schema: S, code: string, hint: string): YamlFile<z.infer<S>> {
	const path = join(root, file);
	if (!existsSync(path)) return { data: undefined, exists: false, lineAt: () => 1, problems: [] };
	const lines = new LineCounter();
	const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines });
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
	const parsed = schema.safeParse(doc.toJS() ?? {});
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) =>
			at(lineAt(issue.path as (string | number)[]), `${issue.path.join('.') || 'The file'}: ${issue.message}.`),
		);
		return { data: undefined, exists: true, lineAt, problems };
	}
	return { data: parsed.data, exists: true, lineAt, problems: [] };
}
