import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';

/**
 * Reading a file of the corpus that must be a regular file, never blocking: a named pipe called
 * `x.txt` would make a plain read wait forever for a writer, and a folder called `x.txt` would
 * throw EISDIR. The kind is looked up before the file is opened (so a pipe or a device is never
 * opened), and checked again on the open file (so one swapped in between is refused too).
 */
export type RegularFile =
	| { ok: true; bytes: Buffer }
	| { ok: false; reason: 'missing' }
	| { ok: false; reason: 'link' }
	| { ok: false; reason: 'not-a-file'; kind: string }
	| { ok: false; reason: 'unreadable'; message: string };

/** What a file system entry is, in words for an error message ("a folder", "a named pipe"). */
export function kindOf(stats: Stats): string {
	if (stats.isFile()) return 'a regular file';
	if (stats.isDirectory()) return 'a folder';
	if (stats.isFIFO()) return 'a named pipe';
	if (stats.isSocket()) return 'a socket';
	if (stats.isSymbolicLink()) return 'a symbolic link';
	return 'a device';
}

const NONBLOCK = constants.O_NONBLOCK ?? 0;
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * The bytes of the regular file at `path`, or why there are none. With `followLinks: false` a
 * symbolic link is refused (`link`): the bytes returned are then those of the path itself.
 */
export function readRegularFile(path: string, { followLinks = true }: { followLinks?: boolean } = {}): RegularFile {
	let stats: Stats;
	try {
		stats = followLinks ? statSync(path) : lstatSync(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'missing' };
		return { ok: false, reason: 'unreadable', message: (error as Error).message };
	}
	if (stats.isSymbolicLink()) return { ok: false, reason: 'link' };
	if (!stats.isFile()) return { ok: false, reason: 'not-a-file', kind: kindOf(stats) };
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | NONBLOCK | (followLinks ? 0 : NOFOLLOW));
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ELOOP') return { ok: false, reason: 'link' };
		if (code === 'ENOENT') return { ok: false, reason: 'missing' };
		return { ok: false, reason: 'unreadable', message: (error as Error).message };
	}
	try {
		const opened = fstatSync(fd);
		if (!opened.isFile()) return { ok: false, reason: 'not-a-file', kind: kindOf(opened) };
		return { ok: true, bytes: readFileSync(fd) };
	} catch (error) {
		return { ok: false, reason: 'unreadable', message: (error as Error).message };
	} finally {
		closeSync(fd);
	}
}
