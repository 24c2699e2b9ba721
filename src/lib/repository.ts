/** Where the content is edited: the one setting for every "Edit this page" link. */
const REPOSITORY = { url: 'https://github.com/ct-reference/ct-reference', branch: 'main' };

/** The address where a maintainer edits a file of the repository in the browser. */
export function editUrl(file: string): string {
	return `${REPOSITORY.url}/edit/${REPOSITORY.branch}/${file.replace(/^\.\//, '')}`;
}
