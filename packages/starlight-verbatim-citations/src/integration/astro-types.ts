import type { HookParameters } from '@astrojs/starlight/types';

/**
 * Astro's integration type, taken from Starlight's plugin API (which hands integrations to Astro),
 * so the plugin's wiring needs no import from Astro itself.
 */
export type AstroIntegration = Parameters<HookParameters<'config:setup'>['addIntegration']>[0];
