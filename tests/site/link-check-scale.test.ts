import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../helpers/links.ts';

const SOURCES = 40;
const SPANS = 100;

/**
 * A static site shaped like ours: `pages` pages, each with the same 60 navigation links and 100
 * citation links into source pages with fragments. One page links to a missing fragment and one
 * to a missing page, so the check must find exactly those two and nothing else.
 */
function site(pages: number): string {
	const root = mkdtempSync(join(tmpdir(), 'link-scale-'));
	const nav = Array.from({ length: 60 }, (_, i) => `<a href="/p${i}/">page ${i}</a>`).join('');
	for (let s = 0; s < SOURCES; s++) {
		mkdirSync(join(root, `s${s}`));
		const spans = Array.from({ length: SPANS }, (_, k) => `<span id="q${k}">quote ${k}</span>`).join(' ');
		writeFileSync(join(root, `s${s}/index.html`), `<!doctype html><title>s${s}</title><main>${nav}${spans}</main>`);
	}
	const pageLinks = Array.from({ length: pages }, (_, p) => `<a href="/p${p}/">p${p}</a>`).join('');
	for (let p = 0; p < pages; p++) {
		mkdirSync(join(root, `p${p}`));
		const cites = Array.from({ length: 100 }, (_, c) => `<a href="/s${(p + c) % SOURCES}/#q${(p * 7 + c) % SPANS}">[${c}]</a>`).join('');
		const extra = p === 3 ? '<a href="/s1/#no-such-span">bad</a><a href="/missing/">gone</a>' : '';
		writeFileSync(join(root, `p${p}/index.html`), `<!doctype html><title>p${p}</title><main>${nav}${cites}${extra}</main>`);
	}
	writeFileSync(join(root, 'index.html'), `<!doctype html><title>home</title><main>${nav}${pageLinks}</main>`);
	return root;
}

const made: string[] = [];
afterAll(() => {
	for (const root of made) rmSync(root, { recursive: true, force: true });
});

async function timedCheck(pages: number) {
	const root = site(pages);
	made.push(root);
	const started = performance.now();
	const result = await checkLinks(root);
	return { ...result, seconds: (performance.now() - started) / 1000 };
}

describe('link checking', () => {
	it('grows linearly with the pages, and finds exactly the broken links', { timeout: 300_000 }, async () => {
		const small = await timedCheck(60);
		const large = await timedCheck(960);
		for (const { broken } of [small, large]) {
			expect(broken).toHaveLength(2);
			expect(broken.some((b) => b.includes('/s1/#no-such-span') && b.includes('/p3/'))).toBe(true);
			expect(broken.some((b) => b.includes('/missing/') && b.includes('status 404'))).toBe(true);
		}
		// Sixteen times the pages (and the links): linear is 16x the time, the quadratic scan linkinator
		// 8.1.0 does for every repeated link was about 50x. Per-page cost may vary 2x on a loaded
		// machine, no more.
		const perPage = { small: small.seconds / 60, large: large.seconds / 960 };
		console.log(`link check: 60 pages ${small.seconds.toFixed(1)} s, 960 pages ${large.seconds.toFixed(1)} s`);
		expect(perPage.large).toBeLessThan(2 * perPage.small);
	});
});
