/** What the content check reports, and how it is printed. */

export interface Problem {
	severity: 'error' | 'warning';
	/** Path from the project root. */
	file: string;
	line: number;
	/** The frontmatter field, where the problem is in one. */
	field?: string;
	message: string;
	/** What to do about it. */
	fix?: string;
}

export function formatProblem(p: Problem): string {
	return `${p.severity === 'error' ? 'error  ' : 'warning'} ${p.file}:${p.line}${p.field ? ` (${p.field})` : ''}: ${p.message}${p.fix ? `\n          fix: ${p.fix}` : ''}`;
}

/** Problems in reading order: by file, then line. */
export function sortProblems(problems: Problem[]): Problem[] {
	return problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

/** The candidate a mistyped word most likely meant, if one is close enough. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
	let best: [string, number] | undefined;
	for (const candidate of candidates) {
		const d = editDistance(word, candidate);
		if (!best || d < best[1]) best = [candidate, d];
	}
	return best && best[1] <= Math.max(2, Math.floor(word.length / 3)) ? best[0] : undefined;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++)
			row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = row;
	}
	return previous[b.length]!;
}
