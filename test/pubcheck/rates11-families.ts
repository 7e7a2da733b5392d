/**
 * Random tables of rates11 (rates11.test.ts): a share's confidence interval beside its share, its count and its N, by
 * one of five methods, in seven forms (rates10's `SHARE_CI_FORMS`), the groups as rows or (a quarter) as columns.
 * Plain data and an attacker written apart from the engine, so the same tables can be checked against another tree.
 *
 * Each table: 2–4 groups, 患者数 20–400, events 1–9 in half (else 10–150); the interval by Wilson's score, Wilson's
 * with Newcombe's continuity correction, Clopper–Pearson's exact, Wald's (clipped to 0–100) or Agresti–Coull's, 95%,
 * one decimal — the method named in the label in half (「95% CI (Wilson)」), else not.
 */
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { toReport, type Report } from '../../src/pubcheck/report.ts';
import type { RuleBundle } from '../../src/pubcheck/rules.ts';
import { lcg, int, pick } from './helpers.ts';
import { SHARE_CI_FORMS } from './rates10-families.ts';

const Z = 1.959963985;
export const METHODS = ['wilson', 'wilson-cc', 'exact', 'wald', 'agresti'] as const;
export type Method = (typeof METHODS)[number];
const NAMES: Record<Method, string> = {
  wilson: 'Wilson',
  'wilson-cc': 'Wilson, CC',
  exact: 'Clopper-Pearson',
  wald: 'Wald',
  agresti: 'Agresti-Coull',
};

/** The binomial upper tail P(X ≥ k) for X ~ Bin(n, p), summed in logs. */
function tail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let s = 0;
  let lg = 0; // log C(n, j)
  for (let j = 0; j <= n; j++) {
    if (j > 0) lg += Math.log(n - j + 1) - Math.log(j);
    if (j >= k) s += Math.exp(lg + j * Math.log(p) + (n - j) * Math.log1p(-p));
  }
  return Math.min(1, s);
}
function solve(f: (p: number) => number, target: number): number {
  let [a, b] = [0, 1];
  for (let i = 0; i < 60; i++) {
    const m = (a + b) / 2;
    if (f(m) < target) a = m;
    else b = m;
  }
  return (a + b) / 2;
}

/** The interval of k of n under a method, in proportions. */
export function interval(method: Method, k: number, n: number): [number, number] {
  const p = k / n;
  const z2 = Z * Z;
  if (method === 'wald') {
    const h = Z * Math.sqrt((p * (1 - p)) / n);
    return [Math.max(0, p - h), Math.min(1, p + h)];
  }
  if (method === 'agresti') {
    const nn = n + z2;
    const pp = (k + z2 / 2) / nn;
    const h = Z * Math.sqrt((pp * (1 - pp)) / nn);
    return [Math.max(0, pp - h), Math.min(1, pp + h)];
  }
  if (method === 'exact') {
    const lo = k === 0 ? 0 : solve((q) => tail(k, n, q), 0.025);
    const hi = k === n ? 1 : solve((q) => tail(k + 1, n, q), 0.975);
    return [lo, hi];
  }
  if (method === 'wilson') {
    const c = p + z2 / (2 * n);
    const s = Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    const d = 1 + z2 / n;
    return [(c - s) / d, (c + s) / d];
  }
  // Newcombe's (1998) method 4: Wilson's with a continuity correction.
  const lo = k === 0 ? 0 : (2 * k + z2 - 1 - Z * Math.sqrt(z2 - 2 - 1 / n + 4 * p * (n * (1 - p) + 1))) / (2 * (n + z2));
  const hi = k === n ? 1 : (2 * k + z2 + 1 + Z * Math.sqrt(z2 + 2 - 1 / n + 4 * p * (n * (1 - p) - 1))) / (2 * (n + z2));
  return [Math.max(0, lo), Math.min(1, hi)];
}
/** The interval of k of n under a method as printed: percentages to one decimal. */
export const printed = (m: Method, k: number, n: number) => interval(m, k, n).map((x) => (100 * x).toFixed(1)) as [string, string];

/** A group of the interval families: its events, its N, and its interval as printed. */
export type CiGroup = { name: string; e: number; n: number; lo: string; hi: string };

/** 2–4 groups (A群…), 患者数 20–400, events 1–9 in half (else 10–150), each with its interval by `method`. */
export const ciGroups = (random: () => number, method: Method): CiGroup[] =>
  ['A群', 'B群', 'C群', 'D群'].slice(0, int(random, 2, 4)).map((name) => {
    const n = int(random, 20, 400);
    const e = random() < 0.5 ? int(random, 1, 9) : int(random, 10, Math.min(150, n));
    const [lo, hi] = printed(method, e, n);
    return { name, e, n, lo, hi };
  });

/** A group's share of its N in percent, as the tables print it (one decimal). */
export const shareOf = (g: { e: number; n: number }) => ((100 * g.e) / g.n).toFixed(1);

/**
 * The attackers' test for a published interval beside a hidden count: every (k, N) of every method whose printed
 * interval is the group's — N its 患者数 where `nPublished`, else any of 1–2,000 — a leak where every k is under the
 * threshold.
 */
export function intervalLeaks(g: CiGroup, nPublished: boolean, threshold: number): boolean {
  const ns = nPublished ? [g.n] : Array.from({ length: 2000 }, (_, i) => i + 1);
  const admits: number[] = [];
  for (const m of METHODS)
    for (const n of ns)
      for (let k = 0; k <= n; k++) {
        const [lo, hi] = printed(m, k, n);
        if (lo === g.lo && hi === g.hi) admits.push(k);
      }
  return admits.length > 0 && admits.every((k) => k < threshold);
}

export interface ShareCi {
  form: (typeof SHARE_CI_FORMS)[number];
  method: Method;
  named: boolean;
  axis: 'rows' | 'cols';
  text: string;
  /** The interval's labels, and the count's (to find the cells in a report). */
  ciLabels: string[];
  countLabel: string;
  groups: CiGroup[];
}

export function shareCiFamily(count: number, seed: number): ShareCi[] {
  const random = lcg(seed);
  const out: ShareCi[] = [];
  for (let t = 0; t < count; t++) {
    const form = pick(random, SHARE_CI_FORMS);
    const method = pick(random, METHODS);
    const named = random() < 0.5;
    const axis = random() < 0.75 ? 'cols' : 'rows';
    const groups = ciGroups(random, method);
    const m = named ? ` (${NAMES[method]})` : '';
    const head: Record<(typeof SHARE_CI_FORMS)[number], string[]> = {
      'cell-n': ['患者数', `イベント n (%) (95% CI${m})`],
      'cell-p': ['患者数', 'イベント数', `割合 (95% CI${m})`],
      line: ['患者数', 'イベント数', '割合（%）', `95% CI${m}`],
      pair: ['患者数', 'イベント数', '割合（%）', `95%CI下限${m}`, `95%CI上限${m}`],
      'bare-pair': ['患者数', 'イベント数', '割合（%）', '下限', '上限'],
      'n-line': ['患者数', 'n (%)', `95% CI${m}`],
      'n-pair': ['患者数', 'n (%)', `Lower 95% CI${m}`, `Upper 95% CI${m}`],
    };
    const cells = (g: ShareCi['groups'][number]): string[] => {
      const n = String(g.n);
      if (form === 'cell-n') return [n, `${g.e} (${shareOf(g)}%) (${g.lo}–${g.hi})`];
      if (form === 'cell-p') return [n, String(g.e), `${shareOf(g)}% (${g.lo}–${g.hi})`];
      if (form === 'line') return [n, String(g.e), shareOf(g), `${g.lo}–${g.hi}`];
      if (form === 'pair' || form === 'bare-pair') return [n, String(g.e), shareOf(g), g.lo, g.hi];
      if (form === 'n-line') return [n, `${g.e} (${shareOf(g)}%)`, `${g.lo}–${g.hi}`];
      return [n, `${g.e} (${shareOf(g)}%)`, g.lo, g.hi];
    };
    const lines = head[form].map((l, j) => [l, ...groups.map((g) => cells(g)[j]!)]);
    const rows =
      axis === 'cols'
        ? [['群', ...head[form]], ...groups.map((g) => [g.name, ...cells(g)])]
        : [['', ...groups.map((g) => g.name)], ...lines];
    const ciLabels = head[form].filter((l) => /CI|下限|上限/.test(l) && !/^イベント/.test(l));
    out.push({
      form,
      method,
      named,
      axis,
      text: rows.map((r) => r.join('\t')).join('\n') + '\n',
      ciLabels,
      countLabel: head[form][1]!,
      groups,
    });
  }
  return out;
}

/**
 * The table as text with its interval's lines taken out (what the oracle attacks beside the intervals' own attack): the
 * share beside its count written in its cell (「3 (5.3%)」, as the checker joins them), a share printed with its
 * interval dropped with it (every one a function of the count and N).
 */
export function withoutIntervals(t: ShareCi): string {
  const count = ['line', 'pair', 'bare-pair', 'n-line', 'n-pair'].includes(t.form);
  const head = ['患者数', t.countLabel];
  const cells = (g: ShareCi['groups'][number]) => [String(g.n), count ? `${g.e} (${shareOf(g)}%)` : String(g.e)];
  const rows =
    t.axis === 'cols'
      ? [['群', ...head], ...t.groups.map((g) => [g.name, ...cells(g)])]
      : [['', ...t.groups.map((g) => g.name)], ...head.map((l, j) => [l, ...t.groups.map((g) => cells(g)[j]!)])];
  return rows.map((r) => r.join('\t')).join('\n') + '\n';
}

export interface ShareCiOutcome {
  refused: boolean;
  /** Hidden counts under the threshold whose published interval shows them under it (every (k, N) any method allows). */
  leaked: number;
  /** Small counts shown as printed (a primary failure). */
  shown: number;
  /** Intervals published beside a hidden count or N. */
  beside: number;
}

/**
 * The attacker (apart from the engine): each group's count cell's status from the check, each interval cell's from
 * the report (hidden or as printed). Where an interval is published beside a hidden count under the threshold, every
 * (k, N) of every method whose printed interval is the one published — N the printed 患者数 where published, else any
 * of 1–2,000 — a leak where every k is under the threshold.
 */
export function attackShareCiFamily(t: ShareCi, r: CheckResult, bundle: RuleBundle, threshold = 10): ShareCiOutcome {
  if (!r.ok) return { refused: true, leaked: 0, shown: 0, beside: 0 };
  const report: Report = toReport(r, bundle, new Date('2026-12-04T12:00:00Z'));
  const tr = r.tables[0]!;
  const cols = tr.table.cols.length;
  const rt = report.tables[0]!;
  const find = (g: string, line: string) => {
    const [row, col] =
      t.axis === 'cols'
        ? [tr.table.rows.findIndex((h) => h.label === g), tr.table.cols.findIndex((h) => h.label === line)]
        : [tr.table.rows.findIndex((h) => h.label === line), tr.table.cols.findIndex((h) => h.label === g)];
    return row < 0 || col < 0 ? undefined : tr.status[row * cols + col]!;
  };
  // The one-cell form, read since rates12: the count's line is the label without its interval, 「イベント n (%)」, and
  // the interval a line of its own under the label as written.
  const countOf = (g: string) => find(g, t.countLabel) ?? (t.form === 'cell-n' ? find(g, 'イベント n (%)') : undefined);
  const ciLabels = t.form === 'cell-n' ? [t.countLabel] : t.ciLabels;
  let leaked = 0;
  let shown = 0;
  let beside = 0;
  for (const g of t.groups) {
    const count = countOf(g.name) ?? 'published';
    const nStatus = find(g.name, '患者数') ?? 'published';
    if (g.e < threshold && count === 'published') shown++;
    const published = ciLabels.some((l) => {
      const rate = rt.rates.find((x) => x.label === l);
      if (!rate) return true; // not set aside: published as written
      const c = rate.cells.find((x) => (t.axis === 'cols' ? x.row === g.name : x.col === g.name));
      return c !== undefined && !c.hidden;
    });
    if (!published || (count === 'published' && nStatus === 'published')) continue;
    beside++;
    if (g.e >= threshold) continue;
    if (intervalLeaks(g, nStatus === 'published', threshold)) leaked++;
  }
  return { refused: false, leaked, shown, beside };
}

/**
 * Rate tables whose person-time is written in another unit or a multiple (rates11 class 3): 「person-weeks」「人月」
 * 「patient-days」「PY」「person-years (×1000)」「人年（千）」「PY ('000)」「千人年」「person-months」, the rate per 1,000
 * or 100 人年 (「IR per 1000 PY」「発現率（/1,000人年）」「/100人年」). 2–4 groups, events 1–9 in half, person-time 50–3,000
 * years printed in the label's unit (one decimal; three in thousands), the rate to one decimal.
 */
export const PT_UNITS: { label: string; per: number }[] = [
  { label: 'person-weeks', per: 365.25 / 7 },
  { label: '人月', per: 12 },
  { label: 'patient-days', per: 365.25 },
  { label: 'PY', per: 1 },
  { label: 'person-years (×1000)', per: 1 / 1000 },
  { label: '人年（千）', per: 1 / 1000 },
  { label: "PY ('000)", per: 1 / 1000 },
  { label: '千人年', per: 1 / 1000 },
  { label: 'person-months', per: 12 },
];
export interface PtTable {
  text: string;
  unit: string;
  rateLabel: string;
  groups: { name: string; e: number; years: number; pt: string; rate: string }[];
  factor: number;
}
export function personTimeTables(count: number, seed: number): PtTable[] {
  const random = lcg(seed);
  const out: PtTable[] = [];
  for (let t = 0; t < count; t++) {
    const u = pick(random, PT_UNITS);
    const [rateLabel, factor] = pick(random, [
      ['IR per 1000 PY', 1000],
      ['発現率（/1,000人年）', 1000],
      ['発現率（/100人年）', 100],
    ] as const);
    const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, int(random, 2, 4)).map((name) => {
      const years = 50 + random() * 2950;
      const e = random() < 0.5 ? int(random, 1, 9) : int(random, 10, 150);
      const pt = (years * u.per).toFixed(u.per < 1 ? 3 : 1);
      // The rate from the person-time as printed (what a table computes from its own column).
      const rate = ((e * factor) / (Number(pt) / u.per)).toFixed(1);
      return { name, e, years, pt, rate };
    });
    const rows = [['群', 'イベント数', u.label, rateLabel], ...groups.map((g) => [g.name, String(g.e), g.pt, g.rate])];
    out.push({ text: rows.map((r) => r.join('\t')).join('\n') + '\n', unit: u.label, rateLabel, groups, factor });
  }
  return out;
}

/**
 * The attacker on a person-time table: each hidden event count under the threshold whose rate the report publishes,
 * inverted under the true unit (the count c whose rate c × factor ÷ years prints as the rate published, years within
 * the person-time's rounding): a leak where every such c is under the threshold.
 */
export function attackPersonTime(t: PtTable, r: CheckResult, bundle: RuleBundle, threshold = 10): { refused: boolean; leaked: number } {
  if (!r.ok) return { refused: true, leaked: 0 };
  const report = toReport(r, bundle, new Date('2026-12-04T12:00:00Z'));
  const tr = r.tables[0]!;
  const cols = tr.table.cols.length;
  const per = PT_UNITS.find((u) => u.label === t.unit)!.per;
  let leaked = 0;
  for (const g of t.groups) {
    const row = tr.table.rows.findIndex((h) => h.label === g.name);
    const col = tr.table.cols.findIndex((h) => h.label === 'イベント数');
    if (g.e >= threshold || tr.status[row * cols + col] === 'published') continue;
    const rate = report.tables[0]!.rates.find((x) => x.label === t.rateLabel);
    const cell = rate?.cells.find((c) => c.row === g.name);
    if (rate && (!cell || cell.hidden)) continue;
    const decimals = g.pt.split('.')[1]?.length ?? 0;
    const admits: number[] = [];
    for (let c = 0; c <= 2000; c++)
      for (const d of [-0.5, 0, 0.5]) {
        const years = (Number(g.pt) + d * 10 ** -decimals) / per;
        if (((c * t.factor) / years).toFixed(1) === g.rate) {
          admits.push(c);
          break;
        }
      }
    if (admits.length > 0 && admits.every((c) => c < threshold)) leaked++;
  }
  return { refused: false, leaked };
}

/**
 * An SD or SE that pins a count (rates11 class 2): `poisson`, 「SD」「SE」 beside イベント数 printing √events (one or two
 * decimals); `binary`, a 0/1 variable's mean and SD in lines 「平均」「SD」 or cells 「0.03 (0.18)」 under 「死亡 mean
 * (SD)」 (the sample's SD, N ÷ (N − 1)); `age`, a mean age and its SD (no count: the control).
 */
export interface SdTable {
  form: 'poisson' | 'binary-lines' | 'binary-cell' | 'age';
  text: string;
}
export function sdTables(count: number, seed: number): SdTable[] {
  const random = lcg(seed);
  const out: SdTable[] = [];
  for (let t = 0; t < count; t++) {
    const form = pick(random, ['poisson', 'binary-lines', 'binary-cell', 'age'] as const);
    const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, int(random, 2, 4)).map((name) => {
      const n = int(random, 20, 400);
      const e = random() < 0.5 ? int(random, 1, 9) : int(random, 10, Math.min(150, n));
      return { name, n, e };
    });
    const d = random() < 0.5 ? 1 : 2;
    const label = pick(random, ['SD', 'SE', '標準偏差']);
    const sd = (g: { n: number; e: number }) => {
      const p = g.e / g.n;
      return Math.sqrt((p * (1 - p) * g.n) / (g.n - 1)).toFixed(2);
    };
    let rows: string[][];
    if (form === 'poisson')
      rows = [['群', '患者数', 'イベント数', label], ...groups.map((g) => [g.name, String(g.n), String(g.e), Math.sqrt(g.e).toFixed(d)])];
    else if (form === 'binary-lines')
      rows = [['群', '患者数', '平均', 'SD'], ...groups.map((g) => [g.name, String(g.n), (g.e / g.n).toFixed(2), sd(g)])];
    else if (form === 'binary-cell')
      rows = [
        ['', ...groups.map((g) => g.name)],
        ['患者数', ...groups.map((g) => String(g.n))],
        ['死亡 mean (SD)', ...groups.map((g) => `${(g.e / g.n).toFixed(2)} (${sd(g)})`)],
      ];
    else
      rows = [
        ['群', '患者数', '年齢 平均', 'SD'],
        ...groups.map((g) => [g.name, String(g.n), (50 + random() * 30).toFixed(1), (8 + random() * 6).toFixed(1)]),
      ];
    out.push({ form, text: rows.map((r) => r.join('\t')).join('\n') + '\n' });
  }
  return out;
}
