import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusState, hasChromium, openSite } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/project.ts';

const dist = join(projectRoot, 'dist');

/**
 * Presses Tab until the focused element satisfies `wanted`, asserting at every step that the
 * focused element shows a visible focus ring. Returns the number of presses.
 */
async function tabUntil(page: Page, wanted: (focus: Awaited<ReturnType<typeof focusState>>) => boolean, limit = 150): Promise<number> {
	for (let presses = 1; presses <= limit; presses++) {
		await page.keyboard.press('Tab');
		const focus = await focusState(page);
		expect(focus.visible, `focus ring on <${focus.tag}> «${focus.text.slice(0, 40)}» (${focus.href ?? ''}): outline ${focus.outline}`).toBe(true);
		if (wanted(focus)) return presses;
	}
	throw new Error(`Not reached within ${limit} Tab presses`);
}

describe.skipIf(!hasChromium)('keyboard only, in Chromium', () => {
	let site: Awaited<ReturnType<typeof openSite>>;
	beforeAll(async () => {
		site = await openSite(dist);
	});
	afterAll(() => site?.close());

	it('goes from a citation marker to the highlighted words in the report and back, focus visible throughout', async () => {
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
		const page = await context.newPage();
		try {
			await page.goto(site.url);

			// Tab from the top of the page to the first citation marker.
			await tabUntil(page, (focus) => focus.tag === 'button' && /^\d+$/.test(focus.text));
			const marker = await page.evaluate(() => ({
				id: document.activeElement!.id,
				preview: document.activeElement!.getAttribute('popovertarget')!,
				className: document.activeElement!.className,
			}));
			expect(marker.className).toBe('cite-marker');

			// Enter opens its preview.
			await page.keyboard.press('Enter');
			expect(await page.evaluate((id) => document.getElementById(id)!.matches(':popover-open'), marker.preview)).toBe(true);

			// Tab moves into the preview, to the link to the report.
			await tabUntil(page, (focus) => focus.tag === 'a', 1);
			const link = await focusState(page);
			expect(link.text).toMatch(/^Read it in report \d{3}$/);
			expect(await page.evaluate((id) => document.getElementById(id)!.contains(document.activeElement), marker.preview)).toBe(true);
			const [path, fragment] = link.href!.split('#') as [string, string];
			expect(fragment).toMatch(/^quote-\d+-\d+$/);

			// Enter follows it: the report's page, scrolled to the quoted words, highlighted as :target.
			await Promise.all([page.waitForURL((url) => url.hash === `#${fragment}`), page.keyboard.press('Enter')]);
			expect(new URL(page.url()).pathname).toBe(path);
			const target = await page.evaluate(() => {
				const el = document.querySelector(':target') as HTMLElement | null;
				if (!el) return null;
				const plain = document.querySelector('mark.cited:not(:target)');
				const box = el.getBoundingClientRect();
				return {
					tag: el.tagName,
					id: el.id,
					background: getComputedStyle(el).backgroundColor,
					plainBackground: plain ? getComputedStyle(plain).backgroundColor : null,
					inView: box.top >= 0 && box.top < innerHeight,
				};
			});
			expect(target).not.toBeNull();
			expect(target!.tag).toBe('MARK');
			expect(target!.id).toBe(fragment);
			expect(target!.background).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/);
			if (target!.plainBackground) expect(target!.background, 'the target stands out from other cited words').not.toBe(target!.plainBackground);
			expect(target!.inView).toBe(true);

			// Tab from the highlighted words reaches a back-link to a citing marker (whichever page the
			// span lists first, not necessarily the one we came from); Enter lands on that marker.
			await tabUntil(page, (focus) => focus.href !== null && /#cite-\d+-\d+$/.test(focus.href), 40);
			const backLink = new URL((await focusState(page)).href!, page.url());
			await Promise.all([page.waitForURL((url) => url.hash === backLink.hash), page.keyboard.press('Enter')]);
			expect(new URL(page.url()).pathname).toBe(backLink.pathname);
			const back = await page.evaluate(() => {
				const el = document.querySelector(':target') as HTMLElement | null;
				const box = el?.getBoundingClientRect();
				return { className: el?.className, id: el?.id, inView: box ? box.top >= 0 && box.bottom <= innerHeight : false };
			});
			expect(back).toEqual({ className: 'cite-marker', id: backLink.hash.slice(1), inView: true });

			// Keyboard navigation continues from the marker, with a visible focus ring.
			await tabUntil(page, () => true, 1);
			expect(
				await page.evaluate((id) => document.getElementById(id)!.compareDocumentPosition(document.activeElement!) & Node.DOCUMENT_POSITION_FOLLOWING, backLink.hash.slice(1)),
				'Tab continues after the marker',
			).toBeTruthy();
		} finally {
			await context.close();
		}
	});

	it('closes a preview with Escape and returns focus to its marker', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		try {
			await page.goto(site.url);
			await tabUntil(page, (focus) => focus.tag === 'button' && /^\d+$/.test(focus.text));
			const preview = await page.evaluate(() => document.activeElement!.getAttribute('popovertarget')!);
			await page.keyboard.press('Enter');
			await page.keyboard.press('Tab');
			await page.keyboard.press('Escape');
			expect(await page.evaluate((id) => document.getElementById(id)!.matches(':popover-open'), preview)).toBe(false);
			const focus = await focusState(page);
			expect(focus.tag).toBe('button');
			expect(await page.evaluate(() => document.activeElement!.className)).toBe('cite-marker');
		} finally {
			await context.close();
		}
	});
});
