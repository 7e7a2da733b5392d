/**
 * refuse6: tables with footnote lines under them as R's kableExtra, gt, gtsummary and flextable print them, pasted
 * with the table (no empty line between), in TSV and as HTML (the lines in 「tfoot」, one cell each): 「Note:」 and its
 * text on the next line, 「¹ n (%)」「² Fisher's exact test」 (on one line or two), 「a Fisher's exact test」,
 * 「Abbreviations: …」, 「注：」「※ …」. `plain` is the same table without the notes (the unit note's 「n (%)」 in the
 * corner), as main read it and the oracle reads it. In one table of five a note holds a count (`counted`): refused.
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads `count` tables of seed `seed`:
 * `ROOT=/path/to/main node test/pubcheck/refuse6-families.ts 200 61`.
 */
import { lcg, pick } from './helpers.ts';
import { shuffled } from './layout6-families.ts';
import type { RateTable } from './rates3-families.ts';
import { ciTables } from './refuse4-families.ts';

export interface FootnoteTable {
  text: string;
  html: string;
  plain: string;
  counted: boolean;
}

const GROUPS = ['A群', 'B群', 'C群', 'Placebo', 'Active', '男性', '女性'];
const ITEMS = ['発熱', '頭痛', '悪心', '発疹', '下痢', 'めまい'];
const TESTS = ["Fisher's exact test", "Pearson's Chi-squared test", 'Wilcoxon rank sum test'];
const TEXTS = [
  'Data are n (%).',
  'Percentages may not total due to rounding.',
  'Abbreviations: CI, confidence interval',
  '割合は四捨五入のため合計が一致しないことがある。',
];
const COUNTED = ['3 patients were excluded.', '除外 2例', 'Two patients withdrew.'];

export function footnoteTable(next: () => number): FootnoteTable {
  const groups = shuffled(next, GROUPS).slice(0, 2 + Math.floor(next() * 2));
  const items = shuffled(next, ITEMS).slice(0, 2 + Math.floor(next() * 4));
  const counts = groups.map(() => items.map(() => (next() < 0.3 ? 1 + Math.floor(next() * 9) : 10 + Math.floor(next() * 40))));
  const ns = counts.map((c) => c.reduce((a, x) => a + x, 0));
  const style = pick(next, ['kable', 'kable1', 'gtsummary', 'gtsummary1', 'gt', 'flextable', 'ja'] as const);
  const counted = next() < 0.2;
  // gtsummary writes its unit as the first note, and its cells without 「%」.
  const unit = style === 'gtsummary' || style === 'gtsummary1';
  const test = pick(next, TESTS);
  const text0 = pick(next, TEXTS);
  const notes: string[] = {
    kable: ['Note:', text0],
    kable1: [`Note: ${text0}`],
    gtsummary: ['¹ n (%)', `² ${test}`],
    gtsummary1: [`¹ n (%); ² ${test}`],
    gt: [`a ${test}`, `b ${pick(next, TESTS)}`],
    flextable: ['Abbreviations: CI, confidence interval', `* ${test}`],
    ja: ['注：', `※ ${text0}`],
  }[style];
  if (counted) notes.splice(Math.floor(next() * (notes.length + 1)), 0, pick(next, COUNTED));
  const header = ['', ...groups.map((g, j) => `${g} (N=${ns[j]})`)];
  const share = (j: number, i: number) => ((100 * counts[j]![i]!) / ns[j]!).toFixed(1);
  const row = (i: number, mark: string) => [items[i]!, ...groups.map((_, j) => `${counts[j]![i]} (${share(j, i)}${mark})`)];
  const rows = items.map((_, i) => row(i, unit ? '' : '%'));
  const tsv = (lines: string[][]) => lines.map((l) => l.join('\t')).join('\n') + '\n';
  const text = tsv([header, ...rows, ...notes.map((n) => [n])]);
  const plain = tsv([[unit ? 'n (%)' : '', ...header.slice(1)], ...rows]);
  const cells = (r: string[], tag: string) => `<tr>${r.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  const sup = (n: string) => n.replace(/^([¹²])/, (m) => `<sup>${'¹²'.indexOf(m) + 1}</sup>`).replace(/; ²/, '; <sup>2</sup>');
  const html = [
    '<table>',
    `<thead>${cells(header, 'th')}</thead>`,
    `<tbody>${rows.map((r) => cells(r, 'td')).join('\n')}</tbody>`,
    `<tfoot>${notes.map((n) => `<tr><td colspan="${header.length}">${sup(n)}</td></tr>`).join('\n')}</tfoot>`,
    '</table>',
    '',
  ].join('\n');
  return { text, html, plain, counted };
}

/** Labels of person-time as a sum of years of follow-up, and of a rate as 「頻度」 with its interval. */
export const DURATION_LABELS = ['観察期間（年）', '追跡期間（年）', 'Follow-up (years)', '観察期間(年)'];
export const FREQUENCY_LABELS = ['頻度 (95% CI)', '頻度（95%CI）', '発現頻度 (95% CI)', 'IR (95% CI)'];

export interface PersonTimeTable extends RateTable {
  /** `sum`: the years of follow-up summed over the line's patients (person-time); `mean`: their mean (a statistic). */
  mode: 'sum' | 'mean';
  /** Every value of the duration is more than 120 years (no one patient's time). */
  overLife: boolean;
}

/**
 * refuse4's `ciTables` (2–3 groups and 合計, 患者数, イベント数, 死亡数, 人年 0.5–4.5 years a patient, a rate per 1,000 or
 * 100 人年 with its interval) with 人年 headed as a duration in years (`DURATION_LABELS`) and the rate as 「頻度 (95% CI)」
 * (`FREQUENCY_LABELS`); in `mean` mode the duration's values are each line's mean years (person-time ÷ 患者数).
 */
export function personTimeTables(count: number, seed: number): PersonTimeTable[] {
  const random = lcg(seed + 1);
  return ciTables(count, seed).map((t) => {
    const [duration, frequency] = [pick(random, DURATION_LABELS), pick(random, FREQUENCY_LABELS)];
    const mode = random() < 0.25 ? 'mean' : 'sum';
    const lines = t.text
      .trimEnd()
      .split('\n')
      .map((l) => l.split('\t'));
    lines[0]![4] = duration;
    lines[0]![5] = frequency;
    for (const l of lines.slice(1)) if (mode === 'mean') l[4] = (Number(l[4]) / Number(l[1])).toFixed(1);
    const values = lines.slice(1).map((l) => Number(l[4]));
    const text = lines.map((l) => l.join('\t')).join('\n') + '\n';
    return { ...t, text, label: frequency, mode, overLife: values.every((v) => v > 120) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { check } = await import(`${root}/src/pubcheck/check.ts`);
  const { fixtureBundle, solver } = await import(`${root}/test/pubcheck/helpers.ts`);
  const highs = await solver();
  const bundle = fixtureBundle();
  const [count, seed] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 61)];
  const next = lcg(seed);
  const tally = new Map<string, number>();
  const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  for (let k = 0; k < count; k++) {
    const t = footnoteTable(next);
    for (const [shape, text] of [
      ['tsv', t.text],
      ['html', t.html],
    ] as const) {
      const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
      const codes = r.ok ? [] : [...new Set(r.errors.map((e: { code: string }) => e.code))].sort();
      add(`${t.counted ? 'counted' : 'plain'} ${shape}: ${codes.length === 0 ? 'read' : `refused ${codes.join('+')}`}`);
    }
  }
  for (const t of personTimeTables(count, seed)) {
    const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    const codes = r.ok ? [] : [...new Set(r.errors.map((e: { code: string }) => e.code))].sort();
    add(`person-time ${t.mode}${t.overLife ? ' >120y' : ''}: ${codes.length === 0 ? 'read' : `refused ${codes.join('+')}`}`);
  }
  for (const [k, n] of [...tally].sort()) console.log(`${n}\t${k}`);
}
