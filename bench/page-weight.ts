/**
 * Bytes each page type transfers when it loads, by kind (HTML, CSS, JS, other), raw and gzipped,
 * recorded in Chromium from what the page really requests. Figures, not pass/fail.
 *
 * Usage: npm run bench:weight [-- path ...]   (builds dist/ first; paths relative to the base)
 */
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/serve.ts';
import { pageTypes } from './page-types.ts';

type Kind = 'HTML' | 'CSS' | 'JS' | 'other';
const KINDS: Kind[] = ['HTML', 'CSS', 'JS', 'other'];

function kindOf(resourceType: string, contentType: string): Kind {
	if (resourceType === 'document') return 'HTML';
	if (resourceType === 'stylesheet' || contentType.startsWith('text/css')) return 'CSS';
	if (resourceType === 'script' || contentType.includes('javascript')) return 'JS';
	return 'other';
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);

const server = await serveDist('dist', '/');
const browser = await launchChromium();
const rows: { type: string; path: string; totals: Record<Kind, { raw: number; gzip: number; files: number }>; citationJs: string[]; scripts: string[] }[] = [];
try {
	for (const { type, path } of pageTypes('dist', process.argv.slice(2))) {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		const bodies: Promise<{ kind: Kind; url: string; body: Buffer }>[] = [];
		page.on('response', (response) => {
			const kind = kindOf(response.request().resourceType(), response.headers()['content-type'] ?? '');
			bodies.push(response.body().then((body) => ({ kind, url: response.url(), body })));
		});
		await page.goto(server.url + path, { waitUntil: 'networkidle' });
		const loaded = await Promise.all(bodies);
		const totals = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0, files: 0 }])) as Record<Kind, { raw: number; gzip: number; files: number }>;
		for (const { kind, body } of loaded) {
			totals[kind].raw += body.byteLength;
			totals[kind].gzip += gzipSync(body).byteLength;
			totals[kind].files++;
		}
		// Citations are plain HTML and CSS (native popover): no loaded script may know about them.
		const scripts = loaded.filter((r) => r.kind === 'JS');
		const citationJs = scripts.filter((r) => /cite-marker|cite-preview|popovertarget|showPopover/.test(r.body.toString('utf8'))).map((r) => r.url);
		const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
		if (inline.some((text) => /cite-marker|cite-preview|popovertarget|showPopover/.test(text))) citationJs.push('(inline script)');
		rows.push({ type, path: `/${path}`, totals, citationJs, scripts: scripts.map((r) => new URL(r.url).pathname) });
		await context.close();
	}
} finally {
	await browser.close();
	await server.close();
}

console.log('Bytes transferred on load (KiB; raw / gzip), recorded in Chromium at 390×844:\n');
console.log(`${'page type'.padEnd(16)} ${'path'.padEnd(16)} ${KINDS.map((k) => `${k.padStart(7)} raw ${k.padStart(5)} gz`).join(' ')}   total raw / gz`);
for (const { type, path, totals } of rows) {
	const raw = KINDS.reduce((sum, k) => sum + totals[k].raw, 0);
	const gzip = KINDS.reduce((sum, k) => sum + totals[k].gzip, 0);
	console.log(`${type.padEnd(16)} ${path.padEnd(16)} ${KINDS.map((k) => `${kb(totals[k].raw)}    ${kb(totals[k].gzip)}   `).join(' ')} ${kb(raw)} / ${kb(gzip).trim()}`);
}
console.log('\nFiles per kind:', rows.map(({ type, totals }) => `${type}: ${KINDS.map((k) => `${totals[k].files} ${k}`).join(', ')}`).join('; '));
console.log('Scripts loaded (all Starlight\'s: search, table of contents, prefetch):', [...new Set(rows.flatMap((r) => r.scripts))].join(', ') || 'none');
console.log("Starlight preloads Pagefind's search UI (ui-core) when the browser is idle, counted above; the search index and WebAssembly load only when search is opened.");
const citationJs = rows.flatMap((r) => r.citationJs);
console.log(`JavaScript needed for citations: ${citationJs.length === 0 ? '0 bytes (no loaded script refers to markers, previews or popovers)' : `FOUND in ${citationJs.join(', ')}`}`);
if (citationJs.length > 0) process.exitCode = 1;
