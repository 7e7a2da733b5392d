/**
 * words48 (issue #11): a title's count over several lines naming none of them (「重篤 12例」「Serious AEs: 12」「Serious
 * AEs (n=12)」), English lists of lines (「Deaths and discontinuations (n=12)」「Grade 3, 4 and 5: 7 patients」「AEs leading
 * to death or withdrawal 15」), and numbers in titles that are no counts (「用量10の群」「Dose 20 arm」「Week 12」「Visit
 * 3」「Grade 3」). Seeded (words48.test.ts: seeds 2601–2610).
 * - `unnamed48`: two to four lines of small counts beside two of ordinary ones (a 合計 row half the time), the title
 *   stating the sum of two or three of the small lines in words naming none of them, Japanese or English, a count
 *   (「重篤 12例」「12 serious events」) or an N (「Serious AEs (n=12)」); `subset` holds the lines;
 * - `english48`: the same tables in English, the title naming the lines in an English list (commas, Oxford comma,
 *   「or」「&」「/」, plurals, a shared word written once: 「Grade 3, 4 and 5」);
 * - `behind48`: `unnamed48` with a dose, a time or a step before the count (「用量10の群 重篤 12例」「Week 12, Serious AEs: 12」);
 * - `innocent48`: tables of counts 10–60 with a line of small counts half the time, titles with doses, weeks, visits,
 *   grades, cycles, arms (no count) or an N of patients over a table of events (「対象 120例」 not the table's sum).
 */
import { int, lcg, pick } from './helpers.ts';
import { LEADS, render, type Case44 } from './words44-families.ts';

export interface Case48 extends Case44 {
  /** The lines (indices into `lines`) whose sum the title states. */
  subset: number[];
}

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_EVENTS = [
  'Death',
  'Discontinuation',
  'Withdrawal',
  'Stroke',
  'Fall',
  'Amputation',
  'Intubation',
  'Transfusion',
  'Reoperation',
  'Bleeding',
];

function tables(next: () => number, names: readonly string[], others: readonly string[], colNames: readonly string[]) {
  const cols = colNames.slice(0, int(next, 2, 3));
  const smallNames = [...names].sort(() => next() - 0.5).slice(0, int(next, 2, 4));
  const small = smallNames.map((r) => [r, ...cols.map(() => int(next, 1, 4))]);
  const big = others.map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
  const lines = [...small, ...big].sort(() => next() - 0.5);
  const k = Math.min(small.length, int(next, 2, 3));
  const subset = smallNames
    .slice(0, k)
    .map((n) => lines.findIndex((l) => l[0] === n))
    .sort((a, b) => a - b);
  const sum = subset.reduce((s, i) => s + (lines[i]!.slice(1) as number[]).reduce((a, b) => a + b, 0), 0);
  return { cols, lines, subset, sum };
}

function withTotal(next: () => number, lines: (string | number)[][], cols: readonly string[], total: string) {
  return next() < 0.5 ? [...lines, [total, ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]] : lines;
}

/** A title stating the sum of two or three small lines, naming none: all leak where read as nothing. */
export function unnamed48(seed: number, size: number, behind = false): Case48[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const t = en
      ? tables(next, EN_EVENTS, ['Hospitalization', 'Other'], ['Arm A', 'Arm B', 'Arm C'])
      : tables(next, JA_EVENTS, ['入院', 'その他'], ['A群', 'B群', 'C群']);
    const n = t.sum;
    // `behind48`: a dose, a time or a step before the count (「用量10の群 重篤 12例」「Week 12, Serious AEs: 12」).
    const lead = behind
      ? `${
          en
            ? pick(next, [
                `Dose ${pick(next, [10, 20, 40])} arm`,
                `Week ${int(next, 1, 52)}`,
                `Visit ${int(next, 1, 9)}`,
                `Cycle ${int(next, 1, 6)}`,
              ])
            : pick(next, [
                `用量${pick(next, [10, 20, 40])}の群`,
                `${pick(next, [10, 20, 40])} mg群`,
                `投与${int(next, 1, 52)}週`,
                `第${int(next, 1, 9)}回来院`,
              ])
        }${en ? ', ' : ' '}`
      : '';
    const words =
      lead +
      (en
        ? pick(next, [
            `Serious AEs: ${n}`,
            `Serious AEs (n=${n})`,
            `Serious adverse events (N = ${n})`,
            `${n} serious events`,
            `Serious events in ${n} patients`,
            `SAEs ${n}`,
          ])
        : pick(next, [`重篤 ${n}例`, `重篤な事象${n}件`, `（重篤 ${n}例）`, `重篤（n=${n}）`, `重篤な有害事象 ${n}名`]));
    const title = en
      ? pick(next, [words, `Table 2. Outcomes, ${words}`, `Outcomes (${words})`])
      : pick(next, [`${pick(next, LEADS)}（${words}）`, words, `${pick(next, LEADS)}、${words}`]);
    const lines = withTotal(next, t.lines, t.cols, en ? 'Total' : '合計');
    return { text: render(next, title, { cols: t.cols, lines }), said: title, leaks: true, lines, cols: t.cols, subset: t.subset };
  });
}

const plural = (w: string) => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|sh|ch|x)$/.test(w) ? `${w}es` : `${w}s`);

/** English tables, the title naming the summed lines in an English list: all leak where read as nothing. */
export function english48(seed: number, size: number): Case48[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const graded = next() < 0.3;
    const t = graded
      ? tables(next, ['Grade 3', 'Grade 4', 'Grade 5'], ['Grade 1', 'Grade 2'], ['Arm A', 'Arm B', 'Arm C'])
      : tables(next, EN_EVENTS, ['Hospitalization', 'Other'], ['Arm A', 'Arm B', 'Arm C']);
    const n = t.sum;
    const names = t.subset.map((i) => t.lines[i]![0] as string);
    const lower = (w: string, k: number) => (k === 0 ? w : w.toLowerCase());
    const list = (join: string, oxford: boolean, form: (w: string, k: number) => string) => {
      const ws = names.map(form);
      return ws.length === 2 ? `${ws[0]}${join}${ws[1]}` : `${ws.slice(0, -1).join(', ')}${oxford ? ',' : ''}${join}${ws.at(-1)}`;
    };
    const joiner = pick(next, [' and ', ' or ', ' & ', '/']);
    const oxford = joiner !== '/' && next() < 0.5;
    const written = graded
      ? next() < 0.5
        ? list(joiner, oxford, (w, k) => (k === 0 ? w : w.replace('Grade ', '')))
        : list(joiner, oxford, lower)
      : list(joiner, oxford, next() < 0.5 ? lower : (w, k) => lower(plural(w), k));
    const words = pick(next, [
      `${written} (n=${n})`,
      `${written}: ${n}`,
      `${written}: ${n} patients`,
      `AEs leading to ${written.toLowerCase()} ${n}`,
      `${written}, ${n} events`,
    ]);
    const title = pick(next, [words, `Table 3. ${words}`]);
    const lines = withTotal(next, t.lines, t.cols, 'Total');
    return { text: render(next, title, { cols: t.cols, lines }), said: title, leaks: true, lines, cols: t.cols, subset: t.subset };
  });
}

/** Titles with doses, times, steps and arms (no count), or an N of patients over events; half over a small line. */
export function innocent48(seed: number, size: number): Case44[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const cols = (en ? ['Arm A', 'Arm B', 'Arm C'] : ['A群', 'B群', 'C群']).slice(0, int(next, 2, 3));
    const names = en ? ['Hospitalization', 'Other', 'Recovered'] : ['入院', 'その他', '回復'];
    const lines: (string | number)[][] = names.slice(0, int(next, 2, 3)).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
    if (next() < 0.5) lines.unshift([pick(next, en ? EN_EVENTS : JA_EVENTS), ...cols.map(() => int(next, 1, 3))]);
    const grand = lines.reduce((s, l) => s + (l.slice(1) as number[]).reduce((a, b) => a + b, 0), 0);
    const [a, d] = [int(next, 1, 12), pick(next, [5, 10, 20, 25, 40, 50, 100])];
    // An N of patients over a table of events: more than the largest line, less than the table's sum.
    const patients = int(next, Math.ceil(grand / 3), grand - 1);
    const words = en
      ? pick(next, [
          `Dose ${d} arm`,
          `Dose ${d} and ${d * 2} arms`,
          `Week ${a}`,
          `Weeks ${a} to ${a + 4}`,
          `Visit ${a}`,
          `Grade ${Math.min(a, 5)}`,
          `Cycle ${a}`,
          `Day ${a}`,
          `Cohort ${a}`,
          `Dose level ${a}`,
          `Events at week ${a}`,
          `Adverse events (N = ${patients} patients)`,
          `Events in ${patients} patients`,
        ])
      : pick(next, [
          `用量${d}の群`,
          `用量${d}群の転帰`,
          `${d} mg群`,
          `投与${a}週の転帰`,
          `${a}週時点`,
          `第${a}回来院`,
          `グレード${Math.min(a, 5)}`,
          `第${a}サイクル`,
          `用量レベル${a}`,
          `対象 ${patients}例の有害事象`,
          `有害事象（対象患者 N=${patients}）`,
        ]);
    const title = en
      ? pick(next, [words, `Table 2. Adverse events, ${words}`])
      : pick(next, [`${pick(next, LEADS)}（${words}）`, words, `${pick(next, LEADS)}、${words}`]);
    return { text: render(next, title, { cols, lines }), said: title, leaks: false, lines, cols };
  });
}

/** `unnamed48` with a dose, a time or a step before the count: all leak where read as nothing. */
export const behind48 = (seed: number, size: number) => unnamed48(seed, size, true);

export const FAMILIES = { unnamed48, english48, innocent48, behind48 } as const;
