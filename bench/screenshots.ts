/**
 * Screenshots of the built site for a human to look at: light and dark, desktop and mobile, and
 * a citation preview open. Usage: npm run screenshots [-- path ...]; writes to screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serveDist } from '../tests/helpers/serve.ts';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/sources/', '/sources/000/'];
const { url, close } = await serveDist('dist', '/');
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync('screenshots', { recursive: true });
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };
for (const [device, viewport] of Object.entries(viewports)) {
	for (const theme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ viewport, colorScheme: theme });
		const page = await context.newPage();
		for (const path of paths) {
			await page.goto(new URL(path.replace(/^\//, ''), url).href);
			const name = `${device}-${theme}-${path.replace(/\W+/g, '_') || 'home'}`;
			await page.screenshot({ path: `screenshots/${name}.png`, fullPage: device === 'desktop' });
			const marker = page.locator('button.cite-marker').first();
			if ((await marker.count()) > 0) {
				await marker.scrollIntoViewIfNeeded();
				await marker.focus();
				await page.keyboard.press('Enter');
				await page.screenshot({ path: `screenshots/${name}-preview.png` });
			}
		}
		await context.close();
	}
}
await browser.close();
await close();
console.log('screenshots written to screenshots/');
