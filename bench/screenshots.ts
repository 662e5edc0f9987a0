/**
 * Screenshots of the built site for a human to look at: light and dark, desktop and mobile, and
 * a citation preview open. Usage: npm run screenshots [-- path ...]; writes to screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/helpers/browser.ts';
import { serveDist } from '../tests/helpers/serve.ts';
import { pageTypes } from './page-types.ts';

const paths = pageTypes('dist', process.argv.slice(2)).map(({ path }) => `/${path}`);
const { url, close } = await serveDist('dist', '/');
const browser = await launchChromium();
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
