import { afterAll } from 'vitest';
import { copyProject, type ProjectCopy } from './project.ts';

/**
 * Copies of the project for one describe block, each removed when the block ends. Call it in the
 * block's body (it registers its own afterAll); `copy()` makes one.
 * Kept apart from project.ts, which benchmarks import without vitest.
 */
export function scratchCopies(): { copy: () => ProjectCopy } {
	const copies: ProjectCopy[] = [];
	afterAll(() => copies.forEach((made) => made.remove()));
	return {
		copy: () => {
			const made = copyProject();
			copies.push(made);
			return made;
		},
	};
}
