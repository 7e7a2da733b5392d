/**
 * words49 (issue #11): a title's count naming a column or a row by its label (「A群の重篤 5例」「Serious AEs in arm B: 7」
 * 「男性の重篤 3例」「転倒のうち重篤 4例」), the sum of some of that line's cells or of all of them; and titles naming a
 * group with its N (「A群 (N=40)」), which are no counts of events. Seeded (words49.test.ts: seeds 2701–2710).
 * - `column49`: two to four lines of small counts (1–4) beside two of ordinary ones (a 合計 row half the time), the
 *   title naming one column (a row a fifth of the time) and stating the sum of one or more of its small cells (all
 *   of its cells an eighth of the time); `named` the line (axis, index), `subset` the cells (indices across it);
 * - `innocent49`: tables of counts 10–60 with a line of small counts half the time, titles naming a group with its
 *   N (「A群 (N=40)」「Arm A (n=40), Arm B (n=38)」「男性 40例」「Patients in arm A: 40」), which must not be refused.
 */
import { int, lcg, pick } from './helpers.ts';
import { LEADS, render, type Case44 } from './words44-families.ts';

export interface Case49 extends Case44 {
  named: { axis: 'rows' | 'cols'; i: number };
  /** Indices across the named line (lines for a column, columns for a row) whose cells the title sums. */
  subset: number[];
}

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_EVENTS = ['Death', 'Withdrawal', 'Stroke', 'Fall', 'Amputation', 'Intubation', 'Transfusion', 'Bleeding'];

export function column49(seed: number, size: number): Case49[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const cols = (
      en
        ? pick(next, [
            ['Arm A', 'Arm B', 'Arm C'],
            ['Male', 'Female'],
          ])
        : pick(next, [
            ['A群', 'B群', 'C群'],
            ['男性', '女性'],
          ])
    ).slice(0, int(next, 2, 3));
    const names = [...(en ? EN_EVENTS : JA_EVENTS)].sort(() => next() - 0.5).slice(0, int(next, 2, 4));
    const small = names.map((r) => [r, ...cols.map(() => int(next, 1, 4))]);
    const big = (en ? ['Hospitalization', 'Other'] : ['入院', 'その他']).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
    const lines: (string | number)[][] = [...small, ...big].sort(() => next() - 0.5);
    const smallAt = names.map((n) => lines.findIndex((l) => l[0] === n));
    const byRow = cols.length === 3 && next() < 0.2;
    let named: Case49['named'];
    let subset: number[];
    let label: string;
    if (byRow) {
      const i = pick(next, smallAt);
      named = { axis: 'rows', i };
      subset = next() < 0.125 ? cols.map((_, k) => k) : cols.map((_, k) => k).filter(() => next() < 0.6);
      if (subset.length === 0) subset = [int(next, 0, cols.length - 1)];
      label = lines[i]![0] as string;
    } else {
      const k = int(next, 0, cols.length - 1);
      named = { axis: 'cols', i: k };
      subset = next() < 0.125 ? lines.map((_, i) => i) : smallAt.filter(() => next() < 0.6).sort((a, b) => a - b);
      if (subset.length === 0) subset = [pick(next, smallAt)];
      label = cols[k]!;
    }
    const n = subset.reduce(
      (s, x) => s + (named.axis === 'cols' ? (lines[x]![named.i + 1] as number) : (lines[named.i]![x + 1] as number)),
      0,
    );
    const words =
      named.axis === 'cols'
        ? en
          ? pick(next, [
              `Serious AEs in ${label.toLowerCase()}: ${n}`,
              `${label}, SAEs ${n}`,
              `${label} serious events: ${n}`,
              `${n} serious events in ${label}`,
            ])
          : pick(next, [
              `${label}の重篤 ${n}例`,
              `${label}における重篤な事象 ${n}件`,
              `${label} 重篤 ${n}例`,
              `${label}の重篤な有害事象（${n}名）`,
            ])
        : en
          ? pick(next, [`Serious ${label.toLowerCase()} events: ${n}`, `${label}, serious ${n} patients`])
          : pick(next, [`${label}のうち重篤 ${n}例`, `${label}の重篤 ${n}件`]);
    const title = en ? pick(next, [words, `Outcomes (${words})`]) : pick(next, [`${pick(next, LEADS)}（${words}）`, words]);
    const withTotal =
      next() < 0.5
        ? [...lines, [en ? 'Total' : '合計', ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]]
        : lines;
    return { text: render(next, title, { cols, lines: withTotal }), said: title, leaks: true, lines, cols, named, subset };
  });
}

export function innocent49(seed: number, size: number): Case44[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const cols = (
      en
        ? pick(next, [
            ['Arm A', 'Arm B', 'Arm C'],
            ['Male', 'Female'],
          ])
        : pick(next, [
            ['A群', 'B群', 'C群'],
            ['男性', '女性'],
          ])
    ).slice(0, int(next, 2, 3));
    const names = en ? ['Hospitalization', 'Other', 'Recovered'] : ['入院', 'その他', '回復'];
    const lines: (string | number)[][] = names.slice(0, int(next, 2, 3)).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
    if (next() < 0.5) lines.unshift([pick(next, en ? EN_EVENTS : JA_EVENTS), ...cols.map(() => int(next, 1, 3))]);
    // An N of patients at least the column's count of events (no N below its sum, refused as before).
    const ns = cols.map((_, k) => lines.reduce((s, l) => s + (l[k + 1] as number), 0) + int(next, 0, 20));
    const c = int(next, 0, cols.length - 1);
    const words = en
      ? pick(next, [
          `${cols[c]} (N=${ns[c]})`,
          `${cols[c]} (n = ${ns[c]} patients)`,
          cols.map((x, k) => `${x} (n=${ns[k]})`).join(', '),
          `Patients in ${cols[c]!.toLowerCase()}: ${ns[c]}`,
        ])
      : pick(next, [
          `${cols[c]} (N=${ns[c]})`,
          `${cols[c]}（N=${ns[c]}）`,
          cols.map((x, k) => `${x}（N=${ns[k]}）`).join('、'),
          `${cols[c]} ${ns[c]}例`,
        ]);
    const title = en ? pick(next, [words, `Adverse events, ${words}`]) : pick(next, [`${pick(next, LEADS)}（${words}）`, words]);
    return { text: render(next, title, { cols, lines }), said: title, leaks: false, lines, cols };
  });
}

export const FAMILIES = { column49, innocent49 } as const;
