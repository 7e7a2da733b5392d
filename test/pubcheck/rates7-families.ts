/**
 * Random outcome tables of rates7 (rates7.test.ts): plain data and a function of a check's result, so that the same
 * tables can be checked against an older tree by hand (`npx node test/pubcheck/rates7-measure.ts <forms> <n> <seed>
 * [src]`; the numbers the test quotes for main were measured so, `src` an export of main's src/).
 *
 * Each table: 2–3 groups (a 合計 in half), 患者数, イベント数 (a count of 1–9 in half the groups), 人年 (one decimal),
 * then the form's lines — a rate per 100 to 1,000,000 人年 (0–2 decimals) and its interval at 90, 95, 99 or 99.9%
 * (exact Poisson limits, approximated: any limits with the rate between them will do) in the form's words:
 * - `pair:<lower>|<upper>`: the limits in two lines after the rate (「LV」 in a label is the level: 「95」; 「PLO」「PHI」
 *   the limits' percentiles: 「2.5」「97.5」, 「FLO」「FHI」 as fractions: 「0.025」「0.975」, pctl9);
 * - `before:<lower>|<upper>`: the limits in two lines before the rate (after 人年);
 * - `one:<label>`: the interval in one line 「lo-hi」 after the rate;
 * - `cellh:<name>`: the interval in the rate's cells in one of eight forms of brackets and dashes, the rate's label
 *   naming it (「発現率（/1,000人年）（95%CrI）」);
 * - `title`, `corner`: the rate's unit only in the title or the corner cell, the rate's label 「発現率」;
 * - `mislabel`: the rate's label stating another unit than its numbers' (「/10,000人年」 over rates per 1,000);
 * - `time:<unit>`: the rate per person-months, -weeks or -days (its numbers), labelled 「発現率」 alone, over 人年;
 * - `zero`: rates of 0 decimals per 1,000 人年 over many person-years (most print 0), the unit written in half.
 */
import type { CheckResult } from '../../src/pubcheck/check.ts';
import { int, lcg, pick } from './helpers.ts';

/** The inverse normal (Acklam's rational approximation). */
function normalInv(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = q * q;
    return (
      ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
      (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
    );
  }
  const r = Math.sqrt(-2 * Math.log(q < 0 ? p : 1 - p));
  const x =
    (((((c[0]! * r + c[1]!) * r + c[2]!) * r + c[3]!) * r + c[4]!) * r + c[5]!) / ((((d[0]! * r + d[1]!) * r + d[2]!) * r + d[3]!) * r + 1);
  return q < 0 ? x : -x;
}
/** Chi-squared quantile (Wilson–Hilferty). */
const chi2 = (p: number, k: number) => k * Math.max(0, 1 - 2 / (9 * k) + normalInv(p) * Math.sqrt(2 / (9 * k))) ** 3;
/** Exact Poisson limits of a count e at level 1 − a (the chi-squared form). */
export const poissonLower = (e: number, a: number) => (e === 0 ? 0 : chi2(a / 2, 2 * e) / 2);
export const poissonUpper = (e: number, a: number) => chi2(1 - a / 2, 2 * e + 2) / 2;

export interface Rates7Table {
  form: string;
  text: string;
  /** Row by row: the true event count and the person-years printed. */
  events: number[];
  bases: string[];
  /** The true unit: the rate × base ÷ factor is the count. */
  factor: number;
  /** The lines after 人年 (their labels) and their cells, row by row: what an attacker reads a count from. */
  lines: Record<string, string[]>;
}

export const CELL_FORMS = ['R (L–U)', 'R [L, U]', 'R (L to U)', 'R（L－U）', 'R (L—U)', 'R (L~U)', 'R (L〜U)', 'R (L; U)'];

export function rates7Tables(forms: readonly string[], count: number, seed: number): Rates7Table[] {
  const random = lcg(seed);
  const out: Rates7Table[] = [];
  for (let k = 0; k < count; k++) {
    const form = pick(random, forms);
    const [kind, arg] = [form.split(':')[0]!, form.slice(form.indexOf(':') + 1)];
    let factor = pick(random, [1000, 10_000, 100_000, 100, 1_000_000]);
    const time = kind === 'time' ? ({ 人月: 12, 人週: 365.25 / 7, 人日: 365.25 } as Record<string, number>)[arg]! : 1;
    if (kind === 'zero') factor = 1000;
    const fw = factor.toLocaleString('en-US');
    const decimals = kind === 'zero' ? 0 : pick(random, [0, 1, 2]);
    const rows = ['A群', 'B群', 'C群'].slice(0, int(random, 2, 3)).map((name) => {
      const n = int(random, 200, 3000);
      const e = random() < 0.5 ? int(random, 1, 9) : int(random, 10, 150);
      return { name, n, e, base: n * (kind === 'zero' ? 3 + random() * 8 : 0.5 + random() * 4) };
    });
    if (random() < 0.5)
      rows.push({
        name: '合計',
        n: rows.reduce((a, x) => a + x.n, 0),
        e: rows.reduce((a, x) => a + x.e, 0),
        base: rows.reduce((a, x) => a + x.base, 0),
      });
    const bases = rows.map((x) => x.base.toFixed(1));
    const level = pick(random, [0.05, 0.1, 0.01, 0.001]);
    const lvl = ({ 0.05: '95', 0.1: '90', 0.01: '99', 0.001: '99.9' } as Record<number, string>)[level]!;
    // The factor an attacker multiplies by: per person-months over person-years, count = rate × base × 12 ÷ unit.
    const real = factor / time;
    const rate = (v: number, i: number) => ((v * real) / Number(bases[i])).toFixed(decimals);
    const rates = rows.map((x, i) => rate(x.e, i));
    const lo = rows.map((x, i) => rate(poissonLower(x.e, level), i));
    const hi = rows.map((x, i) => rate(poissonUpper(x.e, level), i));
    const head = ['', '患者数', 'イベント数', '人年'];
    const cells = rows.map((x, i) => [x.name, String(x.n), String(x.e), bases[i]!]);
    let title = '';
    const lines: Record<string, string[]> = {};
    const add = (label: string, vs: string[]) => {
      head.push(label);
      cells.forEach((c, i) => c.push(vs[i]!));
      lines[label] = vs;
    };
    const rl = `発現率（/${fw}人年）`;
    // 「PLO」「PHI」: the limits' percentiles at the level (2.5 and 97.5 at 95%; pctl9).
    const [plo, phi] = (
      { 0.05: ['2.5', '97.5'], 0.1: ['5', '95'], 0.01: ['0.5', '99.5'], 0.001: ['0.05', '99.95'] } as Record<number, string[]>
    )[level]!;
    // 「FLO」「FHI」: the same as fractions (INLA's 「0.025quant」).
    const fraction = (p: string) => String(Number(p) / 100);
    const level_ = (s: string) =>
      s.replace(/LV/g, lvl).replace(/PLO/g, plo!).replace(/PHI/g, phi!).replace(/FLO/g, fraction(plo!)).replace(/FHI/g, fraction(phi!));
    if (kind === 'title') {
      title = `# 発現率（/${fw}人年）`;
      add('発現率', rates);
    } else if (kind === 'corner') {
      head[0] = `発現率（/${fw}人年）`;
      add('発現率', rates);
    } else if (kind === 'mislabel') {
      const other = pick(
        random,
        [100, 1000, 10_000, 100_000].filter((f) => f !== factor),
      );
      add(`発現率（/${other.toLocaleString('en-US')}人年）`, rates);
    } else if (kind === 'time') add('発現率', rates);
    else if (kind === 'zero') add(random() < 0.5 ? rl : '発現率', rates);
    else if (kind === 'cellh') {
      const shape = pick(random, CELL_FORMS);
      add(
        `${rl}（${lvl}%${arg}）`,
        rates.map((r, i) => shape.replace('R', r).replace('L', lo[i]!).replace('U', hi[i]!)),
      );
    } else if (kind === 'pair') {
      const [a, b] = level_(arg).split('|');
      add(rl, rates);
      add(a!, lo);
      add(b!, hi);
    } else if (kind === 'before') {
      const [a, b] = level_(arg).split('|');
      add(a!, lo);
      add(b!, hi);
      add(rl, rates);
    } else if (kind === 'one') {
      add(rl, rates);
      add(
        level_(arg),
        rates.map((_, i) => `${lo[i]}-${hi[i]}`),
      );
    } else throw new Error(`rates7Tables: no form ${form}`);
    const text = (title ? `${title}\n` : '') + [head.join('\t'), ...cells.map((c) => c.join('\t'))].join('\n') + '\n';
    out.push({ form, text, events: rows.map((x) => x.e), bases, factor: real, lines });
  }
  return out;
}

export interface Rates7Outcome {
  refused: boolean;
  /** Hidden counts of 1–9 that a published number of the form's lines (a rate, a limit) shows under the threshold. */
  leaked: number;
  /** Hidden counts of 1–9 whose form's numbers are all hidden (or none shows it under the threshold). */
  held: number;
}

/**
 * The attacker: for each hidden event count of 1–9, every number printed in the form's lines in its row (a rate, a
 * limit, either limit of a cell's interval) that the check publishes, times the printed person-years ÷ the true unit,
 * at the top of both roundings: the count is at most that for an upper limit or the rate, and the exact lower limit
 * gives it back — so a number under the threshold shows the count under it. A line the check neither reads as counts
 * nor as a rate (nor joins into one) is published as written.
 */
export function attackRates7(t: Rates7Table, r: CheckResult, threshold = 10): Rates7Outcome {
  if (!r.ok) return { refused: true, leaked: 0, held: 0 };
  const tr = r.tables[0]!;
  const cols = tr.table.cols.length;
  const colOf = (l: string) => tr.table.cols.findIndex((h) => h.label === l);
  const published = (i: number, c: number) => tr.status[i * cols + c] === 'published';
  const ev = colOf('イベント数');
  const rates = tr.table.rates ?? [];
  const rateHidden = (i: number) => {
    const cell = rates.flatMap((x) => x.cells).find((c) => c.at === i);
    return cell !== undefined && ![...cell.events, ...(cell.base ? [cell.base] : [])].every(([a, b]) => published(a, b));
  };
  const joined = r.warnings
    .filter((w) => w.code === 'layout/interval')
    .map((w) => w.message)
    .join(' ');
  let leaked = 0;
  let held = 0;
  for (let i = 0; i < t.events.length; i++) {
    const e = t.events[i]!;
    if (ev < 0 || published(i, ev) || e >= threshold) continue;
    let leak = false;
    for (const [label, vs] of Object.entries(t.lines)) {
      const c = colOf(label);
      const shown =
        c >= 0 ? published(i, c) : rates.some((x) => x.label === label) || joined.includes(`「${label}」`) ? !rateHidden(i) : true;
      if (!shown) continue;
      const b = Number(t.bases[i]) + 0.05;
      for (const m of vs[i]!.matchAll(/\d+(?:\.\d+)?/g)) {
        const h = 0.5 * 10 ** -(m[0].split('.')[1]?.length ?? 0);
        if (((Number(m[0]) + h) * b) / t.factor < threshold) leak = true;
      }
    }
    if (leak) leaked++;
    else held++;
  }
  return { refused: false, leaked, held };
}

/** `attackRates7` summed over tables checked by `check`. */
export function attackAll(tables: readonly Rates7Table[], check: (text: string) => CheckResult) {
  const total = { refused: 0, leaked: 0, held: 0 };
  for (const t of tables) {
    const o = attackRates7(t, check(t.text));
    total.refused += o.refused ? 1 : 0;
    total.leaked += o.leaked;
    total.held += o.held;
  }
  return total;
}
