/**
 * words52 (issue #11): a title's count of two lines' patients counted once (「B群の肺炎・輸血 4例」「肺炎または輸血の患者
 * 9例」「Patients with stroke or fall in arm B: 5」: the union, not the sum), and a bare number before one line's label
 * alone (「有害事象（3 肺炎）」「Outcomes (4 Stroke)」). Seeded (words52.test.ts: 3051–3070).
 * - `union52`: two to four lines of small counts (1–4) beside two of ordinary ones (a 合計 row half the time), the
 *   title naming two small lines, and a column two thirds of the time, with the count of their patients counted once
 *   (at least one patient with both: the count below their sum, at least the larger); `pair` the two lines, `col` the
 *   column (null: the whole lines), `overlap` the patients with both per column;
 * - `before52`: the same tables, the title a bare number before one small line's label, the line's sum or the sum of
 *   some of its cells (`Case49`: the line named as a row, `subset` its columns);
 * - `innocent52`: ordinary tables (counts 10–60, a small line half the time) under titles with a number before a
 *   word that is no line's label (「表2 転帰」「2024 年度」「3 施設」) or before a label where it is no sum of its cells.
 */
import { int, lcg, pick } from './helpers.ts';
import { LEADS, render, type Case44 } from './words44-families.ts';
import type { Case49 } from './words49-families.ts';

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_EVENTS = ['Death', 'Withdrawal', 'Stroke', 'Fall', 'Amputation', 'Intubation', 'Transfusion', 'Bleeding'];

export interface Case52 extends Case44 {
  /** The rendered lines (a 合計 row too where printed). */
  shown: (string | number)[][];
  pair: [number, number];
  col: number | null;
  overlap: number[];
  union: number;
}

function table(next: () => number, en: boolean) {
  const cols = (en ? ['Arm A', 'Arm B', 'Arm C'] : ['A群', 'B群', 'C群']).slice(0, int(next, 2, 3));
  const names = [...(en ? EN_EVENTS : JA_EVENTS)].sort(() => next() - 0.5).slice(0, int(next, 2, 4));
  const small = names.map((r) => [r, ...cols.map(() => int(next, 1, 4))]);
  const big = (en ? ['Hospitalization', 'Other'] : ['入院', 'その他']).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
  const lines: (string | number)[][] = [...small, ...big].sort(() => next() - 0.5);
  const smallAt = names.map((n) => lines.findIndex((l) => l[0] === n));
  const shown =
    next() < 0.5 ? [...lines, [en ? 'Total' : '合計', ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]] : lines;
  return { cols, lines, smallAt, shown };
}

export function union52(seed: number, size: number): Case52[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const { cols, lines, smallAt, shown } = table(next, en);
    const [i, j] = [...smallAt].sort(() => next() - 0.5).slice(0, 2) as [number, number];
    const col = next() < 0.67 ? int(next, 0, cols.length - 1) : null;
    const at = (r: number, k: number) => lines[r]![k + 1] as number;
    // Patients with both: at least one in the named column (or somewhere on the whole lines).
    const overlap = cols.map((_, k) => (col === null || k === col ? int(next, 0, Math.min(at(i, k), at(j, k))) : 0));
    const some = col ?? int(next, 0, cols.length - 1);
    if (overlap[some] === 0) overlap[some] = int(next, 1, Math.min(at(i, some), at(j, some)));
    const ks = col === null ? cols.map((_, k) => k) : [col];
    const union = ks.reduce((s, k) => s + at(i, k) + at(j, k) - overlap[k]!, 0);
    const [r1, r2] = [lines[i]![0] as string, lines[j]![0] as string];
    const c = col === null ? '' : cols[col]!;
    const words =
      col === null
        ? en
          ? pick(next, [`Patients with ${r1.toLowerCase()} or ${r2.toLowerCase()}: ${union}`, `${r1} or ${r2} (patients): ${union}`])
          : pick(next, [
              `${r1}または${r2}の患者 ${union}例`,
              `${r1}・${r2}のいずれかを認めた患者 ${union}例`,
              `${r1}と${r2}（重複なし）${union}例`,
            ])
        : en
          ? pick(next, [
              `Patients with ${r1.toLowerCase()} or ${r2.toLowerCase()} in ${c.toLowerCase()}: ${union}`,
              `${c}, ${r1.toLowerCase()} or ${r2.toLowerCase()}: ${union} patients`,
            ])
          : pick(next, [`${c}の${r1}・${r2} ${union}例`, `${c}の${r1}または${r2}の患者 ${union}例`, `${r1}と${r2}のうち${c} ${union}例`]);
    const title = en ? pick(next, [words, `Outcomes (${words})`]) : pick(next, [`${pick(next, LEADS)}（${words}）`, words]);
    return {
      text: render(next, title, { cols, lines: shown }),
      said: title,
      leaks: true,
      lines,
      cols,
      shown,
      pair: [i, j],
      col,
      overlap,
      union,
    };
  });
}

export function before52(seed: number, size: number): (Case49 & { shown: (string | number)[][] })[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const { cols, lines, smallAt, shown } = table(next, en);
    const i = pick(next, smallAt);
    let subset = next() < 0.5 ? cols.map((_, k) => k) : cols.map((_, k) => k).filter(() => next() < 0.5);
    if (subset.length === 0) subset = [int(next, 0, cols.length - 1)];
    const n = subset.reduce((s, k) => s + (lines[i]![k + 1] as number), 0);
    const label = lines[i]![0] as string;
    const words = en
      ? pick(next, [`Outcomes (${n} ${label})`, `Adverse events: ${n} ${label}`, `${n} ${label}`])
      : pick(next, [
          `${pick(next, LEADS)}（${n} ${label}）`,
          `${pick(next, LEADS)} ${n} ${label}`,
          `${n} ${label}`,
          `${n}　${label}の患者`,
        ]);
    return {
      text: render(next, words, { cols, lines: shown }),
      said: words,
      leaks: true,
      lines,
      cols,
      shown,
      named: { axis: 'rows', i },
      subset,
    };
  });
}

export function innocent52(seed: number, size: number): Case44[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const cols = (en ? ['Arm A', 'Arm B', 'Arm C'] : ['A群', 'B群', 'C群']).slice(0, int(next, 2, 3));
    const names = en ? ['Hospitalization', 'Other', 'Recovered'] : ['入院', 'その他', '回復'];
    const lines: (string | number)[][] = names.slice(0, int(next, 2, 3)).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
    if (next() < 0.5) lines.unshift([pick(next, en ? EN_EVENTS : JA_EVENTS), ...cols.map(() => int(next, 1, 3))]);
    const big = lines[lines.length - 1]![0] as string;
    const words = en
      ? pick(next, [`Table 2 ${big}`, `2024 ${big}`, `Outcomes (3 sites)`, `Cohort 2 ${big} and other outcomes`, `Week 12 ${big}`])
      : pick(next, [`表2 ${big}`, `2024 年度 ${big}`, `転帰（3 施設）`, `第2 コホート ${big}`, `12 週 ${big}の転帰`]);
    return { text: render(next, words, { cols, lines }), said: words, leaks: false, lines, cols };
  });
}
