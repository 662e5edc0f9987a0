import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { corpusMessages } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-messages.ts';
import { datelineBasis, statedDates, unprovedDateline } from '../../packages/starlight-verbatim-citations/src/corpus/dateline-evidence.ts';

const REPORT = 'WASHINGTON, July 26, 2017 — The harbour board voted on Monday to close the old pier.\n';

function site(entry: string): string {
	const root = mkdtempSync(join(tmpdir(), 'vc-dateline-'));
	mkdirSync(join(root, 'docs-data/sources'), { recursive: true });
	writeFileSync(join(root, 'docs-data/sources.yaml'), `- id: "000"\n  file: a.txt\n  title: A report\n  summary: A report.\n${entry}`);
	writeFileSync(join(root, 'docs-data/sources/a.txt'), REPORT);
	writeFileSync(join(root, 'docs-data/sources/SHA256SUMS'), `${createHash('sha256').update(REPORT).digest('hex')}  a.txt\n`);
	return root;
}

describe('datelines proved by the report or vouched for by the editors', () => {
	let root: string | undefined;
	afterEach(() => root && rmSync(root, { recursive: true, force: true }));

	it('reads the full dates a report states, in the forms reports write them', () => {
		expect(statedDates('date 2017-07-26 Trump said').map((d) => [d.date, d.words])).toEqual([['2017-07-26', '2017-07-26']]);
		expect(statedDates('On July 26, 2017 and 3 Aug. 2017, and Sept 1st 2017').map((d) => d.date)).toEqual(['2017-07-26', '2017-08-03', '2017-09-01']);
		// Not dates: a day that does not exist, a version number, a bare month and day.
		expect(statedDates('2017-02-30, v2017-07-26x, 12017-07-261 and on July 26')).toEqual([]);
	});

	it('refuses a dateline the text does not state, naming what it states and the fix', () => {
		const datelineProblem = (id: string, text: string, meta: Parameters<typeof unprovedDateline>[1]) => {
			const stated = unprovedDateline(text, meta);
			return stated && corpusMessages['dateline-unsupported'](id, meta.dateline!, stated);
		};
		const problem = datelineProblem('000', REPORT, { dateline: '2017-07-25' });
		expect(problem?.message).toBe(
			"Report 000's dateline 2017-07-25 is not stated in its text. The text states 2017-07-26 («July 26, 2017»). A dateline decides worked-out dates and which of two copies came first, so it must be proved.",
		);
		expect(problem?.hint).toMatch(/^Write the date the text states \(dateline: 2017-07-26\), or, if the dateline comes from elsewhere, say where: datelineSource: /);
		expect(datelineProblem('000', 'No date here.', { dateline: '2017-07-25' })?.message).toContain('The text states no full date.');
	});

	it('accepts a stated dateline, or one with the editors’ source, and says which basis it rests on', () => {
		expect(unprovedDateline(REPORT, { dateline: '2017-07-26' })).toBeUndefined();
		expect(datelineBasis(REPORT, { dateline: '2017-07-26' })).toEqual({ kind: 'text', words: 'July 26, 2017' });
		const source = { note: 'The wire service’s own archive page', url: 'https://example.org/a' };
		expect(unprovedDateline(REPORT, { dateline: '2017-07-25', datelineSource: source })).toBeUndefined();
		expect(datelineBasis(REPORT, { dateline: '2017-07-25', datelineSource: source })).toEqual({ kind: 'editors', ...source });
		expect(datelineBasis(REPORT, {})).toBeUndefined();
	});

	it('is a problem of the corpus, on the dateline line of sources.yaml', () => {
		root = site('  dateline: 2017-07-25\n');
		const { problems } = loadCorpus(root);
		expect(problems.map((p) => [p.file, p.line, p.code, p.sourceId])).toEqual([['docs-data/sources.yaml', 5, 'dateline-unsupported', '000']]);
		rmSync(root, { recursive: true, force: true });
		root = site('  dateline: 2017-07-25\n  datelineSource:\n    note: From the wire service’s archive.\n');
		expect(loadCorpus(root).problems).toEqual([]);
		rmSync(root, { recursive: true, force: true });
		root = site('  dateline: 2017-07-25\n  datelineSource:\n    url: not a url\n');
		expect(loadCorpus(root).problems.map((p) => p.code)).toContain('metadata-invalid');
	});
});
