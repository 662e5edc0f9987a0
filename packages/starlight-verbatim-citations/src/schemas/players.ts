import { z } from 'zod';

/** One person in `docs-data/players.yaml`. */
export const playerSchema = z.strictObject({
	/** Used in <Mentions player="…" />. */
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and hyphens'),
	/** Name as the site shows it. */
	name: z.string().min(1),
	/** Every form of name the reports use, exactly as written (case-sensitive). */
	aliases: z.array(z.string().min(2)).min(1),
	/**
	 * The role a report gives the player, as that report's own words (checked verbatim like any
	 * citation). Left out where no report states one: the site then says so instead of guessing.
	 */
	role: z.strictObject({ source: z.string().min(1), quote: z.string().min(1) }).optional(),
	/** The site path of the player's page or section, relative to the site root: `players/trump/`, `players/others/#chuck-schumer`. */
	page: z
		.string()
		.regex(/^[a-z0-9][a-z0-9/-]*\/(#[a-z0-9-]+)?$/, 'a site path like "players/trump/" or "players/others/#chuck-schumer"')
		.optional(),
});

export const playersFileSchema = z.array(playerSchema);
export type Player = z.infer<typeof playerSchema>;
