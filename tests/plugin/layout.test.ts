import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';

const plugin = join(projectRoot, 'packages/starlight-verbatim-citations/src');

function files(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(plugin, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/** Every module specifier a file imports (static, dynamic and type-only). */
function imports(text: string): string[] {
	return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)].map(
		(m) => (m[1] ?? m[2] ?? m[3])!,
	);
}

const ASTRO = /^(astro($|[/:])|@astrojs\/(?!starlight\/types$)|virtual:)|\.astro$/;
const PURE_FOLDERS = ['engine/', 'reading/', 'corpus/', 'pages/', 'rules/', 'checks/', 'analysis/', 'authoring/', 'schemas/'];
const CODE = /\.(ts|mts|astro)$/;
const readme = () => readFileSync(join(plugin, '../README.md'), 'utf8');

/** The folder a file sits in, relative to the plugin's src/ (`.` for the top level). */
const folderOf = (file: string) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.');

/** Folder-to-folder imports: "from → to" for every relative import that leaves its folder. */
function folderImports(): Map<string, Set<string>> {
	const edges = new Map<string, Set<string>>();
	for (const file of files(plugin).filter((f) => CODE.test(f))) {
		for (const spec of imports(readFileSync(join(plugin, file), 'utf8')).filter((s) => s.startsWith('.'))) {
			const target = relative(plugin, join(plugin, folderOf(file), spec)).split(sep).join('/');
			const [from, to] = [folderOf(file), folderOf(target)];
			if (from !== to) (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(to);
		}
	}
	return edges;
}

describe('the package is laid out by role', () => {
	it('has the folders its README maps, and nothing loose but its entry file', () => {
		const top = new Set(files(plugin).map((file) => (file.includes('/') ? `${file.split('/')[0]}/` : file)));
		expect([...top].filter((entry) => !entry.endsWith('/'))).toEqual(['index.ts']);
		for (const folder of top) if (folder.endsWith('/')) expect(readme(), `the package README maps ${folder}`).toMatch(new RegExp(`\\n {2,}${folder.replace('/', '\\/')}\\s+\\S`));
	});

	it('holds at most 12 code files side by side in any folder', () => {
		const counts = new Map<string, number>();
		for (const file of files(plugin).filter((f) => CODE.test(f))) counts.set(folderOf(file), (counts.get(folderOf(file)) ?? 0) + 1);
		const crowded = [...counts].filter(([, n]) => n > 12).map(([folder, n]) => `${folder}: ${n} files`);
		expect(crowded).toEqual([]);
		expect(counts.size).toBeGreaterThan(5);
	});

	it('has no two folders that import each other', () => {
		const edges = folderImports();
		const mutual = [...edges].flatMap(([from, tos]) => [...tos].filter((to) => from < to && edges.get(to)?.has(from)).map((to) => `${from} <-> ${to}`));
		expect(mutual).toEqual([]);
		expect(edges.size).toBeGreaterThan(3);
	});

	it('imports Astro only inside components/', () => {
		const offenders = files(plugin)
			.filter((file) => file.endsWith('.ts') && !file.startsWith('components/'))
			.flatMap((file) => imports(readFileSync(join(plugin, file), 'utf8')).filter((spec) => ASTRO.test(spec)).map((spec) => `${file} imports ${spec}`));
		expect(offenders).toEqual([]);
	});

	it('keeps the engine, checks, analysis, authoring and schemas free of Starlight and of components', () => {
		const offenders = files(plugin)
			.filter((file) => PURE_FOLDERS.some((folder) => file.startsWith(folder)) && file.endsWith('.ts'))
			.flatMap((file) =>
				imports(readFileSync(join(plugin, file), 'utf8'))
					.filter((spec) => spec.startsWith('@astrojs/') || /(^|\/)(components|integration)\//.test(spec) || spec === '../index.ts')
					.map((spec) => `${file} imports ${spec}`),
			);
		expect(offenders).toEqual([]);
	});

	it('catches an Astro import when there is one (the rule can fail)', () => {
		expect(imports("import { AstroError } from 'astro/errors';\nimport type { X } from 'astro';").filter((s) => ASTRO.test(s))).toEqual(['astro/errors', 'astro']);
		expect(imports("import type { HookParameters } from '@astrojs/starlight/types';").filter((s) => ASTRO.test(s))).toEqual([]);
	});
});
