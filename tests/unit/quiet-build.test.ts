import { describe, expect, it } from 'vitest';
import { quietBuildLogs } from '../../packages/starlight-verbatim-citations/src/integration/quiet-build.ts';

describe('the build-log filter', () => {
	const passed = (log: { code?: string; message: string }) => {
		const seen: unknown[] = [];
		quietBuildLogs('warn', log, (_level, l) => seen.push(l));
		return seen.length === 1;
	};

	it('drops only the directive Astro adds to every MDX asset module', () => {
		expect(passed({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use astro:head-inject" in "src/content/docs/index.mdx?astroPropagatedAssets" may not be preserved when bundling.' })).toBe(false);
	});

	it('passes every other warning, other directives included', () => {
		expect(passed({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.js" may not be preserved.' })).toBe(true);
		expect(passed({ code: 'CIRCULAR_DEPENDENCY', message: 'use astro:head-inject' })).toBe(true);
		expect(passed({ message: 'anything' })).toBe(true);
	});
});
