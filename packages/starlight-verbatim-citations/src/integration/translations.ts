import type { CitationOptions } from '../schemas/options.ts';

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The reader-facing strings of the plugin, in English, with the site's own noun for a source
 * ("report", "document", "letter"). Injected through Starlight's `i18n:setup` hook, so a site
 * overrides any of them, or adds a language, in its own `src/content/i18n/<lang>.json` under the
 * same keys. `{{…}}` are filled in where the string is used.
 */
export function englishStrings({ singular, plural }: CitationOptions['sourceNoun']): Record<string, string> {
	return {
		'verbatimCitations.sources.title': `The ${plural}`,
		'verbatimCitations.sources.description': `Every ${singular} this site cites, exactly as received.`,
		'verbatimCitations.sources.intro': `What this site quotes comes from these ${plural}. Each is hosted exactly as received, with its checksum, its paragraphs numbered and every cited passage highlighted. Titles and summaries are the editors' own.`,
		'verbatimCitations.sources.caption': `The {{count}} ${plural}: dateline, what each covers, and how much of it the site cites`,
		'verbatimCitations.sources.column': capital(singular),
		'verbatimCitations.source.title': `${capital(singular)} {{id}}`,
		'verbatimCitations.source.titleLabel': 'Title',
		'verbatimCitations.source.summaryLabel': 'Summary',
		'verbatimCitations.source.datelineLabel': 'Dateline',
		'verbatimCitations.source.noDateline': 'None stated in the text',
		'verbatimCitations.source.datelineStated': 'stated in the text: «{{words}}»',
		'verbatimCitations.source.datelineSupplied': 'supplied by the editors: {{note}}',
		'verbatimCitations.source.originalLabel': 'Original',
		'verbatimCitations.source.outletLabel': 'Outlet',
		'verbatimCitations.source.bylineLabel': 'Byline',
		'verbatimCitations.source.retrievedLabel': 'Retrieved',
		'verbatimCitations.source.retrievedOn': 'on {{date}}',
		'verbatimCitations.source.extentLabel': 'Extent',
		'verbatimCitations.source.excerpt': `An excerpt of the ${singular}, not the whole of it`,
		'verbatimCitations.source.bytes': ' bytes, served byte for byte as received',
		'verbatimCitations.source.citedLabel': 'Cited',
		'verbatimCitations.source.notUsedYetLabel': 'Not used yet',
		'verbatimCitations.source.notUsedYet': 'The editors have not worked this report through yet ({{note}}): the sentences the site does not cite are set aside as a whole, not yet excused one by one.',
		'verbatimCitations.source.qualityNotes': 'Quality notes',
		'verbatimCitations.source.fullText': 'Full text',
		'verbatimCitations.source.note': 'The text exactly as received: nothing corrected, spelling and punctuation as in the original. Paragraphs are numbered by this site; highlighted words are cited on the site, and every sentence with none is excused with its reason beneath its paragraph; under each cited paragraph, “Where … is cited” unfolds the links to every place that cites it (shown at once for the words a link points to).',
		'verbatimCitations.editorial.mark': '(editorial)',
		'verbatimCitations.sources.covers': 'What it covers',
		'verbatimCitations.sources.citedParagraphs': 'Cited paragraphs',
		'verbatimCitations.sources.citedCharacters': 'Cited characters',
		'verbatimCitations.sources.sharedPassages': 'Shared passages',
		'verbatimCitations.sources.notStated': 'not stated',
		'verbatimCitations.sources.none': 'none',
		'verbatimCitations.lineage.title': `Which ${plural} draw on which`,
		'verbatimCitations.lineage.none': `No ${singular} shares a passage with another, word for word or reworded.`,
		'verbatimCitations.lineage.caption': `Shared passages between ${plural}, pair by pair`,
		'verbatimCitations.timeline.undated': `Not dated by the ${plural}`,
		'verbatimCitations.timeline.published': 'Published (the reports\' datelines)',
		'verbatimCitations.mentions.cited': '(cited on this page)',
		'verbatimCitations.grid.page': 'Page',
		'verbatimCitations.grid.notCited': 'not cited',
		'verbatimCitations.cast.noRole': `No ${singular} states a role in its own words.`,
		'verbatimCitations.disagreement.kicker': 'In dispute',
		'verbatimCitations.source.shared': `Passages shared with other ${plural}`,
		'verbatimCitations.source.sharedNone': `None found: no passage of this ${singular} appears, word for word or reworded, in another ${singular}.`,
		'verbatimCitations.source.tierExact': 'Word for word: {{words}} words are the same, in the same order (with few changes between them).',
		'verbatimCitations.source.tierReworded': 'Reworded copy: fewer than nine words in a row are the same, but {{words}} content words of the two sentences match (the same word in another form or order, a synonym, or an acronym and the name it stands for).',
		'verbatimCitations.source.sharedIntro': `These words also appear in another ${singular}, word for word or reworded. Shared wording suggests that one copied the other, or both a third source, so where the site cites both it counts them as one independent ${singular}. Under each pair, struck-through words are only in the first version, underlined words only in the second.`,
		'verbatimCitations.marker.label': `Citation {{number}}: ${singular} {{id}}, paragraph {{paragraph}}`,
		'verbatimCitations.marker.independence': `${capital(plural)} that share the cited words, copied or reworded, count once.`,
		'verbatimCitations.references.title': 'References',
		'verbatimCitations.preview.close': 'Close',
		'verbatimCitations.preview.where': `${capital(singular)} {{id}}, paragraph {{paragraph}}`,
		'verbatimCitations.preview.read': `Read it in ${singular} {{id}}`,
		'verbatimCitations.preview.reference': 'Reference {{number}}',
		'verbatimCitations.editorial.title': 'How to read this page',
		'verbatimCitations.editorial.label': '(editorial note)',
		'verbatimCitations.jsonLd.citation': `${capital(singular)} {{id}}: {{title}}`,
	};
}
