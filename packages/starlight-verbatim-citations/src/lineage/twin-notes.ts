import { foldForNames, type AttributionFrame } from '../reading/attribution.ts';
import type { PassageSide } from './shared-passages.ts';
import type { Token } from './tokens.ts';
import type { Step } from './word-alignment.ts';

/**
 * The notes under a shared passage's diff, read from data rather than guessed from words: which
 * recorded attribution frame (attributions.yaml) one version has and the other drops, adds or
 * changes, and which words one version puts in quotation marks and the other does not.
 */
export interface Version {
	/** The version's whole sentences, with their offsets in the report. */
	side: PassageSide;
	/** Its word tokens, offsets relative to `side.text`. */
	tokens: readonly Token[];
}

export interface FrameChange {
	kind: 'dropped' | 'added' | 'changed';
	from?: string;
	fromWho?: string;
	to?: string;
	toWho?: string;
}

export interface QuotationChange {
	/** Quoted in the first version, not in the second ("unquoted"); or the other way round ("quoted"). */
	kind: 'unquoted' | 'quoted';
	/** The words, as the version that quotes them has them. */
	text: string;
}

/** Frames whose words lie inside the version; a report's own voice gives the words to no one. */
const framesIn = (frames: readonly AttributionFrame[], side: PassageSide) =>
	frames.filter((f) => f.sourceId === side.sourceId && f.kind !== 'own-voice' && side.start <= f.frameStart && f.frameEnd <= side.end);

const tokensOf = (frame: AttributionFrame, version: Version) =>
	version.tokens.flatMap((t, k) => (version.side.start + t.start >= frame.frameStart && version.side.start + t.end <= frame.frameEnd ? [k] : []));

export function frameChanges(versions: { from: Version; to: Version }, steps: readonly Step[], frames: readonly AttributionFrame[]): FrameChange[] {
	const partner = new Map<number, number>();
	for (const step of steps) if (step.op === 'same') partner.set(step.a, step.b);
	const toSame = new Set(partner.values());
	// A frame is kept when most of its words are the same words in the other version.
	const kept = (tokens: number[], same: (k: number) => boolean) => tokens.length > 0 && tokens.filter(same).length * 2 >= tokens.length;
	const fromFrames = framesIn(frames, versions.from.side).map((frame) => ({ frame, tokens: tokensOf(frame, versions.from) }));
	const toFrames = framesIn(frames, versions.to.side).map((frame) => ({ frame, tokens: tokensOf(frame, versions.to) }));
	const changes: FrameChange[] = [];
	const used = new Set<AttributionFrame>();
	const changed = (f: AttributionFrame, g: AttributionFrame): FrameChange => ({ kind: 'changed', from: f.frame, fromWho: f.who, to: g.frame, toWho: g.who });
	const droppedFrames: AttributionFrame[] = [];
	for (const { frame, tokens } of fromFrames) {
		if (!kept(tokens, (k) => partner.has(k))) {
			droppedFrames.push(frame);
			continue;
		}
		// The same words, recorded in the other report as given to someone else.
		const there = tokens.map((k) => partner.get(k)).filter((k) => k !== undefined);
		const twin = toFrames.find(({ frame: g, tokens: gt }) => !used.has(g) && gt.some((k) => there.includes(k)));
		if (!twin) continue;
		used.add(twin.frame);
		if (foldForNames(twin.frame.who) !== foldForNames(frame.who)) changes.push(changed(frame, twin.frame));
	}
	const addedFrames = toFrames.filter(({ frame, tokens }) => !used.has(frame) && !kept(tokens, (k) => toSame.has(k))).map(({ frame }) => frame);
	// A frame dropped where the other version has a frame of its own: the attribution changed.
	const pairs = Math.min(droppedFrames.length, addedFrames.length);
	for (let k = 0; k < pairs; k++) changes.push(changed(droppedFrames[k]!, addedFrames[k]!));
	for (const f of droppedFrames.slice(pairs)) changes.push({ kind: 'dropped', from: f.frame, fromWho: f.who });
	for (const g of addedFrames.slice(pairs)) changes.push({ kind: 'added', to: g.frame, toWho: g.who });
	return changes;
}

const OPENERS: Record<string, string> = { '“': '”"’', '"': '"”', '‘': '’\'', "'": '\'’' };

/**
 * The stretches of a text inside quotation marks. An opening mark starts a quotation only at the
 * start of a word (so the apostrophe of "Sessions' decision" opens nothing); a closing mark ends it
 * only before a non-letter (so "don't" does not end it). Copies mix marks ("“needless’"), so any
 * closing mark of the family ends a quotation; a closing mark with no opening one is ignored.
 */
export function quotedRanges(text: string): { start: number; end: number }[] {
	const ranges: { start: number; end: number }[] = [];
	for (let k = 0; k < text.length; k++) {
		const closers = OPENERS[text[k]!];
		if (!closers || (k > 0 && /[\p{L}\p{N}]/u.test(text[k - 1]!))) continue;
		for (let j = k + 1; j < text.length; j++) {
			if (closers.includes(text[j]!) && !/[\p{L}\p{N}]/u.test(text[j + 1] ?? '') && /\S/u.test(text[j - 1]!)) {
				ranges.push({ start: k + 1, end: j });
				k = j;
				break;
			}
		}
	}
	return ranges;
}

export function quotationChanges(versions: { from: Version; to: Version }, steps: readonly Step[]): QuotationChange[] {
	const quoted = (version: Version) => {
		const ranges = quotedRanges(version.side.text);
		return (k: number) => ranges.some((r) => r.start <= version.tokens[k]!.start && version.tokens[k]!.end <= r.end);
	};
	const [inFrom, inTo] = [quoted(versions.from), quoted(versions.to)];
	const changes: QuotationChange[] = [];
	let run: { kind: QuotationChange['kind']; first: number; last: number } | undefined;
	const close = () => {
		if (!run) return;
		const version = run.kind === 'unquoted' ? versions.from : versions.to;
		changes.push({ kind: run.kind, text: version.side.text.slice(version.tokens[run.first]!.start, version.tokens[run.last]!.end) });
		run = undefined;
	};
	for (const step of steps) {
		const kind = step.op !== 'same' ? undefined : inFrom(step.a) && !inTo(step.b) ? 'unquoted' : !inFrom(step.a) && inTo(step.b) ? 'quoted' : undefined;
		if (kind === undefined || (run && run.kind !== kind)) close();
		if (kind === undefined || step.op !== 'same') continue;
		const at = kind === 'unquoted' ? step.a : step.b;
		if (run) run.last = at;
		else run = { kind, first: at, last: at };
	}
	close();
	return changes;
}
