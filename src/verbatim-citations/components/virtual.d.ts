// Provided by integration/check-integration.ts; site-data.ts gives it its type (SiteData), because
// an ambient module declaration cannot import this project's relative modules.
declare module 'virtual:verbatim-citations/data' {
	const data: unknown;
	export default data;
}
