// A test run stopped half-way (Ctrl-C, a closed terminal, a killed CI job) can leave its servers
// listening: Playwright's web server (scripts/e2e-server.ts) and the servers tests start themselves
// (`vite dev` in dev-build.spec.ts and authoring.spec.ts, `npm run preview` in authoring.spec.ts).
// The next run would then fail with "http://localhost:4181/story/ is already used", or, worse, talk
// to the old server. Before Playwright starts (playwright.config.ts), this stops every process that
// listens on one of the suite's ports, was started from this checkout, and whose run is over (its
// parent is no longer a Playwright process). A port held by anything else is named, with its owner.
// Linux only (it reads /proc); elsewhere Playwright's own "already used" message is what you get.
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { SUITE_PORTS } from './e2e-sites.ts';

interface Listener {
	port: number;
	pid: number;
}

/** The processes listening on `ports` (TCP, IPv4 and IPv6), from /proc. */
function listeners(ports: number[]): Listener[] {
	const inodes = new Map<string, number>();
	for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
		if (!existsSync(table)) continue;
		for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
			const [, local, , state, , , , , , inode] = line.trim().split(/\s+/);
			if (state !== '0A' || !local) continue; // 0A: LISTEN
			const port = parseInt(local.split(':').at(-1)!, 16);
			if (ports.includes(port)) inodes.set(inode, port);
		}
	}
	if (!inodes.size) return [];
	const found: Listener[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let fds: string[];
		try {
			fds = readdirSync(`/proc/${entry}/fd`);
		} catch {
			continue; // gone, or not ours to read
		}
		for (const fd of fds) {
			let target: string;
			try {
				target = readlinkSync(`/proc/${entry}/fd/${fd}`);
			} catch {
				continue;
			}
			const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
			if (inode && inodes.has(inode)) found.push({ port: inodes.get(inode)!, pid: Number(entry) });
		}
	}
	return found;
}

const read = (path: string) => {
	try {
		return readFileSync(path, 'utf8');
	} catch {
		return '';
	}
};
const commandOf = (pid: number) => read(`/proc/${pid}/cmdline`).split('\0').join(' ').trim();
const parentOf = (pid: number) => Number(/^PPid:\s*(\d+)/m.exec(read(`/proc/${pid}/status`))?.[1] ?? 0);
const cwdOf = (pid: number) => {
	try {
		return realpathSync(readlinkSync(`/proc/${pid}/cwd`));
	} catch {
		return '';
	}
};

/** Whether Node runs Playwright's code in this process (its runner or a worker), not just a shell naming it. */
const isPlaywright = (pid: number) => {
	const [program, ...args] = read(`/proc/${pid}/cmdline`).split('\0');
	return /(^|\/)node$/.test(program) && args.some((a) => /(^|\/)(playwright|@playwright\/test)(\/|$)/.test(a));
};

/** Whether one of a process's ancestors is a Playwright run that is still going. */
function inLiveRun(pid: number): boolean {
	for (let p = parentOf(pid); p > 1; p = parentOf(p)) if (isPlaywright(p)) return true;
	return false;
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const signal = (pid: number, sig: NodeJS.Signals) => {
	try {
		process.kill(pid, sig);
	} catch {
		// Already gone.
	}
};

/**
 * Stops the servers an interrupted run of this checkout left behind (synchronously: the config calls
 * it as it loads); returns a line for each suite port still held by something else.
 */
export function stopLeftovers(ports = SUITE_PORTS): string[] {
	if (!existsSync('/proc/net/tcp')) return [];
	const here = realpathSync(process.cwd());
	const held: string[] = [];
	const stopped: Listener[] = [];
	const found = listeners(ports);
	for (const pid of new Set(found.map((l) => l.pid))) {
		const own = found.filter((l) => l.pid === pid);
		const cwd = cwdOf(pid);
		const command = commandOf(pid).slice(0, 80);
		const ours = cwd === here || cwd.startsWith(here + '/');
		if (ours && !inLiveRun(pid)) {
			signal(pid, 'SIGTERM');
			console.log(`stopped a server an interrupted test run left on port ${own.map((l) => l.port).join(', ')} (process ${pid}: ${command})`);
			stopped.push(...own);
		} else
			for (const l of own)
				held.push(`port ${l.port} is held by process ${pid} (${command}${cwd ? `, in ${cwd}` : ''})${ours ? ': a test run still going' : ''}`);
	}
	// Wait for the stopped servers to let their ports go (SIGKILL after 3 s).
	for (let i = 0; stopped.length && i < 60; i++) {
		const still = listeners(stopped.map((s) => s.port));
		if (!still.length) break;
		if (i === 30) for (const s of still) signal(s.pid, 'SIGKILL');
		sleep(100);
	}
	return held;
}
