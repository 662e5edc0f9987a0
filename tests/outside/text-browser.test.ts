import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, ElementContent } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPagePaths } from '../helpers/browser.ts';
import { dist, ensureSiteBuilt } from '../helpers/built-site.ts';
import { findTool } from '../helpers/tools.ts';

const lynx = findTool('lynx', 'lynx');
const flat = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The text of `el` without its citation markers: what a reader of the sentence should read. */
function withoutMarkers(el: Element): string {
	const strip = (nodes: ElementContent[]): ElementContent[] =>
		nodes
			.filter((node) => !(node.type === 'element' && String(node.properties.className ?? '').split(' ').includes('cite')))
			.map((node) => (node.type === 'element' ? { ...node, children: strip(node.children) } : node));
	return flat(toString({ ...el, children: strip(el.children) }));
}

/** lynx -dump of a page, one long line per block, with the markers' "^ (BUTTON) 3" taken out. */
function dump(file: string): { text: string; body: string } {
	const run = spawnSync(lynx!, ['-dump', '-nolist', '-width=4000', '-assume_charset=utf-8', '-display_charset=utf-8', file], { encoding: 'utf8' });
	if (run.status !== 0) throw new Error(`lynx -dump ${file} failed: ${run.stderr}`);
	const text = flat(run.stdout.replace(/\^ ?,? ?\(BUTTON\) \d+/g, ''));
	// Everything before the reference list: the page's own text.
	return { text, body: text.slice(0, text.lastIndexOf('References')) };
}

describe.skipIf(!lynx)('in a text browser (lynx -dump)', () => {
	beforeAll(ensureSiteBuilt);
	const disputes = htmlPagePaths(dist).filter((path) => path.startsWith('disputes/'));

	it.each(disputes)('%s reads each cited sentence whole, no preview text inside it', (path) => {
		const file = join(dist, path, 'index.html');
		const { text, body } = dump(file);
		const tree = fromHtml(readFileSync(file, 'utf8'));
		const cited = selectAll('.sl-markdown-content p, .sl-markdown-content li', tree).filter((el) => selectAll('.cite', el).length > 0);
		// A dispute page cites at least once; how often depends on the page, not on this test.
		expect(cited.length).toBeGreaterThan(0);
		for (const el of cited) expect(body, `${path}: the sentence is interrupted in lynx`).toContain(withoutMarkers(el));
		expect(body).not.toMatch(/\(BUTTON\) Close|Read it in report \d{3}/);
		// The previews are still in the page, after the text, for a reader who wants them.
		expect(text.slice(body.length)).toMatch(/Read it in report \d{3} Reference \d+ \(BUTTON\) Close/);
	});
});
