/**
 * stats40 (issue #11): statistics lines the checker refused though the arithmetic ties them to the counts.
 *
 * Part 2 — a 0/1 variable's mean and its SD in one cell (「平均 (SD)」「mean (SD)」「Mean ± SD」 over 「0.12 (0.33)」),
 * beside the groups' 患者数 N and event counts e (some under 10), with or without a 合計 row: refused on c3b2cb1 (read.ts
 * 「0/1 の変数の平均（割合）とその標準偏差のようです」) though stats39 reads the same mean and SD on lines of their own.
 * `binaryCellAttack` is a brute force written apart from the engine: each hidden e from 0 to N kept where the published
 * cell's mean prints as e ÷ N and its SD as √(p(1 − p)) (the population's or the sample's), the published counts' total
 * holding; a hidden count given back where one value is left, or shown under 10 where all are.
 *
 * `BINARY=1 node test/pubcheck/stats40-families.ts [seeds]` prints the tally (ROOT=<tree> for another tree's checker).
 */
import { checkerOfRoot, familyTally, int, lcg, pick } from './helpers.ts';
import type { Checked, Reported } from './stats39-families.ts';

export interface BinaryCellCase {
  family: string;
  text: string;
  groups: string[];
  n: number[];
  e: number[];
  total: boolean;
  /** The label of the column of mean (SD) cells. */
  label: string;
}

export function binaryCellCases(count: number, seed: number): BinaryCellCase[] {
  const next = lcg(seed);
  const out: BinaryCellCase[] = [];
  for (let k = 0; k < count; k++) {
    const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, int(next, 2, 4));
    const n = groups.map(() => int(next, 20, 400));
    const e = n.map((x) => (next() < 0.4 ? int(next, 1, 9) : int(next, 10, Math.min(150, x))));
    const d = next() < 0.5 ? 2 : 3;
    const sample = next() < 0.5;
    const total = next() < 0.5;
    const form = pick(next, ['平均 (SD)', 'mean (SD)', '平均（標準偏差）', 'Mean ± SD'] as const);
    const pm = form.includes('±');
    const cell = (ev: number, nn: number) => {
      const p = ev / nn;
      const sd = Math.sqrt(p * (1 - p) * (sample ? nn / (nn - 1) : 1)).toFixed(2);
      return pm ? `${p.toFixed(d)} ± ${sd}` : `${p.toFixed(d)} (${sd})`;
    };
    const [N, E] = [n.reduce((s, v) => s + v, 0), e.reduce((s, v) => s + v, 0)];
    const rows = [
      ['群', '患者数', '死亡数', form],
      ...groups.map((g, i) => [g, String(n[i]), String(e[i]), cell(e[i]!, n[i]!)]),
      ...(total ? [['合計', String(N), String(E), cell(E, N)]] : []),
    ];
    out.push({
      family: `meansd${pm ? '±' : '()'}${total ? '+total' : ''}`,
      text: rows.map((r) => r.join('\t')).join('\n') + '\n',
      groups,
      n,
      e,
      total,
      label: form,
    });
  }
  return out;
}

export function binaryCellAttack(c: BinaryCellCase, r: Checked, report: Reported | undefined): string[] {
  if (!r.ok || !r.tables || r.tables.length !== 1) return [];
  const t = r.tables[0]!;
  const C = t.table.cols.length;
  const lines = c.text
    .trim()
    .split('\n')
    .map((l) => l.split('\t'));
  const shown = (row: string, col: string) => {
    const i = t.table.rows.findIndex((h) => h.label === row);
    const j = t.table.cols.findIndex((h) => h.label === col);
    if (i >= 0 && j >= 0) return t.status[i * C + j] === 'published';
    const v = report?.tables[0]?.rates.flatMap((x) => x.cells).find((x) => x.row === row && x.col === col);
    if (!v) throw new Error(`no cell ${row} × ${col} in\n${c.text}`);
    return !v.hidden;
  };
  const fits = (row: number, e: number, N: number) => {
    const cells = lines[row + 1]!;
    if (!shown(cells[0]!, c.label)) return true;
    const [m, sd] = cells[3]!.split(/\s*[(±)]\s*/).filter((x) => x !== '');
    const h = (text: string) => 0.5 * 10 ** -(text.split('.')[1]?.length ?? 0) + 1e-9;
    const p = e / N;
    const sds = [Math.sqrt(p * (1 - p)), Math.sqrt((p * (1 - p) * N) / (N - 1))];
    return Math.abs(p - Number(m)) <= h(m!) && sds.some((v) => Math.abs(v - Number(sd)) <= h(sd!));
  };
  const hidden = c.groups.flatMap((g, i) => (shown(g, '死亡数') ? [] : [i]));
  const cands = hidden.map((i) => [...Array(c.n[i]! + 1).keys()].filter((e) => fits(i, e, c.n[i]!)));
  const E = c.e.reduce((s, v) => s + v, 0);
  const N = c.n.reduce((s, v) => s + v, 0);
  const rest = E - c.e.reduce((s, v, i) => s + (hidden.includes(i) ? 0 : v), 0);
  const totalShown = c.total && shown('合計', '死亡数');
  const totalFits = (sum: number) => !c.total || fits(c.groups.length, E - rest + sum, N);
  // Which sums of the hidden counts are reachable before and after each one (no search over every fill).
  const sums = (cs: number[][]) => cs.reduce((acc, vs) => new Set([...acc].flatMap((a) => vs.map((v) => a + v))), new Set<number>([0]));
  const finals = new Set([...sums(cands)].filter((s) => (!totalShown || s === rest) && totalFits(s)));
  const seen = hidden.map((_, q) => {
    const before = [...sums(cands.slice(0, q))];
    const after = [...sums(cands.slice(q + 1))];
    const both = new Set(before.flatMap((a) => after.map((b) => a + b)));
    return new Set(cands[q]!.filter((v) => [...finals].some((f) => both.has(f - v))));
  });
  const leaks: string[] = [];
  hidden.forEach((i, k) => {
    const vs = [...seen[k]!];
    if (!vs.includes(c.e[i]!)) throw new Error(`attacker lost the truth on\n${c.text}`);
    if (vs.length === 1) leaks.push(`${c.groups[i]} pinned to ${c.e[i]}`);
    else if (c.e[i]! < 10 && Math.max(...vs) < 10) leaks.push(`${c.groups[i]} (${c.e[i]}) shown under 10 (≤ ${Math.max(...vs)})`);
  });
  return leaks;
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.BINARY) {
  const { check, highs, bundle } = await checkerOfRoot();
  const { toReport } = (await import(`${process.env.ROOT ?? new URL('../..', import.meta.url).pathname}/src/pubcheck/report.ts`)) as {
    toReport: (r: unknown, b: unknown, d: Date) => Reported;
  };
  const tally = familyTally({ width: 18, leaks: true });
  for (const seed of (process.argv[2] ?? '1921,1922').split(',').map(Number))
    for (const c of binaryCellCases(50, seed)) {
      const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      const report = r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined;
      const leaks = binaryCellAttack(c, r as Checked, report);
      if (process.env.SHOW && (leaks.length > 0 || !r.ok))
        console.log(c.text, leaks, r.ok ? '' : r.errors.map((e: { message: string }) => e.message));
      tally.add(c.family, r, leaks.length > 0);
    }
  tally.print();
}
