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

/** Private-use characters around a value's name: where `t` puts them in its answer is where the value goes. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PLACED = /\uE000(\w+)\uE001/g;

/**
 * A translation with its values' places: `literals` around each of `names` (one more literal than
 * names). Undefined when `t` did something to a value besides placing it (a formatter, `{{id,
 * uppercase}}`), so the translation is asked again for every set of values.
 */
interface Template {
	literals: string[];
	names: string[];
}

function templateOf(text: string, given: readonly string[]): Template | undefined {
	const literals: string[] = [];
	const names: string[] = [];
	let from = 0;
	for (const match of text.matchAll(PLACED)) {
		if (!given.includes(match[1]!)) return undefined;
		literals.push(text.slice(from, match.index));
		names.push(match[1]!);
		from = match.index + match[0].length;
	}
	literals.push(text.slice(from));
	return literals.some((literal) => literal.includes(OPEN) || literal.includes(CLOSE)) ? undefined : { literals, names };
}

function fill({ literals, names }: Template, values: Record<string, string | number>): string {
	let text = literals[0]!;
	for (let i = 0; i < names.length; i++) text += String(values[names[i]!]) + literals[i + 1]!;
	return text;
}

/** What one language has learnt: translations without values, and templates per key and value names. */
interface Learnt {
	texts: Map<string, string>;
	templates: Map<string, Template | undefined>;
}

/** Translations remembered per language, keyed by the language's dictionary (Starlight's `t.all()`). */
const byDictionary = new WeakMap<object, Learnt>();
/** One `Strings` per request, so the components of a page share it. */
const byLocals = new WeakMap<object, Strings>();

/**
 * `t` remembered: a translation is a function of the language's dictionary, the key and the
 * values. Without values its text is kept; with values, `t` is asked once per key with each
 * value's name marked, and the values are then put where the marks came back (a marker label is
 * asked with a new number on nearly every marker, so keeping each answer saved little and i18next
 * interpolated every one). `count` picks a plural form and a formatter changes a value, so those
 * keys are asked for each set of values, and remembered up to the limit. What is learnt is shared
 * by every page of a language when `t` shows its dictionary (Starlight's does, the same object for
 * every request of a language, a new one when the translations are reloaded), otherwise it is
 * this `t`'s own.
 */
export function rememberedTranslate(t: Translate, limit = REMEMBERED_STRINGS): Strings {
	const dictionary = typeof t.all === 'function' ? t.all() : undefined;
	const shared = typeof dictionary === 'object' && dictionary !== null;
	let learnt = shared ? byDictionary.get(dictionary) : undefined;
	if (!learnt) {
		learnt = { texts: new Map(), templates: new Map() };
		if (shared) byDictionary.set(dictionary, learnt);
	}
	const { texts, templates } = learnt;
	// Values are ids, numbers and titles: Astro escapes the result where it is printed, so
	// i18next's own escaping would show "&#39;" for an apostrophe.
	const ask = (key: string, values?: Record<string, unknown>) => t(`verbatimCitations.${key}`, { ...values, interpolation: { escapeValue: false } });
	const remembered = (id: string, answer: () => string) => {
		let text = texts.get(id);
		if (text === undefined) {
			text = answer();
			if (texts.size < limit) texts.set(id, text);
		}
		return text;
	};
	return (key, values) => {
		if (values === undefined) return remembered(key, () => ask(key));
		const names = Object.keys(values);
		const templateKey = `${key}\0${names.join('\0')}`;
		let template = templates.get(templateKey);
		if (template === undefined && !templates.has(templateKey) && !names.includes('count')) {
			template = templateOf(ask(key, Object.fromEntries(names.map((name) => [name, `${OPEN}${name}${CLOSE}`]))), names);
			templates.set(templateKey, template);
		}
		return template ? fill(template, values) : remembered(`${key}\0${JSON.stringify(values)}`, () => ask(key, values));
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
