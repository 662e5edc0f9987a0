import { z } from 'zod';

/** One person in `docs-data/players.yaml`. */
export const playerSchema = z.strictObject({
	/** Used in <Mentions player="…" />. */
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens'),
	/** Name as the site shows it. */
	name: z.string().min(1),
	/** Every form of name the reports use, exactly as written (case-sensitive). */
	aliases: z.array(z.string().min(2)).min(1),
});

export const playersFileSchema = z.array(playerSchema);
export type Player = z.infer<typeof playerSchema>;
