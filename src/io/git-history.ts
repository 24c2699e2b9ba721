import { execFileSync } from 'node:child_process';
import { comparePartialDates, parsePartialDate, type PartialDate } from '../lib/partial-date';

let lastChanged: Map<string, PartialDate> | undefined;

/**
 * The day (UTC) each file was last changed, from one pass over git history. A file with no
 * history (a copy without .git, a new file) has no date, so builds stay reproducible.
 */
export function lastUpdated(file: string, cwd = process.cwd()): PartialDate | undefined {
	return history(cwd).get(file.replace(/^\.\//, ''));
}

/** The last day any content changed: the date of pages that list entries rather than being one. */
export function contentUpdated(cwd = process.cwd()): PartialDate | undefined {
	let latest: PartialDate | undefined;
	for (const day of history(cwd).values()) if (!latest || comparePartialDates(day, latest) > 0) latest = day;
	return latest;
}

function history(cwd: string): Map<string, PartialDate> {
	if (!lastChanged) {
		lastChanged = new Map();
		try {
			const log = execFileSync('git', ['log', '--format=@%cd', '--date=format-local:%Y-%m-%d', '--name-only', '--', 'content', 'seeds'], {
				cwd,
				encoding: 'utf8',
				env: { ...process.env, TZ: 'UTC' },
				stdio: ['ignore', 'pipe', 'ignore'],
			});
			let day: PartialDate | undefined;
			for (const line of log.split('\n')) {
				if (line.startsWith('@')) {
					const parsed = parsePartialDate(line.slice(1));
					day = parsed.ok ? parsed.value : undefined;
				} else if (line && day && !lastChanged.has(line)) lastChanged.set(line, day);
			}
		} catch {
			// Not a git checkout: no dates.
		}
	}
	return lastChanged;
}
