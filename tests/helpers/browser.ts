import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/** Debian's Chromium; no tool here downloads a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';

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

export function launchChromium(): Promise<Browser> {
	return chromium.launch(launchOptions);
}

/**
 * Every HTML page of a built site, as URL paths relative to its base: `''` for the home page,
 * `sources/000/`, `404.html`.
 */
export function htmlPagePaths(dist: string): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.map((path) => path.replace(/(^|\/)index\.html$/, '$1'))
		.sort();
}

/** Starlight's theme choices, as stored in localStorage 'starlight-theme'. */
export type Theme = 'light' | 'dark';

/** An init script that picks Starlight's theme before its own inline script reads it. */
export function themeInitScript(theme: Theme): string {
	return `try { localStorage.setItem('starlight-theme', ${JSON.stringify(theme)}); } catch {}`;
}
