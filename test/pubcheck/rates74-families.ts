/**
 * rates74 (issue #11, seeds 5880–5889): rates over a count line (患者数 kept as a line of counts: a subgroup under 10
 * patients) hidden with their count though a reader gets nothing from them (over-protection): a rate with its interval
 * or SE in its cell over 患者数 (check.ts `rateRows` read no interval over a count line), and a rate whose unit was
 * read from the numbers (「発現頻度」 with no unit, per 100) whose powers of ten include one not whole (0.1: no row of
 * whole coefficients, so none of its cells was ever published). Now (check.ts `rateRows`, `wholeBy`; rateci.ts
 * `binomialInterval`) each is published beside a hidden count where every reading leaves the audit whole.
 *
 * Kinds (an outcome table: 2–3 groups, a subgroup of 3–9 patients, 合計; 患者数, イベント数 with small counts, the rate):
 * - `countci`: 「発現率（/1,000人）(95% CI)」 per 1,000 or 10,000 patients, 0–2 decimals, the interval by a Poisson
 *   method (exact) or a binomial one (Clopper–Pearson, Wilson, Wald, Agresti–Coull) — the attacker's kind.
 * - `coarse`: as `countci`, whole rates per 1,000 over 5,000–60,000 patients (the over-protection kind).
 * - `se`: 「発現率（/1,000人）(SE)」, the SE a Poisson count's (√c) or a binomial share's (√(c(1 − c/n))).
 * - `unwritten`: 「発現頻度」 with no unit (truly per 100 or per 1,000), a plain rate.
 * Judged by `attack` (written apart from the engine; its own intervals): every published count, each published rate
 * (with its interval or SE under the TRUE method and unit) over its 患者数 — published: exact, every count whose rate and
 * ends print as written; hidden: the rate's rounding over the 患者数 bounds only — the 合計 sums of both lines, each
 * count ≤ its 患者数; a hidden count pinned, or a small one shown under the threshold, leaks. `--teeth`: every rate
 * published.
 *
 *   npx node test/pubcheck/rates74-families.ts <kind> [count] [seed] [--teeth] [--show]
 *
 * Seeds: countci 5880, se 5881, unwritten 5882, coarse 5883; tests 5885–5889.
 */
import { int, lcg, pick, checkerOfRoot } from './helpers.ts';
import { ratesShown } from './formats33-attack.ts';
import { rateCounts, type Ok } from './rates72-families.ts';

export type Kind = 'countci' | 'coarse' | 'se' | 'unwritten';
export type Method = 'exact' | 'clopper' | 'wilson' | 'bwald' | 'agresti' | 'se' | 'bse' | 'plain';

export interface CountRateTable {
  text: string;
  events: number[];
  sizes: number[];
  rates: string[];
  los: (string | undefined)[];
  his: (string | undefined)[];
  factor: number;
  method: Method;
}

const Z = 1.959963984540054;

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

/** P(X ≤ k), X ~ Poisson(mu), by summing terms (apart from the engine). */
function poissonCdf(k: number, mu: number): number {
  if (mu <= 0) return 1;
  let sum = 0;
  for (let j = 0; j <= k; j++) sum += Math.exp(j * Math.log(mu) - mu - lnGamma(j + 1));
  return Math.min(1, sum);
}

/** P(X ≤ k), X ~ Binomial(n, p), by summing terms (apart from the engine). */
function binomialCdf(k: number, n: number, p: number): number {
  if (p <= 0) return 1;
  if (p >= 1) return k >= n ? 1 : 0;
  let sum = 0;
  for (let j = 0; j <= Math.min(k, n); j++)
    sum += Math.exp(lnGamma(n + 1) - lnGamma(j + 1) - lnGamma(n - j + 1) + j * Math.log(p) + (n - j) * Math.log(1 - p));
  return Math.min(1, sum);
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

/** The interval of c events of n patients by `method`, 95%, on the count's scale. */
export function interval(c: number, n: number, method: Method): [number, number] {
  const p = c / n;
  switch (method) {
    case 'exact': {
      const top = c + 40 * Math.sqrt(c + 1) + 40;
      return [c === 0 ? 0 : solve((mu) => 1 - poissonCdf(c - 1, mu), 0.025, top), solve((mu) => 1 - poissonCdf(c, mu), 0.975, top)];
    }
    case 'clopper':
      return [
        c === 0 ? 0 : n * solve((q) => 1 - binomialCdf(c - 1, n, q), 0.025, 1),
        c >= n ? n : n * solve((q) => 1 - binomialCdf(c, n, q), 0.975, 1),
      ];
    case 'wilson': {
      const d = 1 + (Z * Z) / n;
      const mid = (p + (Z * Z) / (2 * n)) / d;
      const half = (Z / d) * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
      return [n * Math.max(0, mid - half), n * Math.min(1, mid + half)];
    }
    case 'bwald': {
      const half = Z * Math.sqrt((p * (1 - p)) / n);
      return [n * Math.max(0, p - half), n * Math.min(1, p + half)];
    }
    case 'agresti': {
      const m = n + Z * Z;
      const q = (c + (Z * Z) / 2) / m;
      const half = Z * Math.sqrt((q * (1 - q)) / m);
      return [n * Math.max(0, q - half), n * Math.min(1, q + half)];
    }
    case 'se':
      return [Math.sqrt(c), Math.sqrt(c)];
    case 'bse':
      return [Math.sqrt(c * (1 - p)), Math.sqrt(c * (1 - p))];
    case 'plain':
      return [c, c];
  }
}

const GROUPS = [
  ['A群', 'B群', 'その他'],
  ['曝露群', '非曝露群', '既存薬群', '不明'],
  ['40歳未満', '40-64歳', '65歳以上', '年齢不詳'],
];

/** `n` tables of `kind` (seeded). */
export function countRateTables(kind: Kind, n: number, seed: number): CountRateTable[] {
  const next = lcg(seed ^ 0x7474);
  const out: CountRateTable[] = [];
  for (let k = 0; k < n; k++) {
    const groups = pick(next, GROUPS);
    let unit = pick(next, [1000, 10_000]);
    let dec = pick(next, [0, 1, 1, 2]);
    if (kind === 'coarse') [unit, dec] = [1000, 0];
    const big = kind === 'coarse' || next() < 0.3;
    const method: Method =
      kind === 'se'
        ? pick(next, ['se', 'bse'] as const)
        : kind === 'unwritten'
          ? 'plain'
          : pick(next, ['exact', 'clopper', 'wilson', 'bwald', 'agresti'] as const);
    if (kind === 'unwritten') unit = pick(next, [100, 1000]);
    const words = `${unit.toLocaleString('en-US')}人`;
    const label =
      kind === 'unwritten'
        ? '発現頻度'
        : kind === 'se'
          ? `発現率（/${words}）(SE)`
          : pick(next, [`発現率（/${words}）(95% CI)`, `発現率（/${words}）（95%信頼区間）`]);
    // The last group a subgroup of 3–9 patients: 患者数 stays a line of counts (read.ts means52).
    const rows = groups.map((g, i) => {
      const size = i === groups.length - 1 ? int(next, 3, 9) : big ? int(next, 5000, 60_000) : int(next, 300, 30_000);
      const e = i === groups.length - 1 ? int(next, 0, 2) : next() < 0.45 ? int(next, 1, 9) : int(next, 10, 120);
      return { g, size, e: Math.min(e, size) };
    });
    rows.push({ g: '合計', size: rows.reduce((a, x) => a + x.size, 0), e: rows.reduce((a, x) => a + x.e, 0) });
    const rates = rows.map((x) => ((x.e * unit) / x.size).toFixed(dec));
    const los: (string | undefined)[] = [];
    const his: (string | undefined)[] = [];
    for (const x of rows) {
      if (method === 'plain') (los.push(undefined), his.push(undefined));
      else if (method === 'se' || method === 'bse') {
        los.push(((interval(x.e, x.size, method)[0] * unit) / x.size).toFixed(dec));
        his.push(undefined);
      } else {
        const [l, h] = interval(x.e, x.size, method);
        los.push(((l * unit) / x.size).toFixed(dec));
        his.push(((h * unit) / x.size).toFixed(dec));
      }
    }
    const cell = (i: number) =>
      los[i] === undefined ? rates[i]! : his[i] === undefined ? `${rates[i]} (${los[i]})` : `${rates[i]} (${los[i]}-${his[i]})`;
    const text =
      [['', '患者数', 'イベント数', label].join('\t'), ...rows.map((x, i) => [x.g, x.size, x.e, cell(i)].join('\t'))].join('\n') + '\n';
    out.push({ text, events: rows.map((x) => x.e), sizes: rows.map((x) => x.size), rates, los, his, factor: unit, method });
  }
  return out;
}

const dec = (s: string) => s.split('.')[1]?.length ?? 0;
const range = (s: string) => {
  const h = 0.5 * 10 ** -dec(s);
  return [Math.max(0, Number(s) - h), Number(s) + h] as const;
};

/** Whether c events of exactly n patients print row i's rate and its interval (or SE) as `t` does (true method, unit). */
export function printsAs(t: CountRateTable, i: number, c: number, n: number): boolean {
  const inside = (f: number, s: string) => {
    const [a, b] = range(s);
    const v = (f * t.factor) / n;
    return v >= a - 1e-12 && v <= b + 1e-12;
  };
  if (!inside(c, t.rates[i]!)) return false;
  if (t.los[i] === undefined) return true;
  const [l, h] = interval(c, n, t.method);
  return inside(l, t.los[i]!) && (t.his[i] === undefined || inside(h, t.his[i]!));
}

/** The leaked event counts of a check of `t` ([row, true, lo, hi]). */
export function attack(t: CountRateTable, r: Ok, threshold = 10, teeth = false): [number, number, number, number][] {
  const tr = r.tables[0]!;
  const C = tr.table.cols.length;
  const ev = tr.table.cols.findIndex((h) => h.label === 'イベント数');
  const nc = tr.table.cols.findIndex((h) => h.label === '患者数');
  const R = t.events.length;
  const published = (i: number) => tr.status[i * C + ev] === 'published';
  // 患者数 taken out as the table's sizes is published as written.
  const sizeShown = (i: number) => nc < 0 || tr.status[i * C + nc] === 'published';
  const shown = ratesShown(r);
  const rateShown = (i: number) => {
    const cell = tr.table.cells[i]?.[ev];
    const s = shown.get(cell ? `${cell.line}:${cell.text.trim()}` : '');
    return s === undefined || teeth ? true : s[0]!;
  };
  const lo = t.events.map(() => 0);
  const nlo = t.sizes.map((n, i) => (sizeShown(i) ? n : 0));
  const nhi = t.sizes.map((n, i) => (sizeShown(i) ? n : t.sizes[R - 1]!));
  const cut = (i: number, a: number, b: number) => ((lo[i] = Math.max(lo[i]!, a)), (hi[i] = Math.min(hi[i]!, b)));
  const last = R - 1;
  const sums = (l: number[], h: number[], cutAt: (i: number, a: number, b: number) => void) => {
    for (let it = 0; it < 30; it++) {
      const sl = l.slice(0, last).reduce((a, v) => a + v, 0);
      const sh = h.slice(0, last).reduce((a, v) => a + v, 0);
      cutAt(last, sl, sh);
      for (let i = 0; i < last; i++) cutAt(i, l[last]! - (sh - h[i]!), h[last]! - (sl - l[i]!));
    }
  };
  sums(nlo, nhi, (i, a, b) => ((nlo[i] = Math.max(nlo[i]!, a)), (nhi[i] = Math.min(nhi[i]!, b))));
  // Each count ≤ its 患者数 (as far as the attacker knows it).
  const hi = nhi.slice();
  for (let i = 0; i < R; i++) {
    if (published(i)) cut(i, t.events[i]!, t.events[i]!);
    if (!rateShown(i)) continue;
    const [a, b] = range(t.rates[i]!);
    cut(i, Math.ceil((a * nlo[i]!) / t.factor - 1e-9), Math.floor((b * nhi[i]!) / t.factor + 1e-9));
    if (nlo[i] === nhi[i] && t.los[i] !== undefined) {
      // Over a published 患者数: every count whose rate and ends print as written.
      let [l, h] = [Infinity, -Infinity];
      for (let c = lo[i]!; c <= Math.min(hi[i]!, lo[i]! + 5000); c++)
        if (printsAs(t, i, c, nlo[i]!)) ((l = Math.min(l, c)), (h = Math.max(h, c)));
      if (l <= h) cut(i, l, h);
    }
  }
  sums(lo, hi, cut);
  const out: [number, number, number, number][] = [];
  for (let i = 0; i < R; i++) {
    const x = t.events[i]!;
    if (published(i) || x === 0) continue;
    if (lo[i] === hi[i] || (x < threshold && hi[i]! < threshold)) out.push([i, x, lo[i]!, hi[i]!]);
  }
  return out;
}

export const KINDS: Record<Kind, number> = { countci: 5880, coarse: 5883, se: 5881, unwritten: 5882 };

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const kind = args[0] as Kind;
  if (!(kind in KINDS)) throw new Error(`kind: ${Object.keys(KINDS).join('|')}`);
  const n = Number(args[1] ?? 50);
  const seed = Number(args[2] ?? KINDS[kind]);
  const { check, highs, bundle } = await checkerOfRoot();
  let [read, refused, leaked, cells, hidden, printed, ratesHidden, beside] = [0, 0, 0, 0, 0, 0, 0, 0];
  const codes = new Map<string, number>();
  for (const [q, t] of countRateTables(kind, n, seed).entries()) {
    const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    if (!r.ok) {
      refused++;
      for (const e of r.errors) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
      if (process.argv.includes('--show')) console.log('refused', q, r.errors.map((e) => `${e.code} ${e.message}`).join(' | '));
      continue;
    }
    read++;
    const l = attack(t, r, 10, process.argv.includes('--teeth'));
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
  }
  console.log(
    `${kind} n ${n} seed ${seed}: read ${read} refused ${refused} leaked ${leaked} cells ${cells} hidden ${hidden} rates ${printed} rates hidden ${ratesHidden} published beside a hidden count ${beside}` +
      (codes.size > 0 ? ` codes ${JSON.stringify(Object.fromEntries(codes))}` : ''),
  );
}
