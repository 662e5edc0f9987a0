import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The unit group's temporary folders, and a check that none is left behind. Tests make folders
 * under os.tmpdir(); this points TMPDIR (which os.tmpdir() reads, in the test workers and in the
 * commands they start) at one folder for the run, and when the run ends refuses it if anything is
 * left there: eight folders a run used to pile up in /tmp unnoticed (192 after a day of runs).
 * Test workers are started after the global setup, with its environment.
 */
export default function setup() {
	const previous = process.env.TMPDIR;
	const scratch = mkdtempSync(join(tmpdir(), 'verbatim-unit-tests-'));
	process.env.TMPDIR = scratch;
	return () => {
		if (previous === undefined) delete process.env.TMPDIR;
		else process.env.TMPDIR = previous;
		const left = readdirSync(scratch);
		rmSync(scratch, { recursive: true, force: true });
		if (left.length > 0) {
			throw new Error(
				`The unit tests left ${left.length} temporary folder${left.length === 1 ? '' : 's'} behind: ${left.slice(0, 10).join(', ')}${left.length > 10 ? ', …' : ''}. ` +
					'A test removes what it makes: use scratchFolder() from tests/helpers/scratch-folder.ts, which removes its folder when the test finishes.',
			);
		}
	};
}
