import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import { formatProblems, summarise } from '../lib/problems.ts';
import { checkSite, PAGES_DIR, type SiteCheck } from '../lib/site-check.ts';
import { CORPUS_DIR } from '../lib/corpus-files.ts';
import type { SiteData } from '../site.ts';

const VIRTUAL_ID = 'virtual:sourced/site';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** What pages import from `virtual:sourced/site`: the checked corpus and ledger as plain data. */
function serialise(check: SiteCheck): string {
	const data: SiteData = {
		sources: check.corpus.sources.map(({ meta, text, sha256, byteLength }) => ({ meta, text, sha256, byteLength })),
		ledger: check.ledger,
		players: check.players,
		problems: check.problems,
	};
	return `export default ${JSON.stringify(data)};`;
}

/**
 * Verifies every citation before Astro builds anything, and hands the result to pages.
 *
 * The check runs on the files on disk once per build (not once per page): all problems are printed
 * grouped by file with lines, and the build fails once. In `astro dev` problems are logged and the
 * offending component throws when its page renders, so the server keeps running while you fix it.
 */
export default function citations(): AstroIntegration {
	return {
		name: 'sourced-citations',
		hooks: {
			'astro:config:setup': ({ config, command, logger, updateConfig }) => {
				const root = fileURLToPath(config.root);
				let current = checkSite(root);
				if (current.problems.length > 0) {
					const report = formatProblems(current.problems);
					if (command === 'build') {
						const error = new AstroError(
							`Citation check failed. ${summarise(current.problems)}\n\n${report}`,
							'Every quote must occur word for word (whitespace aside) in the report it names. Run `npm run quote -- "some words"` to find the exact text.',
						);
						// The problems above already say where to look; a stack trace of this hook would not.
						error.stack = '';
						throw error;
					}
					logger.warn(`\n${report}`);
				}
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'sourced-citations:site-data',
								resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
								load: (id: string) => (id === RESOLVED_ID ? serialise(current) : undefined),
								configureServer(server) {
									const watched = [join(root, CORPUS_DIR), join(root, PAGES_DIR)];
									server.watcher.add(watched);
									server.watcher.on('all', (_event, path) => {
										if (!watched.some((dir) => path.startsWith(dir))) return;
										current = checkSite(root);
										if (current.problems.length > 0) logger.warn(`\n${formatProblems(current.problems)}`);
										// Pages render in Vite's SSR environment; drop the stale data there too.
										for (const environment of Object.values(server.environments)) {
											const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
											if (module) environment.moduleGraph.invalidateModule(module);
										}
									});
								},
							},
						],
					},
				});
			},
		},
	};
}
