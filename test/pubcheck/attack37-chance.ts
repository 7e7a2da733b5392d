/**
 * attack37's cost: ordinary count tables refused by chance as a line of maxima or minima (read.ts `extremeLines`).
 * 1,000 random tables per seed: 3–8 lines × 2–6 positions of counts 0–40 (adversary8's range), 0–3 (sparse: adverse
 * events by group, zeros everywhere) or 10–200, with or without a 合計 row and column, rows of adverse events or
 * numbered categories. Prints, per kind, the tables refused and those refused as a maximum or minimum (its message).
 *
 * `node test/pubcheck/attack37-chance.ts [seed]` (ROOT=<tree> for another tree's checker).
 */
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';

const ROWS = ['悪心', '頭痛', '発疹', 'めまい', '下痢', '発熱', '倦怠感', '便秘'];

export function chanceTables(count: number, seed: number): { kind: string; text: string }[] {
  const next = lcg(seed);
  const out: { kind: string; text: string }[] = [];
  for (let k = 0; k < count; k++) {
    const kind = pick(next, ['0-40', '0-3', '10-200'] as const);
    const [lo, hi] = kind === '0-40' ? [0, 40] : kind === '0-3' ? [0, 3] : [10, 200];
    const r = int(next, 3, 8);
    const c = int(next, 2, 6);
    const rows = next() < 0.5 ? ROWS.slice(0, r) : Array.from({ length: r }, (_, i) => `区分${i + 1}`);
    const cols = Array.from({ length: c }, (_, j) => `${'ABCDEF'[j]}群`);
    const cells = rows.map(() => cols.map(() => int(next, lo, hi)));
    const rowTotal = next() < 0.5;
    const colTotal = next() < 0.5;
    const lines = rows.map((l, i) => [l, ...cells[i]!, ...(rowTotal ? [cells[i]!.reduce((s, v) => s + v, 0)] : [])]);
    if (colTotal) {
      const sums = cols.map((_, j) => cells.reduce((s, row) => s + row[j]!, 0));
      lines.push(['合計', ...sums, ...(rowTotal ? [sums.reduce((s, v) => s + v, 0)] : [])]);
    }
    const text = [['', ...cols, ...(rowTotal ? ['合計'] : [])], ...lines].map((l) => l.join(',')).join('\n') + '\n';
    out.push({ kind, text });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { check, highs, bundle } = await checkerOfRoot();
  const seed = Number(process.argv[2] ?? 1445);
  const tally = new Map<string, { runs: number; refused: number; extreme: number }>();
  for (const c of chanceTables(1000, seed)) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0 });
    const t = tally.get(c.kind) ?? { runs: 0, refused: 0, extreme: 0 };
    tally.set(c.kind, t);
    t.runs++;
    if (!r.ok) {
      t.refused++;
      if (r.errors.some((e) => /の(?:最[大小]|最大と最小の差（範囲）)の値に一致します/.test(e.message))) {
        t.extreme++;
        if (process.env.SHOW) console.log(c.text);
      }
    }
  }
  for (const [k, t] of tally) console.log(k.padEnd(8), 'runs', t.runs, 'refused', t.refused, 'as a maximum or minimum', t.extreme);
}
