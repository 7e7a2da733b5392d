/**
 * both2: inputs of several percentage tables each with an N on both axes whose every percentage is a whole count of
 * both its row's N and its column's N (either reading fits), for bothpct2-measure.ts and bothpct2.test.ts.
 */
import { int } from './helpers.ts';
const whole = (p: number, n: number) => Math.ceil((n * (p - 0.5)) / 100 - 1e-9) <= Math.floor((n * (p + 0.5)) / 100 + 1e-9);
const ROWS = [
  ['男性', '女性', '不明'],
  ['65歳未満', '65歳以上', '年齢不明'],
  ['入院', '外来', '在宅'],
];
const COLS = [
  ['A群', 'B群', 'C群'],
  ['D群', 'E群', 'F群'],
  ['G群', 'H群', 'I群'],
];

/**
 * One table much as bothpct-measure.ts CHANCE=1 makes them: 2 × 3 column percentages (integer) whose columns leave
 * 10–60 patients out and whose rows each add up to exactly 100% by chance, counts 1–9 or 20–90; `row`: the same
 * transposed. (A line leaving 1–9 patients out is a header finding under one reading: with 2–3 tables nearly every
 * input had one, and nothing was left to attack.) `colN` given (LINKED): the columns' Ns, column percentages.
 * Undefined unless every cell fits both Ns.
 */
export function table(random: () => number, t: number, kind: 'row' | 'col', colN?: readonly number[]): string | undefined {
  const count = () => (random() < 0.5 ? int(random, 1, 9) : int(random, 20, 90));
  // Given the columns' Ns, each row's last count is the one making the row add up to 100% (else hardly ever found).
  const last = (x: number[]) => Math.round(colN![2]! * (1 - x[0]! / colN![0]! - x[1]! / colN![1]!));
  const m = [0, 1].map(() => (colN ? ((x) => [...x, last(x)])([count(), count()]) : Array.from({ length: 3 }, count)));
  if (m.some((r) => r.some((x) => x < 1))) return undefined;
  const rowN = m.map((r) => r.reduce((a, b) => a + b, 0));
  const cN = colN ?? m[0]!.map((_, c) => m[0]![c]! + m[1]![c]! + int(random, 10, 60));
  // Each column leaves patients out (LINKED: 10 or more, else the column reading finds the rest small in most tables).
  if (m[0]!.some((_, c) => m[0]![c]! + m[1]![c]! + 10 > cN[c]!)) return undefined;
  const p = m.map((r) => r.map((x, c) => Math.round((100 * x) / cN[c]!)));
  if (!p.every((r) => Math.abs(r.reduce((a, b) => a + b, 0) - 100) <= 0)) return undefined;
  if (!p.every((r, i) => r.every((q, c) => whole(q, rowN[i]!) && whole(q, cN[c]!)))) return undefined;
  const tr = <T>(a: T[][]) => a[0]!.map((_, c) => a.map((r) => r[c]!));
  const [rl, cl] = [ROWS[t]!.slice(0, 2), COLS[colN ? 0 : t]!];
  const [cells, rN, cNs, rls, cls] = kind === 'col' ? [p, rowN, cN, rl, cl] : [tr(p), cN, rowN, cl, rl];
  const lines = [
    ['', ...cNs.map((n, c) => `${cls[c]} (N=${n})`)],
    ...cells.map((r, i) => [`${rls[i]} (n=${rN[i]})`, ...r.map((q) => `${q}%`)]),
  ];
  return lines.map((l) => l.join('\t')).join('\n') + '\n';
}

/** An input of `k` such tables (LINKED: sharing the first one's column headers). */
export function input(random: () => number, k: number, linked: boolean): string {
  const texts: string[] = [];
  let colN: number[] | undefined;
  while (texts.length < k) {
    const kind = linked ? 'col' : random() < 0.5 ? 'row' : 'col';
    const text = table(random, texts.length, kind, colN);
    if (!text) continue;
    if (linked && !colN) colN = [...text.split('\n')[0]!.matchAll(/N=(\d+)/g)].map((x) => Number(x[1]));
    texts.push(text);
  }
  return texts.join('\n');
}

/**
 * A 32-bit generator (mulberry32) for the rejection sampling above: helpers.ts `lcg` multiplies past 2⁵³ and falls
 * into short cycles over the many draws a rejection loop makes (the same table came back again and again).
 */
export function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
