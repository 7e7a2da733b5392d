/**
 * rates73 (issue #11, seeds 5810–5819): a rate per person-time with its confidence interval (「0.3 (0.2-0.4)」 under
 * 「発現率（/1,000人年）(95% CI)」) or its SE in its cell was hidden wherever its event count was, also where neither the
 * rate nor its interval bounds the count narrower than the suppression allows (rates72 published plain rates only).
 * Now (check.ts `rateRows`, `intervalRows`) it is published beside a hidden count where every reading a reader may
 * take of the rate AND its interval (each method and level the engine knows that fits the true count) leaves every
 * hidden count protected.
 *
 * Kinds (an outcome table: 2–4 groups and 合計, 患者数, イベント数 with small counts, person-years, the rate and its
 * interval in one cell):
 * - `ci`: units per 100 … 100,000, 0–2 decimals, methods exact (Garwood), Wald, log, Byar, score — the attacker's kind.
 * - `coarse`: whole rates per 1,000 or 1 decimal per 100,000 over large person-time (the over-protection kind).
 * - `se`: 「率 (SE)」, the SE √count × unit ÷ person-time.
 * - `unknown`: an interval by a method the engine does not try (Jeffreys, c + ½): must stay hidden (no reading fits)
 *   or, published by a chance fit, not give the count back to an attacker who knows the true method.
 * Judged by `attack` (written apart from the engine: its own Poisson quantiles by summing terms): every published count,
 * each published rate with its interval under the TRUE method and unit over the person-time's printed rounding (every
 * count whose rate and both ends print as written for one person-time), the 合計 sum and each count ≤ its 患者数; a
 * hidden count pinned, or a small one shown under the threshold, leaks. `--teeth`: every rate published.
 *
 *   npx node test/pubcheck/rates73-families.ts <kind> [count] [seed] [--teeth] [--show]
 *
 * Seeds: ci 5810, coarse 5811, se 5812, unknown 5813; tests 5814–5819.
 */
import { int, lcg, pick } from './helpers.ts';
import { eventLeaks, measureRates, type Ok } from './rates72-families.ts';

export type Kind = 'ci' | 'coarse' | 'se' | 'unknown';
export type Method = 'exact' | 'wald' | 'log' | 'byar' | 'score' | 'jeffreys';

export interface CiTable {
  text: string;
  events: number[];
  sizes: number[];
  /** As printed: the rate, its interval's ends (or its SE as `lo`, `hi` undefined), the person-time. */
  rates: string[];
  los: string[];
  his: (string | undefined)[];
  bases: string[];
  factor: number;
  method: Method | 'se';
}

const Z = 1.959963984540054;

/** ln Γ(x) (Lanczos). */
function lnGamma(x: number): number {
  const g = [
    676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  x -= 1;
  let a = 0.99999999999980993;
  const t = x + 7.5;
  for (let i = 0; i < 8; i++) a += g[i]! / (x + i + 1);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** P(X ≤ k) for X ~ Poisson(mu), k whole ≥ 0, by summing the terms from the mode outward (apart from the engine). */
function poissonCdf(k: number, mu: number): number {
  if (mu <= 0) return 1;
  let sum = 0;
  for (let j = 0; j <= k; j++) sum += Math.exp(j * Math.log(mu) - mu - lnGamma(j + 1));
  return Math.min(1, sum);
}

/** P(Gamma(a, 1) ≤ x) for half-integer or whole a: via the Poisson sum where a is whole, else a series. */
function gammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  let sum = 0;
  let term = 1 / a;
  for (let n = 0; n < 10_000; n++) {
    sum += term;
    term *= x / (a + n + 1);
    if (term < sum * 1e-15) break;
  }
  return Math.min(1, sum * Math.exp(-x + a * Math.log(x) - lnGamma(a)));
}

const solve = (f: (mu: number) => number, target: number, hi: number) => {
  let [a, b] = [0, hi];
  for (let i = 0; i < 100; i++) {
    const m = (a + b) / 2;
    if (f(m) < target) a = m;
    else b = m;
  }
  return (a + b) / 2;
};

/** The interval of a count c (on the count's scale) by `method`, 95%. */
export function countInterval(c: number, method: Method): [number, number] {
  const top = c + 40 * Math.sqrt(c + 1) + 40;
  switch (method) {
    case 'exact':
      return [c === 0 ? 0 : solve((mu) => 1 - poissonCdf(c - 1, mu), 0.025, top), solve((mu) => 1 - poissonCdf(c, mu), 0.975, top)];
    case 'jeffreys':
      return [c === 0 ? 0 : solve((mu) => gammaP(c + 0.5, mu), 0.025, top), solve((mu) => gammaP(c + 0.5, mu), 0.975, top)];
    case 'wald':
      return [Math.max(0, c - Z * Math.sqrt(c)), c + Z * Math.sqrt(c)];
    case 'log':
      return c === 0 ? [0, 0] : [c * Math.exp(-Z / Math.sqrt(c)), c * Math.exp(Z / Math.sqrt(c))];
    case 'byar':
      return [
        c === 0 ? 0 : c * (1 - 1 / (9 * c) - Z / (3 * Math.sqrt(c))) ** 3,
        (c + 1) * (1 - 1 / (9 * (c + 1)) + Z / (3 * Math.sqrt(c + 1))) ** 3,
      ];
    case 'score':
      return [c + (Z * Z) / 2 - Z * Math.sqrt(c + (Z * Z) / 4), c + (Z * Z) / 2 + Z * Math.sqrt(c + (Z * Z) / 4)];
  }
}

/**
 * review75: `ciTables`' and rates73's hand tables' cells — each row's rate per `unit` over its person-time, its
 * interval's ends by `method` (or its SE as `lo`, `hi` undefined) to `dec` decimals, and the cell as printed
 * (「rate (lo-hi)」, 「rate (SE)」).
 */
export function rateCells(rows: readonly { e: number; base: number }[], unit: number, dec: number, method: Method | 'se') {
  const rates = rows.map((x) => ((x.e * unit) / x.base).toFixed(dec));
  const los: string[] = [];
  const his: (string | undefined)[] = [];
  for (const x of rows) {
    if (method === 'se') {
      los.push(((Math.sqrt(x.e) * unit) / x.base).toFixed(dec));
      his.push(undefined);
    } else {
      const [l, h] = countInterval(x.e, method);
      los.push(((l * unit) / x.base).toFixed(dec));
      his.push(((h * unit) / x.base).toFixed(dec));
    }
  }
  const cell = (i: number) => (his[i] === undefined ? `${rates[i]} (${los[i]})` : `${rates[i]} (${los[i]}-${his[i]})`);
  return { rates, los, his, cell };
}

const GROUPS = [
  ['A群', 'B群'],
  ['曝露群', '非曝露群', '既存薬群'],
  ['40歳未満', '40-64歳', '65-74歳', '75歳以上'],
];

/** `n` tables of `kind` (seeded). */
export function ciTables(kind: Kind, n: number, seed: number): CiTable[] {
  const next = lcg(seed ^ 0x7373);
  const out: CiTable[] = [];
  for (let k = 0; k < n; k++) {
    const groups = pick(next, GROUPS);
    let unit = pick(next, [100, 1000, 10_000, 100_000]);
    let dec = pick(next, [0, 1, 1, 2]);
    let perPatient = pick(next, [0.5, 1, 2, 4]);
    let big = next() < 0.5;
    if (kind === 'coarse') {
      unit = pick(next, [1000, 100_000]);
      dec = unit === 1000 ? 0 : 1;
      perPatient = pick(next, [2, 4, 8]);
      big = true;
    }
    const method: Method | 'se' =
      kind === 'se' ? 'se' : kind === 'unknown' ? 'jeffreys' : pick(next, ['exact', 'exact', 'wald', 'log', 'byar', 'score'] as const);
    const words = `${unit.toLocaleString('en-US')}人年`;
    const label =
      method === 'se' ? `発現率（/${words}）(SE)` : pick(next, [`発現率（/${words}）(95% CI)`, `発現率（/${words}）（95%信頼区間）`]);
    const rows = groups.map((g) => {
      const size = big ? int(next, 5000, 60_000) : int(next, 200, 5000);
      const e = next() < 0.45 ? int(next, 1, 9) : int(next, 10, 120);
      const base = size * perPatient * (0.7 + 0.6 * next());
      return { g, size, e, base };
    });
    const sum = <K extends 'size' | 'e' | 'base'>(key: K) => rows.reduce((a, x) => a + x[key], 0);
    rows.push({ g: '合計', size: sum('size'), e: sum('e'), base: sum('base') });
    const baseDec = pick(next, [0, 0, 1]);
    const bases = rows.map((x) => x.base.toFixed(baseDec));
    const { rates, los, his, cell } = rateCells(rows, unit, dec, method);
    const text =
      [
        ['', '患者数', 'イベント数', '人年', label].join('\t'),
        ...rows.map((x, i) => [x.g, x.size, x.e, bases[i], cell(i)].join('\t')),
      ].join('\n') + '\n';
    out.push({ text, events: rows.map((x) => x.e), sizes: rows.map((x) => x.size), rates, los, his, bases, factor: unit, method });
  }
  return out;
}

/**
 * The counts c in [0, top] whose rate and interval (true method and unit) print as `t`'s row i does for one person-time
 * within its printed rounding (rounded half up or down, as printed): the attacker's set, as [lo, hi].
 */
export function intervalSet(t: CiTable, i: number, top: number): [number, number] {
  const dec = (s: string) => s.split('.')[1]?.length ?? 0;
  const range = (s: string) => {
    const h = 0.5 * 10 ** -dec(s);
    return [Math.max(0, Number(s) - h), Number(s) + h] as const;
  };
  const [tl, th] = range(t.bases[i]!);
  let [lo, hi] = [Infinity, -Infinity];
  // Only the counts the rate alone leaves (its rounding over the person-time's) need the interval's test.
  const [rl, rh] = range(t.rates[i]!);
  const first = Math.max(0, Math.floor((rl * tl) / t.factor) - 1);
  const last = Math.min(top, Math.ceil((rh * th) / t.factor) + 1);
  for (let c = first; c <= last; c++) {
    const fs: [number, readonly [number, number]][] = [[c, range(t.rates[i]!)]];
    if (t.method === 'se') fs.push([Math.sqrt(c), range(t.los[i]!)]);
    else {
      const [l, h] = countInterval(c, t.method);
      fs.push([l, range(t.los[i]!)], [h, range(t.his[i]!)]);
    }
    // One person-time T in [tl, th] with f × unit ÷ T within each printed range.
    let [a, b] = [tl, th];
    for (const [f, [x, y]] of fs) {
      const v = f * t.factor;
      if (v === 0) {
        if (x > 0) a = Infinity;
        continue;
      }
      a = Math.max(a, v / y);
      b = Math.min(b, x > 0 ? v / x : Infinity);
    }
    if (a <= b * (1 + 1e-12)) ((lo = Math.min(lo, c)), (hi = Math.max(hi, c)));
  }
  return [lo, hi];
}

/** The leaked event counts of a check of `t` ([row, true, lo, hi]). */
export function attack(t: CiTable, r: Ok, threshold = 10, teeth = false): [number, number, number, number][] {
  return eventLeaks(t, r, threshold, teeth, (i, cut) => {
    const [a, b] = intervalSet(t, i, Math.min(t.sizes[i]!, 4 * t.events[i]! + 200));
    if (a <= b) cut(i, a, b);
  });
}

export const KINDS: Record<Kind, number> = { ci: 5810, coarse: 5811, se: 5812, unknown: 5813 };

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const kind = args[0] as Kind;
  if (!(kind in KINDS)) throw new Error(`kind: ${Object.keys(KINDS).join('|')}`);
  const n = Number(args[1] ?? 50);
  const seed = Number(args[2] ?? KINDS[kind]);
  await measureRates(kind, n, seed, ciTables(kind, n, seed), attack);
}
