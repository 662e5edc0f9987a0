import { describe, expect, inject, it } from 'vitest';

/** The real site's build, run once by the global setup: a clean build has nothing to warn about. */
describe('a clean build', () => {
	const output = inject('buildOutput');

	it('printed its pages (the output was captured)', () => {
		expect(output).toMatch(/\d+ page\(s\) built/);
	});

	it('prints no warning, so that a real one stands out', () => {
		const warnings = output.split('\n').filter((line) => /\bWARN\b|\bwarning\b/i.test(line));
		expect(warnings).toEqual([]);
	});
});
