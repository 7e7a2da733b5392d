import { readFileSync } from 'node:fs';

/**
 * CPU time (ms) of this process's main thread alone: `process.threadCpuUsage()` (Node 23.9 and later, microseconds),
 * else from /proc on Linux (ticks of 10 ms), NaN elsewhere. `process.cpuUsage()` counts every thread of the process:
 * V8's background compilers (the TurboFan tier-up of HiGHS' WebAssembly and of the engine's JavaScript) and its
 * garbage collector's helpers as well, which were half or more of a cold suppression's CPU (bench/pubcheck-cold.ts).
 */
export function mainThreadCpuMs(): number {
  const thread = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage;
  if (thread) {
    const u = thread();
    return (u.user + u.system) / 1000;
  }
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
