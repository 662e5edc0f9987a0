/**
 * Nu Html Checker errors in markup the site does not write, ignored by rule. Each names the
 * component that writes it and the upstream reason; tests/outside/nu-checker.test.ts fails when a
 * rule no longer matches anything, so a fixed upstream bug drops out of this list.
 */
export interface UpstreamError {
	message: RegExp;
	/** The markup it is found in, to check that the rule ignores nothing else. */
	extract: RegExp;
	writtenBy: string;
	reason: string;
}

export const UPSTREAM_ERRORS: UpstreamError[] = [
	{
		message: /^The “aria-hidden” attribute must not be specified on the “script” element\.$/,
		extract: /<script aria-hidden="true">/,
		writtenBy: '@astrojs/starlight components/SidebarPersister.astro',
		reason:
			'Starlight marks its two sidebar-state scripts aria-hidden on purpose: VoiceOver in Safari reads script text aloud inside a display: contents container (https://bugs.webkit.org/show_bug.cgi?id=283645, https://github.com/withastro/starlight/pull/2633).',
	},
];
