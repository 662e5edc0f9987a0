import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { buildSiteAsync, projectRoot, type BuildResult } from '../helpers/project.ts';

const fixture = join(projectRoot, 'tests/fixtures/plugin-site');

/** A throw-away copy of the fixture site inside the project, so Node finds the project's packages. */
function copyFixture(): string {
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	const root = mkdtempSync(join(projectRoot, '.tmp', 'plugin-site-'));
	cpSync(fixture, root, { recursive: true });
	return root;
}

/**
 * Two builds, side by side (one per core): the fixture as it is, and a copy holding three broken
 * pages, each a copy of the fixture's page with one edit (so each keeps the page's line numbers),
 * which the build must refuse naming each page. Each test awaits the build it needs.
 */
const root = copyFixture();
let built: Promise<BuildResult>;
let refused: Promise<BuildResult>;
/** The broken pages of the refused copy, by case. */
const BROKEN = { notFound: 'not-found', tooShort: 'too-short', uncited: 'uncited' } as const;
const brokenPage = (name: keyof typeof BROKEN) => `src/content/docs/${BROKEN[name]}.mdx`;
beforeAll(() => {
	built = buildSiteAsync(root);
	refused = buildWithEdits({
		notFound: ['came without warning', 'came without a warning'],
		tooShort: ['quote="came without warning"', 'quote="vote"'],
		uncited: ['The union said the vote', 'Nobody cites this.\n\nThe union said the vote'],
	});
	// Each is awaited by its tests; none may count as unhandled before then.
	for (const build of [built, refused]) build.catch(() => {});
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the plugin on a second site with its own corpus and options', () => {
	let build: BuildResult;
	const html = (path: string) => fromHtml(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));

	beforeAll(async () => {
		build = await built;
	});

	it('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	it('renders its citations from its own corpus folder, with links to the highlighted words', () => {
		const page = html('');
		const markers = selectAll('a.citation-marker, .citation-marker a, a[href*="/sources/"]', page);
		expect(markers.length).toBeGreaterThan(0);
		const href = markers.map((m) => String(m.properties.href)).find((h) => h.includes('/sources/board/#quote-'))!;
		expect(href).toBeDefined();
		const fragment = href.split('#')[1]!;
		const target = select(`[id="${fragment}"]`, html('sources/board'));
		expect(target && toString(target)).toBe('voted to close the old ferry pier');
	});

	it('injects the report pages and raw originals, byte for byte', () => {
		expect(existsSync(join(root, 'dist/sources/index.html'))).toBe(true);
		expect(readFileSync(join(root, 'dist/sources/raw/ferry-union.txt'))).toEqual(readFileSync(join(fixture, 'reports/sources/ferry-union.txt')));
	});

	it('honours its options: no ledger, no _headers', () => {
		expect(existsSync(join(root, 'dist/citations.json'))).toBe(false);
		expect(existsSync(join(root, 'dist/_headers'))).toBe(false);
	});
});

/** Builds a copy of the fixture with, per case, a copy of its page with one edit; the copy is removed afterwards. */
function buildWithEdits(edits: Record<keyof typeof BROKEN, [from: string, to: string]>): Promise<BuildResult> {
	const root = copyFixture();
	const page = readFileSync(join(root, 'src/content/docs/index.mdx'), 'utf8');
	for (const [name, [from, to]] of Object.entries(edits) as [keyof typeof BROKEN, [string, string]][]) {
		if (!page.includes(from)) throw new Error(`The fixture's page has no «${from}»: the test is stale.`);
		writeFileSync(join(root, brokenPage(name)), page.replace(from, to));
	}
	return buildSiteAsync(root).finally(() => rmSync(root, { recursive: true, force: true }));
}

describe('the plugin refuses a bad quote on the second site', () => {
	it('names the file, the line and the closest passage of that corpus', async () => {
		const build = await refused;
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(new RegExp(`${brokenPage('notFound')}:11:\\d+  \\[quote-not-found\\]`));
		expect(build.output).toContain('came without warning');
	});

	it('applies its minimum quote length of 6 characters, not the default 4', async () => {
		const build = await refused;
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(new RegExp(`${brokenPage('tooShort')}:11:\\d+  \\[quote-too-short\\]`));
		expect(build.output).toContain('under 6 characters');
	});

	it('applies its editorial folders: an uncited paragraph outside notes/ is refused', async () => {
		const build = await refused;
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(`${brokenPage('uncited')}:11:1  [paragraph-uncited]`);
		// The fixture's own page is not among the refused.
		expect(build.output).not.toContain('src/content/docs/index.mdx:');
	});
});
