import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PREBUILT_ENV, prebuiltSite } from '../helpers/build-stamp.ts';

/** The handover of npm test's build to the site group's global setup (scripts/test.ts). */
describe('prebuiltSite', () => {
	const folder = mkdtempSync(join(tmpdir(), 'prebuilt-'));
	afterAll(() => rmSync(folder, { recursive: true, force: true }));
	const handover = (name: string, content: string) => {
		const path = join(folder, name);
		writeFileSync(path, content);
		return { [PREBUILT_ENV]: path };
	};

	it('is undefined when nothing was built before the run (npm run test:site alone)', () => {
		expect(prebuiltSite({})).toBeUndefined();
		expect(prebuiltSite({ [PREBUILT_ENV]: '' })).toBeUndefined();
	});

	it('gives the build npm test recorded: its output and its time', () => {
		const build = { status: 0, output: '27 page(s) built in 5.42s', seconds: 9.5 };
		expect(prebuiltSite(handover('ok.json', JSON.stringify(build)))).toEqual(build);
	});

	it('refuses a handover it cannot read, naming the file, instead of building silently or testing a stale site', () => {
		expect(() => prebuiltSite({ [PREBUILT_ENV]: join(folder, 'missing.json') })).toThrow(/missing\.json, which does not hold the build npm test made \(ENOENT/);
		expect(() => prebuiltSite(handover('torn.json', '{"status": 0, "outp'))).toThrow(/torn\.json, which does not hold the build npm test made/);
	});

	it('refuses a handover of a failed or incomplete build', () => {
		expect(() => prebuiltSite(handover('failed.json', JSON.stringify({ status: 1, output: 'error', seconds: 3 })))).toThrow(/failed\.json, which records no successful build \(status 1\)/);
		expect(() => prebuiltSite(handover('partial.json', JSON.stringify({ status: 0, seconds: 3 })))).toThrow(/records no successful build/);
	});
});
