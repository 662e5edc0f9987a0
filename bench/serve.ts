import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

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

/**
 * A plain static file server for dist/ on 127.0.0.1, mounted at `base` like a static host would
 * serve a sub-path. No rewriting beyond directory index files.
 */
export async function serveDist(dir: string, base: string): Promise<{ url: string; close: () => Promise<void> }> {
	const server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) {
			response.writeHead(404).end('not found');
			return;
		}
		let file = normalize(join(dir, path.slice(base.length)));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(normalize(dir)) || !existsSync(file)) {
			response.writeHead(404, { 'Content-Type': 'text/html' });
			createReadStream(join(dir, '404.html')).pipe(response);
			return;
		}
		response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
