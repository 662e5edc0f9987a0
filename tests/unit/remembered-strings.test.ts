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
	it('asks t once per key for where its values go, and fills them in itself', () => {
		const { t, calls } = fakeT({ 'verbatimCitations.marker.label': 'Citation {{number}}: report {{id}}' });
		const s = rememberedTranslate(t);
		expect(s('marker.label', { number: 2, id: '003' })).toBe('Citation 2: report 003');
		expect(s('marker.label', { number: 2, id: '003' })).toBe('Citation 2: report 003');
		expect(s('marker.label', { number: 3, id: '$&' })).toBe('Citation 3: report $&');
		expect(s('marker.label', { number: '3', id: '003' })).toBe('Citation 3: report 003');
		expect(s('preview.close')).toBe('verbatimCitations.preview.close');
		expect(s('preview.close')).toBe('verbatimCitations.preview.close');
		expect(calls).toEqual([
			['verbatimCitations.marker.label', { number: '\uE000number\uE001', id: '\uE000id\uE001', interpolation: { escapeValue: false } }],
			['verbatimCitations.preview.close', { interpolation: { escapeValue: false } }],
		]);
	});

	it('gives a value twice, or not at all, as the translation does', () => {
		const { t } = fakeT({ 'verbatimCitations.a': '{{id}} and {{id}} again', 'verbatimCitations.b': 'No number here' });
		const s = rememberedTranslate(t);
		expect(s('a', { id: '003' })).toBe('003 and 003 again');
		expect(s('b', { number: 4 })).toBe('No number here');
	});

	it('asks t for every set of values when a translation formats a value or picks a plural by it', () => {
		const { t, calls } = fakeT({ 'verbatimCitations.caption': 'The {{count}} reports' });
		const formatting = Object.assign((key: string, options?: Record<string, unknown>) => `Report ${String(options?.['id']).toUpperCase()}`, { all: () => ({}) });
		const plural = rememberedTranslate(t);
		expect([plural('caption', { count: 1 }), plural('caption', { count: 5 }), plural('caption', { count: 5 })]).toEqual(['The 1 reports', 'The 5 reports', 'The 5 reports']);
		expect(calls.map(([, options]) => options?.['count'])).toEqual([1, 5]);
		const formatted = rememberedTranslate(formatting);
		expect([formatted('source.title', { id: 'abc' }), formatted('source.title', { id: 'xyz' })]).toEqual(['Report ABC', 'Report XYZ']);
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
		const { t: plural, calls: pluralCalls } = fakeT({});
		const counted = rememberedTranslate(plural, 1);
		expect([counted('x', { count: 1 }), counted('x', { count: 2 }), counted('x', { count: 2 })]).toHaveLength(3);
		expect(pluralCalls).toHaveLength(3);
	});
});

describe('strings', () => {
	it('gives the components of one request the same function', () => {
		const locals = { t: fakeT({}).t };
		expect(strings(locals)).toBe(strings(locals));
		expect(strings({ t: fakeT({}).t })).not.toBe(strings(locals));
	});
});
