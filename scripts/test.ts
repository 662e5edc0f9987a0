/**
 * `npm test`: the type check and the unit tests side by side, then the site and browser tests.
 * The type check is one process on one core while the unit tests leave part of the other idle, so
 * together they take about the unit tests' time. The unit tests print as they run; the type
 * check's output is held and printed whole after them. Any failure stops before the site tests.
 */
import { spawn } from 'node:child_process';

function run(script: string, held: boolean): Promise<{ status: number; output: string }> {
	return new Promise((done) => {
		const child = spawn('npm', ['run', '--silent', script], { stdio: held ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
		const chunks: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('error', (error) => done({ status: 1, output: `npm run ${script} could not start: ${error.message}\n` }));
		child.on('close', (status) => done({ status: status ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
	});
}

const typecheck = run('typecheck', true);
const unit = await run('test:unit', false);
const types = await typecheck;
process.stdout.write(types.output);
console.log(types.status === 0 ? 'Type check: no errors.' : `Type check failed (exit ${types.status}): the errors are above.`);
if (unit.status !== 0 || types.status !== 0) process.exit(1);
process.exit((await run('test:site', false)).status);
