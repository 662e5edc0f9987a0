import type { AttributionFrame } from '../reading/attribution.ts';
import type { Corpus } from '../engine/corpus.ts';
import { resolveCitation } from '../engine/resolve.ts';
import { attributionsFileSchema } from '../schemas/attributions.ts';
import { describeCitationProblem } from '../pages/citation-messages.ts';
import type { SiteProblem } from '../engine/site-problem.ts';
import { corpusLayout } from './corpus-files.ts';
import { readYamlFile } from './yaml-file.ts';

/** Where a corpus keeps its attribution frames, beside sources.yaml. */
export const attributionsFile = (corpusDir: string) => corpusLayout(corpusDir).attributionsFile;

const HINT = 'Each report id maps to a list of frames (frame, governs, kind, who, names); see src/verbatim-citations/schemas/attributions.ts. `npx verbatim-citations frames <id>` proposes candidates.';

/**
 * Reads the attribution frames of every report and verifies their words like citations: the
 * frame and the span it governs must each occur once, verbatim, in that report. Every report of
 * the corpus must have an entry when `required`, so a new report cannot slip in without its frames
 * being read; a site without the attribution rule needs no file at all.
 */
export function loadAttributions(
	root: string,
	corpusDir: string,
	corpus: Corpus,
	minQuoteLength?: number,
	/** Whether every report must have an entry: only while the attribution rule is on. */
	required = true,
): { frames: AttributionFrame[]; problems: SiteProblem[] } {
	const file = attributionsFile(corpusDir);
	const read = readYamlFile(root, file, attributionsFileSchema, 'attributions-invalid', HINT);
	const problems = [...read.problems];
	const data = read.data ?? {};
	const frames: AttributionFrame[] = [];
	if (required && read.problems.length === 0) {
		for (const source of corpus.sources) {
			if (Object.hasOwn(data, source.id)) continue;
			problems.push({
				file,
				line: 1,
				column: 1,
				code: 'attributions-missing',
				message: read.exists ? `Report ${source.id} has no entry in ${file}.` : `${file} is missing, so no report's attribution frames are recorded.`,
				sourceId: source.id,
				hint: `Run npx verbatim-citations frames ${source.id}, confirm the frames it proposes and add them under "${source.id}": (an empty list [] if the report attributes nothing).`,
			});
		}
	}
	for (const [sourceId, list] of Object.entries(data)) {
		if (!corpus.byId.has(sourceId)) {
			problems.push({ file, line: read.lineAt([sourceId]), column: 1, code: 'attributions-invalid', message: `There is no report "${sourceId}".`, hint: `Use an id of docs-data/sources.yaml: ${[...corpus.byId.keys()].join(', ')}.`, sourceId });
			continue;
		}
		list.forEach((input, index) => {
			if (input.kind !== 'own-voice' && input.names.length === 0) {
				problems.push({ file, line: read.lineAt([sourceId, index]), column: 1, code: 'attributions-invalid', message: `Frame «${input.frame}» of report ${sourceId} has no names, so no sentence could name it.`, hint: `Add names: words a citing sentence must use, e.g. names: [${JSON.stringify(input.who)}].` });
				return;
			}
			const located: Partial<Record<'frame' | 'governs', { start: number; end: number }>> = {};
			for (const field of ['frame', 'governs'] as const) {
				const resolution = resolveCitation(corpus, sourceId, input[field], minQuoteLength);
				if (resolution.ok) {
					located[field] = resolution.citation;
					continue;
				}
				const { message, hint } = describeCitationProblem(resolution.problem);
				problems.push({ file, line: read.lineAt([sourceId, index, field]), column: 1, code: resolution.problem.code, message: `Attribution ${field} of report ${sourceId}: ${message}`, hint, sourceId });
			}
			if (located.frame && located.governs) {
				frames.push({ ...input, sourceId, frameStart: located.frame.start, frameEnd: located.frame.end, start: located.governs.start, end: located.governs.end });
			}
		});
	}
	return { frames, problems };
}
