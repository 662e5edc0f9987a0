/**
 * Proposes attribution frames for a report from its text (said, says, told, according to,
 * reports, wrote, citing, …), marking those already recorded in docs-data/attributions.yaml.
 * Usage: npm run frames -- 003        (or with no id: every report)
 */
import { loadCorpus } from '../packages/starlight-verbatim-citations/src/corpus/corpus-files.ts';
import { loadAttributions } from '../packages/starlight-verbatim-citations/src/corpus/attributions-file.ts';
import { loadSentenceSettings } from '../packages/starlight-verbatim-citations/src/corpus/sentences-file.ts';
import { frameCandidates, frameStub } from '../packages/starlight-verbatim-citations/src/authoring/frame-candidates.ts';

const root = process.cwd();
const { corpus } = loadCorpus(root);
const { frames } = loadAttributions(root, 'docs-data', corpus);
const { settings } = loadSentenceSettings(root, 'docs-data', corpus);
const ids = process.argv.slice(2);
const unknown = ids.filter((id) => !corpus.byId.has(id));
if (unknown.length > 0) {
	console.error(`No report ${unknown.join(', ')}. Known ids: ${[...corpus.byId.keys()].join(', ')}.`);
	process.exit(2);
}
let open = 0;
for (const source of corpus.sources.filter((s) => ids.length === 0 || ids.includes(s.id))) {
	const candidates = frameCandidates(source, frames, settings[source.id]);
	console.log(`\nReport ${source.id}: ${candidates.length} candidate frames, ${candidates.filter((c) => c.recorded).length} recorded`);
	for (const candidate of candidates) {
		console.log(`\n  ${candidate.recorded ? 'recorded' : 'TO CONFIRM'}  paragraph ${candidate.paragraph}, «${candidate.cue}»: ${candidate.sentence}`);
		if (!candidate.recorded) {
			open++;
			console.log(frameStub(candidate).replace(/^/gm, '    '));
		}
	}
}
console.log(`\n${open} candidates not recorded as frames: record each in docs-data/attributions.yaml, or leave it if the words are the report's own voice.`);
