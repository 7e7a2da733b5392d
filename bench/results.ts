/** Where benchmarks save what they measured: bench/results/<name>.json, with the machine it was measured on. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

/** Writes `fields` after the benchmark's name and date and before the machine's Node, cores and load; says where. */
export function saveResult(name: string, fields: Record<string, unknown>, results: unknown): void {
  const file = `bench/results/${name}.json`;
  mkdirSync('bench/results', { recursive: true });
  const doc = {
    benchmark: name,
    date: new Date().toISOString(),
    ...fields,
    node: process.version,
    cpus: availableParallelism(),
    loadAverage: loadavg(),
    results,
  };
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  console.log(`→ ${file}`);
}
