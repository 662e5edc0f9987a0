import { LinkChecker, LinkState } from 'linkinator';

/**
 * Runs linkinator over a built site: recursive, with fragment checking. Absolute links to other
 * origins are skipped (there is no network here) and returned, so a test can assert they are only
 * the site's own canonical origin.
 */
export async function checkLinks(
	path: string,
	options: { serverRoot?: string } = {},
): Promise<{ broken: string[]; skipped: string[]; links: number; ok: string[] }> {
	const skipped: string[] = [];
	const result = await new LinkChecker().check({
		path,
		...options,
		recurse: true,
		checkFragments: true,
		// linkinator's default of 100 parallel requests makes its own local server drop some on two
		// cores (status 0 at 1,000 pages, see bench/scale.ts). Those connection failures are retried;
		// a missing file is a 404 and is never retried.
		concurrency: 16,
		retryErrors: true,
		retryErrorsCount: 3,
		retryErrorsJitter: 200,
		linksToSkip: async (link) => {
			const external = /^https?:\/\//.test(link) && !/^https?:\/\/(localhost|127\.0\.0\.1)[:/]/.test(link);
			if (external) skipped.push(link);
			return external;
		},
	});
	const broken = result.links
		.filter((link) => link.state === LinkState.BROKEN)
		.map((link) => `${link.url} (status ${link.status ?? 'none'}) linked from ${link.parent ?? 'the start page'}`);
	const ok = result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url);
	return { broken, skipped, links: result.links.length, ok };
}
