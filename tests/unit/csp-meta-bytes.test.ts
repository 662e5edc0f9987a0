import { describe, expect, it } from 'vitest';
import { cspMetaFirst, metaPolicy, pageWithCspMetaFirst } from '../../packages/starlight-verbatim-citations/src/integration/security-headers.ts';

/** What the build's pass did before, on the whole page as a string. */
function wholePage(html: string): { policy: string | undefined; moved: string | undefined } {
	const policy = metaPolicy(html);
	if (policy === undefined) return { policy, moved: undefined };
	const moved = cspMetaFirst(html);
	return { policy, moved: moved === html ? undefined : moved };
}

const csp = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">`;
const body = '<body><p>Sessions’ decision — «Trump» 🙂 </head> <meta http-equiv="content-security-policy" content="img-src *"></p></body></html>';

describe('the policy <meta> moved on the bytes of a page', () => {
	const pages: Record<string, string> = {
		'after the head entries': `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Sessions’ “recusal”</title><script>theme()</script>${csp}<link rel="stylesheet" href="/a.css"></head>${body}`,
		'without <meta charset>': `<html><head><title>T</title>${csp}</head>${body}`,
		'already first': `<html><head><meta charset="utf-8">${csp}<title>T</title></head>${body}`,
		'no policy': '<html><head><title>T</title></head><body>é</body></html>',
		'the policy only after </head>': `<html><head><title>T</title></head><body>${csp}é</body></html>`,
		'no </head>': `<html><head><title>T</title>${csp}<body>é</body></html>`,
		'<HEAD> in capitals': `<HTML><HEAD><TITLE>T</TITLE>${csp.toUpperCase().replace('CONTENT-SECURITY-POLICY', 'content-security-policy')}</HEAD><body>é</body></html>`,
	};
	for (const [name, html] of Object.entries(pages)) {
		it(`gives what the whole page as a string gives: ${name}`, () => {
			const expected = wholePage(html);
			const got = pageWithCspMetaFirst(Buffer.from(html));
			expect(got.policy).toBe(expected.policy);
			expect(got.moved?.toString('utf8')).toBe(expected.moved);
		});
	}

	it('moves the <meta> and leaves the rest of the page byte for byte', () => {
		const html = pages['after the head entries']!;
		const moved = pageWithCspMetaFirst(Buffer.from(html)).moved!;
		expect(moved.toString('utf8')).toBe(html.replace(csp, '').replace('<meta charset="utf-8"/>', `<meta charset="utf-8"/>${csp}`));
		expect(moved.subarray(moved.indexOf('</head>'))).toEqual(Buffer.from(html.slice(html.indexOf('</head>'))));
	});
});
