/**
 * Random outcome tables of rates5 (rates5.test.ts): plain data and a function of a check's result, so that the same
 * tables can be checked against an older tree by hand (the numbers the test quotes for main were measured so).
 *
 * - `orphanTables`: a rate naming no event (「発現率」「発生率」「Incidence rate」「IR」「Rate」「率」) of events the table
 *   does not print, beside 患者数, one or two other lines of counts and 人年 — `other`: lines of other counts
 *   (死亡数, 入院数: no word of an event); `events`: a line of events of another kind (イベント数), the table mislabelled.
 *   The unit is written in a third (「発現率（/1,000人年）」). A reading of the rate as another line's (the numbers fit
 *   by chance) publishes it where that line's count is published, and the rate's own count with it.
 * - `attackOrphan`: what such a check shows an attacker who knows the true unit: each rate published whose own count
 *   (not printed) is 1–9 and which, with its printed person-years, shows it under the threshold.
 */
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { int, lcg, pick } from './helpers.ts';
import { countsFrom } from './rates3-families.ts';

export type Orphan = 'other' | 'events';

export interface OrphanTable {
  text: string;
  /** Row by row: the rate's own count (not printed). */
  own: number[];
  rates: string[];
  bases: string[];
  factor: number;
  label: string;
}

/** Labels of a rate naming no event; 「…（/1,000人年）」 where the unit is written. */
export const GENERIC = ['発現率', '発生率', 'Incidence rate', 'IR', 'Rate', '率'];

export function orphanTables(kind: Orphan, count: number, seed: number): OrphanTable[] {
  const random = lcg(seed);
  const out: OrphanTable[] = [];
  for (let k = 0; k < count; k++) {
    const factor = pick(random, [1000, 1000, 100, 10_000, 100_000]);
    const written = random() < 1 / 3;
    const word = pick(random, GENERIC);
    const label = written
      ? /^[a-z]/i.test(word)
        ? `${word} per ${factor.toLocaleString('en-US')} PY`
        : `${word}（/${factor.toLocaleString('en-US')}人年）`
      : word;
    const decimals = pick(random, [0, 1, 1, 2]);
    const others = kind === 'other' ? pick(random, [['死亡数'], ['入院数'], ['死亡数', '入院数']]) : ['イベント数'];
    const rows = ['A群', 'B群', 'C群'].slice(0, int(random, 2, 3)).map((name) => {
      const n = int(random, 200, 3000);
      const own = random() < 0.5 ? int(random, 1, 9) : int(random, 10, 150);
      const lines = others.map(() => (random() < 0.3 ? int(random, 0, 9) : int(random, 10, 200)));
      return { name, n, own, lines, base: n * (0.5 + random() * 4) };
    });
    const total = {
      name: '合計',
      n: rows.reduce((a, x) => a + x.n, 0),
      own: rows.reduce((a, x) => a + x.own, 0),
      lines: others.map((_, j) => rows.reduce((a, x) => a + x.lines[j]!, 0)),
      base: rows.reduce((a, x) => a + x.base, 0),
    };
    const all = [...rows, total];
    const bases = all.map((x) => x.base.toFixed(1));
    const rates = all.map((x, i) => ((x.own * factor) / Number(bases[i])).toFixed(decimals));
    const text =
      [
        ['', '患者数', ...others, '人年', label].join('\t'),
        ...all.map((x, i) => [x.name, x.n, ...x.lines, bases[i], rates[i]].join('\t')),
      ].join('\n') + '\n';
    out.push({ text, own: all.map((x) => x.own), rates, bases, factor, label });
  }
  return out;
}

export interface OrphanOutcome {
  refused: boolean;
  /** The rate read as another line's. */
  read: boolean;
  /** Rates published whose own count is 1–9 and shown under the threshold by the rate with its person-years. */
  leaked: number;
}

export function attackOrphan(t: OrphanTable, r: CheckResult, threshold = 10): OrphanOutcome {
  if (!r.ok) return { refused: true, read: false, leaked: 0 };
  const tr = r.tables[0]!;
  const cols = tr.table.cols.length;
  const published = ([row, col]: [number, number]) => tr.status[row * cols + col] === 'published';
  const rates = tr.table.rates ?? [];
  let leaked = 0;
  for (let i = 0; i < t.own.length; i++) {
    const cell = rates.flatMap((x) => x.cells).find((c) => c.at === i);
    const hidden = cell !== undefined && ![...cell.events, ...(cell.base ? [cell.base] : [])].every(published);
    if (hidden || t.own[i]! < 1 || t.own[i]! >= threshold) continue;
    const values = countsFrom(t.rates[i]!, t.bases[i]!, t.factor);
    if (Math.max(...values) < threshold) leaked++;
  }
  return { refused: false, read: rates.length > 0, leaked };
}

export interface IntervalTable {
  text: string;
  /** Row by row: the true event count, the base printed, the interval's upper limit printed. */
  events: number[];
  bases: string[];
  uppers: string[];
  factor: number;
  /** The label of the upper limit's line (or of the interval's: 「95% CI」). */
  upper: string;
}

/**
 * Forms of an interval in lines of its own: a pair of limits, or one line of 「lo-hi」; attack23's a third word:
 * 「upper」 the upper limit's line alone (its label the first), 「reversed」 the upper limit's line first.
 */
export type IntervalForm = [string, string | undefined] | [string, string | undefined, 'upper' | 'reversed'];
export const INTERVAL_FORMS: IntervalForm[] = [
  ['下限', '上限'],
  ['Lower', 'Upper'],
  ['LCL', 'UCL'],
  ['95%CI下限', '95%CI上限'],
  ['95% CI', undefined],
  ['95%信頼区間', undefined],
];

/**
 * `count` random outcome tables (seeded) with a rate per 1,000 (1 decimal) or per 100,000 人年 (whole numbers) written
 * in its label and its 95% interval (a rough Poisson one) in lines of their own after it: 2–3 groups, a 合計 row in
 * half, small event counts in 4 of 10 groups.
 */
export function intervalTables(count: number, seed: number, forms: readonly IntervalForm[] = INTERVAL_FORMS): IntervalTable[] {
  const random = lcg(seed);
  const out: IntervalTable[] = [];
  for (let k = 0; k < count; k++) {
    const [lower, upper, how] = pick(random, forms);
    const factor = pick(random, [1000, 100_000]);
    const decimals = factor === 1000 ? 1 : 0;
    const rows = ['A群', 'B群', 'C群'].slice(0, int(random, 2, 3)).map((name) => {
      const n = int(random, 200, 3000);
      const e = random() < 0.4 ? int(random, 1, 9) : int(random, 10, 150);
      return { name, n, e, base: n * (0.5 + random() * 4) };
    });
    if (random() < 0.5)
      rows.push({
        name: '合計',
        n: rows.reduce((a, x) => a + x.n, 0),
        e: rows.reduce((a, x) => a + x.e, 0),
        base: rows.reduce((a, x) => a + x.base, 0),
      });
    const bases = rows.map((x) => x.base.toFixed(1));
    const lo = rows.map((x, i) => ((Math.max(0, x.e - 1.96 * Math.sqrt(x.e)) * factor) / Number(bases[i])).toFixed(decimals));
    const hi = rows.map((x, i) => (((x.e + 1.96 * Math.sqrt(x.e + 1) + 1) * factor) / Number(bases[i])).toFixed(decimals));
    const rates = rows.map((x, i) => ((x.e * factor) / Number(bases[i])).toFixed(decimals));
    const label = `発現率（/${factor.toLocaleString('en-US')}人年）`;
    const labels = how === 'upper' ? [lower] : how === 'reversed' ? [upper!, lower] : upper === undefined ? [lower] : [lower, upper];
    const limits = (i: number) =>
      how === 'upper' ? [hi[i]] : how === 'reversed' ? [hi[i], lo[i]] : upper === undefined ? [`${lo[i]}-${hi[i]}`] : [lo[i], hi[i]];
    const head = ['', '患者数', 'イベント数', '人年', label, ...labels];
    const text =
      [head.join('\t'), ...rows.map((x, i) => [x.name, x.n, x.e, bases[i], rates[i], ...limits(i)].join('\t'))].join('\n') + '\n';
    out.push({ text, events: rows.map((x) => x.e), bases, uppers: hi, factor, upper: how === 'upper' ? lower : (upper ?? lower) });
  }
  return out;
}

/**
 * What a check of an interval table shows: each hidden event count of 1–9 whose interval's upper limit is published
 * (as a line of counts, or with a rate not hidden) and shows it under the threshold — the rate lies in its interval, so
 * the count is at most upper × base ÷ unit, whatever the method.
 */
export function attackInterval(t: IntervalTable, r: CheckResult, threshold = 10): { refused: boolean; leaked: number; held: number } {
  if (!r.ok) return { refused: true, leaked: 0, held: 0 };
  const tr = r.tables[0]!;
  const cols = tr.table.cols.length;
  const ev = tr.table.cols.findIndex((h) => h.label === 'イベント数');
  const up = tr.table.cols.findIndex((h) => h.label === t.upper);
  const rates = tr.table.rates ?? [];
  const published = ([row, col]: [number, number]) => tr.status[row * cols + col] === 'published';
  let leaked = 0;
  let held = 0;
  for (let i = 0; i < t.events.length; i++) {
    if (published([i, ev]) || t.events[i]! >= threshold) continue;
    if (Math.floor((Number(t.uppers[i]) * Number(t.bases[i])) / t.factor + 1e-9) >= threshold) continue;
    const cell = rates.flatMap((x) => x.cells).find((c) => c.at === i && /\(/.test(c.text ?? ''));
    const shown = up >= 0 ? published([i, up]) : cell !== undefined && [...cell.events, ...(cell.base ? [cell.base] : [])].every(published);
    if (shown) leaked++;
    else held++;
  }
  return { refused: false, leaked, held };
}

/** `attackInterval` summed over tables checked by `check`: how many refused, upper limits shown, hidden counts held. */
export function attackIntervals(
  tables: readonly IntervalTable[],
  check: (text: string) => CheckResult,
): { refused: number; leaked: number; held: number } {
  const total = { refused: 0, leaked: 0, held: 0 };
  for (const t of tables) {
    const o = attackInterval(t, check(t.text));
    total.refused += o.refused ? 1 : 0;
    total.leaked += o.leaked;
    total.held += o.held;
  }
  return total;
}
