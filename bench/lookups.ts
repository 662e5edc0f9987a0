/**
 * Lookups by report at 2,000-report scale: for each of 40,000 citations its corroboration and
 * independence group, and each report's shared passages, against 7,854 shared passages (what
 * `bench:shared` finds in 2,000 reports). The scale benchmark's synthetic reports share almost
 * nothing, so this cost does not show there. Deterministic from the seed.
 *
 * Usage: node bench/lookups.ts
 */
import { independenceGroup } from '../packages/starlight-verbatim-citations/src/analysis/citation-ledger.ts';
import { corroboration } from '../packages/starlight-verbatim-citations/src/analysis/corroboration.ts';
import { passagesOf, type SharedPassage } from '../packages/starlight-verbatim-citations/src/lineage/shared-passages.ts';
import { random } from './synthetic.ts';

const next = random(7);
const ids = Array.from({ length: 2000 }, (_, i) => String(i).padStart(3, '0'));
const pick = () => ids[Math.floor(next() * ids.length)]!;
const span = (sourceId: string) => {
	const start = Math.floor(next() * 2500);
	return { sourceId, start, end: start + 40 + Math.floor(next() * 100), text: '' };
};
const passages: SharedPassage[] = Array.from({ length: 7854 }, (_, i) => ({ id: `p${i}`, a: span(pick()), b: span(pick()), words: 9 }));
const citations = Array.from({ length: 40000 }, () => span(pick()));

const started = performance.now();
const cpu = process.cpuUsage();
let checksum = 0;
for (const c of citations) {
	checksum += corroboration([c], passages).independent;
	checksum += independenceGroup(c.sourceId, c.start, c.end, passages).length;
}
for (const id of ids) checksum += passagesOf(id, passages).length;
const used = process.cpuUsage(cpu);
console.log(`40,000 citations, 2,000 reports, 7,854 passages: ${((performance.now() - started) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU (checksum ${checksum})`);
