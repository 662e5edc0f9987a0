import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { astroBin } from './project.ts';

const VITEST_ENV = /^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST(_.*)?)$/;

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export interface DevServer {
	url: string;
	/** GET a path; the body is read whole. */
	get: (path: string) => Promise<{ status: number; body: string }>;
	/** GETs a path until `until` holds for the answer (the watcher needs a moment after an edit). */
	poll: (path: string, until: (answer: { status: number; body: string }) => boolean, timeoutMs?: number) => Promise<{ status: number; body: string }>;
	output: () => string;
	stop: () => Promise<void>;
}

/** Starts `astro dev` in `root` on a free loopback port and waits until it answers. */
export async function startDevServer(root: string): Promise<DevServer> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
	// Its own process group, so stop() ends the server and any helper it started, and nothing else.
	const child: ChildProcess = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)], {
		cwd: root,
		detached: true,
		env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout!.on('data', (chunk) => (log += chunk));
	child.stderr!.on('data', (chunk) => (log += chunk));
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	const get = async (path: string) => {
		const response = await fetch(`${url}${path}`, { signal: AbortSignal.timeout(60_000) });
		return { status: response.status, body: await response.text() };
	};
	const stop = async () => {
		if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
		await exited;
	};
	const poll: DevServer['poll'] = async (path, until, timeoutMs = 30_000) => {
		const started = Date.now();
		for (;;) {
			const answer = await get(path).catch(() => undefined);
			if (answer && until(answer)) return answer;
			if (Date.now() - started > timeoutMs) throw new Error(`GET ${path}: no expected answer within ${timeoutMs} ms; last ${answer?.status}.\n${log.slice(-3000)}`);
			await new Promise((done) => setTimeout(done, 250));
		}
	};
	try {
		await poll('/', () => true, 120_000);
	} catch (error) {
		await stop();
		throw error;
	}
	return { url, get, poll, output: () => log, stop };
}
