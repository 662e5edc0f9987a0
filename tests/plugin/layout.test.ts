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
const readme = () => readFileSync(join(plugin, '../README.md'), 'utf8');

// At most 12 code files per folder and no cycle between folders: tests/unit/package-layout.test.ts.

describe('the package is laid out by role', () => {
	it('has the folders its README maps, and nothing loose but its entry file', () => {
		const top = new Set(files(plugin).map((file) => (file.includes('/') ? `${file.split('/')[0]}/` : file)));
		expect([...top].filter((entry) => !entry.endsWith('/'))).toEqual(['index.ts']);
		for (const folder of top) if (folder.endsWith('/')) expect(readme(), `the package README maps ${folder}`).toMatch(new RegExp(`\\n {2,}${folder.replace('/', '\\/')}\\s+\\S`));
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
