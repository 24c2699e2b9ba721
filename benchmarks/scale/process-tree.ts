/**
 * Runs a command and measures it as a machine would feel it: wall time, and the peak of the
 * resident memory of the whole process tree (npm, the shell, Astro, and each post-build step
 * with whatever it starts), sampled from /proc every 200 ms. A build's peak can come from two
 * processes alive at once, which the peak of any one process would hide.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const PAGE = 4096;
const INTERVAL_MS = 200;

export interface Measured {
	/** Wall time, in seconds. */
	seconds: number;
	/** Highest sum of resident memory over the tree, in bytes. */
	peakRss: number;
	/** The largest process at that moment, and its share. */
	peakProcess: { command: string; rss: number };
	/** The command's exit status. */
	status: number;
	/** What it printed, stdout and stderr interleaved. */
	output: string;
}

/** Every live process's parent and resident memory (processes that ended mid-read are skipped). */
function processes(): Map<number, { parent: number; rss: number }> {
	const out = new Map<number, { parent: number; rss: number }>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			// The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			out.set(Number(name), { parent: Number(fields[1]), rss: Number(fields[21]) * PAGE });
		} catch {
			// The process ended between listing and reading.
		}
	}
	return out;
}

/** The processes below `root`, itself included, with their resident memory. */
function tree(root: number): { pid: number; rss: number }[] {
	const all = processes();
	const children = new Map<number, number[]>();
	for (const [pid, p] of all) children.set(p.parent, [...(children.get(p.parent) ?? []), pid]);
	const out: { pid: number; rss: number }[] = [];
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		const p = all.get(pid);
		if (p) out.push({ pid, rss: p.rss });
		stack.push(...(children.get(pid) ?? []));
	}
	return out;
}

const commandOf = (pid: number) => {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 4).join(' ');
	} catch {
		return '?';
	}
};

export function measure(
	command: string,
	args: string[],
	options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean },
): Promise<Measured> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		const collect = (chunk: Buffer) => {
			output += chunk.toString();
			if (options.echo) process.stderr.write(chunk);
		};
		child.stdout.on('data', collect);
		child.stderr.on('data', collect);
		let peakRss = 0;
		let peakProcess = { command: '', rss: 0 };
		const sample = () => {
			if (child.pid === undefined) return;
			const members = tree(child.pid);
			const total = members.reduce((sum, p) => sum + p.rss, 0);
			if (total > peakRss) {
				peakRss = total;
				const largest = members.reduce((a, b) => (b.rss > a.rss ? b : a), { pid: 0, rss: 0 });
				peakProcess = { command: commandOf(largest.pid), rss: largest.rss };
			}
		};
		const timer = setInterval(sample, INTERVAL_MS);
		child.on('error', (error) => {
			clearInterval(timer);
			reject(error);
		});
		child.on('close', (status) => {
			clearInterval(timer);
			resolve({ seconds: (performance.now() - started) / 1000, peakRss, peakProcess, status: status ?? 1, output });
		});
	});
}
