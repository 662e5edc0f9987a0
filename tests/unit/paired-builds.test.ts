import { describe, expect, it } from 'vitest';
import { median, middleOf, ratioCell, scaleArguments, summarisePairs } from '../../bench/paired-builds.ts';

const build = (seconds: number, peakMiB: number) => ({ seconds, peakMiB });

describe('the scale benchmark against plain Starlight, from alternating pairs of builds', () => {
	it('takes the middle value, and of an even count the mean of the two middle ones', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
		expect(() => median([])).toThrow('median of no values');
	});

	it('picks a real build of middle time to stand for a side, the lower middle of an even count', () => {
		const builds = [build(80, 1), build(70, 2), build(90, 3), build(75, 4)];
		expect(middleOf(builds, (b) => b.seconds)).toBe(builds[3]);
		expect(middleOf(builds.slice(0, 3), (b) => b.seconds)).toBe(builds[0]);
		expect(() => middleOf([], (b: { seconds: number }) => b.seconds)).toThrow('middle of no items');
	});

	it('gives each side its medians and the ratio pair by pair, not the ratio of the medians', () => {
		// The slow minute slows both builds of its pair: the pairs' ratios agree, a cross-pair ratio would not.
		const summary = summarisePairs([
			{ plugin: build(70, 2500), plain: build(35, 1400) },
			{ plugin: build(90, 2600), plain: build(45, 1300) },
			{ plugin: build(66, 2550), plain: build(30, 1700) },
		]);
		expect(summary.pairs).toBe(3);
		expect(summary.plugin).toEqual(build(70, 2550));
		expect(summary.plain).toEqual(build(35, 1400));
		expect(summary.time.median).toBe(2);
		expect(summary.time.min).toBe(2);
		expect(summary.time.max).toBeCloseTo(2.2);
		expect(summary.memory.median).toBeCloseTo(2500 / 1400);
		expect(summary.memory.min).toBeCloseTo(2550 / 1700);
		expect(summary.memory.max).toBe(2);
		expect(() => summarisePairs([])).toThrow('no pair of builds to summarise');
	});

	it('prints the spread of the ratio only when there was more than one pair', () => {
		expect(ratioCell({ median: 2.234, min: 2.12, max: 2.26 }, 3)).toBe('2.23× (2.12–2.26)');
		expect(ratioCell({ median: 2.234, min: 2.234, max: 2.234 }, 1)).toBe('2.23×');
	});

	it('reads sizes and options, three pairs a size unless told, and refuses what it cannot read', () => {
		expect(scaleArguments([])).toEqual({ sizes: [5, 50, 500], rounds: 3, keep: false, generateOnly: false });
		expect(scaleArguments(['5', '2000', '--rounds', '5'])).toEqual({ sizes: [5, 2000], rounds: 5, keep: false, generateOnly: false });
		expect(scaleArguments(['--rounds=1', '500', '--keep'])).toMatchObject({ sizes: [500], rounds: 1, keep: true });
		expect(scaleArguments(['2000', '--generate-only'])).toMatchObject({ keep: true, generateOnly: true });
		expect(() => scaleArguments(['--rounds'])).toThrow('--rounds needs a whole number of pairs, at least 1 (got nothing)');
		expect(() => scaleArguments(['--rounds', '0'])).toThrow('(got "0")');
		expect(() => scaleArguments(['4'])).toThrow('"4" is not a corpus size');
		expect(() => scaleArguments(['--round', '3'])).toThrow('"--round" is not a corpus size');
		expect(() => scaleArguments(['--keep=yes'])).toThrow('"--keep=yes" is not a corpus size');
	});
});
