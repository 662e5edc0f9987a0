import { describe, expect, it } from 'vitest';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

const entry = (file: string) => ({ id: '005', file, title: 'A title', summary: 'A summary' });

describe('sourceMetadataSchema: file', () => {
	it('takes only names of letters, digits, ".", "_" and "-" ending in .txt', () => {
		for (const file of ['003_bcbf5988037475aa.txt', 'ferry-union.txt']) expect(sourceMetadataSchema.safeParse(entry(file)).success, file).toBe(true);
		for (const file of ['[draft].txt', 'report #1.txt', 'a: b.txt', 'two\nlines.txt', '../x.txt', 'a.md']) {
			const parsed = sourceMetadataSchema.safeParse(entry(file));
			expect(parsed.success, file).toBe(false);
			expect(parsed.error?.issues[0]?.message).toContain('letters, digits');
		}
	});
});
