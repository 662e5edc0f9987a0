// The npm registry this project is built against lacks some other-platform optional binaries
// (e.g. @astrojs/compiler-binding-darwin-arm64). `npm install` then leaves them out of
// package-lock.json and `npm ci` refuses the lockfile as out of sync. This records each missing
// optional dependency as an optional, platform-restricted entry, which `npm ci` skips on other
// platforms without fetching. Run after any `npm install` that changes the lockfile:
//   node scripts/lock-missing-optionals.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = [
	[/android-arm64/, ['android'], ['arm64']],
	[/darwin-arm64/, ['darwin'], ['arm64']],
	[/darwin-x64/, ['darwin'], ['x64']],
	[/linux-arm64/, ['linux'], ['arm64']],
	[/freebsd-x64/, ['freebsd'], ['x64']],
	[/win32-arm64|windows-arm64/, ['win32'], ['arm64']],
	[/win32-x64|windows-x64/, ['win32'], ['x64']],
	[/wasm32-wasi/, null, ['wasm32']],
];

let output = '';
try {
	execFileSync('npm', ['ci', '--dry-run'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (error) {
	output = `${error.stdout}${error.stderr}`;
}
const missing = [...output.matchAll(/Missing: (@?[^@\s]+)@ from lock file/g)].map((m) => m[1]);
if (missing.length === 0) {
	console.log('package-lock.json is in sync; nothing to add.');
	process.exit(0);
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
for (const name of missing) {
	const parent = Object.values(lock.packages).find((p) => p.optionalDependencies?.[name]);
	const [, os, cpu] = PLATFORMS.find(([pattern]) => pattern.test(name)) ?? [];
	if (!parent || !cpu) throw new Error(`Cannot place ${name}: no parent or unknown platform.`);
	lock.packages[`node_modules/${name}`] = {
		version: parent.optionalDependencies[name],
		...(cpu && { cpu }),
		...(os && { os }),
		optional: true,
	};
	console.log(`recorded ${name}@${parent.optionalDependencies[name]}`);
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
