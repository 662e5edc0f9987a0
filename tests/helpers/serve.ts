import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
};

export interface HeaderRule {
	/** Path pattern as written in `_headers`; `*` matches any run of characters. */
	path: string;
	headers: [name: string, value: string][];
}

/**
 * Parses a Netlify/Cloudflare `_headers` file: a path pattern on its own line, then indented
 * `Name: value` lines. Comments start with `#`.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: [] });
			continue;
		}
		const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
		const rule = rules.at(-1);
		if (!match || !rule) throw new Error(`_headers: cannot read line «${line}»`);
		rule.headers.push([match[1]!.trim(), match[2]!.trim()]);
	}
	return rules;
}

/** The headers `_headers` rules give a request path (every matching rule applies, in order). */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		const pattern = new RegExp(`^${rule.path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
		if (pattern.test(path)) for (const [name, value] of rule.headers) headers[name] = value;
	}
	return headers;
}

/**
 * A plain static file server for a built site on 127.0.0.1, mounted at `base` the way a static
 * host serves a sub-path: directory index files, a 404 page, nothing else. With `headers: true`
 * it also sends what the site's `_headers` file asks for, as Netlify or Cloudflare Pages would.
 */
export async function serveDist(
	dir: string,
	base: string,
	options: { headers?: boolean } = {},
): Promise<{ url: string; port: number; close: () => Promise<void> }> {
	const root = resolve(dir);
	const rules = options.headers && existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const extra = headersFor(rules, path);
		let file = resolve(root, `.${sep}${path.slice(base.length)}`);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!path.startsWith(base) || !(file === root || file.startsWith(root + sep)) || !existsSync(file)) {
			const notFound = join(root, '404.html');
			response.writeHead(404, { 'Content-Type': TYPES['.html']!, ...extra });
			response.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
			return;
		}
		response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
		response.end(request.method === 'HEAD' ? undefined : readFileSync(file));
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		port,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
