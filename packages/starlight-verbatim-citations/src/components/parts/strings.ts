/**
 * The plugin's reader-facing strings, looked up through Starlight's translation system
 * (`Astro.locals.t`), so a site can reword or translate any of them (keys `verbatimCitations.*`,
 * English defaults in integration/translations.ts).
 */
type Translate = (key: string, options?: Record<string, unknown>) => string;

export type Strings = (key: string, values?: Record<string, string | number>) => string;

export function strings(locals: object): Strings {
	const t = (locals as { t: Translate }).t;
	// Values are ids, numbers and titles: Astro escapes the result where it is printed, so
	// i18next's own escaping would show "&#39;" for an apostrophe.
	return (key, values) => t(`verbatimCitations.${key}`, { ...values, interpolation: { escapeValue: false } });
}
