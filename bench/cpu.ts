import { readFileSync } from 'node:fs';

/**
 * CPU time (ms) of this process's main thread alone, from /proc on Linux (NaN elsewhere). `process.cpuUsage()`
 * counts every thread of the process: V8's background compilers (the TurboFan tier-up of HiGHS' WebAssembly and of
 * the engine's JavaScript) and its garbage collector's helpers as well, which were half or more of a cold
 * suppression's CPU (bench/pubcheck-cold.ts). Ticks of 10 ms.
 */
export function mainThreadCpuMs(): number {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}
