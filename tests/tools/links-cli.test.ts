import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliBin, limiter, projectRoot, spawnAsync } from '../helpers/project.ts';

/** The command as a process; two at a time across the file's tests (one per core). */
const twoAtATime = limiter(2);
const run = (cwd: string, ...args: string[]) => twoAtATime(() => spawnAsync(process.execPath, [cliBin, 'links', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } }));

/** The hand-made sites of this file, removed after its tests. */
const roots: string[] = [];

/** A hand-made built site: each page's HTML by path under dist/. */
function site(base: string, pages: Record<string, string>): string {
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	const root = mkdtempSync(join(projectRoot, '.tmp', 'links-'));
	roots.push(root);
	writeFileSync(join(root, 'astro.config.mjs'), `export default { base: ${JSON.stringify(base)} };\n`);
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(dirname(join(root, 'dist', path)), { recursive: true });
		writeFileSync(join(root, 'dist', path), `<!doctype html><html><body>${html}</body></html>`);
	}
	return root;
}

/** Each test on a site of its own; the tests run side by side. */
describe('verbatim-citations links', { timeout: 300_000 }, () => {
	afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

	it.concurrent("serves dist/ under the config's base, and follows links and fragments", async () => {
		const root = site('/sub', { 'index.html': '<a href="/sub/a/#here">a</a> <a href="https://example.org/">out</a>', 'a/index.html': '<p id="here">Here</p>' });
		const result = await run(root);
		expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
		expect(result.stdout).toMatch(/links checked under \/sub\/, 0 broken, 1 to other origins not followed/);
	});

	it.concurrent('names a missing fragment and a missing page, with the page that links to it, and exits 1', async () => {
		const root = site('/', { 'index.html': '<a href="/a/#gone">a</a> <a href="/nowhere/">b</a>', 'a/index.html': '<p id="here">Here</p>' });
		const result = await run(root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('broken: /a/#gone (no such #fragment on the page), linked from /\n');
		expect(result.stderr).toContain('broken: /nowhere/ (status 404), linked from /\n');
		expect(result.stdout).toMatch(/links checked under \/, 2 broken/);
	});

	it.concurrent('says to build first when there is no built site, without a stack trace', async () => {
		const root = site('/', {});
		const result = await run(root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('there is no built site to check. Run npx verbatim-citations build first.');
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});
});
