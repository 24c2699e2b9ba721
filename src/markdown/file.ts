import { fileURLToPath } from 'node:url';

/** The document's path from the project root, as messages and route lookups name files. */
export function relativeFile(fileURL: URL | undefined, root: string | undefined): string {
	if (!fileURL) return '<unknown file>';
	const path = fileURLToPath(fileURL);
	if (root && path.startsWith(root)) return path.slice(root.length).replace(/^[/\\]/, '');
	return path;
}
