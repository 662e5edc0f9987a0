import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CliError, type Command } from './command.ts';

/**
 * Serves `dist` under `base` the way the host will: linkinator serves a folder at the server's
 * root, so a site built for `/sub/path/` (whose links all start with it) is served from a
 * temporary folder holding a link `sub/path` to dist. Returns that folder, and how to remove it.
 */
export function serveUnderBase(dist: string, base: string): { serverRoot: string; path: string; cleanup: () => void } {
	if (base === '/') return { serverRoot: dist, path: '/', cleanup: () => {} };
	const serverRoot = mkdtempSync(join(tmpdir(), 'verbatim-citations-links-'));
	const mount = join(serverRoot, ...base.split('/').filter(Boolean));
	mkdirSync(dirname(mount), { recursive: true });
	symlinkSync(dist, mount, 'dir');
	return { serverRoot, path: base, cleanup: () => rmSync(serverRoot, { recursive: true, force: true }) };
}

/** A URL of the local server as the site's own path (`/a/#x`): linkinator gives some relative, some absolute. */
export function sitePath(url: string): string {
	const path = url.replace(/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?/, '').replace(/^\.\//, '');
	return /^(\/|https?:)/.test(path) ? path : `/${path}`;
}

/** One broken link, for a person: what is missing, and the page that links to it. */
export function describeBroken(link: { url: string; status?: number; parent?: string }): string {
	// A page that answers 200 but lacks the #fragment is a missing anchor, not a missing page.
	const what = link.status === 200 && link.url.includes('#') ? 'no such #fragment on the page' : `status ${link.status ?? 'none'}`;
	return `broken: ${sitePath(link.url)} (${what}), linked from ${link.parent ? sitePath(link.parent) : 'the start page'}`;
}

/** linkinator over the built site: every page, every link, every #fragment. */
export const linksCommand: Command = {
	name: 'links',
	summary: 'check every link and #fragment of the built site in dist/',
	usage: 'npx verbatim-citations links [--dist folder]',
	options: { dist: { type: 'string' } },
	help: `Usage: npx verbatim-citations links [--dist folder]

Serves the built site (dist/, or --dist) under the base path of the site's astro.config and follows
every link from the home page with linkinator, fragments (#p-3, #cite-...) included. Links to other
origins are not followed (they are listed as skipped). Prints each broken link with the page it is
on; exits 1 if there is any. Build first.

Example:
  npx verbatim-citations build && npx verbatim-citations links`,
	async run({ values, cwd, io, site }) {
		const { root, base } = await site();
		const dist = resolve(values.dist ? cwd : root, (values.dist as string | undefined) ?? 'dist');
		if (!existsSync(join(dist, 'index.html'))) throw new CliError(`${dist} has no index.html: there is no built site to check. Run npx verbatim-citations build first.`);
		const { LinkChecker, LinkState } = await import('linkinator');
		const served = serveUnderBase(dist, base);
		const skipped = new Set<string>();
		try {
			const result = await new LinkChecker().check({
				path: served.path,
				serverRoot: served.serverRoot,
				recurse: true,
				checkFragments: true,
				// linkinator's default of 100 parallel requests makes its own server drop some; dropped
				// connections are retried, a missing file is a 404 and never is.
				concurrency: 16,
				retryErrors: true,
				retryErrorsCount: 3,
				retryErrorsJitter: 200,
				linksToSkip: async (link: string) => {
					const external = /^https?:\/\//.test(link) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link);
					if (external) skipped.add(link);
					return external;
				},
			});
			const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
			for (const link of broken) io.err(describeBroken(link));
			io.out(`${result.links.length} links checked under ${base}, ${broken.length} broken, ${skipped.size} to other origins not followed.`);
			if (broken.length > 0) io.err('Fix each link in the page that has it (or the page it points to), rebuild, and run links again.');
			return broken.length === 0 ? 0 : 1;
		} finally {
			served.cleanup();
		}
	},
};
