import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { OPTIONS_KEY } from '../index.ts';
import { DEFAULT_OPTIONS, type CitationOptions } from '../schemas/options.ts';
import { CliError, type Io } from './command.ts';

/** The file names Astro looks for, in its order. */
export const CONFIG_NAMES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs', 'astro.config.cts'];

export interface SiteConfig {
	/** The site's folder: where its astro.config is, or the current folder when there is none. */
	root: string;
	/** The plugin's options as the site sets them, every default filled in. */
	options: CitationOptions;
	/** Astro's `base` (the sub-path the site is served under), with leading and trailing slash. */
	base: string;
	/** The config file read, relative to the current folder; undefined when there is none. */
	configFile: string | undefined;
	/** Whether that config calls verbatimCitations() (otherwise the options are the defaults). */
	configured: boolean;
}

/** The nearest folder, from `cwd` up, holding an Astro config, and that config's path. */
export function findAstroConfig(cwd: string): string | undefined {
	for (let dir = cwd; ; dir = dirname(dir)) {
		const found = CONFIG_NAMES.map((name) => join(dir, name)).find((path) => existsSync(path));
		if (found) return found;
		if (dirname(dir) === dir) return undefined;
	}
}

/** `base` as Astro normalises it for URLs: `/`, or `/sub/path/`. */
export function normaliseBase(base: unknown): string {
	const trimmed = typeof base === 'string' ? base.replace(/^\/+|\/+$/g, '') : '';
	return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Reads the site's plugin options by importing its astro.config: `verbatimCitations()` records
 * the options it was called with (OPTIONS_KEY), so whatever the config computes (environment
 * variables, imports) is taken into account exactly as `astro build` would. Without a config, or
 * without the plugin in it, the defaults are used and that is said once, on stderr.
 */
export async function loadSiteConfig(cwd: string, io: Io): Promise<SiteConfig> {
	const file = findAstroConfig(cwd);
	if (!file) {
		io.err(`No astro.config.mjs in ${cwd} or above: using the plugin's default options (corpus "${DEFAULT_OPTIONS.corpus}").`);
		return { root: cwd, options: DEFAULT_OPTIONS, base: '/', configFile: undefined, configured: false };
	}
	const shown = relative(cwd, file) || file;
	const global = globalThis as Record<symbol, unknown>;
	delete global[OPTIONS_KEY];
	let config: { default?: { base?: unknown } };
	try {
		// A fresh evaluation each time (the query defeats the module cache), so verbatimCitations() runs
		// and records its options again even when this process has loaded the config before.
		config = (await import(`${pathToFileURL(file).href}?options=${Date.now()}-${Math.random()}`)) as typeof config;
	} catch (error) {
		const reason = (error as Error).message.split('\n').slice(0, 6).join('\n');
		throw new CliError(`${shown} could not be loaded:\n  ${reason.replace(/\n/g, '\n  ')}\nFix it (astro build would stop on it too), then run the command again.`);
	}
	const recorded = global[OPTIONS_KEY] as CitationOptions | undefined;
	if (!recorded) io.err(`${shown} does not call verbatimCitations(): using the plugin's default options (corpus "${DEFAULT_OPTIONS.corpus}").`);
	return { root: dirname(file), options: recorded ?? DEFAULT_OPTIONS, base: normaliseBase(config.default?.base), configFile: shown, configured: recorded !== undefined };
}
