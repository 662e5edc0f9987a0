/**
 * The scale benchmark's peer: the same generated site as plain Starlight, without the citation
 * system. The same pages (citation tags removed, a <Quote>'s words kept as a quotation in curly
 * quotes, a <ReportDate>'s words kept, other components' tags removed with their text kept) as
 * Markdown, each report's text as a Markdown page under sources/ with an index page listing them,
 * the reports' files hosted under sources/raw/ as the plugin hosts them, the same astro.config.mjs
 * with the plugin line taken out. What the plugin adds on top (the check, previews, highlighted
 * spans, reference lists, JSON-LD, citations.json) is the difference the ratio measures.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../tests/helpers/project.ts';

/** CommonMark: any ASCII punctuation may be escaped with a backslash; these would be markup. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_{}[\]<>#|~!]/g, '\\$&').replace(/^(\s*)([-+]|\d+[.)])(\s)/gm, '$1\\$2$3');

/** An attribute's value in a JSX tag: `name="…"`, `name='…'` or `name={"…"}`. */
function attribute(tag: string, name: string): string | undefined {
	const match = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)'|\\{(".*?(?<!\\\\)")\\})`, 's').exec(tag);
	if (!match) return undefined;
	return match[1] ?? match[2] ?? JSON.parse(match[3]!);
}

/** An MDX page of the site as plain Markdown: imports and citation tags out, their words kept where printed. */
export function plainMarkdown(mdx: string): string {
	const [, frontmatter = '', body = mdx] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(mdx) ?? [];
	const text = body
		.split('\n')
		.filter((line) => !/^import\s/.test(line))
		.join('\n')
		// Self-closing component tags: a quotation's or a date's words stay, markers and pictures go.
		.replace(/<([A-Z]\w*)\b(?:[^>"'{]|"[^"]*"|'[^']*'|\{(?:[^{}"]|"(?:\\.|[^"\\])*")*\})*\/>/g, (tag, name: string) =>
			name === 'Quote' ? `“${escapeMarkdown(attribute(tag, 'quote') ?? '')}”` : name === 'ReportDate' ? escapeMarkdown(attribute(tag, 'words') ?? '') : '',
		)
		// Wrapping components (Editorial, Disagreement, Side): the tags go, their text stays.
		.replace(/<\/?([A-Z]\w*)\b(?:[^>"'{]|"[^"]*"|'[^']*'|\{[^{}]*\})*>/g, '');
	return frontmatter + text;
}

interface SourceEntry {
	id: string;
	file: string;
	title?: string;
}

/**
 * Writes the plain-Starlight peer of the generated site at `root` (a copy of the project made by
 * copyProject, with its generated reports and pages) and returns its folder, inside the project's
 * .tmp/ so Node finds astro and Starlight by walking up.
 */
export function plainPeer(root: string): { root: string; remove: () => void } {
	mkdirSync(join(projectRoot, '.tmp'), { recursive: true });
	const peer = mkdtempSync(join(projectRoot, '.tmp', 'plain-'));
	for (const entry of ['package.json', 'tsconfig.json', 'public', 'src/pages', 'src/content.config.ts', 'src/content/i18n']) {
		cpSync(join(root, entry), join(peer, entry), { recursive: true });
	}
	const config = readFileSync(join(root, 'astro.config.mjs'), 'utf8');
	const plain = config.replace(/^import verbatimCitations from .*\n/m, '').replace(/\n(\t+)plugins: \[\n[\s\S]*?\n\1\],/, '');
	if (plain.includes('verbatimCitations')) throw new Error('astro.config.mjs: could not take the plugin line out; the peer would not be plain Starlight.');
	writeFileSync(join(peer, 'astro.config.mjs'), plain);

	// Every page, as Markdown.
	const docs = join(root, 'src/content/docs');
	for (const entry of readdirSync(docs, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
		const file = join(entry.parentPath, entry.name);
		const target = join(peer, 'src/content/docs', relative(docs, file)).replace(/\.mdx$/, '.md');
		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, plainMarkdown(readFileSync(file, 'utf8')));
	}

	// Every report: its text as a page, its file hosted as received, an index of them.
	const sources = parse(readFileSync(join(root, 'docs-data/sources.yaml'), 'utf8')) as SourceEntry[];
	mkdirSync(join(peer, 'src/content/docs/sources'), { recursive: true });
	mkdirSync(join(peer, 'public/sources/raw'), { recursive: true });
	const index = ['---', 'title: The reports', '---', ''];
	for (const source of sources) {
		const text = readFileSync(join(root, 'docs-data/sources', source.file), 'utf8');
		const title = `Report ${source.id}`;
		const paragraphs = text.split(/\n\s*\n/).map((p) => escapeMarkdown(p.trim())).filter(Boolean);
		writeFileSync(join(peer, 'src/content/docs/sources', `${source.id}.md`), ['---', `title: ${JSON.stringify(title)}`, '---', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
		cpSync(join(root, 'docs-data/sources', source.file), join(peer, 'public/sources/raw', source.file));
		index.push(`- [${title}](./${source.id}/): ${escapeMarkdown(source.title ?? '')}`);
	}
	writeFileSync(join(peer, 'src/content/docs/sources/index.md'), `${index.join('\n')}\n`);
	return { root: peer, remove: () => rmSync(peer, { recursive: true, force: true }) };
}
