import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
 * index, the sitemap, _headers and the hosted reports. Two fresh builds into two directories are
 * compared with each other and with dist/ from this test run.
 */
describe('the build is reproducible', () => {
	const outDirs = [mkdtempSync(join(tmpdir(), 'explainer-repro-a-')), mkdtempSync(join(tmpdir(), 'explainer-repro-b-'))];
	afterAll(() => {
		for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
	});

	it('gives byte-identical output when built twice', { timeout: 300_000 }, () => {
		for (const outDir of outDirs) {
			const build = buildSite(projectRoot, {}, outDir);
			if (build.status !== 0) throw new Error(`astro build failed:\n${build.output}`);
			// Built without SITE_URL, as here, the site points at a placeholder domain: said once.
			expect(build.output.match(/SITE_URL is not set/g), 'the SITE_URL warning, once per build').toHaveLength(1);
		}
		const [first, second] = outDirs.map(digest) as [Map<string, string>, Map<string, string>];
		expect(first.size).toBeGreaterThan(20);
		expect([...first.keys()]).toEqual(expect.arrayContaining(['index.html', '_headers', 'pagefind/pagefind-entry.json', 'sitemap-0.xml']));
		expect(differences(first, second)).toEqual([]);
		expect(differences(first, digest(join(projectRoot, 'dist')))).toEqual([]);
	});
});
