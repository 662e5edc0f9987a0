import { loadCorpus, corpusLayout } from '../corpus/corpus-files.ts';
import { loadAttributions } from '../corpus/attributions-file.ts';
import { loadSentenceSettings } from '../corpus/sentences-file.ts';
import { formatProblems } from '../checks/problems.ts';
import { findQuote, formatHits } from '../authoring/quote-finder.ts';
import { frameCandidates, frameStub } from '../authoring/frame-candidates.ts';
import { CliError, type Command } from './command.ts';
import type { SiteConfig } from './site-config.ts';

/** The corpus as the build reads it, with the site's options. */
function readCorpus({ root, options }: SiteConfig) {
	return loadCorpus(root, corpusLayout(options.corpus), options.minQuoteLength, options.maxReportBytes);
}

/**
 * A report that does not load (a broken sources.yaml, a changed file) cannot be searched, so its
 * problems are printed first and the command exits non-zero: "no report contains" must never be
 * said of words that are there.
 */
export const quoteCommand: Command = {
	name: 'quote',
	summary: 'find words in the reports; prints ready-to-paste <Cite> tags',
	usage: 'npx verbatim-citations quote "words to find"',
	help: `Usage: npx verbatim-citations quote "words to find"

Searches every report for the words: exactly first, then ignoring case, quote marks and dashes,
then close matches. Prints each hit with its report, paragraph and surrounding words, and a tag to
paste with the report's exact characters. Exits 1 when nothing is found or the corpus has problems
(which are printed first: a report that does not load is not searched).

Example:
  npx verbatim-citations quote "weak position"`,
	async run({ args, io, site }) {
		const phrase = args.join(' ');
		if (phrase.trim() === '') throw new CliError(`Nothing to search for.\nUsage: ${quoteCommand.usage}`, 2);
		const { corpus, problems } = readCorpus(await site());
		if (problems.length > 0) io.err(`The corpus has problems, so this search may miss words that are in the reports:\n\n${formatProblems(problems)}\n`);
		if (corpus.sources.length === 0) {
			io.err(problems.length > 0 ? 'No report could be loaded, so nothing was searched. Fix the problems above, then search again.' : 'The corpus has no reports yet, so nothing was searched. Add one with npx verbatim-citations add-source <file>.');
			return 1;
		}
		const hits = findQuote(corpus, phrase);
		io.out(formatHits(phrase, hits));
		if (problems.length > 0) io.err(`Searched ${corpus.sources.length} reports (${corpus.sources.map((s) => s.id).join(', ')}); fix the problems above to search them all.`);
		return hits.length > 0 && problems.length === 0 ? 0 : 1;
	},
};

/** Proposes attribution frames for reports, marking those already recorded in attributions.yaml. */
export const framesCommand: Command = {
	name: 'frames',
	summary: 'candidate attribution frames of a report (said, told, according to, ...)',
	usage: 'npx verbatim-citations frames [id ...]',
	help: `Usage: npx verbatim-citations frames [id ...]

Lists the attribution frames a report's text suggests (said, says, told, according to, reports,
wrote, citing, ...), marking those already recorded in the corpus's attributions.yaml and printing
a YAML stub for each one still to confirm. Without an id, every report.

Example:
  npx verbatim-citations frames 003`,
	async run({ args, io, site }) {
		const config = await site();
		const dir = corpusLayout(config.options.corpus).dir;
		const { corpus } = readCorpus(config);
		const { frames } = loadAttributions(config.root, dir, corpus, config.options.minQuoteLength);
		const { settings } = loadSentenceSettings(config.root, dir, corpus);
		const unknown = args.filter((id) => !corpus.byId.has(id));
		if (unknown.length > 0) {
			const known = [...corpus.byId.keys()];
			throw new CliError(`No report ${unknown.join(', ')} in ${dir}/sources.yaml. ${known.length > 0 ? `Known ids: ${known.join(', ')}.` : 'It lists no report that loads; run npx verbatim-citations check.'}`, 2);
		}
		let open = 0;
		for (const source of corpus.sources.filter((s) => args.length === 0 || args.includes(s.id))) {
			const candidates = frameCandidates(source, frames, settings[source.id]);
			io.out(`\nReport ${source.id}: ${candidates.length} candidate frames, ${candidates.filter((c) => c.recorded).length} recorded`);
			for (const candidate of candidates) {
				io.out(`\n  ${candidate.recorded ? 'recorded' : 'TO CONFIRM'}  paragraph ${candidate.paragraph}, «${candidate.cue}»: ${candidate.sentence}`);
				if (!candidate.recorded) {
					open++;
					io.out(frameStub(candidate).replace(/^/gm, '    '));
				}
			}
		}
		io.out(`\n${open} candidates not recorded as frames: record each in ${dir}/attributions.yaml, or leave it if the words are the report's own voice.`);
		return 0;
	},
};
