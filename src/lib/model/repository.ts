import { SETTINGS } from './settings';

/** The address where a maintainer edits a file of the repository in the browser. */
export function editUrl(file: string): string {
	return `${SETTINGS.repository.url}/edit/${SETTINGS.repository.branch}/${file.replace(/^\.\//, '')}`;
}
