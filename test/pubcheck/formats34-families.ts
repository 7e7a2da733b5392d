/**
 * formats34 (issue #11): more of the tables statistical software exports, seeded, for the classes formats33 left open.
 *
 * `unknownColumn`: an 「Unknown」 (不明・欠測) COLUMN of bare counts beside groups written 「n (p%)」, each share of its
 * row's patients with a known group (the tools' default, as gtsummary's `percent = "row"` or SPSS's valid percent
 * print it), the row's N in a 合計 / Total column or in the row's label (「65歳未満 (N=150)」). Only tables whose every
 * share fits the row's N as well are kept (a share of no whole count of N is refused as such already). `leaks`: the
 * shares bound the row's base so that N − base puts the Unknown count under the threshold (the tool's reading).
 */
import { int, lcg, pick } from './helpers.ts';

const LEVELS = [
  ['男性', '女性'],
  ['65歳未満', '65-74歳', '75歳以上'],
  ['Stage I', 'Stage II', 'Stage III', 'Stage IV'],
];
const MISSING = ['Unknown', '不明', '欠測', 'Missing'];
const pct = (n: number, d: number, dec: number) => ((100 * n) / d).toFixed(dec);
const fits = (c: number, base: number, p: string, dec: number) => Math.abs((100 * c) / base - Number(p)) <= 0.5 * 10 ** -dec + 1e-9;

export interface UnknownCase {
  text: string;
  /** The Unknown counts, row by row. */
  ms: number[];
  /** The row whose Unknown is small. */
  row: number;
  leaks: boolean;
}

export function unknownColumn(n: number, seed: number, threshold = 10): UnknownCase[] {
  const next = lcg(seed);
  const out: UnknownCase[] = [];
  for (let tries = 0; out.length < n && tries < 5000 * n; tries++) {
    const g = int(next, 2, 3);
    const levels = pick(next, LEVELS);
    const counts = levels.map(() => Array.from({ length: g }, () => int(next, 40, 240)));
    const row = int(next, 0, levels.length - 1);
    const ms = levels.map((_, i) => (i === row ? int(next, 1, 9) : int(next, 10, 19)));
    const dec = next() < 0.8 ? 0 : 1;
    const valid = counts.map((r) => r.reduce((a, b) => a + b, 0));
    const ns = valid.map((v, i) => v + ms[i]!);
    const names = ['A群', 'B群', 'C群'].slice(0, g);
    const word = pick(next, MISSING);
    const where = pick(next, ['total', 'label'] as const);
    const total = pick(next, ['合計', 'Total']);
    if (!counts.every((r, i) => r.every((c) => fits(c, ns[i]!, pct(c, valid[i]!, dec), dec)))) continue;
    const lines = [
      ['', ...names, word, ...(where === 'total' ? [total] : [])],
      ...levels.map((l, i) => [
        where === 'label' ? `${l} (N=${ns[i]})` : l,
        ...counts[i]!.map((c) => `${c} (${pct(c, valid[i]!, dec)}%)`),
        String(ms[i]),
        ...(where === 'total' ? [String(ns[i])] : []),
      ]),
    ];
    const h = 0.5 * 10 ** -dec;
    let lo = 1;
    for (const c of counts[row]!) lo = Math.max(lo, Math.ceil((100 * c) / (Number(pct(c, valid[row]!, dec)) + h) - 1e-9));
    out.push({ text: lines.map((l) => l.join('\t')).join('\n') + '\n', ms, row, leaks: ns[row]! - lo < threshold });
  }
  return out;
}
