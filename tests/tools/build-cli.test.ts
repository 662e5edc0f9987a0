import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite, cliBin, copyProject } from '../helpers/project.ts';

/** What a deploy step could pick up: dist/, or any folder beside it holding built pages. */
function deployable(root: string): string[] {
	return readdirSync(root, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && (entry.name === 'dist' || entry.name.includes('dist')))
		.map((entry) => entry.name);
}

/** A previous successful build, as an editor's checkout has it. */
function previousSite(root: string): void {
	mkdirSync(join(root, 'dist'), { recursive: true });
	writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>The previous site</title>');
}

describe('verbatim-citations build (npm run build)', () => {
	let project: ReturnType<typeof copyProject> | undefined;
	afterEach(() => project?.remove());

	it('leaves no dist/ (neither a partial one nor the previous one) when a page fails while rendering', () => {
		project = copyProject();
		previousSite(project.root);
		// A page that throws once Astro renders it: some pages are written before it fails.
		writeFileSync(
			join(project.root, 'src/content/docs/zz-render-failure.mdx'),
			"---\ntitle: Render failure\n---\n\nimport { Editorial } from 'starlight-verbatim-citations/components';\n\n<Editorial>{(() => { throw new Error('render failure on purpose'); })()}</Editorial>\n",
		);
		const build = buildSite(project.root);
		expect(build.status, build.output).not.toBe(0);
		expect(build.output).toContain('render failure on purpose');
		expect(deployable(project.root)).toEqual([]);
		expect(build.output).toMatch(/Build failed: nothing was written to dist\//);
	});

	it('leaves no dist/ and no temporary folder when the build is interrupted', async () => {
		project = copyProject();
		previousSite(project.root);
		const child = spawn(process.execPath, [cliBin, 'build'], { cwd: project.root, stdio: 'ignore' });
		const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
		// Interrupt once Astro has started writing pages into its temporary folder.
		const started = Date.now();
		while (!readdirSync(project.root).some((name) => name.startsWith('.dist-building-') && existsSync(join(project!.root, name, "sources")))) {
			if (Date.now() - started > 120_000) throw new Error('the build never started writing pages');
			await new Promise((done) => setTimeout(done, 50));
		}
		child.kill('SIGINT');
		expect(await exited).not.toBe(0);
		expect(deployable(project.root)).toEqual([]);
		expect(readdirSync(project.root).filter((name) => name.startsWith('.dist-building-'))).toEqual([]);
	}, 180_000);
});
