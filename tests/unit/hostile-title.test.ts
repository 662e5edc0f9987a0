import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../packages/starlight-verbatim-citations/src/checks/problems.ts';
import { escapeHeadText } from '../../packages/starlight-verbatim-citations/src/components/overrides/head-text.ts';
import { cspMetaFirst } from '../../packages/starlight-verbatim-citations/src/components/routes/csp-meta.ts';

/**
 * Issue 22, item 5: a frontmatter title or description holding markup must reach the page's
 * <head>, JSON-LD and the terminal as text. (tests/site/security.test.ts builds such a page.)
 */
const PAYLOAD = '</title><img src=x onerror=alert(1)>';

describe('a title in <head>', () => {
	it('is escaped in every <title> entry, and other entries are left alone', () => {
		const head = [
			{ tag: 'meta', attrs: { charset: 'utf-8' } },
			{ tag: 'title', content: `How ${PAYLOAD} & why | Site` },
			{ tag: 'script', content: 'window.x = 1 < 2;' },
		];
		expect(escapeHeadText(head)).toEqual([
			{ tag: 'meta', attrs: { charset: 'utf-8' } },
			{ tag: 'title', content: 'How &lt;/title&gt;&lt;img src=x onerror=alert(1)&gt; &amp; why | Site' },
			{ tag: 'script', content: 'window.x = 1 < 2;' },
		]);
	});
});

describe('the Content-Security-Policy <meta>', () => {
	const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;

	it('is moved to the top of <head>, right after <meta charset> (which must stay in the first 1024 bytes)', () => {
		const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><meta name="viewport" content="x"/><title>T</title><script>theme()</script>${csp}<link rel="stylesheet" href="/a.css"></head><body></body></html>`;
		expect(cspMetaFirst(html)).toBe(
			`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>${csp}<meta name="viewport" content="x"/><title>T</title><script>theme()</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`,
		);
	});

	it('is put first when the page has no <meta charset>, and a page without a policy is unchanged', () => {
		expect(cspMetaFirst(`<html><head><title>T</title>${csp}</head></html>`)).toBe(`<html><head>${csp}<title>T</title></head></html>`);
		const plain = '<html><head><title>T</title></head></html>';
		expect(cspMetaFirst(plain)).toBe(plain);
	});

	it('is already first: the page is unchanged', () => {
		const html = `<html><head><meta charset="utf-8">${csp}<title>T</title></head></html>`;
		expect(cspMetaFirst(html)).toBe(html);
	});
});

describe('a problem printed in the terminal', () => {
	it('shows control characters from a title as escapes, so they cannot drive the terminal', () => {
		const out = formatProblems([
			{ file: 'src/content/docs/a.mdx', line: 2, column: 1, code: 'date-typed', message: 'The title «Clear\u001b[2J\u001b]0;pwned\u0007 \u202Eevil» types a date.', hint: 'Remove it\u009b.' },
		]);
		expect(out).toContain('«Clear\\u001b[2J\\u001b]0;pwned\\u0007 \\u202eevil»');
		expect(out).toContain('Remove it\\u009b.');
		expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
	});
});
