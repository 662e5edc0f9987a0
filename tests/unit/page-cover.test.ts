import { describe, expect, it } from 'vitest';
import { coverPages, onePerSignature, searchSignature, structureKinds } from '../helpers/page-cover.ts';

const page = (main: string) => `<!doctype html><html><head><title>t</title></head><body><header class="top"><a href="/">Home</a></header><main>${main}</main></body></html>`;

describe('structureKinds', () => {
	it('names each element by tag, classes, role and attribute names inside its parent, not by its text or ids', () => {
		const one = structureKinds(page('<p class="lede b a">One <a href="/x" id="q1">link</a></p>'));
		const two = structureKinds(page('<p class="a lede b">Other words <a href="/y" id="q2">elsewhere</a></p>'));
		expect(one).toEqual(two);
		expect(one).toContain('p.a.b.lede < main');
		expect(one).toContain('a[href,id] < p.a.b.lede');
	});

	it('tells apart a class, a role, an ARIA attribute, a state and a parent', () => {
		const base = structureKinds(page('<button type="button">1</button>'));
		for (const variant of [
			'<button type="button" class="cite-marker">1</button>',
			'<button type="button" role="tab">1</button>',
			'<button type="button" aria-expanded="true">1</button>',
			'<button type="button" disabled>1</button>',
			'<section><button type="button">1</button></section>',
		]) {
			expect(structureKinds(page(variant)), variant).not.toEqual(base);
		}
	});

	it('ignores what is outside <body>', () => {
		expect(structureKinds('<html><head><meta name="a"><title>x</title></head><body></body></html>')).toEqual(new Set());
	});
});

describe('coverPages', () => {
	const kinds = (...names: string[]) => new Set(names);

	it('keeps one page of a template, the longest, and every page that brings a kind of its own', () => {
		const chosen = coverPages([
			{ path: 'sources/000/', kinds: kinds('report', 'chrome'), size: 100 },
			{ path: 'sources/001/', kinds: kinds('report', 'chrome'), size: 300 },
			{ path: 'sources/002/', kinds: kinds('report', 'chrome'), size: 200 },
			{ path: 'timeline/', kinds: kinds('timeline', 'chrome'), size: 50 },
			{ path: 'odd/', kinds: kinds('report', 'chrome', 'table'), size: 10 },
		]).map(({ path }) => path);
		expect(chosen).toContain('timeline/');
		expect(chosen).toContain('odd/');
		// 'odd/' already holds the report template: no other report page is needed.
		expect(chosen).toHaveLength(2);
		const ties = coverPages([
			{ path: 'sources/000/', kinds: kinds('report'), size: 100 },
			{ path: 'sources/001/', kinds: kinds('report'), size: 300 },
		]);
		expect(ties).toEqual([{ path: 'sources/001/', adds: 1 }]);
	});

	it('covers every kind of every page, and gives the same choice whatever the order of pages', () => {
		const pages = Array.from({ length: 40 }, (_, i) => ({ path: `p${String(i).padStart(2, '0')}/`, kinds: kinds(`k${i % 7}`, `k${(i * 3) % 11}`, 'chrome'), size: i % 5 }));
		const chosen = coverPages(pages);
		const covered = new Set(chosen.flatMap(({ path }) => [...pages.find((p) => p.path === path)!.kinds]));
		for (const p of pages) for (const kind of p.kinds) expect(covered.has(kind), `${p.path} ${kind}`).toBe(true);
		expect(coverPages([...pages].reverse())).toEqual(chosen);
		expect(coverPages([])).toEqual([]);
	});
});

describe('searchSignature', () => {
	const site = (body: string, head = '<script type="module" src="/_astro/page.js"></script>') =>
		`<!doctype html><html><head><title>t</title>${head}<script>document.documentElement.dataset.theme = 'dark';</script></head><body><site-search class="s" data-translations="{}"><button data-open-modal>Search</button><dialog><div id="starlight__search"></div></dialog></site-search><script type="module" src="/_astro/Search.js"></script>${body}</body></html>`;

	it('is the same for pages whose scripts and search dialog are the same, whatever their text, data or elements', () => {
		expect(searchSignature(site('<main><p>One page.</p></main>'))).toBe(searchSignature(site('<main><h2>Another</h2><ul><li>page</li></ul></main><script type="application/ld+json">{"a":1}</script>')));
	});

	it('differs when a script file, an inline script or the search dialog differs', () => {
		const base = searchSignature(site('<main></main>'));
		expect(searchSignature(site('<main></main>', '<script type="module" src="/_astro/other.js"></script>'))).not.toBe(base);
		expect(searchSignature(site('<main></main><script>window.extra = 1;</script>'))).not.toBe(base);
		expect(searchSignature(site('<main></main>').replace('data-translations="{}"', 'data-translations="{&quot;placeholder&quot;:&quot;Find&quot;}"'))).not.toBe(base);
		expect(searchSignature(site('<main></main>').replace(/<site-search[\s\S]*<\/site-search>/, ''))).not.toBe(base);
	});
});

describe('onePerSignature', () => {
	it('keeps the first page of each signature, in the order given', () => {
		const signature: Record<string, string> = { a: 'x', b: 'y', c: 'x', d: 'z', e: 'y' };
		expect(onePerSignature(['c', 'a', 'b', 'd', 'e'], (path) => signature[path]!)).toEqual(['c', 'b', 'd']);
	});
});
