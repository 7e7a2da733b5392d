/**
 * Benchmark of many integer-percentage lists in one input (issue #11), through the command line as a user meets it:
 * lists of 16 rows labelled r0…r15 alike in every list, 15 counts 0–40 and the rest of N=300 (N stated in the
 * title), printed as integer percentages (and, for comparison, with one decimal). Prints, per case, the wall time,
 * the exit code, the errors' codes and how many `sum/not-taken` notices the report carries (said one by one and
 * counted). `node bench/pubcheck-lists.ts [lists…]` (default 20 100). Wall time suffers from other load on the
 * machine: note `uptime` beside it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The tests' generator (test/pubcheck/helpers.ts lcg, its product exact modulo 2³²): the same lists every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 2147483648;
}

function lists(n: number, decimals: 0 | 1): string {
  const next = lcg(7);
  return Array.from({ length: n }, (_, t) => {
    const counts = Array.from({ length: 15 }, () => Math.floor(next() * 41));
    counts.push(Math.max(0, 300 - counts.reduce((a, b) => a + b, 0)));
    const total = counts.reduce((a, b) => a + b, 0);
    const cell = (c: number) => `${((100 * c) / total).toFixed(decimals)}%`;
    return `# 表${t + 1} N=${total}\n\t割合\n${counts.map((c, i) => `r${i}\t${cell(c)}`).join('\n')}\n`;
  }).join('\n');
}

const dir = mkdtempSync(join(tmpdir(), 'pubcheck-lists-'));
const sizes = process.argv.slice(2).map(Number);
for (const n of sizes.length > 0 ? sizes : [20, 100]) {
  for (const decimals of [0, 1] as const) {
    const file = join(dir, `lists-${n}-${decimals}.tsv`);
    writeFileSync(file, lists(n, decimals));
    const start = performance.now();
    const r = spawnSync(process.execPath, ['scripts/pubcheck.js', '--details', '--json', file], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - start) / 1000;
    const json = JSON.parse(r.stdout || '{}') as { errors?: { code: string }[]; warnings?: { code: string; count?: number }[] };
    const notTaken = (json.warnings ?? []).filter((w) => w.code === 'sum/not-taken');
    const counted = notTaken.reduce((s, w) => s + (w.count ?? 1), 0);
    console.log(
      `${n} lists, ${decimals === 0 ? 'integer' : 'one decimal'}: ${seconds.toFixed(1)} s, exit ${r.status}, errors ${JSON.stringify((json.errors ?? []).map((e) => e.code))}, sum/not-taken ${notTaken.length} said for ${counted}`,
    );
  }
}
