/**
 * The plugin's reader-facing strings, looked up through Starlight's translation system
 * (`Astro.locals.t`), so a site can reword or translate any of them (keys `verbatimCitations.*`,
 * English defaults in integration/translations.ts).
 */
type Translate = ((key: string, options?: Record<string, unknown>) => string) & { all?: () => unknown };

export type Strings = (key: string, values?: Record<string, string | number>) => string;

/**
 * How many translated strings one language keeps: a page's markers and previews ask for some six
 * strings per citation, most of them asked before (the same marker label twice, "Close" on every
 * preview, "Read in report 003" on every page citing it), and i18next's lookup and interpolation
 * cost more than the look-up here (i18next took 4.5 s of CPU, Starlight's own calls included, in
 * the build of a generated 2,000-report site).
 */
export const REMEMBERED_STRINGS = 100_000;

/** Translations remembered per language, keyed by the language's dictionary (Starlight's `t.all()`). */
const byDictionary = new WeakMap<object, Map<string, string>>();
/** One `Strings` per request, so the components of a page share it. */
const byLocals = new WeakMap<object, Strings>();

/**
 * `t` remembered: a translation is a function of the language's dictionary, the key and the
 * values, so the same question gets the same answer from the first call's result. The memo is
 * shared by every page of a language when `t` shows its dictionary (Starlight's does, the same
 * object for every request of a language, a new one when the translations are reloaded),
 * otherwise it is this `t`'s own.
 */
export function rememberedTranslate(t: Translate, limit = REMEMBERED_STRINGS): Strings {
	const dictionary = typeof t.all === 'function' ? t.all() : undefined;
	const shared = typeof dictionary === 'object' && dictionary !== null;
	let known = shared ? byDictionary.get(dictionary) : undefined;
	if (!known) {
		known = new Map();
		if (shared) byDictionary.set(dictionary, known);
	}
	const memo = known;
	// Values are ids, numbers and titles: Astro escapes the result where it is printed, so
	// i18next's own escaping would show "&#39;" for an apostrophe.
	return (key, values) => {
		const id = values === undefined ? key : `${key}\0${JSON.stringify(values)}`;
		let text = memo.get(id);
		if (text === undefined) {
			text = t(`verbatimCitations.${key}`, { ...values, interpolation: { escapeValue: false } });
			if (memo.size < limit) memo.set(id, text);
		}
		return text;
	};
}

export function strings(locals: object): Strings {
	let found = byLocals.get(locals);
	if (!found) {
		found = rememberedTranslate((locals as { t: Translate }).t);
		byLocals.set(locals, found);
	}
	return found;
}
