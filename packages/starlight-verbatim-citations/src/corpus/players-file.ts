import { join } from 'node:path';
import { isMap, isSeq, type Node as YamlNode } from 'yaml';
import { readYaml } from './yaml-file.ts';
import { playersFileSchema, type Player } from '../schemas/players.ts';
import type { SiteProblem } from '../engine/site-problem.ts';

/**
 * Reads and validates the corpus's players.yaml, if it has one. Problems come back located at the
 * entry (or the field) they are about, never thrown.
 */
export function loadPlayers(root: string, file: string): { players: Player[]; problems: SiteProblem[]; lines: Map<string, number> } {
	const path = join(root, file);
	const parsedYaml = readYaml(path);
	if (!parsedYaml) return { players: [], problems: [], lines: new Map() };
	const at = (line: number, message: string): SiteProblem => ({
		file,
		line,
		column: 1,
		code: 'players-invalid',
		message,
		hint: 'Each entry needs id, name and aliases; see src/verbatim-citations/schemas/players.ts.',
	});
	if (!parsedYaml.ok) return { players: [], problems: [{ ...at(parsedYaml.line, `${file}: ${parsedYaml.reason}.`), hint: parsedYaml.hint }], lines: new Map() };
	const { doc, lines } = parsedYaml;
	const lineOf = (node: unknown) => {
		const range = (node as YamlNode | undefined)?.range;
		return range ? lines.linePos(range[0]).line : 1;
	};
	if (doc.errors.length > 0) {
		return { players: [], problems: doc.errors.map((error) => at(error.linePos?.[0].line ?? 1, `YAML error: ${error.message}`)), lines: new Map() };
	}
	const items = isSeq(doc.contents) ? doc.contents.items : [];
	const parsed = playersFileSchema.safeParse(parsedYaml.value);
	if (!parsed.success) {
		return {
			players: [],
			problems: parsed.error.issues.map((issue) => {
				const item = typeof issue.path[0] === 'number' ? items[issue.path[0]] : undefined;
				const field = isMap(item) && typeof issue.path[1] === 'string' ? item.get(issue.path[1], true) : undefined;
				const where = typeof issue.path[0] === 'number' ? `Entry ${issue.path[0] + 1}, ${issue.path.slice(1).join('.') || 'entry'}` : 'The file';
				return at(lineOf(field ?? item ?? doc.contents), `${where}: ${issue.message}.`);
			}),
			lines: new Map(),
		};
	}
	const firstLine = new Map<string, number>();
	const problems: SiteProblem[] = [];
	parsed.data.forEach((player, index) => {
		const line = lineOf(items[index]);
		const first = firstLine.get(player.id);
		if (first === undefined) firstLine.set(player.id, line);
		else problems.push(at(line, `The id "${player.id}" is used twice (first on line ${first}).`));
	});
	return { players: parsed.data, problems, lines: firstLine };
}
