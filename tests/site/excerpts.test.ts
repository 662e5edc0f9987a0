import type { Element, Nodes, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSite } from '../../packages/starlight-verbatim-citations/src/checks/site-check.ts';
import { htmlPagePaths, pageHtml } from '../helpers/browser.ts';
import { dist, ensureSiteBuilt } from '../helpers/built-site.ts';
import { projectRoot, SITE_OPTIONS } from '../helpers/project.ts';

const WORD = /[\p{L}\p{N}]/u;
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The text nodes under a node, in document order, leaving out scripts and styles. */
function textNodes(node: Nodes, out: Text[] = []): Text[] {
	if (node.type === 'text') out.push(node);
	if ((node.type === 'element' && !['script', 'style', 'template'].includes(node.tagName)) || node.type === 'root') {
		for (const child of node.children) textNodes(child as Nodes, out);
	}
	return out;
}

/**
 * Whether the words next to an ellipsis are whole: the shown words occur somewhere in the reports
 * or in the site's full (unshortened) text with no letter on the cut side. "…RY weak position" is
 * cut: "RY weak position" occurs only inside "VERY weak position".
 */
function wholeAt(snippet: string, side: 'start' | 'end', haystacks: readonly string[]): boolean | undefined {
	let found = false;
	for (const hay of haystacks) {
		for (let at = hay.indexOf(snippet); at !== -1; at = hay.indexOf(snippet, at + 1)) {
			found = true;
			const neighbour = side === 'start' ? hay[at - 1] : hay[at + snippet.length];
			if (neighbour === undefined || !WORD.test(neighbour)) return true;
		}
	}
	return found ? false : undefined;
}

describe('excerpts on the built site', () => {
	beforeAll(ensureSiteBuilt);

	it('never start or end inside a word (mention lists, cited-in lists, chart labels)', () => {
		const { corpus } = checkSite(projectRoot, SITE_OPTIONS);
		const pages = htmlPagePaths(dist).map((path) => ({ path, main: select('main', fromHtml(pageHtml(dist, path))) as Element | null }));
		const shortened: { path: string; text: string }[] = [];
		const full: string[] = corpus.sources.map((s) => flat(s.text));
		for (const { path, main } of pages) {
			if (!main) continue;
			const nodes = textNodes(main);
			for (const node of nodes) if (node.value.includes('…')) shortened.push({ path, text: flat(node.value) });
			full.push(flat(nodes.filter((n) => !n.value.includes('…')).map((n) => n.value).join('')));
		}
		const cut: string[] = [];
		let checked = 0;
		for (const { path, text } of shortened) {
			for (const piece of text.split('…').map((p, i, all) => ({ p, i, last: all.length - 1 }))) {
				// The words after an ellipsis must start a word; the words before one must end a word.
				const sides: ['start' | 'end', string][] = [];
				if (piece.i > 0) sides.push(['start', piece.p.trimEnd()]);
				if (piece.i < piece.last) sides.push(['end', piece.p.trimStart()]);
				for (const [side, snippet] of sides) {
					const edge = side === 'start' ? snippet[0] : snippet.at(-1);
					if (!snippet || !edge || !WORD.test(edge)) continue;
					const whole = wholeAt(snippet, side, full);
					if (whole === undefined) continue;
					checked++;
					if (!whole) cut.push(`${path}: «${side === 'start' ? '…' : ''}${snippet}${side === 'end' ? '…' : ''}»`);
				}
			}
		}
		console.log(`excerpts: ${shortened.length} shortened texts, ${checked} cut edges checked against the full texts`);
		expect(checked).toBeGreaterThan(50);
		expect(cut).toEqual([]);
	});
});
