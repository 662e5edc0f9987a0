import { afterEach, describe, expect, it } from 'vitest';
import { cspMetaFirst, forgetPagePolicies, metaPolicy, pagePolicies, withCspMetaFirst } from '../../packages/starlight-verbatim-citations/src/components/routes/csp-meta.ts';

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Sessions’ “recusal”</title><script>theme()</script>${csp}<link rel="stylesheet" href="/a.css"></head><body><p>«Trump» 🙂</p></body></html>`;
const html = (body: string, init: ResponseInit = {}) => new Response(body, { status: 200, ...init, headers: { 'Content-Type': 'text/html', ...init.headers } });

describe('withCspMetaFirst, the middleware that puts each page’s policy <meta> first', () => {
	afterEach(forgetPagePolicies);

	it('moves the <meta> behind <meta charset>, leaves every other byte, and keeps status and headers', async () => {
		const moved = await withCspMetaFirst(html(page, { status: 404, headers: { 'X-Test': 'kept' } }));
		expect(await moved.text()).toBe(page.replace(csp, '').replace('<meta charset="utf-8"/>', `<meta charset="utf-8"/>${csp}`));
		expect(moved.status).toBe(404);
		expect(moved.headers.get('x-test')).toBe('kept');
		expect(moved.headers.get('content-type')).toBe('text/html');
	});

	it('records each page’s policy once per distinct policy, and counts the pages', async () => {
		await withCspMetaFirst(html(page));
		await withCspMetaFirst(html(page));
		await withCspMetaFirst(html(page.replace("'sha256-abc='", "'sha256-xyz='")));
		expect(pagePolicies().pages).toBe(3);
		expect([...pagePolicies().policies]).toEqual(["default-src 'self'; script-src 'self' 'sha256-abc='", "default-src 'self'; script-src 'self' 'sha256-xyz='"]);
		forgetPagePolicies();
		expect(pagePolicies().pages).toBe(0);
	});

	it('leaves a page without a policy as it was, and records nothing', async () => {
		const plain = '<html><head><title>T</title></head><body>é</body></html>';
		expect(await (await withCspMetaFirst(html(plain))).text()).toBe(plain);
		expect(pagePolicies().pages).toBe(0);
	});

	it('passes anything that is not HTML through untouched, unread', async () => {
		const text = new Response(`report text ${csp}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
		const passed = await withCspMetaFirst(text);
		expect(passed).toBe(text);
		expect(passed.bodyUsed).toBe(false);
		expect(pagePolicies().pages).toBe(0);
	});
});

/** What the middleware must give: the policy and the moved page, worked out on the whole page as a string. */
function wholePage(page: string): { policy: string | undefined; moved: string } {
	const policy = metaPolicy(page);
	return { policy, moved: policy === undefined ? page : cspMetaFirst(page) };
}

describe('withCspMetaFirst on the pages the after-build pass was tested on', () => {
	afterEach(forgetPagePolicies);
	const body = '<body><p>Sessions’ decision — «Trump» 🙂 </head> <meta http-equiv="content-security-policy" content="img-src *"></p></body></html>';
	const pages: Record<string, string> = {
		'after the head entries': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Sessions’ “recusal”</title><script>theme()</script>${csp}<link rel="stylesheet" href="/a.css"></head>${body}`,
		'without <meta charset>': `<html><head><title>T</title>${csp}</head>${body}`,
		'already first': `<html><head><meta charset="utf-8">${csp}<title>T</title></head>${body}`,
		'no policy': '<html><head><title>T</title></head><body>é</body></html>',
		'the policy only after </head>': `<html><head><title>T</title></head><body>${csp}é</body></html>`,
		'no </head>': `<html><head><title>T</title>${csp}<body>é</body></html>`,
		'<HEAD> in capitals': `<HTML><HEAD><TITLE>T</TITLE>${csp.toUpperCase().replace('CONTENT-SECURITY-POLICY', 'content-security-policy')}</HEAD><body>é</body></html>`,
		'a "<" before </head> that starts no tag': `<html><head><title>a </ b <</title>${csp}</head>${body}`,
	};
	for (const [name, page] of Object.entries(pages)) {
		it(`gives what the whole page as a string gives: ${name}`, async () => {
			const expected = wholePage(page);
			const got = await withCspMetaFirst(html(page));
			expect(await got.text()).toBe(expected.moved);
			expect([...pagePolicies().policies]).toEqual(expected.policy === undefined ? [] : [expected.policy]);
		});
	}
});
