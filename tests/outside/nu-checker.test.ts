import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPagePaths } from '../helpers/browser.ts';
import { dist, ensureSiteBuilt } from '../helpers/built-site.ts';
import { findTool } from '../helpers/tools.ts';
import { UPSTREAM_ERRORS } from './nu-upstream-errors.ts';

/** The Nu Html Checker's jar from the vnu-jar package, run with Debian's Java (default-jre-headless). */
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;
const java = findTool('java', 'default-jre-headless');

interface NuMessage {
	type: 'error' | 'info' | 'non-document-error';
	subType?: string;
	url: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

function nu(files: string[]): NuMessage[] {
	const run = spawnSync(java!, ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	if (run.status !== 0) throw new Error(`vnu.jar failed (${run.status}):\n${run.stderr}`);
	// --format json writes its report to stderr.
	return (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
}

const format = (m: NuMessage) => `${m.url.replace(/^file:/, '')}:${m.lastLine ?? '?'}: ${m.message}\n    ${(m.extract ?? '').trim().slice(0, 160)}`;

describe.skipIf(!java)('the W3C Nu Html Checker (vnu.jar)', () => {
	const dir = mkdtempSync(join(tmpdir(), 'explainer-nu-'));
	const control = join(dir, 'control.html');
	let files: string[] = [];
	let messages: NuMessage[] = [];
	let seconds = 0;

	// One run of the checker (one Java start) for every page plus a control page.
	beforeAll(() => {
		ensureSiteBuilt();
		// The markup the site wrote before: a name on a span that has no role.
		writeFileSync(control, '<!doctype html><html lang="en"><title>x</title><p>Words<span popover aria-label="Citation 1">quote</span></p>');
		files = htmlPagePaths(dist).map((path) => join(dist, path.endsWith('.html') ? path : `${path}index.html`));
		const started = performance.now();
		messages = nu([control, ...files]);
		seconds = (performance.now() - started) / 1000;
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('finds an error when there is one (the check below can fail)', () => {
		const errors = messages.filter((m) => m.type === 'error' && m.url.endsWith('/control.html'));
		expect(errors.map((m) => m.message)).toEqual([expect.stringMatching(/“aria-label” attribute must not be specified on any “span” element/)]);
	});

	it('reports 0 errors in the site’s own markup on every page', () => {
		expect(files.length).toBeGreaterThan(20);
		const errors = messages.filter((m) => m.type !== 'info' && !m.url.endsWith('/control.html'));
		console.log(`Nu Html Checker: ${files.length} pages in ${seconds.toFixed(1)} s, ${errors.length} errors before the upstream rules`);
		const used = new Set<number>();
		const ours = errors.filter((m) => {
			const rule = UPSTREAM_ERRORS.findIndex((r) => r.message.test(m.message) && r.extract.test((m.extract ?? '').trim()));
			if (rule >= 0) used.add(rule);
			return rule < 0;
		});
		expect(ours.map(format), 'fix the markup named; see https://validator.w3.org/nu/about.html for each message').toEqual([]);
		const stale = UPSTREAM_ERRORS.filter((_, i) => !used.has(i)).map((r) => `${r.writtenBy}: ${r.message} no longer occurs; remove it from tests/outside/nu-upstream-errors.ts`);
		expect(stale).toEqual([]);
	});
});
