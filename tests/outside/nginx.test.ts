import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx } from '../helpers/nginx.ts';
import { projectRoot } from '../helpers/project.ts';
import { sharedBuild, SUB_PATH_BUILD } from '../helpers/shared-build.ts';
import { findTool } from '../helpers/tools.ts';

const BASE = SUB_PATH_BUILD.SITE_BASE;
/** The configuration the README shows: the test runs this file, the README must show it whole. */
const CONFIG = 'deploy/nginx-explainer.conf';
const config = readFileSync(join(projectRoot, CONFIG), 'utf8');
const nginx = findTool('nginx', 'nginx');

const PROMISED = {
	'content-security-policy': "frame-ancestors 'none'",
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'no-referrer',
	'x-frame-options': 'DENY',
};

it(`shows ${CONFIG} in the README word for word, so the two cannot drift`, () => {
	const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
	expect(readme, `copy ${CONFIG} into the README's nginx block`).toContain('```nginx\n' + config + '```\n');
	expect(config).toContain('alias /srv/explainer/dist/;');
});

describe.skipIf(!nginx)(`nginx with ${CONFIG}, serving the site built for ${BASE}`, () => {
	/** Built once per run with the sub-path test (tests/site/subpath.test.ts), which serves the same build. */
	let outDir: string;
	let server: Awaited<ReturnType<typeof startNginx>>;
	let buildOutput = '';

	beforeAll(async () => {
		const build = await sharedBuild(SUB_PATH_BUILD);
		if (build.status !== 0) throw new Error(`astro build with SITE_BASE=${BASE} failed:\n${build.output}`);
		outDir = build.outDir;
		buildOutput = build.output;
		server = await startNginx(nginx!, config.replaceAll('/srv/explainer/dist/', `${outDir}/`));
	});
	afterAll(async () => {
		await server?.stop();
	});

	const get = (path: string) => fetch(server.url + path, { redirect: 'manual' });
	const expectPromisedHeaders = (response: Response, what: string) => {
		for (const [name, value] of Object.entries(PROMISED)) expect(response.headers.get(name), `${name} on ${what}`).toBe(value);
	};

	it('builds with SITE_URL set without the placeholder warning', () => {
		expect(buildOutput).not.toMatch(/SITE_URL is not set/);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toContain('href="https://example.org/explainer/"');
	});

	it('serves the pages with the promised headers', async () => {
		for (const path of ['/explainer/', '/explainer/sources/003/', '/explainer/disputes/recusal/']) {
			const response = await get(path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
			expectPromisedHeaders(response, path);
			expect(await response.text()).toContain('<html');
		}
	});

	it('compresses pages, styles and scripts, and lets browsers keep the hashed files under _astro/ for a year', async () => {
		const page = await get('/explainer/');
		expect(page.headers.get('content-encoding')).toBe('gzip');
		expect(page.headers.get('cache-control')).toBeNull();
		const html = await page.text();
		const assets = [...html.matchAll(/(?:src|href)="(\/explainer\/_astro\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
		expect(assets.length).toBeGreaterThan(0);
		for (const path of assets) {
			const response = await get(path);
			expect(response.status, path).toBe(200);
			expect(response.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
			expect(response.headers.get('content-encoding'), path).toBe('gzip');
			expectPromisedHeaders(response, path);
		}
		// The raw reports are never re-encoded: what goes out is the received bytes themselves.
		const raw = readdirSync(join(outDir, 'sources/raw'))[0]!;
		expect((await get(`/explainer/sources/raw/${raw}`)).headers.get('content-encoding')).toBeNull();
	});

	it('serves every raw report byte for byte as text/plain; charset=utf-8 with the promised headers', async () => {
		const files = readdirSync(join(outDir, 'sources/raw'));
		expect(files.length).toBeGreaterThan(3);
		for (const file of files) {
			const response = await get(`/explainer/sources/raw/${file}`);
			expect(response.status, file).toBe(200);
			expect(response.headers.get('content-type'), file).toBe('text/plain; charset=utf-8');
			expectPromisedHeaders(response, file);
			const served = Buffer.from(await response.arrayBuffer());
			expect(served.equals(readFileSync(join(projectRoot, 'docs-data/sources', file))), `${file} byte-identical`).toBe(true);
		}
	});

	it('answers a missing page and a missing raw report with the site’s own 404 page', async () => {
		const notFound = readFileSync(join(outDir, '404.html'), 'utf8');
		for (const path of ['/explainer/no-such-page/', '/explainer/sources/raw/no-such-report.txt']) {
			const response = await get(path);
			expect(response.status, path).toBe(404);
			expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
			expectPromisedHeaders(response, path);
			expect(await response.text(), path).toBe(notFound);
		}
	});

	it('redirects /explainer to /explainer/', async () => {
		const response = await get('/explainer');
		expect(response.status).toBe(301);
		expect(new URL(response.headers.get('location')!, server.url).pathname).toBe('/explainer/');
	});

	it('was started by this test and runs as the PID it is stopped by', () => {
		expect(server.pid).toBeGreaterThan(0);
		expect(() => process.kill(server.pid, 0)).not.toThrow();
		// Missing files are logged as errors by nginx; they are the 404 checks above, nothing else is.
		const problems = server.errorLog().split('\n').filter((line) => /\[(emerg|alert|crit|error)\]/.test(line) && !/No such file or directory/.test(line));
		expect(problems).toEqual([]);
	});
});
