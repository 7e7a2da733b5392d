/**
 * stats55: each family of stats55-families.ts checked under the threshold — refused (by code), read, read as a top k
 * (`header/extreme-sum` naming one), cells hidden (`ROOT=<tree>` for another tree).
 * `node test/pubcheck/stats55-measure.ts <mode> [seeds] [count]`, mode own | ranked | part | pct.
 */
import { checkerOfRoot } from './helpers.ts';
import type { Checked } from './stats39-families.ts';
import { topEveryCases, type Top55Mode } from './stats55-families.ts';

const mode = (process.argv[2] ?? 'own') as Top55Mode;
const seeds = (process.argv[3] ?? { own: '3340,3341', ranked: '3342,3343', part: '3344,3345' }[mode]).split(',').map(Number);
const count = Number(process.argv[4] ?? 50);
const { check, highs, bundle } = await checkerOfRoot();
const t = { runs: 0, refused: 0, read: 0, top: 0, hidden: 0, codes: new Map<string, number>() };
for (const seed of seeds)
  for (const c of topEveryCases(count, seed, mode)) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
      warnings?: { code: string; message: string }[];
      errors?: { code: string }[];
    };
    t.runs++;
    if (!r.ok) {
      t.refused++;
      for (const e of r.errors ?? []) t.codes.set(e.code, (t.codes.get(e.code) ?? 0) + 1);
      continue;
    }
    t.read++;
    if ((r.warnings ?? []).some((w) => w.code === 'header/extreme-sum' && /ほうから/.test(w.message))) t.top++;
    t.hidden += (r.tables ?? []).reduce((s, x) => s + x.status.filter((v) => v !== 'published').length, 0);
  }
console.log(
  `${mode} runs ${t.runs} refused ${t.refused} [${[...t.codes].map(([k, v]) => `${k}:${v}`).join(' ')}] read ${t.read} read-as-top-k ${t.top} hidden ${t.hidden}`,
);
