// Provided by integration/check-integration.ts; site-data.ts gives it its type (SiteData), because
// an ambient module declaration cannot import this project's relative modules.
declare module 'virtual:verbatim-citations/data' {
	const data: unknown;
	export default data;
}

// Astro components, for plain `tsc` (Astro's own checker types their props; tsc has no `.astro`
// loader). Used by components/index.ts, the entry sites import components from.
declare module '*.astro' {
	const Component: (props: Record<string, unknown>) => unknown;
	export default Component;
}
