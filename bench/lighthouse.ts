/**
 * Lighthouse scores per page type (performance, accessibility, best practices, SEO) with mobile
 * settings (Lighthouse's defaults: a mid-range phone, simulated slow 4G), using Debian's Chromium.
 * Figures, not pass/fail; the target is 100 everywhere. Audits that cost points are listed.
 *
 * Usage: npm run bench:lighthouse [-- path ...]   (builds dist/ first; paths relative to the base)
 * The JSON reports go to bench/out/lighthouse/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/serve.ts';
import { pageTypes } from './page-types.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

// Served with the _headers file applied, as Netlify or Cloudflare Pages would serve it.
const server = await serveDist('dist', '/', { headers: true });
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_ARGS });
const rows: { type: string; path: string; scores: number[]; lost: string[] }[] = [];
mkdirSync('bench/out/lighthouse', { recursive: true });
try {
	for (const { type, path } of pageTypes('dist', process.argv.slice(2))) {
		const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		const { lhr } = result;
		writeFileSync(`bench/out/lighthouse/${type.replace(/\W+/g, '-')}.json`, JSON.stringify(lhr, null, '\t'));
		const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
		const lost = CATEGORIES.flatMap((c) =>
			(lhr.categories[c]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0)
				.map((ref) => lhr.audits[ref.id]!)
				.filter((audit) => audit.score !== null && audit.score < 1)
				.map((audit) => `${c}: ${audit.id} (${audit.displayValue ?? Math.round((audit.score ?? 0) * 100)})`),
		);
		const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => `${id.replace(/-/g, ' ')} ${lhr.audits[id]?.displayValue ?? '?'}`);
		rows.push({ type, path: `/${path}`, scores, lost: [...lost, `(metrics: ${metrics.join(', ')})`] });
	}
} finally {
	chrome.kill();
	await server.close();
}

console.log(`Lighthouse ${'(mobile, simulated throttling)'}, system Chromium:\n`);
console.log(`${'page type'.padEnd(16)} ${'path'.padEnd(16)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
for (const { type, path, scores } of rows) console.log(`${type.padEnd(16)} ${path.padEnd(16)} ${scores.map((s) => String(s).padStart(15)).join('')}`);
for (const { type, lost } of rows) console.log(`\n${type}, audits below full marks:\n  ${lost.join('\n  ')}`);
