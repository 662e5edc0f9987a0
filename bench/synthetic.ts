/** Deterministic synthetic reports for the benchmarks, from the real reports' vocabulary. */

/** mulberry32: a small, well-known seeded PRNG, so every run generates the same corpus. */
export function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The distinct plain words of some texts (letters, apostrophes, hyphens). */
export function vocabularyOf(texts: readonly string[]): string[] {
	return [...new Set(texts.flatMap((text) => text.split(/\s+/)).filter((w) => /^[A-Za-z’'-]+$/.test(w)))];
}

/** A report of realistic shape: 9 to 14 paragraphs of 1 to 3 sentences of 12 to 29 words. */
export function syntheticReport(next: () => number, vocabulary: readonly string[], paragraphCount = 9 + Math.floor(next() * 6)): string {
	const pick = () => vocabulary[Math.floor(next() * vocabulary.length)]!;
	const paragraphs: string[] = [];
	for (let p = 0; p < paragraphCount; p++) {
		const sentences: string[] = [];
		for (let s = 0, n = 1 + Math.floor(next() * 3); s < n; s++) {
			const words = Array.from({ length: 12 + Math.floor(next() * 18) }, pick);
			words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
			sentences.push(`${words.join(' ')}.`);
		}
		paragraphs.push(sentences.join(' '));
	}
	return paragraphs.join('\n\n');
}
