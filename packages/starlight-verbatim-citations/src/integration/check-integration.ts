import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { sourceRoutes } from '../engine/anchors.ts';
import { DEV_PROBLEMS_KEY, problemsByPage, type DevProblems } from '../checks/affected-pages.ts';
import { corpusLayout, type CorpusLayout } from '../corpus/corpus-files.ts';
import { formatProblems, summarise } from '../checks/problems.ts';
import { checkSite, PAGES_DIR, type SiteCheck } from '../checks/site-check.ts';
import type { CitationOptions } from '../schemas/options.ts';
import type { SiteData } from '../components/parts/site-data.ts';
import type { AstroIntegration } from './astro-types.ts';
import { quietBuildLogs } from './quiet-build.ts';

export const VIRTUAL_ID = 'virtual:verbatim-citations/data';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Where the check hands its result to the pages: a global of this process, which the data module
 * returns (see DATA_MODULE). Astro renders every page in the process that ran this hook, in a build
 * as in `astro dev`. The data used to be written into the module as a JavaScript literal: at 2,000
 * reports that is over 40 MB of source that Vite's bundler parsed, printed and wrote, and Node then
 * parsed again, for objects this process already holds. One global per process: two sites built
 * at the same time in one process (Astro's programmatic build() run concurrently) would share it.
 */
export const SITE_DATA_KEY = Symbol.for('verbatim-citations:site-data');

/** The virtual data module: the published data, or a clear failure if it is loaded anywhere else. */
export const DATA_MODULE = `const data = globalThis[Symbol.for(${JSON.stringify(SITE_DATA_KEY.description)})];
if (data === undefined) throw new Error('${VIRTUAL_ID} has no data: it is filled by the verbatim-citations integration in the process that builds or serves the site.');
export default data;`;

/** What pages import from the virtual module: the checked corpus and ledger, without the check's parse trees. */
function siteData(check: SiteCheck, options: CitationOptions): SiteData {
	const { sourcesRoute, sourceNoun, jsonLd, referenceList, lineage, ledger } = options;
	return {
		settings: { sourcesRoute, sourceNoun, jsonLd, referenceList, lineage, ledger },
		sources: check.corpus.sources.map(({ meta, text, sha256, byteLength }) => ({ meta, text, sha256, byteLength })),
		ledger: check.ledger,
		players: check.players,
		frames: check.frames,
		sentenceSettings: check.sentenceSettings,
		dates: check.dates,
		disagreements: check.disagreements,
		sharedPassages: check.sharedPassages,
		problems: check.problems,
	};
}

/** Hands the checked data to the pages (DATA_MODULE reads it), whichever thread checked it. */
function publishSiteData(data: SiteData): void {
	(globalThis as Record<symbol, unknown>)[SITE_DATA_KEY] = data;
}

/** What a build needs of the check: the pages' data and the problems. */
export interface CheckForPages {
	data: SiteData;
	problems: SiteCheck['problems'];
	warnings: SiteCheck['warnings'];
}

/** The check of a build, as check-worker.mjs runs it: without the parse trees, which stay in the worker. */
export function checkForPages(root: string, options: CitationOptions): CheckForPages {
	const check = checkSite(root, options);
	return { data: siteData(check, options), problems: check.problems, warnings: check.warnings };
}

/**
 * The check in a worker thread (check-worker.mjs). `astro build` syncs the content collections
 * after astro:config:setup, then bundles the site; the check runs beside both on the second core,
 * and the build waits for it only when the bundles are done, before the first page renders (see
 * citationCheck). An error in the check rejects with the worker's error, as a throw from the hook
 * would.
 */
export function checkInWorker(root: string, options: CitationOptions): Promise<CheckForPages> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./check-worker.mjs', import.meta.url), { workerData: { root, options } });
		let settled = false;
		worker.once('message', (result: CheckForPages) => {
			settled = true;
			resolve(result);
			void worker.terminate();
		});
		worker.once('error', (error) => {
			settled = true;
			reject(error);
		});
		worker.once('exit', (code) => {
			if (!settled) reject(new Error(`The citation check stopped (worker exit code ${code}) before it finished. Run npx verbatim-citations check to see it run on its own.`));
		});
	});
}

/** Publishes the current problems, sorted by page, for the dev server's middleware. */
function publishDevProblems(check: SiteCheck, layout: CorpusLayout, options: CitationOptions): void {
	const reports = check.corpus.sources.map(({ id, meta }) => ({ id, file: meta.file }));
	const published: DevProblems = {
		byPage: problemsByPage(check.problems, check.ledger, reports, layout),
		reportIds: Object.fromEntries(reports.map(({ id, file }) => [file, id])),
		sourcesRoute: options.sourcesRoute,
	};
	(globalThis as Record<symbol, unknown>)[DEV_PROBLEMS_KEY] = published;
}

/** The part of a Vite module runner's cache this plugin touches (RunnableDevEnvironment.runner). */
interface RunnerCache {
	evaluatedModules: { getModuleById(id: string): object | undefined; invalidateModule(module: object): void };
}

const warningCount = (warnings: SiteCheck['warnings']) => (warnings.length === 0 ? '' : ` And ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (rules set to "warn", listed above).`);

/**
 * Problems of rules the site set to `warn`: printed with the logger's warn, the build goes on. A
 * site with none prints nothing, so a real warning stands out.
 */
function reportWarnings(logger: { warn: (message: string) => void }, warnings: SiteCheck['warnings']): void {
	if (warnings.length === 0) return;
	logger.warn(`${warnings.length} warning${warnings.length === 1 ? '' : 's'} (rules set to "warn" do not refuse the build): ${summarise(warnings)}\n\n${formatProblems(warnings)}`);
}

/**
 * What a build that is refused leaves in its output folder: nothing. Astro empties the folder (all
 * but .git) before it bundles; a verdict that arrives while it bundles finds chunks there, which
 * are removed the same way, so no half-built site is left to deploy.
 */
function removeBundles(outDir: string): void {
	if (!existsSync(outDir)) return;
	for (const entry of readdirSync(outDir)) if (entry !== '.git') rmSync(join(outDir, entry), { recursive: true, force: true });
}

/**
 * Refuses the build. A throw would be headed by Astro with "An unhandled error occurred while
 * running the … hook" (astro/dist/integrations/hooks.js) or Vite's build error, and followed by a
 * stack trace, which reads as a crash of the tool rather than a verdict on the content. So the
 * grouped problems go through the integration's logger, and the process ends with a non-zero exit
 * before any page is rendered, with the bundles made meanwhile removed (`bundled`: the output
 * folder, once Astro has emptied it for this build).
 */
function refuseBuild(logger: { error: (message: string) => void }, problems: SiteCheck['problems'], warnings: SiteCheck['warnings'], bundled?: string): never {
	logger.error(`Build refused: ${summarise(problems)}${warningCount(warnings)} Nothing was built.\n\n${formatProblems(problems)}\n\nEvery quote must occur word for word (whitespace aside) in the report it names; run \`npx verbatim-citations quote "some words"\` to find the exact text.`);
	if (bundled) removeBundles(bundled);
	process.exit(1);
}

/**
 * Verifies every citation before any page is rendered, hands the result to pages through a
 * virtual module, and adds the report pages, raw originals and ledger as routes.
 *
 * The check runs on the files on disk once per build (not once per page): all problems are printed
 * grouped by file with lines, and the build fails once. In `astro build` it runs in a worker thread
 * (checkInWorker) while Astro syncs the content and bundles the site on the main thread: its
 * verdict is acted on the moment it arrives (a refusal ends the build there), and the build waits
 * for it once everything is bundled, before it renders (the data plugin's buildApp hook, ordered
 * after Vite's own builds and before Astro's page generation). In `astro dev` it runs in
 * astro:config:setup, and again on every change; problems are logged and the offending component
 * throws when its page renders, so the server keeps running while you fix it.
 */
export function citationCheck(options: CitationOptions): AstroIntegration {
	let pending: Promise<CheckForPages> | undefined;
	let verdict: Promise<void> | undefined;
	let outDir: string | undefined;
	// Astro empties outDir for this build's bundles before astro:build:setup.
	let bundling = false;
	return {
		name: 'verbatim-citations:check',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (!pending) return;
				verdict = pending.then(({ data, problems, warnings }) => {
					reportWarnings(logger, warnings);
					if (problems.length > 0) refuseBuild(logger, problems, warnings, bundling ? outDir : undefined);
					publishSiteData(data);
				});
				pending = undefined;
				// Awaited before the pages render; until then a failure must not end the process unreported.
				verdict.catch(() => {});
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:setup': () => {
				bundling = true;
			},
			'astro:config:setup': ({ config, command, logger, updateConfig, injectRoute, addMiddleware }) => {
				const root = fileURLToPath(config.root);
				if (command === 'build') {
					pending = checkInWorker(root, options);
					// Until astro:build:start, which takes it over: a failed check then refuses the build.
					pending.catch(() => {});
				} else {
					// Not kept after this hook: the check's parse trees of every page are not needed by the pages.
					const check = checkSite(root, options);
					reportWarnings(logger, check.warnings);
					if (check.problems.length > 0) logger.warn(`\n${formatProblems(check.problems)}`);
					publishSiteData(siteData(check, options));
					// In dev, a page a problem affects answers 500 with the problem, before it renders.
					if (command === 'dev') {
						publishDevProblems(check, corpusLayout(options.corpus), options);
						addMiddleware({ entrypoint: here('../components/routes/dev-problems.ts'), order: 'pre' });
					}
				}
				const routes = sourceRoutes(options.sourcesRoute);
				injectRoute({ pattern: `/${routes.index}`, entrypoint: here('../components/routes/SourcesIndex.astro') });
				injectRoute({ pattern: `/${routes.page('[id]')}`, entrypoint: here('../components/routes/SourcePage.astro') });
				injectRoute({ pattern: `/${routes.raw('[file]')}`, entrypoint: here('../components/routes/raw-source.ts') });
				if (options.ledger) injectRoute({ pattern: '/citations.json', entrypoint: here('../components/routes/citations-json.ts') });
				updateConfig({
					vite: {
						// Shipped as TypeScript and .astro source: Vite must bundle it, never hand it to Node.
						ssr: { noExternal: ['starlight-verbatim-citations'] },
						build: { rolldownOptions: { onLog: quietBuildLogs } },
						plugins: [
							{
								name: 'verbatim-citations:data',
								resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
								// After Vite's builds of every environment, before Astro's page generation (also a
								// "post" buildApp hook, of a plugin enforced "post", so it comes after this one).
								buildApp: {
									order: 'post',
									handler: async () => {
										await verdict;
									},
								},
								load: (id: string) => (id === RESOLVED_ID ? DATA_MODULE : undefined),
								configureServer(server) {
									const watched = [join(root, corpusLayout(options.corpus).dir), join(root, PAGES_DIR)];
									server.watcher.add(watched);
									server.watcher.on('all', (_event, path) => {
										if (!watched.some((dir) => path.startsWith(dir))) return;
										const current = checkSite(root, options);
										publishSiteData(siteData(current, options));
										publishDevProblems(current, corpusLayout(options.corpus), options);
										if (current.problems.length > 0) logger.warn(`\n${formatProblems(current.problems)}`);
										reportWarnings(logger, current.warnings);
										// Pages and the dev middleware render in Vite's SSR environment, whose module
										// runner keeps its own cache of evaluated modules: invalidating the server's graph
										// alone leaves them the old data (a fixed report still answered 500, a changed one
										// 200). So drop the data module and everything importing it from both, as Astro's
										// own astro:hmr-reload plugin does, and reload open browsers.
										const now = Date.now();
										for (const environment of Object.values(server.environments)) {
											const module = environment.moduleGraph.getModuleById(RESOLVED_ID);
											if (!module) continue;
											const invalidated = new Set<typeof module>();
											environment.moduleGraph.invalidateModule(module, invalidated, now, true);
											const runner = (environment as { runner?: RunnerCache }).runner?.evaluatedModules;
											for (const { id } of invalidated) {
												const evaluated = id ? runner?.getModuleById(id) : undefined;
												if (evaluated) runner!.invalidateModule(evaluated);
											}
										}
										server.ws.send({ type: 'full-reload' });
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
