/**
 * totals48 (issue #11): a line a few over the others' sum (read both ways: overtotal.ts) in tables that another reading
 * takes, Japanese (totals47's `protect`) or Latin labels (read so before totals47):
 * - `lifeCrossed`: two arms crossed over two follow-up points (life44's arms-crossed): 表1 A's at-risk line beside B's
 *   events and censored, 表2 B's at-risk line beside A's, A's at-risk line over B's two lines by 1–9 at some point
 *   (≥ 0 at both); A's events of the first interval small (1–9). Judged by the oracle (`oneStep`: a reader who takes a
 *   fall as the lines that take it).
 * - `cumulativeOver`: one table at two time points, each titled cumulative (attack35's `twoPoints`), one cell's step
 *   small (1–9); in the first table the last column over the others by 1–9 in one row (≥ 0 in all). Judged by what is
 *   said: refused as a cumulative step (`line/cumulative`) or not.
 * - `fractionOver`: 「n/N (p)」 tables whose lines sum to each column's N, the last line over the others by 1–9 in one
 *   column; a count 1–9 somewhere. Judged by the oracle on the text as attacked (protection.ts `asAttacked`).
 *
 * Run as a script: `ROOT=<tree> npx node test/pubcheck/totals48-families.ts [count]` (seeds 2591, 2592, 2593).
 */
import { checkerOfRoot, int, lcg, pick } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { attack } from './oracle.ts';
import { asAttacked, hiddenKeys } from './protection.ts';

export interface Case {
  text: string;
  latin: boolean;
}

const JA_ARMS = [
  ['A群', 'B群'],
  ['実薬群', '対照群'],
];
const LA_ARMS = [
  ['Aktif', 'Plasebo'],
  ['Arm X', 'Arm Y'],
];
const PARTS = [
  ['イベント', '打ち切り'],
  ['甲', '乙'],
];

/** `count` pairs of tables, each one arm's at-risk line and the other arm's two lines, over two follow-up points. */
export function lifeCrossed(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const latin = next() < 0.5;
    const [a, b] = pick(next, latin ? LA_ARMS : JA_ARMS);
    const [x, y] = pick(next, PARTS);
    const be = [int(next, 12, 40), int(next, 12, 40)];
    const bc = [int(next, 10, 30), int(next, 10, 30)];
    const ae = [int(next, 1, 9), int(next, 12, 30)];
    const ac = [int(next, 10, 30), int(next, 10, 20)];
    // A's at-risk line over B's two lines by 1–9 at one point, by 0–40 at the other (the other lines ≥ A's last).
    const over = next() < 0.5 ? 0 : 1;
    const aRisk = [0, 0];
    aRisk[1] = Math.max(be[1]! + bc[1]! + (over === 1 ? int(next, 1, 9) : int(next, 0, 40)), ae[1]! + ac[1]! + 12);
    aRisk[0] = aRisk[1]! + ae[0]! + ac[0]!;
    if (over === 0) {
      const want = aRisk[0]! - int(next, 1, 9);
      // B's lines at the first point raised (or lowered) so that A is over their sum by 1–9 there.
      const d = want - be[0]! - bc[0]!;
      be[0] = Math.max(12, be[0]! + Math.ceil(d / 2));
      bc[0] = Math.max(10, want - be[0]!);
    }
    const bRisk = [0, 0];
    bRisk[1] = be[1]! + bc[1]! + int(next, 12, 40);
    bRisk[0] = bRisk[1]! + be[0]! + bc[0]!;
    const times = pick(next, [
      ['0か月', '6か月'],
      ['0週', '12週'],
    ]);
    const table = (title: string, names: string[], series: number[][]) =>
      [title, ['時点', ...names].join('\t'), ...times.map((t, k) => [t, ...series.map((s) => s[k])].join('\t'))].join('\n');
    const first = table('# 表1', [a!, `${b}${x}`, `${b}${y}`], [aRisk, be, bc]);
    const second = table('# 表2', [b!, `${a}${x}`, `${a}${y}`], [bRisk, ae, ac]);
    return { text: `${first}\n\n${second}\n`, latin };
  });
}

/** `count` pairs of cumulative tables (attack35's `twoPoints`), the first's last column over the others by 1–9 in one row. */
export function cumulativeOver(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const latin = next() < 0.5;
    const rows = ['男性', '女性', '不明'].slice(0, int(next, 2, 3));
    const cols = [...(latin ? ['Aktif', 'Plasebo'] : ['A群', 'B群']), latin ? 'Kaikki' : '対象者全体'];
    const first = rows.map(() => {
      const [p, q] = [int(next, 5, 30), int(next, 5, 30)];
      return [p, q, p + q + int(next, 10, 30)];
    });
    const r = int(next, 0, rows.length - 1);
    first[r]![2] = first[r]![0]! + first[r]![1]! + int(next, 1, 9);
    const steps = rows.map(() => cols.map(() => int(next, 12, 40)));
    steps[int(next, 0, rows.length - 1)]![int(next, 0, 1)] = int(next, 1, 9);
    const second = first.map((row, i) => row.map((v, j) => v + steps[i]![j]!));
    const year = int(next, 2019, 2023);
    const table = (y: number, counts: number[][]) =>
      [
        pick(next, [`# ${y}年末までの累計`, `# 累計患者数（${y}年）`, `# Cumulative, ${y}`]),
        ['', ...cols].join('\t'),
        ...rows.map((l, i) => [l, ...counts[i]!].join('\t')),
      ].join('\n');
    return { text: `${table(year, first)}\n\n${table(year + 1, second)}\n`, latin };
  });
}

/** `count` 「n/N (p)」 tables: 3–4 lines summing to each column's N, the last over the others by 1–9 in one column. */
export function fractionOver(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const latin = next() < 0.5;
    const labels = ['死亡', '重症', '軽症'].slice(0, int(next, 2, 3));
    const last = latin ? pick(next, ['Semua', 'Kaikki', 'Other']) : pick(next, ['回復', '対象者全体', '軽快']);
    const cols = ['A群', 'B群', 'C群'].slice(0, int(next, 2, 3));
    const over = int(next, 0, cols.length - 1);
    const counts = cols.map((_, k) => {
      const items = labels.map(() => int(next, 1, 30));
      const sum = items.reduce((s, v) => s + v, 0);
      return [...items, sum + (k === over ? int(next, 1, 9) : int(next, 10, 40))];
    });
    const cell = (n: number, N: number) => `${n}/${N} (${Math.round((100 * n) / N)})`;
    const lines = [...labels, last].map((l, i) =>
      [
        l,
        ...counts.map((c) =>
          cell(
            c[i]!,
            c.reduce((s, v) => s + v, 0),
          ),
        ),
      ].join('\t'),
    );
    return { text: `\t${cols.join('\t')}\n${lines.join('\n')}\n`, latin };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100);
  const { check, highs, bundle } = await checkerOfRoot();
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  const tally = new Map<string, number>();
  const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  const script = (c: Case) => (c.latin ? 'latin' : 'japanese');
  for (const c of lifeCrossed(count, 2591)) {
    const r = run(c.text);
    add(`lifeCrossed 2591 ${script(c)}: ${r.ok ? oracleVerdict(highs, r as never, c.text, 'threshold', { oneStep: true }) : 'refused'}`);
  }
  for (const c of cumulativeOver(count, 2592)) {
    const r = run(c.text);
    add(
      `cumulativeOver 2592 ${script(c)}: ${!r.ok && r.errors.some((e) => e.code === 'line/cumulative') ? 'refused (line/cumulative)' : r.ok ? 'read' : 'refused (other)'}`,
    );
  }
  for (const c of fractionOver(count, 2593)) {
    const r = run(c.text);
    if (!r.ok) {
      add(`fractionOver 2593 ${script(c)}: refused`);
      continue;
    }
    const { hidden, small } = hiddenKeys(r);
    const ranges = attack(highs, asAttacked(r as never, c.text), hidden, { zeroExempt: true });
    // Pinned, or a small count shown under the threshold (as protection.ts `expectProtected`).
    const pinned = [...ranges].some(([k, x]) => (x.hi !== null && x.hi <= x.lo) || (small.has(k) && (x.hi ?? Infinity) < 10));
    add(
      `fractionOver 2593 ${script(c)}: ${pinned ? 'leaked' : 'held'}${r.warnings.some((w) => w.code === 'total/both-readings') ? ' (read both ways)' : ''}`,
    );
  }
  for (const [k, n] of [...tally].sort()) console.log(`${k}\t${n}`);
}
