/**
 * The citation check of one site, alone in its own process (as `npm run check:quick` runs it): the
 * scale benchmark's "verify" figure. Run in the benchmark's own process, the check's time depended
 * on what ran before it (the generation of that size's site, the smaller sizes, their memos and
 * garbage), so the same site measured differently after a different list of sizes.
 *
 * Usage: node bench/verify-site.ts <site root>. Prints one line of JSON: { seconds, problems, summary, first }.
 */
import { formatProblems, summarise } from '../packages/starlight-verbatim-citations/src/checks/problems.ts';
import { checkSite } from '../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { SITE_OPTIONS } from '../tests/helpers/project.ts';

const root = process.argv[2];
if (!root) {
	console.error('Usage: node bench/verify-site.ts <site root>');
	process.exit(2);
}
const started = performance.now();
const check = checkSite(root, SITE_OPTIONS);
const seconds = (performance.now() - started) / 1000;
const first = check.problems[0];
console.log(
	JSON.stringify({
		seconds,
		problems: check.problems.length,
		summary: summarise(check.problems),
		first: first ? formatProblems([first]) : undefined,
	}),
);
