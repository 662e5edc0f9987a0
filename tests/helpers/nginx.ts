import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** A loopback port nothing listens on now (the OS picks it; the probe is closed at once). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/**
 * Runs `nginx` in the foreground on 127.0.0.1 with `locations` (a server-block snippet) inside a
 * minimal server, every path nginx writes in a temporary folder, so it runs without root. Stopped
 * by the PID of the process started here, never by name.
 */
export async function startNginx(nginx: string, locations: string): Promise<{ url: string; pid: number; stop: () => Promise<void>; errorLog: () => string }> {
	const dir = mkdtempSync(join(tmpdir(), 'explainer-nginx-'));
	const port = await freePort();
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${dir}/${kind};`).join(' ');
	// As root, nginx's workers would switch to "nobody", who cannot read a private temp folder.
	const user = process.getuid?.() === 0 ? `user ${userInfo().username};` : '';
	writeFileSync(
		join(dir, 'nginx.conf'),
		`${user}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    ${temp}
    server {
        listen 127.0.0.1:${port};
        server_name localhost;
${locations}
    }
}
`,
	);
	const child: ChildProcess = spawn(nginx, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
	let stderr = '';
	child.stderr!.on('data', (chunk) => (stderr += chunk));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const errorLog = () => {
		try {
			return readFileSync(join(dir, 'error.log'), 'utf8') + stderr;
		} catch {
			return stderr;
		}
	};
	// Ready when it answers on its port.
	for (let tries = 0; ; tries++) {
		if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${errorLog()}`);
		try {
			await fetch(`http://127.0.0.1:${port}/`);
			break;
		} catch {
			if (tries > 100) throw new Error(`nginx did not answer on 127.0.0.1:${port}:\n${errorLog()}`);
			await new Promise((done) => setTimeout(done, 100));
		}
	}
	return {
		url: `http://127.0.0.1:${port}`,
		pid: child.pid!,
		errorLog,
		stop: async () => {
			// SIGQUIT: nginx's graceful shutdown of the master and its worker.
			process.kill(child.pid!, 'SIGQUIT');
			await exited;
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
