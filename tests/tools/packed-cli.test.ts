import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';

const PACKAGE = join(projectRoot, 'packages/starlight-verbatim-citations');

/**
 * The bin as a site that installed the packed package runs it. In the workspace the package is a
 * symbolic link to packages/, which hides what matters here: Node refuses to strip the types of a
 * .ts file under node_modules, where an installed copy really is. The site folder is inside the
 * project so Node finds astro and Starlight by walking up, but the package is its own real copy.
 */
describe('verbatim-citations installed from the packed package', () => {
	let site: string;
	// This Node (24) first on PATH, so npx and the bin's `#!/usr/bin/env node` run with it.
	const env = { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`, NO_COLOR: '1' };
	const sh = (command: string, ...args: string[]) => spawnSync(command, args, { cwd: site, env, encoding: 'utf8', timeout: 90_000 });

	beforeAll(() => {
		mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
		site = mkdtempSync(join(projectRoot, '.tmp', 'packed-'));
		const pack = spawnSync('npm', ['pack', '--pack-destination', site], { cwd: PACKAGE, env, encoding: 'utf8' });
		expect(pack.status, pack.stderr).toBe(0);
		const tarball = readdirSync(site).find((name) => name.endsWith('.tgz'))!;
		writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'packed-site', private: true, type: 'module' }));
		// Peers (astro, Starlight) are the project's, found by walking up; the package's own
		// dependencies come from npm's cache when it has them.
		const install = sh('npm', 'install', '--no-audit', '--no-fund', '--legacy-peer-deps', '--prefer-offline', `./${tarball}`);
		expect(install.status, install.stderr).toBe(0);
		writeFileSync(
			join(site, 'astro.config.mjs'),
			`import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import verbatimCitations from 'starlight-verbatim-citations';
export default defineConfig({ integrations: [starlight({ title: 'Packed', plugins: [verbatimCitations({ corpus: 'evidence' })] })] });
`,
		);
		mkdirSync(join(site, 'src/content/docs'), { recursive: true });
	}, 120_000);
	afterAll(() => rmSync(site, { recursive: true, force: true }));

	it('is a real copy under node_modules, which Node alone refuses to load', () => {
		expect(lstatSync(join(site, 'node_modules/starlight-verbatim-citations')).isSymbolicLink()).toBe(false);
		const plain = sh(process.execPath, '--input-type=module', '-e', "await import('starlight-verbatim-citations')");
		expect(plain.stderr).toContain('ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING');
	});

	it('runs npx verbatim-citations --help, and each command help', () => {
		const help = sh('npx', 'verbatim-citations', '--help');
		expect(help.status, help.stderr).toBe(0);
		expect(help.stdout).toContain('Usage: npx verbatim-citations <command>');
		expect(help.stderr).toBe('');
		const own = sh('npx', 'verbatim-citations', 'add-source', '--help');
		expect(own.stdout).toContain('--id ID');
	});

	it("inits the corpus named in the site's config, then check and add-source work on it; a wrong command is refused", () => {
		const init = sh('npx', 'verbatim-citations', 'init');
		expect(init.status, init.stderr).toBe(0);
		expect(init.stdout).toContain('evidence/sources.yaml');
		expect(readFileSync(join(site, 'evidence/sources.yaml'), 'utf8')).toContain('[]');
		const check = sh('npx', 'verbatim-citations', 'check');
		expect(check.status, check.stderr).toBe(0);
		expect(check.stdout).toContain('No problems');
		writeFileSync(join(site, 'report.txt'), 'The council approved the budget on Tuesday.\n');
		const add = sh('npx', 'verbatim-citations', 'add-source', 'report.txt', '--id', 'council');
		expect(add.status, add.stderr).toBe(0);
		expect(add.stdout).toContain('Added report council: evidence/sources/council_');
		const unknown = sh('npx', 'verbatim-citations', 'nonsense');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('Unknown command "nonsense"');
		expect(unknown.stderr).not.toMatch(/\n\s+at /);
	});
});
