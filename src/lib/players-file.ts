import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { playersFileSchema, type Player } from '../schemas/players.ts';
import type { SiteProblem } from './problems.ts';

export const PLAYERS_FILE = 'docs-data/players.yaml';

/** Reads and validates docs-data/players.yaml; problems come back located, never thrown. */
export function loadPlayers(root: string): { players: Player[]; problems: SiteProblem[] } {
	const path = join(root, PLAYERS_FILE);
	if (!existsSync(path)) return { players: [], problems: [] };
	const at = (message: string): SiteProblem => ({
		file: PLAYERS_FILE,
		line: 1,
		column: 1,
		code: 'players-invalid',
		message,
		hint: 'Each entry needs id, name and aliases; see src/schemas/players.ts.',
	});
	let data: unknown;
	try {
		data = parse(readFileSync(path, 'utf8'));
	} catch (error) {
		return { players: [], problems: [at(`YAML error: ${(error as Error).message}`)] };
	}
	const parsed = playersFileSchema.safeParse(data);
	if (!parsed.success) {
		return { players: [], problems: parsed.error.issues.map((i) => at(`Entry ${Number(i.path[0]) + 1}, ${i.path.slice(1).join('.') || 'entry'}: ${i.message}.`)) };
	}
	const ids = parsed.data.map((p) => p.id);
	const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
	return { players: parsed.data, problems: twice.map((id) => at(`The id "${id}" is used twice.`)) };
}
