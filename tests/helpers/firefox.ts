import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/**
 * Debian's Firefox ESR (apt-get install firefox-esr), the second engine of the browser suite.
 * Playwright drives only its own patched Firefox builds; puppeteer-core drives a stock Firefox over
 * WebDriver BiDi. FIREFOX_PATH overrides the path.
 */
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Whether the Firefox tests can run; when not, they are skipped (and say so), never passed. */
export const hasFirefox = existsSync(FIREFOX);
if (!hasFirefox) {
	console.warn(`SKIPPED: Firefox tests need Firefox ESR at ${FIREFOX} (apt-get install firefox-esr); it is missing.`);
}

/**
 * A headless Firefox with a fresh profile. `javaScript: false` turns page scripts off through the
 * profile (`javascript.enabled`), since Firefox's BiDi has no command for it; the harness's own
 * evaluation still runs.
 */
export function launchFirefox(options: { javaScript?: boolean } = {}): Promise<Browser> {
	return puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		extraPrefsFirefox: {
			// No updates, telemetry or remote settings: the tests see only the site's own requests.
			'app.update.enabled': false,
			'datareporting.policy.dataSubmissionEnabled': false,
			'toolkit.telemetry.enabled': false,
			// Tab reaches links and buttons, as on Linux by default (macOS skips links otherwise).
			'accessibility.tabfocus': 7,
			...(options.javaScript === false ? { 'javascript.enabled': false } : {}),
		},
	});
}
