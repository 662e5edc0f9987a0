import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureSiteBuilt } from '../helpers/built-site.ts';
import { buildSite, projectRoot } from '../helpers/project.ts';

/** Every file under `dir` with the SHA-256 of its bytes, by path relative to `dir`. */
function digest(dir: string): Map<string, string> {
	return new Map(
		readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name))
			.map((file) => [relative(dir, file).split(sep).join('/'), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
			.sort(([a], [b]) => a.localeCompare(b)),
	);
}

/** The files that are missing on one side or whose bytes differ. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
	const names = [...new Set([...a.keys(), ...b.keys()])].sort();
	return names.filter((name) => a.get(name) !== b.get(name)).map((name) => (!a.has(name) ? `${name} (only in the second)` : !b.has(name) ? `${name} (only in the first)` : `${name} (bytes differ)`));
}

/**
 * The same sources give the same site, byte for byte: HTML, CSS and JS bundles, the Pagefind
 * index, the sitemap, _headers and the hosted reports. A fresh build into its own directory is
 * compared with dist/, which this test run's global setup built from the same sources (one build
 * shared by every group, so the second build is the only one this test pays for). It is the only
 * test that builds in the project folder itself (others build copies: two builds of one folder
 * refuse each other, and test files run side by side). A copy is not the same sources for this
 * test: Vite's CSS hashes depend on the project's folder.
 */
describe('the build is reproducible', () => {
	const outDir = mkdtempSync(join(tmpdir(), 'explainer-repro-'));
	afterAll(() => rmSync(outDir, { recursive: true, force: true }));
	beforeAll(ensureSiteBuilt);

	it('gives byte-identical output when built twice', { timeout: 300_000 }, () => {
		const build = buildSite(projectRoot, {}, outDir);
		if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
		// Built without SITE_URL, as here, the site points at a placeholder domain: said once per build.
		for (const output of [build.output, inject('buildOutput')]) {
			expect(output.match(/SITE_URL is not set/g), 'the SITE_URL warning, once per build').toHaveLength(1);
		}
		const [first, second] = [digest(join(projectRoot, 'dist')), digest(outDir)];
		expect(first.size).toBeGreaterThan(20);
		expect([...first.keys()]).toEqual(expect.arrayContaining(['index.html', '_headers', 'pagefind/pagefind-entry.json', 'sitemap-0.xml']));
		expect(second.size).toBe(first.size);
		expect(differences(first, second)).toEqual([]);
	});
});
