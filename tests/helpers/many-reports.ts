import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { random, syntheticReport, vocabularyOf } from '../../bench/synthetic.ts';
import { main } from '../../packages/starlight-verbatim-citations/src/cli/main.ts';

/**
 * Adds generated reports to a copy of the site until it holds `total`, each through add-source as
 * an editor would (title, summary, outlet and byline as flags; its sentences "not used yet"), so a
 * test sees what pages listing every report look like with that many. Returns the new ids.
 */
export async function addGeneratedReports(root: string, total: number): Promise<string[]> {
	const dir = join(root, 'docs-data/sources');
	const texts = readdirSync(dir).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(dir, name), 'utf8'));
	const vocabulary = vocabularyOf(texts);
	const next = random(total);
	const ids: string[] = [];
	const quiet = { out: () => {}, err: (text: string) => ids.push(`error: ${text}`) };
	for (let n = texts.length; n < total; n++) {
		const file = join(root, `generated-${n}.txt`);
		writeFileSync(file, syntheticReport(next, vocabulary));
		const flags = ['--title', `Generated report number ${n}`, '--summary', 'Words drawn from the other reports, for a test of many reports.', '--outlet', `The Generated Gazette of District ${n}`, '--byline', 'A generated wire service'];
		const status = await main(['add-source', file, ...flags], root, quiet);
		if (status !== 0) throw new Error(`add-source refused generated report ${n}: ${ids.filter((i) => i.startsWith('error')).join('\n')}`);
		ids.push(String(n).padStart(3, '0'));
	}
	return ids;
}
