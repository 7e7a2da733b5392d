/**
 * words50 (issue #11): a title's count naming both a column and a row (「A群の転倒 3例」「Falls in arm B: 3」「A群の切断と
 * 転倒 5例」), labels in brackets before a count (「【重篤】12例」「[SAE] 12」「（重篤）12例」「<Grade 3> 4」), and an N
 * over more than 4 sets of lines (「Serious AEs (n=7)」 over many small lines). Seeded (words50.test.ts: 2801–2830).
 * - `cross50`: two to four lines of small counts beside two of ordinary ones, two or three groups, the title naming a
 *   group and one line (two, a third of the time) and stating their crossing cells' sum (`Case49`: the named column,
 *   the lines as `subset`);
 * - `bracket50`: `unnamed48`'s tables, the title a bracketed label and the sum of two or three small lines (or, a
 *   third of the time, one small line's label in brackets and its sum: `subset` one line);
 * - `many50`: five to eight lines of small counts (1–3) beside two of ordinary ones, the title an N or a count of two
 *   or three of them naming none (many sets of lines add up alike);
 * - `innocent50`: ordinary tables (counts 10–60, a line of small counts half the time) under bracketed words that
 *   are no counts (「【参考】」「[Table 2]」「<2024年度>」) and an N of patients over events (at least the largest
 *   column's sum), which must not be refused.
 */
import { int, lcg, pick } from './helpers.ts';
import { LEADS, render, type Case44 } from './words44-families.ts';
import type { Case48 } from './words48-families.ts';
import type { Case49 } from './words49-families.ts';

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_EVENTS = ['Death', 'Withdrawal', 'Stroke', 'Fall', 'Amputation', 'Intubation', 'Transfusion', 'Bleeding'];
const plural = (w: string) => (w.endsWith('s') ? w : `${w}s`).toLowerCase();

function table(next: () => number, en: boolean, smallCount: [number, number], hi: number) {
  const cols = (en ? ['Arm A', 'Arm B', 'Arm C'] : ['A群', 'B群', 'C群']).slice(0, int(next, 2, 3));
  const names = [...(en ? EN_EVENTS : JA_EVENTS)].sort(() => next() - 0.5).slice(0, int(next, ...smallCount));
  const small = names.map((r) => [r, ...cols.map(() => int(next, 1, hi))]);
  const big = (en ? ['Hospitalization', 'Other'] : ['入院', 'その他']).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
  const lines: (string | number)[][] = [...small, ...big].sort(() => next() - 0.5);
  const smallAt = names.map((n) => lines.findIndex((l) => l[0] === n));
  return { cols, lines, smallAt };
}
const withTotal = (next: () => number, lines: (string | number)[][], cols: string[], en: boolean) =>
  next() < 0.5 ? [...lines, [en ? 'Total' : '合計', ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]] : lines;

export function cross50(seed: number, size: number): Case49[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const { cols, lines, smallAt } = table(next, en, [3, 4], 4);
    const c = int(next, 0, cols.length - 1);
    const two = next() < 0.33;
    const subset = [...smallAt]
      .sort(() => next() - 0.5)
      .slice(0, two ? 2 : 1)
      .sort((a, b) => a - b);
    const n = subset.reduce((s, i) => s + (lines[i]![c + 1] as number), 0);
    const [r1, r2] = subset.map((i) => lines[i]![0] as string);
    const col = cols[c]!;
    const rows = two ? (en ? `${r1} and ${plural(r2!)}` : `${r1}と${r2}`) : r1!;
    const words = en
      ? pick(next, [
          `${rows} in ${col.toLowerCase()}: ${n}`,
          `${col}, ${rows.toLowerCase()}: ${n}`,
          `${col} ${rows.toLowerCase()} events: ${n}`,
          `${n} ${two ? rows.toLowerCase() : plural(rows)} in ${col}`,
        ])
      : pick(next, [`${col}の${rows} ${n}例`, `${col}における${rows} ${n}件`, `${col}の${rows}（${n}名）`, `${rows}のうち${col} ${n}例`]);
    const title = en ? pick(next, [words, `Outcomes (${words})`]) : pick(next, [`${pick(next, LEADS)}（${words}）`, words]);
    const text = render(next, title, { cols, lines: withTotal(next, lines, cols, en) });
    return { text, said: title, leaks: true, lines, cols, named: { axis: 'cols', i: c }, subset };
  });
}

const sumOf = (lines: (string | number)[][], set: number[]) =>
  set.reduce((s, i) => s + (lines[i]!.slice(1) as number[]).reduce((a, b) => a + b, 0), 0);

export function bracket50(seed: number, size: number): Case48[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const { cols, lines, smallAt } = table(next, en, [2, 4], 4);
    const one = next() < 0.33;
    const subset = one
      ? [pick(next, smallAt)]
      : [...smallAt]
          .sort(() => next() - 0.5)
          .slice(0, Math.min(smallAt.length, int(next, 2, 3)))
          .sort((a, b) => a - b);
    const n = sumOf(lines, subset);
    const label = one
      ? (lines[subset[0]!]![0] as string)
      : en
        ? pick(next, ['SAE', 'Serious', 'Grade 3', 'Serious AEs'])
        : pick(next, ['重篤', '重篤な有害事象', 'Grade 3']);
    const [o, e] = pick(
      next,
      en
        ? [
            ['[', ']'],
            ['<', '>'],
            ['(', ')'],
          ]
        : [
            ['【', '】'],
            ['（', '）'],
            ['［', '］'],
            ['<', '>'],
            ['〔', '〕'],
          ],
    );
    const words = en
      ? pick(next, [`${o}${label}${e} ${n}`, `${o}${label}${e} ${n} events`, `${o}${label}${e}: ${n}`, `${o}${label}${e} (n=${n})`])
      : pick(next, [`${o}${label}${e}${n}例`, `${o}${label}${e} ${n}件`, `${o}${label}${e}：${n}例`, `${o}${label}${e}（N=${n}）`]);
    const title = en ? pick(next, [words, `Adverse events ${words}`]) : pick(next, [`${pick(next, LEADS)} ${words}`, words]);
    const text = render(next, title, { cols, lines: withTotal(next, lines, cols, en) });
    return { text, said: title, leaks: true, lines, cols, subset };
  });
}

export function many50(seed: number, size: number): Case48[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const { cols, lines, smallAt } = table(next, en, [5, 8], 3);
    const subset = [...smallAt]
      .sort(() => next() - 0.5)
      .slice(0, int(next, 2, 3))
      .sort((a, b) => a - b);
    const n = sumOf(lines, subset);
    const words = en
      ? pick(next, [`Serious AEs (n=${n})`, `Serious AEs (N = ${n})`, `Serious AEs: ${n}`, `${n} serious events`])
      : pick(next, [`重篤な有害事象（N=${n}）`, `重篤（n=${n}）`, `重篤 ${n}例`, `重篤な事象 ${n}件`]);
    const title = en ? pick(next, [words, `Adverse events, ${words}`]) : pick(next, [`${pick(next, LEADS)}（${words}）`, words]);
    const text = render(next, title, { cols, lines: withTotal(next, lines, cols, en) });
    return { text, said: title, leaks: true, lines, cols, subset };
  });
}

export function innocent50(seed: number, size: number): Case44[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const cols = (en ? ['Arm A', 'Arm B', 'Arm C'] : ['A群', 'B群', 'C群']).slice(0, int(next, 2, 3));
    const names = en ? ['Hospitalization', 'Other', 'Recovered', 'Improved'] : ['入院', 'その他', '回復', '軽快'];
    const lines: (string | number)[][] = names.slice(0, int(next, 2, 4)).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
    if (next() < 0.5) lines.unshift([pick(next, en ? EN_EVENTS : JA_EVENTS), ...cols.map(() => int(next, 1, 3))]);
    if (next() < 0.5)
      lines.splice(1, 0, [pick(next, en ? EN_EVENTS : JA_EVENTS) + (en ? ' (other)' : '（その他）'), ...cols.map(() => int(next, 1, 3))]);
    const grand = lines.reduce((s, l) => s + (l.slice(1) as number[]).reduce((a, b) => a + b, 0), 0);
    const most = Math.max(...cols.map((_, k) => lines.reduce((s, l) => s + (l[k + 1] as number), 0)));
    const patients = most + int(next, 0, Math.max(0, grand - most));
    const tag = en
      ? pick(next, ['[Reference]', '[Table 2]', '<FY2024>', '(Safety set)', '[Cohort 2]'])
      : pick(next, ['【参考】', '［表2］', '<2024年度>', '（安全性解析対象）', '【第2コホート】']);
    const words = en
      ? pick(next, [`${tag} Adverse events`, `${tag} Events in ${patients} patients`, `${tag} Adverse events (N=${patients})`])
      : pick(next, [`${tag}有害事象`, `${tag}有害事象（対象 ${patients}例）`, `${tag} 転帰（N=${patients}）`]);
    return { text: render(next, words, { cols, lines }), said: words, leaks: false, lines, cols };
  });
}

export const FAMILIES = { cross50, bracket50, many50, innocent50 } as const;
