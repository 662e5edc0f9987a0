/**
 * The scale benchmark's comparison with plain Starlight, from builds that alternate: plugin, plain,
 * plugin, plain… on the same machine. One build of each is not enough here: the same 2,000-report
 * build has ranged over 64–89 s in one hour, so a ratio of two single builds says more about the
 * minute it ran in than about the plugin. Each pair is built back to back, so its ratio sees the
 * same machine; the medians of the pairs are what bench/README.md quotes.
 */
import { parseArgs } from 'node:util';

/** One build's wall time and peak resident memory. */
export interface BuildFigures {
	seconds: number;
	peakMiB: number;
}

/** A ratio over the pairs: its median, and the smallest and largest pair. */
export interface RatioSpread {
	median: number;
	min: number;
	max: number;
}

export interface PairedSummary {
	pairs: number;
	/** Medians of each side's builds. */
	plugin: BuildFigures;
	plain: BuildFigures;
	/** plugin ÷ plain, pair by pair. */
	time: RatioSpread;
	memory: RatioSpread;
}

/** The middle value; of an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Of whole items, the one of middle value (the lower middle of an even count): a real build to stand for its side, where a mean of two would be none. */
export function middleOf<T>(items: readonly T[], value: (item: T) => number): T {
	if (items.length === 0) throw new Error('middle of no items');
	return [...items].sort((a, b) => value(a) - value(b))[(items.length - 1) >> 1]!;
}

const spread = (values: number[]): RatioSpread => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/** The medians of each side and of the pair-by-pair ratios. */
export function summarisePairs(pairs: readonly { plugin: BuildFigures; plain: BuildFigures }[]): PairedSummary {
	if (pairs.length === 0) throw new Error('no pair of builds to summarise');
	const side = (pick: (pair: (typeof pairs)[number]) => BuildFigures): BuildFigures => ({
		seconds: median(pairs.map((pair) => pick(pair).seconds)),
		peakMiB: median(pairs.map((pair) => pick(pair).peakMiB)),
	});
	return {
		pairs: pairs.length,
		plugin: side((pair) => pair.plugin),
		plain: side((pair) => pair.plain),
		time: spread(pairs.map((pair) => pair.plugin.seconds / pair.plain.seconds)),
		memory: spread(pairs.map((pair) => pair.plugin.peakMiB / pair.plain.peakMiB)),
	};
}

/** "2.23× (2.12–2.26)": the median ratio, and the spread when there is more than one pair. */
export function ratioCell({ median, min, max }: RatioSpread, pairs: number): string {
	return pairs > 1 ? `${median.toFixed(2)}× (${min.toFixed(2)}–${max.toFixed(2)})` : `${median.toFixed(2)}×`;
}

const OPTIONS = { rounds: { type: 'string' }, keep: { type: 'boolean' }, 'generate-only': { type: 'boolean' } } as const;

const notUnderstood = (arg: string) =>
	new Error(`${JSON.stringify(arg)} is not a corpus size (a whole number, at least 5: the five real reports) or an option (--rounds R, --keep, --generate-only).`);

/**
 * The benchmark's command line: sizes (whole numbers, at least 5), --rounds R (pairs per size),
 * --keep, --generate-only. Split by node:util's parser, as the package's own commands are
 * (cli/command.ts); read token by token so that each refusal names the argument it cannot read.
 */
export function scaleArguments(args: readonly string[]): { sizes: number[]; rounds: number; keep: boolean; generateOnly: boolean } {
	const { tokens } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: false, tokens: true });
	const sizes: number[] = [];
	let rounds = 3;
	let keep = false;
	let generateOnly = false;
	for (const token of tokens) {
		if (token.kind === 'option-terminator') continue;
		if (token.kind === 'positional') {
			if (!/^\d+$/.test(token.value) || Number(token.value) < 5) throw notUnderstood(token.value);
			sizes.push(Number(token.value));
		} else if (token.name === 'rounds') {
			const { value } = token;
			if (value === undefined || !/^[1-9]\d*$/.test(value)) throw new Error(`--rounds needs a whole number of pairs, at least 1 (got ${value === undefined ? 'nothing' : JSON.stringify(value)}); e.g. --rounds 3.`);
			rounds = Number(value);
		} else if (token.name in OPTIONS && token.value === undefined) {
			if (token.name === 'keep') keep = true;
			else generateOnly = true;
		} else throw notUnderstood(token.inlineValue ? `${token.rawName}=${token.value}` : token.rawName);
	}
	return { sizes: sizes.length > 0 ? sizes : [5, 50, 500], rounds, keep: keep || generateOnly, generateOnly };
}
