/**
 * zeros34: tables left unprotected (suppression not passed: exit 2 in words) on the checker under `ROOT` (this tree
 * unless said), and how many of them are so with every count hidden (`structural`, zeros34). Two measures:
 * - every families generator of this folder taking (count, seed) (a `*-families.ts` export whose cases carry `text`),
 *   `count` tables each at `seed`: `npx node test/pubcheck/zeros34-measure.ts 100 1461`;
 * - with a third argument `zeros`, denom31's zeros family over the seeds given (`... 100 1461,1462 zeros`).
 * `ROOT=/tmp/base-zeros34 ...` for int. No MIP (mipSeconds 0), details on. `SHOW=1` prints each unprotected table.
 */
import { readdirSync } from 'node:fs';
import { zeros } from './denom31-families.ts';
import { checkerOfRoot } from './helpers.ts';

const { check, highs, bundle } = await checkerOfRoot();
const n = Number(process.argv[2] ?? 100);
const seeds = (process.argv[3] ?? '1461').split(',').map(Number);
type Result = { ok: boolean; tables?: { suppression?: { passed: boolean; structural?: true } }[] };

/** Runs `texts`: read, unprotected, structural; prints the unprotected ones with SHOW. */
function tally(texts: readonly string[]): { read: number; unprotected: number; structural: number } {
  const out = { read: 0, unprotected: 0, structural: 0 };
  for (const text of texts) {
    let r: Result;
    try {
      r = check(highs, bundle, text, { details: true }, { mipSeconds: 0 }) as Result;
    } catch {
      continue;
    }
    if (!r.ok) continue;
    out.read++;
    const bad = (r.tables ?? []).filter((t) => t.suppression?.passed === false);
    if (bad.length === 0) continue;
    out.unprotected++;
    if (bad.some((t) => t.suppression?.structural)) out.structural++;
    if (process.env.SHOW) console.log(`--\n${text}`);
  }
  return out;
}

if (process.argv[4] === 'zeros') {
  for (const seed of seeds) {
    const t = tally(zeros(n, seed).map((c) => c.text));
    console.log(`zeros seed ${seed}: runs ${n} read ${t.read} unprotected ${t.unprotected} structural ${t.structural}`);
  }
} else {
  const dir = new URL('.', import.meta.url).pathname;
  let runs = 0;
  let unprotected = 0;
  let structural = 0;
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('-families.ts'))
    .sort()) {
    const m = (await import(`${dir}${f}`)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(m)) {
      if (typeof fn !== 'function' || !/^function \w+\(\s*(count|n)\s*,\s*seed\s*\)/.test(String(fn))) continue;
      for (const seed of seeds) {
        let cases: unknown;
        try {
          cases = (fn as (a: number, b: number) => unknown)(n, seed);
        } catch {
          continue;
        }
        if (!Array.isArray(cases) || cases.length === 0 || typeof (cases[0] as { text?: unknown }).text !== 'string') continue;
        const t = tally((cases as { text: string }[]).map((c) => c.text));
        runs += cases.length;
        unprotected += t.unprotected;
        structural += t.structural;
        console.log(
          `${f}:${name} seed ${seed}: runs ${cases.length} read ${t.read} unprotected ${t.unprotected} structural ${t.structural}`,
        );
      }
    }
  }
  console.log(`TOTAL runs ${runs} unprotected ${unprotected} structural ${structural}`);
}
process.exit(0);
