/** The components a page imports: `import { Cite, Quote } from 'starlight-verbatim-citations/components'`. */
export { default as Cast } from './Cast.astro';
export { default as Cite } from './Cite.astro';
export { default as CoverageGrid } from './CoverageGrid.astro';
export { default as Disagreement } from './Disagreement.astro';
export { default as Disagreements } from './Disagreements.astro';
export { default as Editorial } from './Editorial.astro';
export { default as Mentions } from './Mentions.astro';
export { default as Quote } from './Quote.astro';
export { default as ReportDate } from './ReportDate.astro';
export { default as Side } from './Side.astro';
export { default as TimelineChart } from './TimelineChart.astro';
export { default as TimeExpressions } from './lists/TimeExpressions.astro';
// For a site that overrides Starlight's Head or MarkdownContent itself: render these inside yours.
export { default as JsonLd } from './overrides/JsonLd.astro';
export { default as CitationsFooter } from './overrides/CitationsFooter.astro';
