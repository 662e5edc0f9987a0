import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions, type Page } from 'playwright-core';
import { serveDist } from './serve.ts';

/** Debian's Chromium; no tool here downloads a browser of its own. CHROMIUM_PATH overrides it. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/**
 * Whether the browser tests can run. When they cannot, they are skipped (and say so), never
 * passed: a test file uses `describe.skipIf(!hasChromium)`.
 */
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
	console.warn(`SKIPPED: browser tests need Chromium at ${CHROMIUM} (apt-get install chromium); it is missing.`);
}

export const launchOptions: LaunchOptions = { executablePath: CHROMIUM, args: CHROMIUM_ARGS };

/** The environment variable through which tests/global-setup.ts shares its Chromium with the test files. */
export const CHROMIUM_ENDPOINT = 'EXPLAINER_CHROMIUM_ENDPOINT';

/**
 * A Chromium: in a test run, a connection to the one the global setup started for the run (closing
 * it closes this connection's contexts, not the browser); elsewhere (the benchmarks) a new one.
 */
export function launchChromium(): Promise<Browser> {
	const endpoint = process.env[CHROMIUM_ENDPOINT];
	return endpoint ? chromium.connect(endpoint) : chromium.launch(launchOptions);
}

export { htmlPagePaths, pageHtml } from './built-pages.ts';

/** Starlight's theme choices, as stored in localStorage 'starlight-theme'. */
export type Theme = 'light' | 'dark';

/** An init script that picks Starlight's theme before its own inline script reads it. */
export function themeInitScript(theme: Theme): string {
	return `try { localStorage.setItem('starlight-theme', ${JSON.stringify(theme)}); } catch {}`;
}

/** A built site served on 127.0.0.1 (with its `_headers`, as Netlify would) and a Chromium. */
export async function openSite(dist: string, base = '/'): Promise<{ browser: Browser; url: string; origin: string; close: () => Promise<void> }> {
	const server = await serveDist(dist, base, { headers: true });
	const browser = await launchChromium();
	return {
		browser,
		url: server.url,
		origin: new URL(server.url).origin,
		close: async () => {
			await browser.close();
			await server.close();
		},
	};
}

export interface FocusState {
	tag: string;
	text: string;
	href: string | null;
	visible: boolean;
	outline: string;
}

/**
 * Runs in the page: the focused element and whether it shows a focus ring (it matches
 * :focus-visible and has an outline). Plain, so Playwright and Puppeteer can both evaluate it.
 */
export function readFocus(): FocusState {
	const el = document.activeElement as HTMLElement | null;
	if (!el || el === document.body) return { tag: 'body', text: '', href: null, visible: false, outline: 'none' };
	const style = getComputedStyle(el);
	const outline = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
	const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
	return { tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim(), href: el.getAttribute('href'), visible: el.matches(':focus-visible') && ring, outline };
}

/** Whether the focused element shows a focus ring: it matches :focus-visible and has an outline. */
export async function focusState(page: Page): Promise<FocusState> {
	return page.evaluate(readFocus);
}
