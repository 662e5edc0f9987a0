import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// Starlight reads this collection for its UI strings; declared (even with Starlight's own
	// English strings unchanged) so the build does not warn that it is missing.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
