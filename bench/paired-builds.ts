/**
 * The scale benchmark's comparison with plain Starlight, from builds that alternate: plugin, plain,
 * plugin, plain… on the same machine. One build of each is not enough here: the same 2,000-report
 * build has ranged over 64–89 s in one hour, so a ratio of two single builds says more about the
 * minute it ran in than about the plugin. Each pair is built back to back, so its ratio sees the
 * same machine; the medians of the pairs are what bench/README.md quotes.
 */

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

/** The benchmark's command line: sizes (whole numbers, at least 5), --rounds R (pairs per size), --keep, --generate-only. */
export function scaleArguments(args: readonly string[]): { sizes: number[]; rounds: number; keep: boolean; generateOnly: boolean } {
	const sizes: number[] = [];
	let rounds = 3;
	let keep = false;
	let generateOnly = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--keep') keep = true;
		else if (arg === '--generate-only') generateOnly = true;
		else if (arg === '--rounds' || arg.startsWith('--rounds=')) {
			const value = arg === '--rounds' ? args[++i] : arg.slice('--rounds='.length);
			if (value === undefined || !/^[1-9]\d*$/.test(value)) throw new Error(`--rounds needs a whole number of pairs, at least 1 (got ${value === undefined ? 'nothing' : JSON.stringify(value)}); e.g. --rounds 3.`);
			rounds = Number(value);
		} else if (/^\d+$/.test(arg) && Number(arg) >= 5) sizes.push(Number(arg));
		else throw new Error(`${JSON.stringify(arg)} is not a corpus size (a whole number, at least 5: the five real reports) or an option (--rounds R, --keep, --generate-only).`);
	}
	return { sizes: sizes.length > 0 ? sizes : [5, 50, 500], rounds, keep: keep || generateOnly, generateOnly };
}
