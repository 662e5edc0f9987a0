import type { SourceMetadata, QualityNote } from '../schemas/source-metadata.ts';
import { passagesOf, type SharedPassage } from '../lineage/shared-passages.ts';
import type { Disagreement } from '../pages/disagreements.ts';

/** What a reader should know about one report before relying on it. */
export interface Reliability {
	/** The dateline, or undefined: an undated report's "on Monday" cannot be placed. */
	dateline: string | undefined;
	/** Reports it shares passages with: agreement with them is one witness, not two. */
	shares: { sourceId: string; passages: number; reworded: number }[];
	/** Disagreements every side of which cites only this report. */
	contradictsItself: Pick<Disagreement, 'file' | 'id' | 'question'>[];
	/** Disagreements of facts in which one side cites this report and another side other reports. */
	disputedBy: (Pick<Disagreement, 'file' | 'id' | 'question'> & { others: string[] })[];
	qualityNotes: QualityNote[];
}

/**
 * The reliability card of a report page, from what the build already knows: its dateline, the
 * passages it shares, the disagreements it stands in, and the editors' quality notes. Nothing here
 * is a judgement the data does not carry.
 */
export function reportReliability(
	meta: Pick<SourceMetadata, 'id' | 'dateline' | 'qualityNotes'>,
	sharedPassages: readonly SharedPassage[],
	disagreements: readonly Disagreement[],
): Reliability {
	const shares = [...Map.groupBy(passagesOf(meta.id, sharedPassages), (p) => p.twin.sourceId)]
		.map(([sourceId, list]) => ({
			sourceId,
			passages: list.length,
			reworded: list.filter((p) => p.tier === 'reworded').length,
		}))
		.sort((a, b) => a.sourceId.localeCompare(b.sourceId));
	const place = ({ file, id, question }: Disagreement) => ({ file, id, question });
	const involving = disagreements.filter((d) => d.sides.some((side) => side.sources.includes(meta.id)));
	const contradictsItself = involving.filter((d) => d.differs === 'facts' && d.sides.every((side) => side.sources.length === 1 && side.sources[0] === meta.id)).map(place);
	const disputedBy = involving
		.filter((d) => d.differs === 'facts' && !contradictsItself.some((c) => c.id === d.id && c.file === d.file))
		.map((d) => ({ ...place(d), others: [...new Set(d.sides.filter((side) => !side.sources.includes(meta.id)).flatMap((side) => side.sources))].sort() }))
		.filter((d) => d.others.length > 0);
	return { dateline: meta.dateline, shares, contradictsItself, disputedBy, qualityNotes: meta.qualityNotes };
}
