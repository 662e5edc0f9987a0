import { describe, expect, it } from 'vitest';
import { idProblem } from '../../packages/starlight-verbatim-citations/src/authoring/add-source.ts';
import { describeIssue } from '../../packages/starlight-verbatim-citations/src/corpus/metadata-issues.ts';
import { sourceMetadataSchema } from '../../packages/starlight-verbatim-citations/src/schemas/source-metadata.ts';

/**
 * Issue 22, item 6 (ids): a 300-character id passed the schema and then crashed Astro with
 * ENAMETOOLONG (the id names a folder of the built site). Ids and file names are bounded, with a
 * message in plain words, in sources.yaml and in add-source --id.
 */
const entry = (over: Record<string, unknown>) => ({ id: '005', file: '005.txt', title: 'T', summary: 'S', ...over });

describe('hostile ids: bounded and path-safe', () => {
	it('refuses an id over 64 characters, saying so in plain words', () => {
		const parsed = sourceMetadataSchema.safeParse(entry({ id: 'a'.repeat(300) }));
		expect(parsed.success).toBe(false);
		if (parsed.success) return;
		const issue = parsed.error.issues[0]!;
		expect(issue.path).toEqual(['id']);
		expect(describeIssue(issue, 'a'.repeat(300))).toMatch(/at most 64 characters/);
	});

	it('accepts an id of 64 characters', () => {
		expect(sourceMetadataSchema.safeParse(entry({ id: 'a'.repeat(64) })).success).toBe(true);
	});

	it('refuses a file name over 128 characters', () => {
		const parsed = sourceMetadataSchema.safeParse(entry({ file: `${'a'.repeat(300)}.txt` }));
		expect(parsed.success).toBe(false);
		if (parsed.success) return;
		expect(describeIssue(parsed.error.issues[0]!, '')).toMatch(/at most 128 characters/);
	});

	it('add-source --id refuses a 300-character id', () => {
		expect(idProblem('a'.repeat(300), [])).toMatch(/at most 64 characters/);
	});
});
