import { execFileSync } from 'node:child_process';
import { comparePartialDates, parsePartialDate, type PartialDate } from '../lib/model/partial-date';

/** A file's last change: its UTC day, shown on pages, and the commit's instant, for the feed. */
interface Change {
	day: PartialDate;
	/** RFC 3339, UTC: `2026-12-06T21:58:12Z`. */
	at: string;
}

let lastChanged: Map<string, Change> | undefined;

/**
 * The day (UTC) each file was last changed, from one pass over git history. A file with no
 * history (a copy without .git, a new file) has no date, so builds stay reproducible.
 */
export function lastUpdated(file: string, cwd = process.cwd()): PartialDate | undefined {
	return history(cwd).get(file.replace(/^\.\//, ''))?.day;
}

/** The instant (UTC, RFC 3339) of the last commit that changed a file: entries of one day stay apart in the feed. */
export function lastChangedAt(file: string, cwd = process.cwd()): string | undefined {
	return history(cwd).get(file.replace(/^\.\//, ''))?.at;
}

/** The last day any content changed: the date of pages that list entries rather than being one. */
export function contentUpdated(cwd = process.cwd()): PartialDate | undefined {
	let latest: PartialDate | undefined;
	for (const { day } of history(cwd).values()) if (!latest || comparePartialDates(day, latest) > 0) latest = day;
	return latest;
}

function history(cwd: string): Map<string, Change> {
	if (!lastChanged) {
		lastChanged = new Map();
		try {
			const log = execFileSync(
				'git',
				['log', '--format=@%cd', '--date=format-local:%Y-%m-%dT%H:%M:%SZ', '--name-only', '--', 'content', 'seeds'],
				{
					cwd,
					encoding: 'utf8',
					env: { ...process.env, TZ: 'UTC' },
					stdio: ['ignore', 'pipe', 'ignore'],
				},
			);
			let change: Change | undefined;
			for (const line of log.split('\n')) {
				if (line.startsWith('@')) {
					const at = line.slice(1);
					const parsed = parsePartialDate(at.slice(0, 10));
					change = parsed.ok ? { day: parsed.value, at } : undefined;
				} else if (line && change && !lastChanged.has(line)) lastChanged.set(line, change);
			}
		} catch {
			// Not a git checkout: no dates.
		}
	}
	return lastChanged;
}
