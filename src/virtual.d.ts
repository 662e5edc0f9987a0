// Provided by src/integrations/citations.ts; src/site.ts gives it its type (SiteData), because an
// ambient module declaration cannot import this project's relative modules.
declare module 'virtual:sourced/site' {
	const data: unknown;
	export default data;
}
