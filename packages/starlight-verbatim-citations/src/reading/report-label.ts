import type { SourceMetadata } from '../schemas/source-metadata.ts';

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * What distinguishes a report for a reader, from its metadata: its dateline's day and month
 * ("26 July"), or "undated". Prose names a report as "the 26 July report (000)" or "an undated
 * report (002)"; numbers alone mean nothing to a reader, and the id in brackets keeps it checkable.
 */
export function reportLabelWords(meta: Pick<SourceMetadata, 'dateline'>): string {
	return meta.dateline ? dayMonth.format(new Date(`${meta.dateline}T00:00:00Z`)) : 'undated';
}

/** "the 26 July report (000)", "an undated report (002)": the label a reader sees. */
export function reportLabel(meta: Pick<SourceMetadata, 'id' | 'dateline'>): string {
	return meta.dateline ? `the ${reportLabelWords(meta)} report (${meta.id})` : `an undated report (${meta.id})`;
}

/** "26 July report (000)", "Undated report (002)": the label starting a link or a list item. */
export function reportLinkLabel(meta: Pick<SourceMetadata, 'id' | 'dateline'>): string {
	const words = reportLabelWords(meta);
	return `${words.charAt(0).toUpperCase()}${words.slice(1)} report (${meta.id})`;
}
