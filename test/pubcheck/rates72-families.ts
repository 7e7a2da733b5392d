/**
 * rates72 (issue #11, seeds 5730–5739): a rate per person-time (「発現率（/1,000人年）」 beside 「イベント数」 and 「人年」) was
 * hidden wherever its event count was hidden (report.ts), also where its rounding bounds the count no narrower than
 * the suppression already allows (「0」 per 1,000 over 100,000 person-years: 0–50 events). Now (check.ts `rateRows`,
 * `meansShown`) it is published beside a hidden count where its rows under every reading (rounded or cut off, the
 * person-time exact, rounded or cut off, the unit's range) leave every hidden count protected in the audit.
 *
 * Kinds (each an outcome table: 2–4 groups and 合計, 患者数, イベント数 with small counts, person-time, the rate):
 * - `mixed`: person-years, units per 100 … 100,000, 0–2 decimals, person-time of every size (attack and innocent).
 * - `fine`: rates to 2 decimals over modest person-time (the attacker's kind: every rate pins its count).
 * - `coarse`: rates in whole numbers (or 1 decimal per 100,000) over large person-time (the over-protection kind).
 * - `days`: person-days under a rate per 1,000 (or 100) person-years (1年＝365〜365.25日, the unit a range).
 * - `unwritten`: 「発現率」 with no unit beside person-years (the unit read from the numbers: its powers of ten tried).
 * Judged by `attack` (written apart from the engine): every published count and rate with its true unit, the rate
 * rounded as printed over its person-time rounded as printed, propagated as whole-number intervals with the column
 * sum (合計) and each count ≤ its 患者数; a hidden count pinned, or a small one shown under the threshold, leaks.
 * Prints per kind: read, refused, leaked, hidden cells, rates printed, hidden, published beside a hidden count.
 *
 *   npx node test/pubcheck/rates72-families.ts <kind> [count] [seed]
 *
 * Seeds: mixed 5730, fine 5731, coarse 5732, days 5733, unwritten 5734; tests 5735–5739.
 */
import { expect } from 'vitest';
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { checkEach, int, lcg, pick } from './helpers.ts';
import { ratesShown } from './formats33-attack.ts';

export type Kind = 'mixed' | 'fine' | 'coarse' | 'days' | 'unwritten';

export interface PtTable {
  text: string;
  /** Row by row (合計 last): the true event count, the rate and the person-time as printed. */
  events: number[];
  sizes: number[];
  rates: string[];
  bases: string[];
  /** The true factor: rate = events × factor ÷ base (a range where a year is 365–365.25 days: the true one). */
  factor: number;
}

const GROUPS = [
  ['A群', 'B群'],
  ['曝露群', '非曝露群', '既存薬群'],
  ['40歳未満', '40-64歳', '65-74歳', '75歳以上'],
  ['男性', '女性'],
];

/** `n` tables of `kind` (seeded). */
export function ptTables(kind: Kind, n: number, seed: number): PtTable[] {
  const next = lcg(seed ^ 0x7272);
  const out: PtTable[] = [];
  for (let k = 0; k < n; k++) {
    const groups = pick(next, GROUPS);
    const days = kind === 'days' ? pick(next, [365, 365.25]) : 1;
    let [unit, dec, label, baseLabel] = [1000, 1, '発現率（/1,000人年）', pick(next, ['人年', '観察人年', 'Person-years'])];
    let perPatient = pick(next, [0.5, 1, 2, 4]);
    if (kind === 'mixed') {
      unit = pick(next, [100, 1000, 10_000, 100_000]);
      dec = pick(next, [0, 1, 1, 2]);
      label = pick(next, [`発現率（/${unit.toLocaleString('en-US')}人年）`, `IR per ${unit.toLocaleString('en-US')} PY`]);
    } else if (kind === 'fine') dec = 2;
    else if (kind === 'coarse') {
      unit = pick(next, [1000, 100_000]);
      dec = unit === 1000 ? 0 : 1;
      label = unit === 1000 ? '発現率（/1,000人年）' : '発現率（/100,000人年）';
      perPatient = pick(next, [2, 4, 8]);
    } else if (kind === 'days') {
      unit = pick(next, [100, 1000]);
      label = unit === 100 ? '発現率（/100人年）' : '発現率（/1,000人年）';
      baseLabel = pick(next, ['人日', '観察人日']);
      dec = pick(next, [0, 1]);
    } else if (kind === 'unwritten') {
      label = '発現率';
      dec = pick(next, [0, 1]);
    }
    const factor = unit * days;
    const big = kind === 'coarse' || (kind === 'mixed' && next() < 0.5);
    const rows = groups.map((g) => {
      const size = big ? int(next, 5000, 60_000) : int(next, 200, 5000);
      const e = next() < 0.45 ? int(next, 1, 9) : int(next, 10, 120);
      const base = size * perPatient * (0.7 + 0.6 * next()) * days;
      return { g, size, e, base };
    });
    const sum = <K extends 'size' | 'e' | 'base'>(key: K) => rows.reduce((a, x) => a + x[key], 0);
    rows.push({ g: '合計', size: sum('size'), e: sum('e'), base: sum('base') });
    const baseDec = pick(next, [0, 0, 1]);
    const rates = rows.map((x) => ((x.e * factor) / x.base).toFixed(dec));
    const bases = rows.map((x) => x.base.toFixed(baseDec));
    const text =
      [
        ['', '患者数', 'イベント数', baseLabel, label].join('\t'),
        ...rows.map((x, i) => [x.g, x.size, x.e, bases[i], rates[i]].join('\t')),
      ].join('\n') + '\n';
    out.push({ text, events: rows.map((x) => x.e), sizes: rows.map((x) => x.size), rates, bases, factor });
  }
  return out;
}

export type Ok = Extract<CheckResult, { ok: true }>;

/**
 * The leaked event counts of a check of `t` ([row, true, lo, hi]): intervals from the published counts, the
 * published rates (true unit, rate and person-time rounded as printed), the 合計 column sum and each count ≤ its
 * 患者数, to a fixed point.
 */
export function attack(t: PtTable, r: Ok, threshold = 10, teeth = false): [number, number, number, number][] {
  const dec = (s: string) => s.split('.')[1]?.length ?? 0;
  return eventLeaks(t, r, threshold, teeth, (i, cut) => {
    const [x, b] = [Number(t.rates[i]), Number(t.bases[i])];
    const [h, hb] = [0.5 * 10 ** -dec(t.rates[i]!), 0.5 * 10 ** -dec(t.bases[i]!)];
    cut(i, Math.ceil((Math.max(0, x - h) * (b - hb)) / t.factor - 1e-9), Math.floor(((x + h) * (b + hb)) / t.factor + 1e-9));
  });
}

/**
 * review75: rates72's and rates73's attack on an outcome table's イベント数 ([row, true, lo, hi] of each leaked count):
 * each count from 0 to its 患者数, cut to itself where published and by `rate(i, cut)` where its rate is published (a
 * rate the checker did not read, no line of rates, is published as written; `teeth`: every rate published — the
 * attacker's check: it must find leaks then); then the 合計 row's sum to a fixed point. A hidden count pinned, or a
 * small one shown under `threshold`, leaks.
 */
export function eventLeaks(
  t: { events: number[]; sizes: number[] },
  r: Ok,
  threshold: number,
  teeth: boolean,
  rate: (i: number, cut: (i: number, a: number, b: number) => void) => void,
): [number, number, number, number][] {
  const tr = r.tables[0]!;
  const C = tr.table.cols.length;
  const ev = tr.table.cols.findIndex((h) => h.label === 'イベント数');
  const R = t.events.length;
  const published = (i: number) => tr.status[i * C + ev] === 'published';
  const shown = ratesShown(r);
  const rateShown = (i: number) => {
    const cell = tr.table.cells[i]?.[ev];
    const s = shown.get(cell ? `${cell.line}:${cell.text.trim()}` : '');
    return s === undefined || teeth ? true : s[0]!;
  };
  const lo = t.events.map(() => 0);
  const hi = t.sizes.slice();
  const cut = (i: number, a: number, b: number) => ((lo[i] = Math.max(lo[i]!, a)), (hi[i] = Math.min(hi[i]!, b)));
  for (let i = 0; i < R; i++) {
    if (published(i)) cut(i, t.events[i]!, t.events[i]!);
    if (rateShown(i)) rate(i, cut);
  }
  const last = R - 1;
  for (let it = 0; it < 30; it++) {
    const sl = lo.slice(0, last).reduce((a, v) => a + v, 0);
    const sh = hi.slice(0, last).reduce((a, v) => a + v, 0);
    cut(last, sl, sh);
    for (let i = 0; i < last; i++) cut(i, lo[last]! - (sh - hi[i]!), hi[last]! - (sl - lo[i]!));
  }
  const out: [number, number, number, number][] = [];
  for (let i = 0; i < R; i++) {
    const x = t.events[i]!;
    if (published(i) || x === 0) continue;
    if (lo[i] === hi[i] || (x < threshold && hi[i]! < threshold)) out.push([i, x, lo[i]!, hi[i]!]);
  }
  return out;
}

/** The rates of a read result: printed, hidden, published beside a hidden count (check.ts `shown`). */
export function rateCounts(r: Ok) {
  const all = [...ratesShown(r).values()].flat();
  const beside = r.tables.flatMap((t) => (t.table.rates ?? []).flatMap((x) => x.cells.filter((c) => c.shown))).length;
  return { printed: all.length, hidden: all.filter((x) => !x).length, beside };
}

/**
 * review75: rates72's and rates73's family tests — every table of `tables` read and none leaking to `attackOf`; the
 * rates published beside a hidden count, all told.
 */
export function expectReadUnleaked<T extends { text: string }>(
  checked: (text: string) => CheckResult,
  tables: readonly T[],
  attackOf: (t: T, r: Ok) => unknown[],
): number {
  let beside = 0;
  for (const t of tables) {
    const r = checked(t.text);
    expect(r.ok).toBe(true);
    if (!r.ok) continue;
    expect(attackOf(t, r)).toEqual([]);
    beside += rateCounts(r).beside;
  }
  return beside;
}

export const KINDS: Record<Kind, number> = { mixed: 5730, fine: 5731, coarse: 5732, days: 5733, unwritten: 5734 };

/**
 * review75: rates72's and rates73's command line: `n` tables of `kind` (seeded) checked, each read one attacked
 * (`--teeth`: every rate published; `--show`: refusals printed); one line: read, refused, leaked, cells, hidden, rates
 * printed, hidden and published beside a hidden count, and the refusals' codes.
 */
export async function measureRates<T extends { text: string; events: number[] }>(
  kind: string,
  n: number,
  seed: number,
  tables: readonly T[],
  attackOf: (t: T, r: Ok, threshold: number, teeth: boolean) => unknown[],
): Promise<void> {
  let [leaked, cells, hidden, printed, ratesHidden, beside] = [0, 0, 0, 0, 0, 0];
  const { read, refused, codes } = await checkEach(
    tables,
    (r, t, q) => {
      const l = attackOf(t, r, 10, process.argv.includes('--teeth'));
      if (l.length > 0) {
        leaked++;
        console.log('leak', seed, q, JSON.stringify(l));
      }
      const st = r.tables.flatMap((x) => x.status);
      cells += st.length;
      hidden += st.filter((s) => s !== 'published').length;
      const s = rateCounts(r);
      printed += s.printed;
      ratesHidden += s.hidden;
      beside += s.beside;
    },
    process.argv.includes('--show'),
  );
  console.log(
    `${kind} n ${n} seed ${seed}: read ${read} refused ${refused} leaked ${leaked} cells ${cells} hidden ${hidden} rates ${printed} rates hidden ${ratesHidden} published beside a hidden count ${beside}` +
      codes,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const kind = args[0] as Kind;
  if (!(kind in KINDS)) throw new Error(`kind: ${Object.keys(KINDS).join('|')}`);
  const n = Number(args[1] ?? 100);
  const seed = Number(args[2] ?? KINDS[kind]);
  await measureRates(kind, n, seed, ptTables(kind, n, seed), attack);
}
