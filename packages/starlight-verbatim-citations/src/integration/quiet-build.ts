/** A Rolldown log record, as much of it as the filter reads. */
interface BuildLog {
	code?: string;
	message: string;
}
type LogHandler = (level: 'warn' | 'info' | 'debug', log: BuildLog) => void;

/**
 * Drops one known-harmless bundler warning, and only that one: Astro's content-assets plugin
 * (astro/dist/content/vite-plugin-content-assets.js) starts every MDX page's asset module with the
 * directive "use astro:head-inject", which Astro itself reads before bundling; Rolldown then warns
 * once per page (MODULE_LEVEL_DIRECTIVE) that it will not keep the directive. Every other log,
 * including other MODULE_LEVEL_DIRECTIVE warnings, passes through, so a clean build prints no WARN
 * line and a real warning stands out.
 */
export function isAstroHeadInjectDirectiveWarning(log: BuildLog): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

export function quietBuildLogs(level: 'warn' | 'info' | 'debug', log: BuildLog, handler: LogHandler): void {
	if (isAstroHeadInjectDirectiveWarning(log)) return;
	handler(level, log);
}
