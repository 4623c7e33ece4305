// Memory and CPU time of a process tree, read from /proc (Linux only): the benchmark
// samples the render processes it starts, with their Chrome and ffmpeg children.

import fs from 'node:fs';

export type TreeSample = {
  /** Epoch milliseconds of the sample. */
  readonly at: number;
  /** Sum of the resident set sizes of the tree, in bytes; pages shared between processes count once per process. */
  readonly rss: number;
  /** Sum of the proportional set sizes, in bytes: shared pages are split between the processes that map them. */
  readonly pss: number;
  readonly processes: number;
  /** RSS in bytes by command name (Chrome's processes, ffmpeg, node). */
  readonly rssByCommand: Record<string, number>;
  /** CPU time (user plus system) each process has used so far, in clock ticks, keyed by "command:pid:start time". */
  readonly cpuTicks: Record<string, number>;
};

type ProcessStat = { parent: number; cpuTicks: number; startTime: string };

/** Parent, CPU time and start time from /proc/PID/stat, or null if the process has ended. */
const readStat = (pid: string): ProcessStat | null => {
  try {
    // The command name is in brackets and may contain spaces, so split after it.
    // Then index 0 is field 3 (state): ppid is field 4, utime 14, stime 15, starttime 22.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { parent: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), startTime: fields[19] ?? '' };
  } catch {
    return null;
  }
};

/** Read a "Name:   123 kB" line of /proc/PID/status or smaps_rollup, in bytes, or 0 if it is missing. */
const kilobyteField = (text: string, name: string): number => {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text);
  return match === null ? 0 : Number(match[1]) * 1024;
};

const readOrEmpty = (file: string): string => {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};

/**
 * Name a process for the report: "chrome TYPE" for Chrome's processes (TYPE is browser for
 * the main process, else its --type, such as renderer or gpu-process), else the name in
 * /proc/PID/status. Chrome starts its helpers as "exe" and renames them later, so the name
 * in status alone would change during a run.
 */
const commandName = (pid: number, status: string): string => {
  const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? 'unknown';
  // Chrome rewrites its command line into one string with spaces between the arguments.
  const commandLine = readOrEmpty(`/proc/${pid}/cmdline`);
  const type = /(?:^|[\s\0])--type=([a-z-]+)/.exec(commandLine)?.[1];
  const isChrome = /chrom/i.test(commandLine.split(/[\s\0]/)[0] ?? '') || type !== undefined;
  if (!isChrome) {
    return name;
  }
  return `chrome ${type ?? 'browser'}`;
};

/** Sample the memory and CPU time of every descendant of `rootPid`, not counting the root itself. */
export const sampleProcessTree = (rootPid: number): TreeSample => {
  const children = new Map<number, number[]>();
  const stats = new Map<number, ProcessStat>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    const stat = readStat(entry);
    if (stat !== null) {
      stats.set(Number(entry), stat);
      children.set(stat.parent, [...(children.get(stat.parent) ?? []), Number(entry)]);
    }
  }

  let rss = 0;
  let pss = 0;
  let processes = 0;
  const rssByCommand: Record<string, number> = {};
  const cpuTicks: Record<string, number> = {};
  const pending = [...(children.get(rootPid) ?? [])];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    pending.push(...(children.get(pid) ?? []));
    const status = readOrEmpty(`/proc/${pid}/status`);
    if (status === '') {
      continue; // the process ended while the tree was read
    }
    const processRss = kilobyteField(status, 'VmRSS');
    const command = commandName(pid, status);
    rssByCommand[command] = (rssByCommand[command] ?? 0) + processRss;
    rss += processRss;
    const stat = stats.get(pid);
    if (stat !== undefined) {
      cpuTicks[`${command}:${pid}:${stat.startTime}`] = stat.cpuTicks;
    }
    pss += kilobyteField(readOrEmpty(`/proc/${pid}/smaps_rollup`), 'Pss');
    processes++;
  }
  return { at: Date.now(), rss, pss, processes, rssByCommand, cpuTicks };
};

/** USER_HZ: the unit of CPU times in /proc, 100 ticks a second on Linux. */
const TICK_MS = 10;

type ProcessCpu = { command: string; ticks: number };

/**
 * Collect the last sampled CPU time of each process, keyed by "pid:start time". Samples
 * saved before the command name was part of the key name no process. Those entries are
 * merged with the named ones, keeping the known name.
 */
const lastCpuByProcess = (samples: readonly TreeSample[]): Map<string, ProcessCpu> => {
  const last = new Map<string, ProcessCpu>();
  for (const sample of samples) {
    for (const [key, ticks] of Object.entries(sample.cpuTicks)) {
      const parts = key.split(':');
      const processKey = parts.slice(-2).join(':');
      const command = parts.length > 2 ? parts.slice(0, -2).join(':') : 'unknown';
      const previous = last.get(processKey);
      last.set(processKey, {
        command: previous === undefined || previous.command === 'unknown' ? command : previous.command,
        ticks: Math.max(ticks, previous?.ticks ?? 0),
      });
    }
  }
  return last;
};

/**
 * CPU time that the sampled processes used, in milliseconds: each process's last sampled
 * value, added up. Time a process used after the last sample is missing, so with
 * samples every 200 ms this can fall short by up to 200 ms per process.
 */
export const sampledCpuMs = (samples: readonly TreeSample[]): number =>
  [...lastCpuByProcess(samples).values()].reduce((sum, process) => sum + process.ticks * TICK_MS, 0);

/** Total CPU time of the sampled processes up to each sample, in milliseconds. */
export const cumulativeCpuMs = (samples: readonly TreeSample[]): { at: number; cpuMs: number }[] => {
  const last = new Map<string, number>();
  let total = 0;
  return samples.map((sample) => {
    for (const [key, ticks] of Object.entries(sample.cpuTicks)) {
      const processKey = key.split(':').slice(-2).join(':');
      const previous = last.get(processKey) ?? 0;
      if (ticks > previous) {
        total += (ticks - previous) * TICK_MS;
        last.set(processKey, ticks);
      }
    }
    return { at: sample.at, cpuMs: total };
  });
};

/** CPU time of the sampled processes by command name, in milliseconds, as sampledCpuMs counts it. */
export const sampledCpuMsByCommand = (samples: readonly TreeSample[]): Record<string, number> => {
  const byCommand: Record<string, number> = {};
  for (const process of lastCpuByProcess(samples).values()) {
    byCommand[process.command] = (byCommand[process.command] ?? 0) + process.ticks * TICK_MS;
  }
  return byCommand;
};
