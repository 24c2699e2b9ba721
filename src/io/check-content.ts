import { checkEntries, type Problem } from '../lib/checks/index';
import { readContent } from './content-files';

/** Every problem in the content under `root`, read from disk. */
export function checkContent(root: string): Problem[] {
	return checkEntries(readContent(root));
}
