import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';

/**
 * The site and browser files share one module graph per worker (vitest.config.ts, isolate: false):
 * a file that mocks a module, stubs a global or changes the environment or the working folder
 * would change them for the files that run after it in the same worker, in an order that differs
 * from run to run. Such a file must undo it or live in a project of its own.
 */
const SHARED_STATE = [
	/\bvi\.(mock|doMock|stubEnv|stubGlobal|spyOn)\(/,
	/\bprocess\.env(\.\w+|\[[^\]]+\])\s*=(?!=)/,
	/\bdelete\s+process\.env\b/,
	/\bprocess\.chdir\(/,
];

/** `file:line  text` for each line of `source` that changes state the files of a worker share. */
function sharedStateChanges(file: string, source: string): string[] {
	return source.split('\n').flatMap((line, index) => (SHARED_STATE.some((pattern) => pattern.test(line)) ? [`${file}:${index + 1}  ${line.trim()}`] : []));
}

const sharedGraphFiles = (dir: string): string[] =>
	readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.test.ts'))
		.map((name) => join(dir, name))
		.filter((path) => !relative(join(projectRoot, 'tests'), path).startsWith('unit'));

describe('files that share a module graph leave its state alone', () => {
	it('finds a mock, a stubbed environment, an assignment to process.env and a chdir', () => {
		const source = "vi.mock('node:fs');\nvi.stubEnv('SITE_URL', 'x');\nprocess.env.SITE_BASE = '/x/';\nprocess.env['A'] = 'b';\ndelete process.env.A;\nprocess.chdir('/tmp');\nif (process.env.CI === '1') {}\n";
		expect(sharedStateChanges('x.test.ts', source).map((line) => line.split('  ')[0])).toEqual(['x.test.ts:1', 'x.test.ts:2', 'x.test.ts:3', 'x.test.ts:4', 'x.test.ts:5', 'x.test.ts:6']);
	});

	it('holds for every site and browser test file', () => {
		const files = sharedGraphFiles(join(projectRoot, 'tests'));
		expect(files.length).toBeGreaterThan(20);
		const changes = files.flatMap((path) => sharedStateChanges(relative(projectRoot, path), readFileSync(path, 'utf8')));
		expect(changes, 'these lines change state the next file in the same worker would see: undo it in the file, or give the file a project of its own in vitest.config.ts').toEqual([]);
	});
});
