import type { Nodes, Root } from 'mdast';
import type { TagProblem } from './mdx-page.ts';

/** Where a page imports the package's components from. */
export const COMPONENTS_MODULE = 'starlight-verbatim-citations/components';

/** The package's components a page may use; their names carry meaning for the check (a <Cite> cites, an <Editorial> is exempt). */
const PACKAGE_COMPONENTS = new Set(['Cast', 'Cite', 'CoverageGrid', 'Disagreement', 'Disagreements', 'Editorial', 'Mentions', 'Quote', 'ReportDate', 'Side', 'TimeExpressions', 'TimelineChart']);

/** What a page's import and export lines declare: each local name, and the package export it is when it comes from the package. */
export interface PageNames {
	/** Local name → the package component it is (`import { Editorial as Note }` gives Note → Editorial). */
	fromPackage: Map<string, string>;
	/** Every name the page declares, from anywhere. */
	declared: Set<string>;
}

type Estree = { body: { type: string; source?: { value: unknown }; specifiers?: { type: string; imported?: { name?: string; value?: string }; local: { name: string } }[]; declaration?: { type: string; id?: { name: string }; declarations?: { id: { type: string; name?: string } }[] } | null }[] };

/** Reads the page's `import`/`export` lines (their estree, which remark-mdx attaches). */
export function pageNames(tree: Root): PageNames {
	const fromPackage = new Map<string, string>();
	const declared = new Set<string>();
	for (const node of tree.children) {
		if (node.type !== 'mdxjsEsm') continue;
		const program = (node.data as { estree?: Estree } | undefined)?.estree;
		for (const statement of program?.body ?? []) {
			if (statement.type === 'ImportDeclaration') {
				const fromUs = statement.source?.value === COMPONENTS_MODULE;
				for (const specifier of statement.specifiers ?? []) {
					declared.add(specifier.local.name);
					const imported = specifier.imported?.name ?? specifier.imported?.value;
					if (fromUs && specifier.type === 'ImportSpecifier' && imported) fromPackage.set(specifier.local.name, imported);
				}
			}
			const declaration = statement.declaration;
			if (declaration?.id?.name) declared.add(declaration.id.name);
			for (const d of declaration?.declarations ?? []) if (d.id.type === 'Identifier' && d.id.name) declared.add(d.id.name);
		}
	}
	return { fromPackage, declared };
}

/** True when the JSX element is the package's `component` as this page imports it (under any local name). */
export function isPackageComponent(node: Nodes, component: string, names: PageNames): boolean {
	return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name != null && names.fromPackage.get(node.name) === component;
}

/** Astro's MDX gives every page `Fragment`; lower-case names are HTML elements. */
const PROVIDED = new Set(['Fragment']);

/**
 * Components a page uses without declaring them (MDX then crashes while the page renders, with a
 * stack trace and no file or line), and the package's component names bound to something else (a
 * page-local `Editorial` shows no label, and the check would take its text for editorial framing).
 */
export function componentProblems(tree: Root): TagProblem[] {
	const names = pageNames(tree);
	const problems: TagProblem[] = [];
	const seen = new Set<string>();
	const walk = (node: Nodes) => {
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && /^[A-Z]/.test(node.name)) {
			const base = node.name.split('.')[0]!;
			const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
			const ours = PACKAGE_COMPONENTS.has(base);
			if (!names.declared.has(base) && !PROVIDED.has(base) && !seen.has(base)) {
				seen.add(base);
				problems.push({
					...at,
					code: 'component-unimported',
					message: `<${node.name}> is used, but this page does not import ${base}: the page would crash while it renders.`,
					hint: ours ? `Add at the top of the page: import { ${base} } from '${COMPONENTS_MODULE}';` : `Import ${base} at the top of the page, or remove the tag.`,
				});
			} else if (ours && names.declared.has(base) && names.fromPackage.get(base) !== base && !seen.has(base)) {
				seen.add(base);
				problems.push({
					...at,
					code: 'component-unimported',
					message: `<${base}> on this page is not the one from ${COMPONENTS_MODULE}: it would render without the package's checks and labels, and the check would still read it as the package's.`,
					hint: `Import it from the package: import { ${base} } from '${COMPONENTS_MODULE}'; give your own component another name.`,
				});
			}
		}
		if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
	};
	walk(tree);
	return problems;
}
