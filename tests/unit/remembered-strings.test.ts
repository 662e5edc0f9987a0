import { describe, expect, it } from 'vitest';
import { rememberedTranslate, strings } from '../../packages/starlight-verbatim-citations/src/components/parts/strings.ts';

/** A stand-in for Starlight's `t`: records its calls, interpolates `{{name}}`, shows its dictionary. */
function fakeT(dictionary: Record<string, string> | undefined) {
	const calls: [string, Record<string, unknown> | undefined][] = [];
	const t = Object.assign(
		(key: string, options?: Record<string, unknown>) => {
			calls.push([key, options]);
			return (dictionary?.[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(options?.[name]));
		},
		dictionary === undefined ? {} : { all: () => dictionary },
	);
	return { t, calls };
}

describe('rememberedTranslate', () => {
	it('asks t once per key and values, with the values unescaped, and answers the same', () => {
		const { t, calls } = fakeT({ 'verbatimCitations.marker.label': 'Citation {{number}}: report {{id}}' });
		const s = rememberedTranslate(t);
		expect(s('marker.label', { number: 2, id: '003' })).toBe('Citation 2: report 003');
		expect(s('marker.label', { number: 2, id: '003' })).toBe('Citation 2: report 003');
		expect(s('marker.label', { number: 3, id: '003' })).toBe('Citation 3: report 003');
		// A number and a string that print alike are still asked apart.
		expect(s('marker.label', { number: '3', id: '003' })).toBe('Citation 3: report 003');
		expect(s('preview.close')).toBe('verbatimCitations.preview.close');
		expect(s('preview.close')).toBe('verbatimCitations.preview.close');
		expect(calls).toEqual([
			['verbatimCitations.marker.label', { number: 2, id: '003', interpolation: { escapeValue: false } }],
			['verbatimCitations.marker.label', { number: 3, id: '003', interpolation: { escapeValue: false } }],
			['verbatimCitations.marker.label', { number: '3', id: '003', interpolation: { escapeValue: false } }],
			['verbatimCitations.preview.close', { interpolation: { escapeValue: false } }],
		]);
	});

	it('shares what it learnt between requests of one language, not between languages', () => {
		const en = { 'verbatimCitations.preview.close': 'Close' };
		const fr = { 'verbatimCitations.preview.close': 'Fermer' };
		const first = fakeT(en);
		const second = fakeT(en);
		const french = fakeT(fr);
		expect(rememberedTranslate(first.t)('preview.close')).toBe('Close');
		expect(rememberedTranslate(second.t)('preview.close')).toBe('Close');
		expect(rememberedTranslate(french.t)('preview.close')).toBe('Fermer');
		expect([first.calls.length, second.calls.length, french.calls.length]).toEqual([1, 0, 1]);
	});

	it('without a dictionary to key on, remembers only for its own t', () => {
		const first = fakeT(undefined);
		const second = fakeT(undefined);
		rememberedTranslate(first.t)('preview.close');
		rememberedTranslate(second.t)('preview.close');
		expect([first.calls.length, second.calls.length]).toEqual([1, 1]);
	});

	it('stops remembering at its limit and still answers', () => {
		const { t, calls } = fakeT({});
		const s = rememberedTranslate(t, 1);
		expect([s('a'), s('b'), s('b'), s('a')]).toEqual(['verbatimCitations.a', 'verbatimCitations.b', 'verbatimCitations.b', 'verbatimCitations.a']);
		expect(calls.map(([key]) => key)).toEqual(['verbatimCitations.a', 'verbatimCitations.b', 'verbatimCitations.b']);
	});
});

describe('strings', () => {
	it('gives the components of one request the same function', () => {
		const locals = { t: fakeT({}).t };
		expect(strings(locals)).toBe(strings(locals));
		expect(strings({ t: fakeT({}).t })).not.toBe(strings(locals));
	});
});
