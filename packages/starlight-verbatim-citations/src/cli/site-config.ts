import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_OPTIONS, OPTIONS_KEY, type CitationOptions } from '../schemas/options.ts';
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
 * Light stand-ins for the two modules a Starlight config imports, used only while the CLI reads
 * the options. The config calls them to build objects for Astro, which the CLI never uses; the
 * real ones load some 1,400 modules (Vite, Starlight's CSS and SVG tooling), 1.3 s of CPU at the
 * start of every command. `starlight()` still receives its options, so the plugin call inside
 * them runs and records its options as in a build.
 */
export const CONFIG_STAND_INS: Readonly<Record<string, string>> = {
	'astro/config': 'data:text/javascript,export const defineConfig = (config) => config;',
	'@astrojs/starlight': "data:text/javascript,export default () => ({ name: '@astrojs/starlight', hooks: {} });",
};

/**
 * A module resolve hook that answers the config's own imports of those modules with the stand-ins.
 * Only the config file's imports: a module the config imports gets the real ones.
 */
export function standInResolver(configHref: string): nodeModule.ResolveHookSync {
	return (specifier, context, nextResolve) => {
		const standIn = CONFIG_STAND_INS[specifier];
		if (standIn && context.parentURL?.split('?')[0] === configHref) return { url: standIn, shortCircuit: true };
		return nextResolve(specifier, context);
	};
}

/**
 * Evaluates the config afresh (the query defeats the module cache, so verbatimCitations() runs and
 * records its options again even when this process has loaded the config before). First with the
 * stand-ins; a config that needs anything else from Astro or Starlight (another named import, a
 * property of what starlight() returns) fails against them and is evaluated again with the real
 * modules, so it reads exactly as `astro build` reads it. Node before 22.15 has no synchronous
 * hooks: there, the real modules every time.
 */
async function importConfig(file: string): Promise<{ default?: { base?: unknown } }> {
	const href = pathToFileURL(file).href;
	const fresh = () => import(`${href}?options=${Date.now()}-${Math.random()}`) as Promise<{ default?: { base?: unknown } }>;
	if (typeof nodeModule.registerHooks !== 'function') return fresh();
	const hooks = nodeModule.registerHooks({ resolve: standInResolver(href) });
	try {
		return await fresh();
	} catch {
		// Whatever went wrong, the real modules say it as astro build would (or load fine).
	} finally {
		hooks.deregister();
	}
	return fresh();
}

/**
 * Reads the site's plugin options by evaluating its astro.config: `verbatimCitations()` records
 * the options it was called with (OPTIONS_KEY), so whatever the config computes (environment
 * variables, imports) is taken into account as `astro build` would. Without a config, or
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
		config = await importConfig(file);
	} catch (error) {
		const reason = (error as Error).message.split('\n').slice(0, 6).join('\n');
		throw new CliError(`${shown} could not be loaded:\n  ${reason.replace(/\n/g, '\n  ')}\nFix it (astro build would stop on it too), then run the command again.`);
	}
	const recorded = global[OPTIONS_KEY] as CitationOptions | undefined;
	if (!recorded) io.err(`${shown} does not call verbatimCitations(): using the plugin's default options (corpus "${DEFAULT_OPTIONS.corpus}").`);
	return { root: dirname(file), options: recorded ?? DEFAULT_OPTIONS, base: normaliseBase(config.default?.base), configFile: shown, configured: recorded !== undefined };
}
