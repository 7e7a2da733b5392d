/**
 * Random outcome tables whose rates are per units the checker did not try before rates3 (rates3.test.ts): per a
 * million person-years, per 1,000 person-years over a base of person-days (人日), per 100 person-months or per 1,000
 * person-years over a base of person-months (人月) — with the unit written or not, beside a second line of counts
 * that fits the rate under another unit (a tenth or ten times the events, as adversary19's family), so that a reading
 * under the wrong unit takes the rate for that line's. Each table carries its true counts and the true factor from
 * base to rate, and `attack` judges a check of it by the interval arithmetic of each published rate with its printed
 * base under the true factor (the oracle reads no rates): a hidden count pinned, or shown under the threshold.
 *
 * Plain data and a function of a check's result, imported by rates3.test.ts and run against an older tree by hand
 * (`measureFamily`, the numbers in the test were measured so).
 */
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { int, lcg, pick } from './helpers.ts';

export type Family = 'million' | 'days' | 'months';

export interface RateTable {
  text: string;
  /** Row by row (the table's rows in order): the true event count. */
  events: number[];
  /** Row by row: the rate and the base as printed. */
  rates: string[];
  bases: string[];
  /** The true factor: rate = events × factor ÷ base. */
  factor: number;
  label: string;
}

/** The labels a family's rate is written under, with the factor each says over its base. */
const FORMS: Record<Family, { base: string[]; rates: [string, (days: number) => number][]; perYear: (days: number) => number }> = {
  million: {
    base: ['人年', 'Person-years', '観察人年'],
    rates: [
      ['発現率', () => 1e6],
      ['発現率（/100万人年）', () => 1e6],
      ['発現率（/10^6人年）', () => 1e6],
      ['発現率（/10⁶人年）', () => 1e6],
      ['IR per million person-years', () => 1e6],
      ['Incidence rate (per 1,000,000 PY)', () => 1e6],
    ],
    perYear: () => 1,
  },
  days: {
    base: ['観察人日', '人日', 'Person-days'],
    rates: [
      ['発現率', (d) => 1000 * d],
      ['発現率（/1,000人年）', (d) => 1000 * d],
      ['Incidence rate per 1,000 person-years', (d) => 1000 * d],
      ['発現率（/100人年）', (d) => 100 * d],
      ['発現率（/10,000人日）', () => 10_000],
    ],
    perYear: (d) => d,
  },
  months: {
    base: ['人月', '観察人月', 'Patient-months'],
    rates: [
      ['発現率', () => 100],
      ['Rate per 100 patient-months', () => 100],
      ['発現率（/100人月）', () => 100],
      ['発現率（/1,000人年）', () => 12_000],
      ['発現率', () => 12_000],
    ],
    perYear: () => 12,
  },
};

/** `count` random tables of `family` (seeded): 2–3 groups and a 合計 row, 患者数, イベント数, a second count line, person-time, the rate. */
export function familyTables(family: Family, count: number, seed: number): RateTable[] {
  const random = lcg(seed);
  const out: RateTable[] = [];
  for (let k = 0; k < count; k++) {
    const forms = FORMS[family];
    const days = pick(random, [365, 365.25]);
    const [label, factorOf] = pick(random, forms.rates);
    const factor = factorOf(days);
    const baseLabel = pick(random, forms.base);
    const perYear = forms.perYear(days);
    const decimals = pick(random, [0, 1, 1, 2]);
    const baseDecimals = family === 'million' ? pick(random, [0, 1]) : 0;
    // The second line fits the rate under a power of ten (the wrong unit) where it is the events times that ratio.
    const ratio = pick(random, [10, 0.1, 100]);
    const rows = ['A群', 'B群', 'C群'].slice(0, int(random, 2, 3)).map((label) => {
      const n = int(random, 200, 3000);
      const e = random() < 0.4 ? int(random, 1, 9) : int(random, 10, 150);
      const years = n * (0.5 + random() * 4);
      return { label, n, e, f: Math.max(0, Math.round(e * ratio) + int(random, -1, 1)), base: years * perYear };
    });
    const sum = (key: 'n' | 'e' | 'f' | 'base') => rows.reduce((a, x) => a + x[key], 0);
    rows.push({ label: '合計', n: sum('n'), e: sum('e'), f: sum('f'), base: sum('base') });
    const rates = rows.map((x) => ((x.e * factor) / x.base).toFixed(decimals));
    const bases = rows.map((x) => x.base.toFixed(baseDecimals));
    const text =
      [
        ['', '患者数', 'イベント数', '死亡数', baseLabel, label].join('\t'),
        ...rows.map((x, i) => [x.label, x.n, x.e, x.f, bases[i], rates[i]].join('\t')),
      ].join('\n') + '\n';
    out.push({ text, events: rows.map((x) => x.e), rates, bases, factor, label });
  }
  return out;
}

/** The whole numbers a rate printed (its decimals) and its base printed (its decimals) allow under `factor`. */
export function countsFrom(rate: string, base: string, factor: number): number[] {
  const dec = (s: string) => s.split('.')[1]?.length ?? 0;
  const [r, b] = [Number(rate), Number(base)];
  const [h, hb] = [0.5 * 10 ** -dec(rate), 0.5 * 10 ** -dec(base)];
  const out: number[] = [];
  for (let n = Math.max(0, Math.ceil(((r - h) * (b - hb)) / factor - 1e-9)); n <= ((r + h) * (b + hb)) / factor + 1e-9; n++) out.push(n);
  return out;
}

export interface Outcome {
  refused: boolean;
  /** Rates published whose true count is hidden and which pin it or show it under the threshold. */
  leaked: number;
  /** Rates hidden whose true count is hidden and which would have given it back. */
  held: number;
  /** Rates published beside a published count (nothing hidden behind them). */
  kept: number;
  /** Rates hidden beside a published count (hidden with another line they fit under another unit: more than need be). */
  lost: number;
}

/** What a check of `t` shows an attacker who knows the true unit (the events are the table's column 「イベント数」). */
export function attack(t: RateTable, r: CheckResult, threshold = 10): Outcome {
  if (!r.ok) return { refused: true, leaked: 0, held: 0, kept: 0, lost: 0 };
  const tr = r.tables[0]!;
  const cols = tr.table.cols.length;
  const ev = tr.table.cols.findIndex((h) => h.label === 'イベント数');
  const out: Outcome = { refused: false, leaked: 0, held: 0, kept: 0, lost: 0 };
  const published = ([row, col]: [number, number]) => tr.status[row * cols + col] === 'published';
  const rates = tr.table.rates ?? [];
  for (let i = 0; i < t.events.length; i++) {
    const status = tr.status[i * cols + ev]!;
    const cell = rates.flatMap((x) => x.cells).find((c) => c.at === i);
    // A rate the checker did not read (no line of rates) is published as written.
    const hidden = cell !== undefined && ![...cell.events, ...(cell.base ? [cell.base] : [])].every(published);
    if (status === 'published') {
      if (hidden) out.lost++;
      else out.kept++;
      continue;
    }
    const values = countsFrom(t.rates[i]!, t.bases[i]!, t.factor);
    const gives = values.length <= 1 || (status === 'primary' && Math.max(...values) < threshold);
    if (!gives) continue;
    if (hidden) out.held++;
    else out.leaked++;
  }
  return out;
}
