/**
 * Random tables of rates10 (rates10.test.ts): a bare lone limit's line (「上限」「Max」「High」「UB」「最大」「下限」…, no
 * partner, no other limit's word along its axis) in a table printing no rate and no share — the limit of an interval
 * whose estimate the table leaves out. Plain data, so that the same tables can be checked against another tree
 * (`npx node test/pubcheck/rates10-measure.ts <n> <seed> [src]`, `src` an export of main's src/ and schemas/).
 *
 * Each table: 2–4 groups (a 合計 in a quarter), 患者数 (20–3,000), イベント数 (1–9 in half the groups, else 10–150),
 * 人年 (one decimal) in the `rate` kind, and the limit's line of whole numbers, of one of three kinds:
 * - `count`: the exact Poisson limit of the events (95%: chi-squared form, rates7-families.ts);
 * - `share`: the share's limit in % (Wilson's score interval with a continuity margin, rates8-families.ts);
 * - `rate`: the events' rate's limit per 100 or 1,000 人年 (the Poisson limit × unit ÷ 人年);
 * placed last (after イベント数 or 人年) or apart (between 患者数 and イベント数), the groups as rows or as columns.
 * Attacked by `attackLone`: an attacker who knows the method and the unit inverts each published limit.
 */
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { toReport } from '../../src/pubcheck/report.ts';
import type { RuleBundle } from '../../src/pubcheck/rules.ts';
import { lcg, int, pick } from './helpers.ts';
import { poissonLower, poissonUpper } from './rates7-families.ts';

const Z = 1.959964;
function wilson(n: number, N: number): [number, number] {
  const p = n / N;
  const c = p + (Z * Z) / (2 * N);
  const s = Z * Math.sqrt((p * (1 - p)) / N + (Z * Z) / (4 * N * N));
  const d = 1 + (Z * Z) / N;
  return [Math.max(0, (c - s) / d - 0.5 / N), Math.min(1, (c + s) / d + 0.5 / N)];
}

export const UPPER_WORDS = ['上限', 'Max', 'High', 'UB', '最大', 'Upper', '上限値', 'Maximum', 'Upper limit'];
export const LOWER_WORDS = ['下限', 'Min', 'LB', 'Low', '最小', 'Lower'];
export type LoneKind = 'count' | 'share' | 'rate';

export interface LoneTable {
  form: string;
  text: string;
  kind: LoneKind;
  side: 'lower' | 'upper';
  label: string;
  axis: 'rows' | 'cols';
  /** Group by group: the true events, 患者数, 人年 (`rate`), the limit printed. */
  groups: { name: string; e: number; n: number; py: number; limit: string }[];
  unit: number;
}

/** The limit of `e` events under a kind (what the table prints, before rounding). */
export function limitOf(kind: LoneKind, side: 'lower' | 'upper', e: number, n: number, py: number, unit: number): number {
  if (kind === 'count') return side === 'upper' ? poissonUpper(e, 0.05) : poissonLower(e, 0.05);
  if (kind === 'share') return 100 * wilson(e, n)[side === 'upper' ? 1 : 0];
  return ((side === 'upper' ? poissonUpper(e, 0.05) : poissonLower(e, 0.05)) * unit) / py;
}

export function loneTables(
  count: number,
  seed: number,
  kinds: readonly LoneKind[] = ['count', 'share', 'rate'],
  /** Both limits, apart: the lower before イベント数, the upper after it (「下限」「イベント数」「上限」). */
  both = false,
): LoneTable[] {
  const random = lcg(seed);
  const out: LoneTable[] = [];
  for (let k = 0; k < count; k++) {
    const kind = pick(random, kinds);
    const side = both || random() < 0.7 ? 'upper' : 'lower';
    const label = pick(random, side === 'upper' ? UPPER_WORDS : LOWER_WORDS);
    const lowerLabel = both ? pick(random, LOWER_WORDS) : '';
    const place = random() < 0.7 ? 'last' : 'apart';
    const axis = random() < 0.75 ? 'cols' : 'rows';
    const unit = pick(random, [100, 1000]);
    const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, int(random, 2, 4)).map((name) => {
      const n = int(random, 20, 3000);
      const e = random() < 0.5 ? int(random, 1, 9) : int(random, 10, Math.min(150, n));
      const py = Math.round(n * (0.5 + random() * 3) * 10) / 10;
      return { name, e, n, py, limit: '' };
    });
    if (random() < 0.25)
      groups.push({
        name: '合計',
        e: groups.reduce((a, g) => a + g.e, 0),
        n: groups.reduce((a, g) => a + g.n, 0),
        py: Math.round(groups.reduce((a, g) => a + g.py, 0) * 10) / 10,
        limit: '',
      });
    for (const g of groups) g.limit = String(Math.round(limitOf(kind, side, g.e, g.n, g.py, unit)));
    // The 患者数 in the groups' labels (「A群 (N=50)」) in a fifth, no line of them (the share's base the lines do not print).
    const inLabels = random() < 0.2;
    const lines: [string, string[]][] = [
      ...(inLabels ? [] : ([['患者数', groups.map((g) => String(g.n))]] as [string, string[]][])),
      ['イベント数', groups.map((g) => String(g.e))],
      ...(kind === 'rate' ? ([['人年', groups.map((g) => g.py.toFixed(1))]] as [string, string[]][]) : []),
    ];
    const limit: [string, string[]] = [label, groups.map((g) => g.limit)];
    const named = (g: { name: string; n: number }) => (inLabels ? `${g.name} (N=${g.n})` : g.name);
    if (both) {
      const lower: [string, string[]] = [lowerLabel, groups.map((g) => String(Math.round(limitOf(kind, 'lower', g.e, g.n, g.py, unit))))];
      lines.splice(
        lines.findIndex(([l]) => l === 'イベント数'),
        0,
        lower,
      );
      lines.push(limit);
    } else if (place === 'last') lines.push(limit);
    else lines.splice(1, 0, limit);
    const rows =
      axis === 'cols'
        ? [['群', ...lines.map(([l]) => l)], ...groups.map((g, i) => [named(g), ...lines.map(([, vs]) => vs[i]!)])]
        : [['', ...groups.map(named)], ...lines.map(([l, vs]) => [l, ...vs])];
    out.push({
      form: `${kind}:${both ? 'both' : `${side}:${place}`}:${axis}${inLabels ? ':N' : ''}`,
      text: rows.map((r) => r.join('\t')).join('\n') + '\n',
      kind,
      side,
      label,
      axis,
      groups,
      unit,
    });
  }
  return out;
}

export interface LoneOutcome {
  refused: boolean;
  /** Hidden counts under the threshold that the published limit shows under it (every count it admits is). */
  leaked: number;
  /** Hidden counts under the threshold the limit does not show so (hidden with them, or admitting 10 or more). */
  held: number;
}

/**
 * The attacker: for each hidden event count under the threshold whose limit is published, every count c of 0 to its
 * 患者数 whose limit (the table's method, unit and base, all published or known) rounds to the printed one. A leak
 * where every such count is under the threshold (the count shown small, or given back).
 */
export function attackLone(t: LoneTable, r: CheckResult, threshold = 10): LoneOutcome {
  if (!r.ok) return { refused: true, leaked: 0, held: 0 };
  const tr = r.tables[0]!;
  const cols = tr.table.cols.length;
  const status = (g: string, line: string) => {
    const [row, col] =
      t.axis === 'cols'
        ? [tr.table.rows.findIndex((h) => h.label.startsWith(g)), tr.table.cols.findIndex((h) => h.label === line)]
        : [tr.table.rows.findIndex((h) => h.label === line), tr.table.cols.findIndex((h) => h.label.startsWith(g))];
    return row < 0 || col < 0 ? 'published' : tr.status[row * cols + col]!;
  };
  let leaked = 0;
  let held = 0;
  for (const g of t.groups) {
    if (g.e >= threshold || status(g.name, 'イベント数') === 'published') continue;
    if (status(g.name, t.label) !== 'published') {
      held++;
      continue;
    }
    const admits: number[] = [];
    for (let c = 0; c <= g.n; c++) if (String(Math.round(limitOf(t.kind, t.side, c, g.n, g.py, t.unit))) === g.limit) admits.push(c);
    if (admits.length > 0 && admits.every((c) => c < threshold)) leaked++;
    else held++;
  }
  return { refused: false, leaked, held };
}

/**
 * Count tables with one category named as a limit (「通常」「上限」, 「Normal」「High」, 「最大」 beside other doses), no rate
 * and no share: the cost of refusing a bare lone limit there. 2–4 groups, 2–3 categories, a 合計 column in half.
 */
export function categoryTables(count: number, seed: number): { text: string; label: string }[] {
  const random = lcg(seed);
  const out: { text: string; label: string }[] = [];
  for (let k = 0; k < count; k++) {
    const label = pick(random, [...UPPER_WORDS, ...LOWER_WORDS]);
    const others = pick(random, [['通常'], ['Normal'], ['標準', '減量'], ['未到達'], ['Standard']]);
    const cats = random() < 0.5 ? [...others, label] : [label, ...others];
    const total = random() < 0.5;
    const head = ['群', ...cats, ...(total ? ['合計'] : [])];
    const rows = ['A群', 'B群', 'C群', 'D群'].slice(0, int(random, 2, 4)).map((name) => {
      const vs = cats.map(() => (random() < 0.3 ? int(random, 1, 9) : int(random, 10, 200)));
      return [name, ...vs.map(String), ...(total ? [String(vs.reduce((a, b) => a + b, 0))] : [])];
    });
    out.push({ text: [head, ...rows].map((r) => r.join('\t')).join('\n') + '\n', label });
  }
  return out;
}

/**
 * A share's confidence interval (rates10, README Limits: read nowhere): 「3 (5.3%) (1.1–14.6)」 under 「n (%)」, 「5.3%
 * (1.1–14.6)」 under 「割合 (95% CI)」, or lines of their own after the share — 「95% CI」, 「95%CI下限」「95%CI上限」,
 * 「下限」「上限」 — the share in a column 「割合（%）」 or in 「3 (5.3%)」 cells. 2–4 groups, 患者数 20–400, events 1–9 in
 * half. The interval: Wilson's with a continuity margin, one decimal.
 */
export const SHARE_CI_FORMS = ['cell-n', 'cell-p', 'line', 'pair', 'bare-pair', 'n-line', 'n-pair'] as const;
export interface ShareCiTable {
  form: (typeof SHARE_CI_FORMS)[number];
  text: string;
  groups: { name: string; e: number; n: number; lo: string; hi: string }[];
}
export function shareCiTables(count: number, seed: number): ShareCiTable[] {
  const random = lcg(seed);
  const out: ShareCiTable[] = [];
  for (let k = 0; k < count; k++) {
    const form = pick(random, SHARE_CI_FORMS);
    const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, int(random, 2, 4)).map((name) => {
      const n = int(random, 20, 400);
      const e = random() < 0.5 ? int(random, 1, 9) : int(random, 10, Math.min(150, n));
      const [lo, hi] = wilson(e, n).map((x) => (100 * x).toFixed(1)) as [string, string];
      return { name, e, n, lo, hi };
    });
    const p = (g: { e: number; n: number }) => ((100 * g.e) / g.n).toFixed(1);
    const head: Record<(typeof SHARE_CI_FORMS)[number], string[]> = {
      'cell-n': ['患者数', 'イベント n (%)'],
      'cell-p': ['患者数', 'イベント数', '割合 (95% CI)'],
      line: ['患者数', 'イベント数', '割合（%）', '95% CI'],
      pair: ['患者数', 'イベント数', '割合（%）', '95%CI下限', '95%CI上限'],
      'bare-pair': ['患者数', 'イベント数', '割合（%）', '下限', '上限'],
      'n-line': ['患者数', 'n (%)', '95% CI'],
      'n-pair': ['患者数', 'n (%)', 'Lower 95% CI', 'Upper 95% CI'],
    };
    const cells = (g: ShareCiTable['groups'][number]): string[] => {
      const n = String(g.n);
      if (form === 'cell-n') return [n, `${g.e} (${p(g)}%) (${g.lo}–${g.hi})`];
      if (form === 'cell-p') return [n, String(g.e), `${p(g)}% (${g.lo}–${g.hi})`];
      if (form === 'line') return [n, String(g.e), p(g), `${g.lo}–${g.hi}`];
      if (form === 'pair' || form === 'bare-pair') return [n, String(g.e), p(g), g.lo, g.hi];
      if (form === 'n-line') return [n, `${g.e} (${p(g)}%)`, `${g.lo}–${g.hi}`];
      return [n, `${g.e} (${p(g)}%)`, g.lo, g.hi];
    };
    const rows = [['群', ...head[form]], ...groups.map((g) => [g.name, ...cells(g)])];
    out.push({ form, text: rows.map((r) => r.join('\t')).join('\n') + '\n', groups });
  }
  return out;
}

/**
 * How a share's interval fares: refused (and whether the refusal says it is a share's interval — 「割合の信頼区間」 or,
 * in a cell, 「信頼区間のような範囲」), or read — then each hidden count under the threshold whose interval is published,
 * inverted over 0 to its 患者数 (Wilson's, as printed): a leak where every count it admits is under the threshold.
 */
export function attackShareCi(
  t: ShareCiTable,
  r: CheckResult,
  threshold = 10,
  /** With the bundle, an interval the report hides with its count (rates11 reads them) is no leak. */
  bundle?: RuleBundle,
): { refused: boolean; precise: boolean; leaked: number } {
  if (!r.ok)
    return { refused: true, precise: r.errors.every((e) => /割合(?:とその|の)信頼区間|信頼区間のような範囲/.test(e.message)), leaked: 0 };
  const report = bundle ? toReport(r, bundle, new Date('2026-12-04T12:00:00Z')) : undefined;
  const hidden = (g: string) => report?.tables[0]!.rates.some((x) => x.cells.some((c) => c.row === g && c.hidden)) ?? false;
  let leaked = 0;
  for (const g of t.groups) {
    if (g.e >= threshold || hidden(g.name)) continue;
    const admits: number[] = [];
    for (let c = 0; c <= g.n; c++) {
      const [lo, hi] = wilson(c, g.n).map((x) => (100 * x).toFixed(1));
      if (lo === g.lo && hi === g.hi) admits.push(c);
    }
    // Read: the interval is published as written wherever the text still shows it (the checker hides counts only).
    if (admits.every((c) => c < threshold)) leaked++;
  }
  return { refused: false, precise: false, leaked };
}

/**
 * rates8's triples (a rate, then 「2.5%」「50%」「97.5%」 or before it) with the median moved first (rates10: 「中央値」
 * 「2.5%」「97.5%」, 「0.5quant」「0.025quant」「0.975quant」): the same table, the median's column just before the lower
 * limit's. Columns only (rates8's tables are).
 */
export function medianFirst<T extends { text: string }>(t: T): T {
  const rows = t.text
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  const head = rows.findIndex((r) => r.length > 2);
  const m = rows[head]!.findIndex((l) => /^(?:50%|P50|Q50|0\.5quant|50th percentile|中央値|Median)$/.test(l));
  if (m < 2) return t;
  const moved = rows.map((r, i) => (i < head ? r : [...r.slice(0, m - 1), r[m]!, r[m - 1]!, ...r.slice(m + 1)]));
  return { ...t, text: moved.map((r) => r.join('\t')).join('\n') + '\n' };
}

/**
 * An SD beside an interval's limits: rates8's pair after the rate with 「SD」 between (「2.5%」「SD」「97.5%」, 「下限」「SD」
 * 「上限」) or before the limits (「SD」「95%CI下限」「95%CI上限」), its numbers the Poisson standard error (√e × unit ÷ 人年).
 */
export function withSd<T extends { text: string; events: number[]; bases: string[]; factor: number }>(
  t: T,
  where: 'between' | 'before',
): T {
  const rows = t.text
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  const head = rows.findIndex((r) => r.length > 2);
  const lo = rows[head]!.findIndex((l, j) => j > 0 && /下限|lower|LCL|^2\.5%$|^5%$|^0\.5%$|^0\.05%$|^P2\.5$/i.test(l));
  if (lo < 0) return t;
  const at = where === 'between' ? lo + 1 : lo;
  const sd = rows.map((r, i) =>
    i < head
      ? r
      : i === head
        ? [...r.slice(0, at), 'SD', ...r.slice(at)]
        : [...r.slice(0, at), ((Math.sqrt(t.events[i - head - 1]!) * t.factor) / Number(t.bases[i - head - 1])).toFixed(1), ...r.slice(at)],
  );
  return { ...t, text: sd.map((r) => r.join('\t')).join('\n') + '\n' };
}

/** Count tables 「Low」「Medium」「High」, 「最小」「通常」「最大」, 「下限」「中間」「上限」 (two limit's words apart), a 合計 in half. */
export function rangeCategoryTables(count: number, seed: number): { text: string }[] {
  const random = lcg(seed);
  const out: { text: string }[] = [];
  for (let k = 0; k < count; k++) {
    const cats = pick(random, [
      ['Low', 'Medium', 'High'],
      ['最小', '通常', '最大'],
      ['下限', '中間', '上限'],
      ['Min', 'Mid', 'Max'],
    ]);
    const total = random() < 0.5;
    const head = ['群', ...cats, ...(total ? ['合計'] : [])];
    const rows = ['A群', 'B群', 'C群', 'D群'].slice(0, int(random, 2, 4)).map((name) => {
      const vs = cats.map(() => (random() < 0.3 ? int(random, 1, 9) : int(random, 10, 200)));
      return [name, ...vs.map(String), ...(total ? [String(vs.reduce((a, b) => a + b, 0))] : [])];
    });
    out.push({ text: [head, ...rows].map((r) => r.join('\t')).join('\n') + '\n' });
  }
  return out;
}

/**
 * `loneTables` (groups as rows) with a share of another count after the limit (「死亡数」「死亡割合（%）」 of 患者数): the
 * table prints a share, which the lone limit does not bound (rates8 leaves such a limit to be read as counts on main).
 */
export function withOtherShare(tables: readonly LoneTable[], seed: number): LoneTable[] {
  const random = lcg(seed);
  return tables
    .filter((t) => t.axis === 'cols' && !t.form.endsWith(':N'))
    .map((t) => {
      const rows = t.text
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t'));
      const out = rows.map((r, i) => {
        if (i === 0) return [...r, '死亡数', '死亡割合（%）'];
        const g = t.groups[i - 1]!;
        const d = int(random, 10, Math.max(10, Math.floor(g.n / 2)));
        return [...r, String(d), ((100 * d) / g.n).toFixed(1)];
      });
      return { ...t, form: `${t.form}:share`, text: out.map((r) => r.join('\t')).join('\n') + '\n' };
    });
}
