import { corpusLayout } from './corpus-files.ts';
import { sentencesFileSchema, type ReportSentences } from '../schemas/sentences.ts';
import type { Corpus } from '../engine/corpus.ts';
import type { SiteProblem } from '../engine/site-problem.ts';
import { readYamlFile } from './yaml-file.ts';

/** Where a corpus keeps its sentence corrections and excuses, beside sources.yaml. */
export const sentencesFile = (corpusDir: string) => corpusLayout(corpusDir).sentencesFile;

const HINT = 'Each report id maps to join, split and excused; see src/verbatim-citations/schemas/sentences.ts.';

/**
 * Reads the editors' sentence corrections per report. Every `join` and `split` string must be in
 * its report (verbatim), or it would silently do nothing. The file is optional.
 */
export function loadSentenceSettings(root: string, corpusDir: string, corpus: Corpus): { settings: Record<string, ReportSentences>; problems: SiteProblem[]; lineAt: (path: (string | number)[]) => number; file: string } {
	const file = sentencesFile(corpusDir);
	const read = readYamlFile(root, file, sentencesFileSchema, 'sentences-invalid', HINT);
	const problems = [...read.problems];
	const settings = read.data ?? {};
	for (const [sourceId, entry] of Object.entries(settings)) {
		const source = corpus.byId.get(sourceId);
		if (!source) {
			problems.push({ file, line: read.lineAt([sourceId]), column: 1, code: 'sentences-invalid', message: `There is no report "${sourceId}".`, hint: `Use an id of docs-data/sources.yaml: ${[...corpus.byId.keys()].join(', ')}.`, sourceId });
			continue;
		}
		for (const field of ['join', 'split'] as const) {
			entry[field].forEach((words, index) => {
				if (source.text.includes(words)) return;
				problems.push({ file, line: read.lineAt([sourceId, field, index]), column: 1, code: 'sentences-invalid', message: `Report ${sourceId} has no «${words}», so this ${field} does nothing.`, hint: 'Copy the words exactly from the report.', sourceId });
			});
		}
	}
	return { settings, problems, lineAt: read.lineAt, file };
}
