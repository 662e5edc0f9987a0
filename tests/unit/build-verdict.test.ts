import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGE, site, startBuild } from '../helpers/ferry-site.ts';
import { citationCheck, SITE_DATA_KEY } from '../../packages/starlight-verbatim-citations/src/integration/check-integration.ts';
import { citationOptionsSchema } from '../../packages/starlight-verbatim-citations/src/schemas/options.ts';
import type { SiteData } from '../../packages/starlight-verbatim-citations/src/components/parts/site-data.ts';

/**
 * When `astro build` acts on the check's verdict. The check runs in a worker while Astro syncs the
 * content and bundles the site; the build waits for it only before the first page renders, and a
 * refusal leaves no bundle behind.
 */
const published = () => (globalThis as Record<symbol, unknown>)[SITE_DATA_KEY] as SiteData | undefined;
const misquoted = () => site({ 'src/content/docs/ferries.mdx': PAGE.replace('the ferry would run on Sundays', 'the ferry would run on Mondays') });
const logger = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });
const exitThrows = () =>
	vi.spyOn(process, 'exit').mockImplementation((() => {
		throw new Error('exit');
	}) as never);

afterEach(() => {
	vi.restoreAllMocks();
	delete (globalThis as Record<symbol, unknown>)[SITE_DATA_KEY];
});

describe('the verdict of a build', () => {
	it('is not waited for at astro:build:start, and is published before any page renders', async () => {
		delete (globalThis as Record<symbol, unknown>)[SITE_DATA_KEY];
		const { started, render } = startBuild(citationCheck(citationOptionsSchema.parse({})), site(), logger());
		// Astro bundles the site after astro:build:start returns: the hook must not hold it.
		expect(started).toBeUndefined();
		expect(published()).toBeUndefined();
		await render();
		expect(published()?.sources.map((source) => source.meta.file)).toEqual(['a.txt']);
	});

	it('refuses once bundling has begun: the bundles are removed, .git is kept, nothing is published', async () => {
		const exit = exitThrows();
		const log = logger();
		const root = misquoted();
		const outDir = join(root, 'dist');
		mkdirSync(join(outDir, '.git'), { recursive: true });
		writeFileSync(join(outDir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
		const bundle = () => {
			mkdirSync(join(outDir, '_astro'), { recursive: true });
			writeFileSync(join(outDir, '_astro', 'page.js'), 'export {}');
			mkdirSync(join(outDir, '.prerender'), { recursive: true });
			writeFileSync(join(outDir, '.prerender', 'prerender-entry.mjs'), 'export {}');
		};
		await expect(startBuild(citationCheck(citationOptionsSchema.parse({})), root, log, outDir).render(bundle)).rejects.toThrow('exit');
		expect(exit).toHaveBeenCalledWith(1);
		expect(log.error.mock.calls[0]![0]).toMatch(/^Build refused: 1 problem in 1 file: 1 citation problem\. Nothing was built\./);
		expect(readdirSync(outDir)).toEqual(['.git']);
		expect(existsSync(join(outDir, '.git', 'HEAD'))).toBe(true);
		expect(published()).toBeUndefined();
	});

	it('refuses before bundling without touching the output folder, which still holds the previous build', async () => {
		const exit = exitThrows();
		const log = logger();
		const root = misquoted();
		const outDir = join(root, 'dist');
		mkdirSync(outDir, { recursive: true });
		writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>The previous build</title>');
		startBuild(citationCheck(citationOptionsSchema.parse({})), root, log, outDir);
		// The verdict arrives before astro:build:setup, as with a small site whose check ends during the content sync.
		await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(1), { timeout: 20_000, interval: 20 });
		expect(log.error).toHaveBeenCalledTimes(1);
		expect(readdirSync(outDir)).toEqual(['index.html']);
	});
});
