import { describe, expect, inject, it } from 'vitest';

/** The real site's build, run once by the global setup: a clean build has nothing to warn about. */
describe('a clean build', () => {
	const output = inject('buildOutput');

	it('printed its pages (the output was captured)', () => {
		expect(output).toMatch(/\d+ page\(s\) built/);
	});

	it('prints no warning, so that a real one stands out', () => {
		// The one deliberate warning: the tests build without SITE_URL, and such a build says so once
		// (tests/site/reproducible.test.ts proves it does); a build for deployment sets SITE_URL.
		const warnings = output
			.split('\n')
			.filter((line) => /\bWARN\b|\bwarning\b/i.test(line))
			.filter((line) => !/\[site-url-warning\] SITE_URL is not set/.test(line));
		expect(warnings).toEqual([]);
	});
});
