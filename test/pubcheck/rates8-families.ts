/**
 * Random outcome tables of rates8 (rates8.test.ts): a rate's interval whose lines rates7 and pctl9 left open — a lone
 * limit (one line of a lower or an upper limit, no partner), a percentile triple with a median between the limits
 * (「2.5%」「50%」「97.5%」, Bayesian and bootstrap outputs), and percentile limits of a share. Plain data, so that the
 * same tables can be checked against another tree (`npx node test/pubcheck/rates8-measure.ts <forms> <n> <seed> [src]`).
 *
 * Each table: 2–3 groups (a 合計 in half), 患者数, イベント数 (a count of 1–9 in half the groups), 人年 (one decimal),
 * then the form's lines — a rate per 100 to 1,000,000 人年 (0–2 decimals), its exact Poisson limits at 90, 95, 99 or
 * 99.9% (rates7-families.ts) and, for a triple, the median of the rate's Jeffreys posterior (Gamma(e + 0.5)):
 * - `lone:<label>`: one limit's line just after the rate (「LV」 the level, 「UPPER」/「LOWER」 in the label say which);
 * - `lone-before:<label>`: the limit's line just before the rate (after 人年);
 * - `lone-apart:<label>`: the limit's line between 患者数 and イベント数, the rate last;
 * - `triple:<lo>|<median>|<hi>`: three lines after the rate (「PLO」「PHI」 the percentiles, 「FLO」「FHI」 fractions);
 * - `triple-before:<lo>|<median>|<hi>`: the three before the rate;
 * - `triple-alone:<lo>|<median>|<hi>`: the three after 人年 with no rate printed (the median the estimate);
 * - `share-lone-before:<label>`, `share-lone-apart:<label>`: a share's lone limit just before 「割合（%）」 or between
 *   患者数 and イベント数;
 * - `#0` at a form's end: the rate and its limits printed as whole numbers (0–2 decimals otherwise);
 * - `share:<lo>|<hi>`: no rate — 患者数, イベント数, 「割合（%）」 (one decimal) and the share's exact (Clopper–Pearson,
 *   approximated by Wilson's score with a continuity margin: any limits with the share between them will do) limits.
 * Attacked by rates7-families.ts `attackRates7` (every number of the form's lines in a hidden count's row published,
 * times its base ÷ the true unit: a limit gives the count back or bounds it — inverted at the top of its rounding).
 */
import type { Rates7Table } from './rates7-families.ts';
import { poissonLower, poissonUpper } from './rates7-families.ts';
import { int, lcg, pick } from './helpers.ts';

/** The median of Gamma(e + 0.5, 1) (Wilson–Hilferty on 2e + 1 degrees of freedom; 0.5 × chi2(0.5, 2e + 1)). */
const gammaMedian = (e: number) => {
  const k = 2 * e + 1;
  return (k * (1 - 2 / (9 * k)) ** 3) / 2;
};
/** Wilson's score interval of n of N at level 1 − a (z from the level), widened by a continuity margin. */
const Z: Record<number, number> = { 0.05: 1.959964, 0.1: 1.644854, 0.01: 2.575829, 0.001: 3.290527 };
function wilson(n: number, N: number, a: number): [number, number] {
  const z = Z[a]!;
  const p = n / N;
  const c = p + (z * z) / (2 * N);
  const s = z * Math.sqrt((p * (1 - p)) / N + (z * z) / (4 * N * N));
  const d = 1 + (z * z) / N;
  return [Math.max(0, (c - s) / d - 0.5 / N), Math.min(1, (c + s) / d + 0.5 / N)];
}

export function rates8Tables(forms: readonly string[], count: number, seed: number): Rates7Table[] {
  const random = lcg(seed);
  const out: Rates7Table[] = [];
  for (let k = 0; k < count; k++) {
    const form = pick(random, forms);
    const [kind, written] = [form.split(':')[0]!, form.slice(form.indexOf(':') + 1)];
    // 「#0」 after the form: the rate and its limits printed as whole numbers (a limit read as counts on main).
    const arg = written.replace(/#0$/, '');
    const share = kind.startsWith('share');
    const factor = share ? 100 : pick(random, [1000, 10_000, 100_000, 100, 1_000_000]);
    const fw = factor.toLocaleString('en-US');
    const decimals = written.endsWith('#0') ? 0 : share ? 1 : pick(random, [0, 1, 2]);
    const rows = ['A群', 'B群', 'C群'].slice(0, int(random, 2, 3)).map((name) => {
      const n = int(random, 200, 3000);
      const e = random() < 0.5 ? int(random, 1, 9) : int(random, 10, 150);
      return { name, n, e, base: n * (0.5 + random() * 4) };
    });
    if (random() < 0.5)
      rows.push({
        name: '合計',
        n: rows.reduce((a, x) => a + x.n, 0),
        e: rows.reduce((a, x) => a + x.e, 0),
        base: rows.reduce((a, x) => a + x.base, 0),
      });
    const bases = share ? rows.map((x) => String(x.n)) : rows.map((x) => x.base.toFixed(1));
    const level = pick(random, [0.05, 0.1, 0.01, 0.001]);
    const lvl = ({ 0.05: '95', 0.1: '90', 0.01: '99', 0.001: '99.9' } as Record<number, string>)[level]!;
    const [plo, phi] = (
      { 0.05: ['2.5', '97.5'], 0.1: ['5', '95'], 0.01: ['0.5', '99.5'], 0.001: ['0.05', '99.95'] } as Record<number, string[]>
    )[level]!;
    const fraction = (p: string) => String(Number(p) / 100);
    const dress = (s: string) =>
      s.replace(/LV/g, lvl).replace(/PLO/g, plo!).replace(/PHI/g, phi!).replace(/FLO/g, fraction(plo!)).replace(/FHI/g, fraction(phi!));
    const rate = (v: number, i: number) => ((v * factor) / Number(bases[i])).toFixed(decimals);
    const rates = rows.map((x, i) => rate(x.e, i));
    const lo = share
      ? rows.map((x) => (100 * wilson(x.e, x.n, level)[0]).toFixed(decimals))
      : rows.map((x, i) => rate(poissonLower(x.e, level), i));
    const hi = share
      ? rows.map((x) => (100 * wilson(x.e, x.n, level)[1]).toFixed(decimals))
      : rows.map((x, i) => rate(poissonUpper(x.e, level), i));
    const median = rows.map((x, i) => rate(gammaMedian(x.e), i));
    const head = ['', '患者数'];
    const cells = rows.map((x) => [x.name, String(x.n)]);
    const lines: Record<string, string[]> = {};
    const add = (label: string, vs: string[]) => {
      head.push(label);
      cells.forEach((c, i) => c.push(vs[i]!));
      lines[label] = vs;
    };
    const plainAdd = (label: string, vs: string[]) => {
      head.push(label);
      cells.forEach((c, i) => c.push(vs[i]!));
    };
    const rl = `発現率（/${fw}人年）`;
    const limit = () => {
      const upper = /UPPER|上限|UB|UCL|High/.test(arg) || !/LOWER|下限|LB|LCL|Low|PLO|FLO/.test(arg);
      return { label: dress(arg).replace('UPPER', 'upper').replace('LOWER', 'lower'), vs: upper ? hi : lo };
    };
    if (kind === 'lone-apart' || kind === 'share-lone-apart') {
      const l = limit();
      add(l.label, l.vs);
    }
    plainAdd(
      'イベント数',
      rows.map((x) => String(x.e)),
    );
    if (!share) plainAdd('人年', bases);
    if (kind === 'lone') {
      const l = limit();
      add(rl, rates);
      add(l.label, l.vs);
    } else if (kind === 'lone-before') {
      const l = limit();
      add(l.label, l.vs);
      add(rl, rates);
    } else if (kind === 'lone-apart') add(rl, rates);
    else if (kind === 'triple' || kind === 'triple-before' || kind === 'triple-alone') {
      const [a, m, b] = dress(arg).split('|');
      if (kind === 'triple') add(rl, rates);
      add(a!, lo);
      add(m!, median);
      add(b!, hi);
      if (kind === 'triple-before') add(rl, rates);
    } else if (kind === 'share') {
      const [a, b] = dress(arg).split('|');
      add('割合（%）', rates);
      add(a!, lo);
      add(b!, hi);
    } else if (kind === 'share-lone-before') {
      const l = limit();
      add(l.label, l.vs);
      add('割合（%）', rates);
    } else if (kind === 'share-lone-apart') add('割合（%）', rates);
    else throw new Error(`rates8Tables: no form ${form}`);
    const text = [head.join('\t'), ...cells.map((c) => c.join('\t'))].join('\n') + '\n';
    out.push({ form, text, events: rows.map((x) => x.e), bases, factor, lines });
  }
  return out;
}
