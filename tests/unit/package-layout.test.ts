import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';

/**
 * The package's layout by role: a folder of more than 12 code files side by side is a folder that
 * has stopped saying what it is for, and two folders that import each other are one folder.
 */
const SRC = join(projectRoot, 'packages/starlight-verbatim-citations/src');
const CODE = /\.(ts|astro)$/; // .d.ts included
const files = readdirSync(SRC, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile() && CODE.test(entry.name))
	.map((entry) => relative(SRC, join(entry.parentPath, entry.name)).split('\\').join('/'));
const folderOf = (file: string) => dirname(file);

/** Folder → the other folders its files import from (relative imports and here('…') entrypoints). */
function folderImports(): Map<string, Set<string>> {
	const graph = new Map<string, Set<string>>();
	for (const file of files) {
		const text = readFileSync(join(SRC, file), 'utf8');
		for (const m of text.matchAll(/(?:from\s+|import\s+|here\()'(\.{1,2}\/[^']+)'/g)) {
			const target = relative(SRC, resolve(join(SRC, folderOf(file)), m[1]!)).split('\\').join('/');
			if (target.startsWith('..') || !CODE.test(target)) continue;
			const [from, to] = [folderOf(file), folderOf(target)];
			if (from === to) continue;
			graph.set(from, (graph.get(from) ?? new Set()).add(to));
		}
	}
	return graph;
}

describe('the package layout', () => {
	it('holds at most 12 code files in any folder', () => {
		const counts = new Map<string, number>();
		for (const file of files) counts.set(folderOf(file), (counts.get(folderOf(file)) ?? 0) + 1);
		expect([...counts].filter(([, n]) => n > 12)).toEqual([]);
	});

	it('has no cycle between folders: no two import each other, directly or round about', () => {
		const graph = folderImports();
		expect(graph.get('checks')?.has('rules')).toBe(true); // the walk sees imports at all
		const cycles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const visit = (folder: string, path: string[]) => {
			if (state.get(folder) === 'done') return;
			if (state.get(folder) === 'open') {
				cycles.push([...path.slice(path.indexOf(folder)), folder].join(' → '));
				return;
			}
			state.set(folder, 'open');
			for (const next of graph.get(folder) ?? []) visit(next, [...path, folder]);
			state.set(folder, 'done');
		};
		for (const folder of graph.keys()) visit(folder, []);
		expect(cycles).toEqual([]);
	});
});
