import { describe, expect, it } from 'vitest';
import { describeCitationProblem, describeUnnamedAttribution, show } from '../../packages/starlight-verbatim-citations/src/pages/citation-messages.ts';
import { corpusMessages } from '../../packages/starlight-verbatim-citations/src/corpus/corpus-messages.ts';
import { describeCharacter } from '../../packages/starlight-verbatim-citations/src/engine/closest.ts';
import type { AttributionFrame } from '../../packages/starlight-verbatim-citations/src/reading/attribution.ts';

/**
 * The catalogues' wording as an editor reads it, pinned once here (inline snapshots). Every other
 * test imports the messages instead of retyping them, so only this file notices when a message
 * loses the file, the line, the quote or the fix it names.
 */

const passage = (paragraph: number | undefined, text = 'the passage') => ({ start: 40, end: 40 + text.length, paragraph, text });

describe('show(): report text inside an error message', () => {
	it('puts the text in guillemets with its whitespace folded to single spaces', () => {
		expect(show('  two\n\nlines\tand  tabs ')).toBe('«two lines and tabs»');
	});
	it('keeps 160 characters whole and cuts a longer text at 159 with an ellipsis', () => {
		const exactly = 'x'.repeat(160);
		expect(show(exactly)).toBe(`«${exactly}»`);
		expect(show(`${exactly}y`)).toBe(`«${'x'.repeat(159)}…»`);
	});
});

describe('describeCharacter(): the character where a quote differs', () => {
	it('names the characters editors confuse, with their code point', () => {
		expect(["'", '"', '‘', '’', '“', '”', '-', '–', '—', '…', ' ', '\u00a0'].map(describeCharacter)).toMatchInlineSnapshot(`
			[
			  "' (U+0027, straight apostrophe)",
			  "" (U+0022, straight double quote)",
			  "‘ (U+2018, left single curly quote)",
			  "’ (U+2019, right single curly quote (curly apostrophe))",
			  "“ (U+201C, left double curly quote)",
			  "” (U+201D, right double curly quote)",
			  "- (U+002D, hyphen)",
			  "– (U+2013, en dash)",
			  "— (U+2014, em dash)",
			  "… (U+2026, ellipsis)",
			  "  (U+0020, space)",
			  "  (U+00A0, no-break space)",
			]
		`);
	});
	it('gives an unnamed character its code point padded to four digits, an astral one whole, and the end of the text', () => {
		expect([describeCharacter('a'), describeCharacter('😀'), describeCharacter(undefined)]).toMatchInlineSnapshot(`
			[
			  "a (U+0061)",
			  "😀 (U+1F600)",
			  "the end of the text",
			]
		`);
	});
});

describe('the citation problems', () => {
	it('unknown-source lists the known ids and where they are listed', () => {
		expect(describeCitationProblem({ code: 'unknown-source', sourceId: '009', knownIds: ['000', '001'] })).toMatchInlineSnapshot(`
			{
			  "hint": "Known ids: "000", "001". Ids are listed in docs-data/sources.yaml.",
			  "message": "Unknown source id "009".",
			}
		`);
	});
	it('quote-empty and quote-too-short say what to quote instead', () => {
		expect(describeCitationProblem({ code: 'quote-empty', sourceId: '003' })).toMatchInlineSnapshot(`
			{
			  "hint": "Copy the words that support the claim from the report into quote="…". Find them with: npx verbatim-citations quote "some words".",
			  "message": "The quote for source "003" is empty.",
			}
		`);
		expect(describeCitationProblem({ code: 'quote-too-short', sourceId: '003', quote: 'on', minimum: 8 })).toMatchInlineSnapshot(`
			{
			  "hint": "Quote enough of the report to pin down the passage: a phrase, not a word.",
			  "message": "The quote «on» is too short to check (under 8 characters).",
			}
		`);
	});
	it('quote-not-found with a closest passage names its paragraph, the first difference and the quote to use', () => {
		const problem = {
			code: 'quote-not-found' as const,
			sourceId: '004',
			quote: "Sessions' decision",
			closest: passage(3, 'Sessions’ \n decision'),
			difference: { index: 8, expected: '’', received: "'" },
		};
		expect(describeCitationProblem(problem)).toMatchInlineSnapshot(`
			{
			  "hint": "Quote the report exactly (only whitespace may differ), e.g. quote="Sessions’ decision".",
			  "message": "The quote «Sessions' decision» is not in report 004.
			Closest passage (paragraph 3): «Sessions’ decision»
			They first differ at character 9 of the quote: the report has ’ (U+2019, right single curly quote (curly apostrophe)), the quote has ' (U+0027, straight apostrophe).",
			}
		`);
	});
	it('quote-not-found without a difference, at an offset outside paragraphs, or with nothing close', () => {
		const base = { code: 'quote-not-found' as const, sourceId: '004', quote: 'the quote' };
		expect(describeCitationProblem({ ...base, closest: passage(undefined), difference: undefined })).toMatchInlineSnapshot(`
			{
			  "hint": "Quote the report exactly (only whitespace may differ), e.g. quote="the passage".",
			  "message": "The quote «the quote» is not in report 004.
			Closest passage (at offset 40): «the passage»",
			}
		`);
		expect(describeCitationProblem({ ...base, closest: undefined, difference: undefined })).toMatchInlineSnapshot(`
			{
			  "hint": "Quote the report exactly (only whitespace may differ).",
			  "message": "The quote «the quote» is not in report 004.",
			}
		`);
	});
	it('quote-in-other-source names every report that has it and suggests the first', () => {
		expect(describeCitationProblem({ code: 'quote-in-other-source', sourceId: '000', quote: 'the quote', foundIn: ['002', '004'] })).toMatchInlineSnapshot(`
			{
			  "hint": "If that report is the one you meant, write source="002".",
			  "message": "The quote «the quote» is not in report 000, but it is in report 002 and 004.",
			}
		`);
	});
	it('quote-ambiguous counts and places the occurrences, with or without a longer quote to suggest', () => {
		const base = { code: 'quote-ambiguous' as const, sourceId: '001', quote: 'the quote' };
		const occurrences = (first: string | undefined) => [
			{ ...passage(2), suggestion: first },
			{ ...passage(undefined), suggestion: 'quote, again' },
		];
		expect(describeCitationProblem({ ...base, occurrences: occurrences('the quote,\n longer') })).toMatchInlineSnapshot(`
			{
			  "hint": "Quote more of the passage you mean, so that it occurs once; for the one in
			  paragraph 2: quote="the quote, longer"
			  at offset 40: quote="quote, again"",
			  "message": "The quote «the quote» occurs 2 times in report 001 (paragraph 2, at offset 40), so the link could land on the wrong one.",
			}
		`);
		expect(describeCitationProblem({ ...base, occurrences: occurrences(undefined) })).toMatchInlineSnapshot(`
			{
			  "hint": "Quote more of the passage you mean, so that it occurs once; for the one in
			  paragraph 2: no longer quote within its paragraph is unique; quote another passage
			  at offset 40: quote="quote, again"",
			  "message": "The quote «the quote» occurs 2 times in report 001 (paragraph 2, at offset 40), so the link could land on the wrong one.",
			}
		`);
	});
	it('quote-cuts-word says which end is inside a word, names the words and the whole-word quote', () => {
		const base = { code: 'quote-cuts-word' as const, sourceId: '004', quote: 'likely to leave', passage: passage(5) };
		expect(describeCitationProblem({ ...base, cut: 'start', words: ['unlikely'], suggestion: 'unlikely to leave' })).toMatchInlineSnapshot(`
			{
			  "hint": "Quote whole words, e.g. quote="unlikely to leave".",
			  "message": "The quote «likely to leave» starts inside a word of report 004 (paragraph 5): the report has «unlikely». Cut out of its word, a quote can say the opposite of the report ("likely" is not "unlikely").",
			}
		`);
		expect(describeCitationProblem({ ...base, cut: 'end', words: ['leaves'], suggestion: 'likely to leaves' }).message).toContain(' ends inside a word');
		expect(describeCitationProblem({ ...base, cut: 'both', words: ['unlikely', 'leaves'], suggestion: 'unlikely to leaves' }).message).toContain(
			' starts and ends inside a word of report 004 (paragraph 5): the report has «unlikely» and «leaves».',
		);
	});
	it('quote-spans-paragraphs names both paragraphs and the fix', () => {
		expect(describeCitationProblem({ code: 'quote-spans-paragraphs', sourceId: '002', quote: 'end. Start', paragraphs: [3, 4] })).toMatchInlineSnapshot(`
			{
			  "hint": "Split it into one citation per paragraph.",
			  "message": "The quote «end. Start» runs across paragraphs 3 and 4 of report 002.",
			}
		`);
	});
});

describe('attribution-unnamed', () => {
	const frame = (over: Partial<AttributionFrame>): AttributionFrame => ({
		sourceId: '002',
		frame: 'Two people close to Sessions said',
		governs: 'he would stay',
		kind: 'unnamed-source',
		who: 'two people close to Sessions',
		names: ['close to Sessions'],
		frameStart: 0,
		frameEnd: 10,
		start: 11,
		end: 30,
		...over,
	});
	it('names the one attribution, its kind and the words to use', () => {
		expect(describeUnnamedAttribution('<Cite source="002" quote="he would stay">', 'He would stay.', 6, [frame({})])).toMatchInlineSnapshot(`
			{
			  "hint": "Say who the report gives the words to in the same sentence, using «close to Sessions» (e.g. "Two people close to Sessions said …"). If the frame's names are too narrow, add one in docs-data/attributions.yaml.",
			  "message": "<Cite source="002" quote="he would stay">
			Report 002, paragraph 6, gives these words to two people close to Sessions (unnamed), by «Two people close to Sessions said», but the sentence citing them does not name it: «He would stay.»",
			}
		`);
	});
	it('names each of nested attributions, and every name that would do', () => {
		const nested = [frame({}), frame({ frame: 'Politico reported', kind: 'other-outlet', who: 'Politico', names: ['Politico', 'the outlet'] })];
		expect(describeUnnamedAttribution('<Cite>', 'He would stay.', 6, nested)).toMatchInlineSnapshot(`
			{
			  "hint": "Say who the report gives the words to in the same sentence, using «close to Sessions», and «Politico» or «the outlet» (e.g. "Two people close to Sessions said …"). If the frame's names are too narrow, add one in docs-data/attributions.yaml.",
			  "message": "<Cite>
			Report 002, paragraph 6, gives these words to two people close to Sessions (unnamed), by «Two people close to Sessions said»; and to Politico (another outlet), by «Politico reported», but the sentence citing them does not name each attribution: «He would stay.»",
			}
		`);
	});
});

describe('the corpus problems', () => {
	it('every message names what it was given, and every hint says what to do', () => {
		const texts = {
			'metadata-missing': corpusMessages['metadata-missing']('docs-data/sources.yaml'),
			'metadata-syntax': corpusMessages['metadata-syntax']('docs-data/sources.yaml', 'Unexpected scalar at line 3\n  - id: x\n ^'),
			'metadata-not-a-list': corpusMessages['metadata-not-a-list']('docs-data/sources.yaml'),
			'metadata-invalid': corpusMessages['metadata-invalid']('Entry 003', 'title', 'is missing'),
			'metadata-unknown-key': corpusMessages['metadata-unknown-key']('Entry 003', 'titel', ['id', 'file', 'title']),
			'metadata-duplicate-id': corpusMessages['metadata-duplicate-id']('003', 12),
			'metadata-duplicate-file': corpusMessages['metadata-duplicate-file']('004', '003_x.txt', 12),
			'source-missing': corpusMessages['source-missing']('003', 'docs-data/sources/003_x.txt'),
			'source-not-a-file': corpusMessages['source-not-a-file']('docs-data/sources/003_x.txt', 'a named pipe'),
			'source-unreadable': corpusMessages['source-unreadable']('docs-data/sources/003_x.txt', "EACCES: permission denied, open 'docs-data/sources/003_x.txt'"),
			'source-not-utf8': corpusMessages['source-not-utf8']('docs-data/sources/003_x.txt'),
			'source-control-character': corpusMessages['source-control-character']('003_x.txt', 'NUL (U+0000)', 1234, 7, 1),
			'source-bidi-control': corpusMessages['source-bidi-control']('003_x.txt', 'U+202E', 120, 3, 2),
			'source-look-alike': corpusMessages['source-look-alike']('003_x.txt', 4, 'thе', 'the', 'е (U+0435, Cyrillic)', 1),
			'source-empty': corpusMessages['source-empty']('003_x.txt', 'no bytes'),
			'source-too-large': corpusMessages['source-too-large']('003_x.txt', 1_500_000, 1_048_576),
			'source-unlisted': corpusMessages['source-unlisted']('docs-data/sources/005_x.txt', 'docs-data/sources.yaml'),
			'checksums-missing': corpusMessages['checksums-missing']('docs-data/sources/SHA256SUMS'),
			'checksum-malformed': corpusMessages['checksum-malformed']('abc 003_x.txt'),
			'checksum-duplicate': corpusMessages['checksum-duplicate']('003_x.txt', 4),
			'checksum-missing': corpusMessages['checksum-missing']('003_x.txt', 'docs-data/sources/SHA256SUMS'),
			'source-changed': corpusMessages['source-changed']('003_x.txt', 'a'.repeat(64), 'b'.repeat(64)),
			'dateline-unsupported': corpusMessages['dateline-unsupported']('003', '2017-06-08', [{ date: '2017-06-07', words: '2017-06-07' }]),
		} satisfies Record<keyof typeof corpusMessages, unknown>;
		expect(texts).toMatchInlineSnapshot(`
			{
			  "checksum-duplicate": {
			    "hint": "Restore the file from git (git checkout -- it). Each report has exactly one recorded checksum.",
			    "message": "003_x.txt has a second checksum line (first on line 4).",
			  },
			  "checksum-malformed": {
			    "hint": "Each line is 64 lowercase hex digits, two spaces and the file name, as sha256sum writes it. Restore the file from git (git checkout -- it); never type a checksum by hand.",
			    "message": "This line is not a checksum line: "abc 003_x.txt".",
			  },
			  "checksum-missing": {
			    "hint": "If the line was deleted, restore it from git (git checkout -- docs-data/sources/SHA256SUMS); if the report was edited, restore it too. A new report is added only with npx verbatim-citations add-source, which records its checksum; the build never does.",
			    "message": "003_x.txt has no line in docs-data/sources/SHA256SUMS, so nothing shows that it is the report as received.",
			  },
			  "checksums-missing": {
			    "hint": "Restore it from git (git checkout -- docs-data/sources/SHA256SUMS). Checksums are recorded only by npx verbatim-citations add-source, when a report is first added.",
			    "message": "docs-data/sources/SHA256SUMS is missing, so no report can be shown to be the original.",
			  },
			  "dateline-unsupported": {
			    "hint": "Write the date the text states (dateline: 2017-06-07), or, if the dateline comes from elsewhere, say where: datelineSource: { note: "…", url: "…" } (shown on the report page as supplied by the editors).",
			    "message": "Report 003's dateline 2017-06-08 is not stated in its text. The text states 2017-06-07 («2017-06-07»). A dateline decides worked-out dates and which of two copies came first, so it must be proved.",
			  },
			  "metadata-duplicate-file": {
			    "hint": "List each report file once; remove this entry or correct its file name.",
			    "message": "Report 004: the file 003_x.txt is already listed (line 12).",
			  },
			  "metadata-duplicate-id": {
			    "hint": "Give each report its own id; a citation must name exactly one report.",
			    "message": "The id "003" is used twice (first on line 12).",
			  },
			  "metadata-invalid": {
			    "hint": "The fields of an entry are described in the starlight-verbatim-citations README, under "sources.yaml".",
			    "message": "Entry 003: title is missing.",
			  },
			  "metadata-missing": {
			    "hint": "Create it with one entry per report (see README, "Add a report").",
			    "message": "docs-data/sources.yaml is missing.",
			  },
			  "metadata-not-a-list": {
			    "hint": "Start each entry with "- id: …" (see the entries already there).",
			    "message": "docs-data/sources.yaml must be a list of reports.",
			  },
			  "metadata-syntax": {
			    "hint": "Fix the YAML at this line. Until it parses, no citation can be checked against the reports, so none is reported.",
			    "message": "docs-data/sources.yaml is not valid YAML: Unexpected scalar at line 3",
			  },
			  "metadata-unknown-key": {
			    "hint": "Use one of: id, file, title; the spelling and case must match.",
			    "message": "Entry 003: unknown key "titel".",
			  },
			  "source-bidi-control": {
			    "hint": "A report is never edited in place: obtain a copy of the original without these characters and add it as a new report with npx verbatim-citations add-source.",
			    "message": "003_x.txt contains the bidi control character U+202E at byte 120 (line 3), and 1 more. It reorders how the text around it displays, so what a reader sees is not the words the quotes are checked against.",
			  },
			  "source-changed": {
			    "hint": "Restore the original bytes (git checkout -- the file). If the original itself was replaced, add it as a new report instead.",
			    "message": "003_x.txt no longer matches its recorded SHA-256 (aaaaaaaaaaaa…, now bbbbbbbbbbbb…). Reports are never edited.",
			  },
			  "source-control-character": {
			    "hint": "A report is never edited in place: obtain a clean copy of the original and add it as a new report with npx verbatim-citations add-source.",
			    "message": "003_x.txt contains the control character NUL (U+0000) at byte 1234 (line 7). A reader cannot see it, and a quote could not show it.",
			  },
			  "source-empty": {
			    "hint": "Remove the file and its entry, or add the real report with npx verbatim-citations add-source.",
			    "message": "003_x.txt has no bytes: there is nothing in it to cite.",
			  },
			  "source-look-alike": {
			    "hint": "A report is never edited in place: obtain a copy of the original in one script per word and add it as a new report with npx verbatim-citations add-source.",
			    "message": "003_x.txt line 4: the word «thе» mixes scripts: it looks like «the» but its е (U+0435, Cyrillic) only looks like a Latin letter. A quote typed from what a reader sees would not match it, and a copy of another report could pass as independent.",
			  },
			  "source-missing": {
			    "hint": "Correct the file name in the entry, or restore the file from git (git checkout -- docs-data/sources/003_x.txt). Do not run npx verbatim-citations add-source for it: that would add a second entry for the same report.",
			    "message": "Report 003: docs-data/sources/003_x.txt does not exist.",
			  },
			  "source-not-a-file": {
			    "hint": "Remove it or move it out of the sources folder; if it stands for a report, add the real file with npx verbatim-citations add-source. Only regular files are read, so the check never waits on a pipe or a device.",
			    "message": "docs-data/sources/003_x.txt is a named pipe, not a regular file: a report is a plain text file.",
			  },
			  "source-not-utf8": {
			    "hint": "Convert the original to UTF-8 before adding it; the site never guesses an encoding.",
			    "message": "docs-data/sources/003_x.txt is not valid UTF-8.",
			  },
			  "source-too-large": {
			    "hint": "A news report is a few kilobytes; this is probably not one. Check the file. If it really is a report, raise the plugin option maxReportBytes in astro.config.mjs.",
			    "message": "003_x.txt is 1,500,000 bytes, over the limit of 1,048,576 bytes for one report.",
			  },
			  "source-unlisted": {
			    "hint": "Add an entry with its id, title and summary (npx verbatim-citations add-source writes a stub).",
			    "message": "docs-data/sources/005_x.txt has no entry in docs-data/sources.yaml.",
			  },
			  "source-unreadable": {
			    "hint": "Let the user who runs the build read it (check its permissions), or restore it from git.",
			    "message": "docs-data/sources/003_x.txt cannot be read: EACCES: permission denied, open 'docs-data/sources/003_x.txt'.",
			  },
			}
		`);
	});
	it('source-control-character counts the others; source-empty names the first invisible character', () => {
		expect(corpusMessages['source-control-character']('003_x.txt', 'ESC (U+001B)', 9, 2, 4).message).toContain('at byte 9 (line 2), and 3 more. A reader');
		expect(corpusMessages['source-empty']('003_x.txt', 'only invisible characters', { character: 'ZERO WIDTH SPACE (U+200B)', byteOffset: 3, line: 1 }).message).toBe(
			'003_x.txt has only invisible characters (the first is ZERO WIDTH SPACE (U+200B) at byte 3, line 1): there is nothing in it to cite.',
		);
	});
	it('checksum-malformed shows a long line cut at 119 characters, and a 120-character line whole', () => {
		const long = 'z'.repeat(121);
		expect(corpusMessages['checksum-malformed'](long).message).toBe(`This line is not a checksum line: "${'z'.repeat(119)}…".`);
		expect(corpusMessages['checksum-malformed']('z'.repeat(120)).message).toBe(`This line is not a checksum line: "${'z'.repeat(120)}".`);
	});
});
