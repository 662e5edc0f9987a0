import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusLayout } from '../corpus/corpus-files.ts';
import type { Command } from './command.ts';

/** A file `init` writes, relative to the site's root, with its content. */
export interface StarterFile {
	path: string;
	text: string;
	why: string;
}

/**
 * Every metadata file of an empty corpus, each valid as written: the loaders in corpus/ accept an
 * empty list of reports (sources.yaml), an empty SHA256SUMS, and an empty map of attribution
 * frames or sentence settings and an empty list of players, since they hold one entry per report
 * or player and there is none yet. (attributions.yaml is required as soon as the corpus has a
 * report: creating it now means the first report meets a file to add its frames to.)
 */
export function starterFiles(corpusDir: string): StarterFile[] {
	const layout = corpusLayout(corpusDir);
	return [
		{ path: layout.metadataFile, text: '# One entry per report; npx verbatim-citations add-source <file> appends them.\n[]\n', why: 'the list of reports' },
		{ path: layout.checksumFile, text: '', why: "each report's SHA-256, written by add-source" },
		{ path: layout.attributionsFile, text: '# Per report id, its attribution frames; npx verbatim-citations frames <id> proposes them.\n{}\n', why: 'attribution frames per report' },
		{ path: layout.sentencesFile, text: '# Per report id, sentence joins, splits and excused sentences (all optional).\n{}\n', why: 'sentence corrections per report' },
		{ path: layout.playersFile, text: '# The people and bodies the reports quote (optional).\n[]\n', why: 'the players' },
	];
}

/** Which starter files to write: those not on disk yet (an existing file is never touched). */
export function planInit(files: readonly StarterFile[], exists: (path: string) => boolean): { create: StarterFile[]; keep: StarterFile[] } {
	return { create: files.filter((f) => !exists(f.path)), keep: files.filter((f) => exists(f.path)) };
}

/** What to do after init: the plugin line and a first cited page. */
export function nextSteps(corpusDir: string, configured: boolean): string {
	const plugin = corpusDir === 'docs-data' ? 'verbatimCitations()' : `verbatimCitations({ corpus: '${corpusDir}' })`;
	return `Next:
  1. ${configured ? 'The plugin is already in your astro.config.' : `Add the plugin to starlight() in astro.config.mjs (import verbatimCitations from 'starlight-verbatim-citations'):\n       plugins: [${plugin}],`}
  2. Add a report: npx verbatim-citations add-source path/to/report.txt (then fill in its TODO title and summary).
  3. Cite it in a page, e.g. src/content/docs/example.mdx:

       ---
       title: Example
       ---
       import { Cite } from 'starlight-verbatim-citations/components';

       The council approved the budget.<Cite source="000" quote="approved the budget" />

     npx verbatim-citations quote "some words" prints tags ready to paste.
  4. npx verbatim-citations check, then npx verbatim-citations build.`;
}

export const initCommand: Command = {
	name: 'init',
	summary: 'create the corpus folder and its metadata files, empty and valid',
	usage: 'npx verbatim-citations init',
	help: `Usage: npx verbatim-citations init

Creates the corpus folder (the plugin's corpus option, docs-data by default) with every metadata
file the plugin reads, each empty and valid: sources.yaml, sources/SHA256SUMS, attributions.yaml,
sentences.yaml and players.yaml. A file that already exists is never overwritten; the command says
what it created and what it left alone, then prints the next steps.

Example:
  npx verbatim-citations init`,
	async run({ io, site }) {
		const { root, options, configured } = await site();
		const dir = corpusLayout(options.corpus).dir;
		const { create, keep } = planInit(starterFiles(dir), (path) => existsSync(join(root, path)));
		for (const file of create) {
			mkdirSync(dirname(join(root, file.path)), { recursive: true });
			// 'wx': a file that appeared since the plan is still not overwritten.
			writeFileSync(join(root, file.path), file.text, { flag: 'wx' });
		}
		const list = (files: StarterFile[]) => files.map((f) => `  ${f.path}  (${f.why})`).join('\n');
		if (create.length > 0) io.out(`Created:\n${list(create)}`);
		if (keep.length > 0) io.out(`Left alone (already there):\n${list(keep)}`);
		io.out(`\n${nextSteps(dir, configured)}`);
		return 0;
	},
};
