/**
 * Random tables of rates12 (rates12.test.ts, rates12-measure.ts): a share's confidence interval written inside its
 * count's own cell, beside a line of 患者数, by one of rates11's five methods. Plain data and an attacker written apart
 * from the engine, so the same tables can be checked against another tree.
 *
 * Forms: `paren` 「3 (5.3%) (1.1–14.6)」 under 「イベント n (%) (95% CI)」; `comma` 「3 (5.3%, 95% CI 1.1–14.6)」 under
 * 「n (%, 95% CI)」; `square` 「3 (5.3%) [1.1–14.6]」 under 「イベント n (%) [95% CI]」; `bare` 「3 [1.1–14.6]」 under
 * 「イベント数 [95% CI]」; `cell-named` 「3 (5.3%, 95% CI 1.1–14.6)」 under 「イベント」 (the interval named in the cells
 * alone). 2–4 groups, 患者数 20–400, events 1–9 in half (else 10–150), the groups as rows or (a quarter) as columns.
 */
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { toReport } from '../../src/pubcheck/report.ts';
import type { RuleBundle } from '../../src/pubcheck/rules.ts';
import { lcg, pick } from './helpers.ts';
import {
  ciGroups,
  intervalLeaks,
  METHODS,
  shareOf,
  type CiGroup,
  type Method,
  type SdTable,
  type ShareCiOutcome,
} from './rates11-families.ts';

export const COUNT_CI_FORMS = ['paren', 'comma', 'square', 'bare', 'cell-named'] as const;
export type CountCiForm = (typeof COUNT_CI_FORMS)[number];

export interface CountCi {
  form: CountCiForm;
  method: Method;
  axis: 'rows' | 'cols';
  text: string;
  label: string;
  groups: CiGroup[];
}

export function countCiFamily(count: number, seed: number): CountCi[] {
  const random = lcg(seed);
  const out: CountCi[] = [];
  for (let t = 0; t < count; t++) {
    const form = pick(random, COUNT_CI_FORMS);
    const method = pick(random, METHODS);
    const axis = random() < 0.75 ? 'cols' : 'rows';
    const groups = ciGroups(random, method);
    const label = {
      paren: 'イベント n (%) (95% CI)',
      comma: 'n (%, 95% CI)',
      square: 'イベント n (%) [95% CI]',
      bare: 'イベント数 [95% CI]',
      'cell-named': 'イベント',
    }[form];
    const cell = (g: CountCi['groups'][number]) =>
      form === 'paren'
        ? `${g.e} (${shareOf(g)}%) (${g.lo}–${g.hi})`
        : form === 'square'
          ? `${g.e} (${shareOf(g)}%) [${g.lo}–${g.hi}]`
          : form === 'bare'
            ? `${g.e} [${g.lo}–${g.hi}]`
            : `${g.e} (${shareOf(g)}%, 95% CI ${g.lo}–${g.hi})`;
    const rows =
      axis === 'cols'
        ? [['群', '患者数', label], ...groups.map((g) => [g.name, String(g.n), cell(g)])]
        : [
            ['', ...groups.map((g) => g.name)],
            ['患者数', ...groups.map((g) => String(g.n))],
            [label, ...groups.map(cell)],
          ];
    out.push({ form, method, axis, text: rows.map((r) => r.join('\t')).join('\n') + '\n', label, groups });
  }
  return out;
}

/** The table with its intervals taken out (what the oracle attacks beside the intervals' own attack). */
export function withoutCountIntervals(t: CountCi): string {
  const cell = (g: CountCi['groups'][number]) => (t.form === 'bare' ? String(g.e) : `${g.e} (${shareOf(g)}%)`);
  const label = t.form === 'bare' ? 'イベント数' : 'イベント n (%)';
  const rows =
    t.axis === 'cols'
      ? [['群', '患者数', label], ...t.groups.map((g) => [g.name, String(g.n), cell(g)])]
      : [
          ['', ...t.groups.map((g) => g.name)],
          ['患者数', ...t.groups.map((g) => String(g.n))],
          [label, ...t.groups.map(cell)],
        ];
  return rows.map((r) => r.join('\t')).join('\n') + '\n';
}

/** What the attacker finds on one table: as rates11's share-interval outcome. */
export type CountCiOutcome = ShareCiOutcome;

/**
 * The attacker (apart from the engine): each group's count cell is the table's one line that is not 患者数 (its
 * status from the check); its N the line 患者数. The interval is published where the report sets it aside and does
 * not hide it, or where it is not set aside and the count's cell (which then carries it) is published. Where one is
 * published beside a hidden count or N: every (k, N) of every method whose printed interval is the one published — N
 * the printed 患者数 where published, else any of 1–2,000 — a leak where every k is under the threshold.
 */
export function attackCountCi(t: CountCi, r: CheckResult, bundle: RuleBundle, threshold = 10): CountCiOutcome {
  if (!r.ok) return { refused: true, leaked: 0, shown: 0, beside: 0 };
  const report = toReport(r, bundle, new Date('2026-12-05T00:00:00Z'));
  const tr = r.tables[0]!;
  const cols = tr.table.cols.length;
  const line = (isN: boolean) =>
    (t.axis === 'cols' ? tr.table.cols : tr.table.rows).findIndex((h) => (h.label === '患者数') === isN && !h.rest);
  const status = (g: string, isN: boolean) => {
    const [row, col] =
      t.axis === 'cols'
        ? [tr.table.rows.findIndex((h) => h.label === g), line(isN)]
        : [line(isN), tr.table.cols.findIndex((h) => h.label === g)];
    return row < 0 || col < 0 ? 'published' : tr.status[row * cols + col]!;
  };
  let leaked = 0;
  let shown = 0;
  let beside = 0;
  for (const g of t.groups) {
    const count = status(g.name, false);
    const nStatus = status(g.name, true);
    if (g.e < threshold && count === 'published') shown++;
    const cells = report.tables[0]!.rates.flatMap((x) =>
      x.cells.filter((c) => (t.axis === 'cols' ? c.row === g.name : c.col === g.name) && c.text.includes(g.lo)),
    );
    const published = cells.length > 0 ? cells.some((c) => !c.hidden) : count === 'published';
    if (!published || (count === 'published' && nStatus === 'published')) continue;
    beside++;
    if (g.e >= threshold) continue;
    if (intervalLeaks(g, nStatus === 'published', threshold)) leaked++;
  }
  return { refused: false, leaked, shown, beside };
}

/**
 * The attacker on rates11's `sdTables` (an SD or SE beside counts, rates12): in a `poisson` table, each group's count
 * under the threshold that the check hides while the report publishes its SD: every count c whose √c prints as the SD
 * published (to its decimals), a leak where every such c is under the threshold. Other forms: refused or not, no attack.
 */
export function attackSd(t: SdTable, r: CheckResult, bundle: RuleBundle, threshold = 10): { refused: boolean; leaked: number } {
  if (!r.ok) return { refused: true, leaked: 0 };
  if (t.form !== 'poisson') return { refused: false, leaked: 0 };
  const report = toReport(r, bundle, new Date('2026-12-05T00:00:00Z'));
  const tr = r.tables[0]!;
  const cols = tr.table.cols.length;
  const [head, ...rows] = t.text
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  const sdLabel = head![3]!;
  let leaked = 0;
  for (const [name, , e, sd] of rows) {
    const row = tr.table.rows.findIndex((h) => h.label === name);
    const col = tr.table.cols.findIndex((h) => h.label === 'イベント数');
    if (Number(e) >= threshold || tr.status[row * cols + col] === 'published') continue;
    const rate = report.tables[0]!.rates.find((x) => x.label === sdLabel);
    const cell = rate?.cells.find((c) => c.row === name);
    if (cell?.hidden) continue;
    const d = sd!.split('.')[1]?.length ?? 0;
    const admits: number[] = [];
    for (let c = 0; c <= 2000; c++) if (Math.sqrt(c).toFixed(d) === sd) admits.push(c);
    if (admits.length > 0 && admits.every((c) => c < threshold)) leaked++;
  }
  return { refused: false, leaked };
}
