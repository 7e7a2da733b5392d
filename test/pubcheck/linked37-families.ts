/**
 * linked37 (issue #11): one-count lists regrouped in another table in shapes linked35's `seriesRange` did not read, and
 * life tables whose time points are written differently in two tables. Each case: the text with its true counts, and
 * its kind; one count small (1–9) inside a band of two lines or more. Judged by the independent oracle (oracle.ts,
 * which since linked37 reads these shapes as an attacker does, written apart from the engine; `steps` across tables
 * with time points read alike) over the cells the checker hides (linked37-measure.ts).
 * - series/substage: 「Stage IIIA」「Stage IIIB」(「IIIC」) beside 「Stage III」 (or 「IIIA期」 beside 「III期」).
 * - series/g: 「G1」…「G4」 beside 「Grade 1-2」「Grade 3-4」 (or the other way round).
 * - series/month: 「2020年1月」…「2020年12月」 (or 「2020/1」, 「2020-01」) beside 「2020年」.
 * - series/quarter: months beside 「2020年Q1」… or 「2020年第1四半期」… (or 「1月」… beside 「第1四半期」…).
 * - series/fiscal: 「2020年4月」…「2021年3月」 beside 「2020年度」.
 * - series/age5: 5-year bands 「20-24歳」… beside 10-year bands 「20-29歳」 or 「20代」.
 * - life/timepoints: life37's life/across with the time points written differently in the two tables (「6か月」 against
 *   「6ヶ月」「6カ月」, 「6 months」 against 「6M」).
 */
import { arm } from './life37-families.ts';
import { int, lcg, pick } from './helpers.ts';

export type Kind = 'series/substage' | 'series/g' | 'series/month' | 'series/quarter' | 'series/fiscal' | 'series/age5' | 'life/timepoints';
export const SERIES_KINDS: readonly Kind[] = [
  'series/substage',
  'series/g',
  'series/month',
  'series/quarter',
  'series/fiscal',
  'series/age5',
];
export const KINDS: readonly Kind[] = [...SERIES_KINDS, 'life/timepoints'];

export interface Case {
  kind: Kind;
  text: string;
}

function list(head: string, unit: string, labels: readonly string[], counts: readonly number[], title?: string): string {
  return [...(title ? [title] : []), `${head}\t${unit}`, ...labels.map((l, k) => `${l}\t${counts[k]}`)].join('\n');
}

/** Two lists: `fine` lines with counts, and `bands` each the sum of the fine lines it names; one fine count small. */
function regrouped(
  next: () => number,
  head: string,
  fine: readonly string[],
  bands: readonly (readonly [string, readonly number[]])[],
): string {
  const unit = pick(next, ['人数', 'n', '患者数']);
  const counts = fine.map(() => int(next, 12, 45));
  const wide = bands.filter(([, xs]) => xs.length >= 2);
  counts[pick(next, pick(next, wide)[1])] = int(next, 1, 9);
  const first = list(head, unit, fine, counts);
  const second = list(
    head,
    unit,
    bands.map(([l]) => l),
    bands.map(([, xs]) => xs.reduce((s, k) => s + counts[k]!, 0)),
    pick(next, ['# 表2', '# 区分をまとめた集計']),
  );
  return next() < 0.5 ? `${first}\n\n${second}\n` : `${second}\n\n${first}\n`;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

/** One case of `kind` from `next`. */
export function make(kind: Kind, next: () => number): Case {
  if (kind === 'series/substage') {
    const ki = next() < 0.3;
    const subs = ['A', 'B', 'C'].slice(0, int(next, 2, 3));
    const at = int(next, 2, 3); // III or II split
    const roman = ['I', 'II', 'III', 'IV'];
    const name = (r: string) => (ki ? `${r}期` : `Stage ${r}`);
    const fine: string[] = [];
    const bands: [string, number[]][] = [];
    roman.forEach((r, k) => {
      if (k + 1 === at) {
        bands.push([name(r), subs.map((_, j) => fine.length + j)]);
        fine.push(...subs.map((x) => name(`${r}${x}`)));
      } else {
        bands.push([name(r), [fine.length]]);
        fine.push(name(r));
      }
    });
    return { kind, text: regrouped(next, '病期', fine, bands) };
  }
  if (kind === 'series/g') {
    const n = int(next, 4, 5);
    const gFine = next() < 0.5;
    const fine = range(1, n).map((g) => (gFine ? `G${g}` : `Grade ${g}`));
    const bands: [string, number[]][] = [];
    for (let k = 0; k < n; k += 2) {
      const xs = range(k, Math.min(k + 1, n - 1));
      const label = xs.length === 1 ? (gFine ? `Grade ${k + 1}` : `G${k + 1}`) : gFine ? `Grade ${k + 1}-${k + 2}` : `G${k + 1}-${k + 2}`;
      bands.push([label, xs]);
    }
    return { kind, text: regrouped(next, '重症度', fine, bands) };
  }
  if (kind === 'series/month') {
    const y = int(next, 2015, 2022);
    const years = int(next, 1, 2);
    const style = pick(next, ['年月', '/', '-']);
    const name = (yy: number, m: number) =>
      style === '年月' ? `${yy}年${m}月` : style === '/' ? `${yy}/${m}` : `${yy}-${String(m).padStart(2, '0')}`;
    const fine = range(y, y + years - 1).flatMap((yy) => range(1, 12).map((m) => name(yy, m)));
    const bands = range(0, years - 1).map((k) => [`${y + k}年`, range(k * 12, k * 12 + 11)] as const);
    return { kind, text: regrouped(next, '診断時期', fine, bands) };
  }
  if (kind === 'series/quarter') {
    const y = int(next, 2015, 2022);
    const style = pick(next, ['Q', '第', 'none']);
    const fine = range(1, 12).map((m) => (style === 'none' ? `${m}月` : `${y}年${m}月`));
    const bands = range(1, 4).map(
      (q) => [style === 'Q' ? `${y}年Q${q}` : style === '第' ? `${y}年第${q}四半期` : `第${q}四半期`, range(q * 3 - 3, q * 3 - 1)] as const,
    );
    return { kind, text: regrouped(next, '時期', fine, bands) };
  }
  if (kind === 'series/fiscal') {
    const y = int(next, 2015, 2022);
    const years = int(next, 1, 2);
    const fine = range(0, years * 12 - 1).map((k) => {
      const m = ((k + 3) % 12) + 1;
      return `${y + Math.floor((k + 3) / 12)}年${m}月`;
    });
    const bands = range(0, years - 1).map((k) => [`${y + k}年度`, range(k * 12, k * 12 + 11)] as const);
    return { kind, text: regrouped(next, '年度', fine, bands) };
  }
  if (kind === 'series/age5') {
    const from = pick(next, [0, 20, 40]);
    const n = int(next, 2, 3);
    const dai = next() < 0.5 && from > 0;
    const fine = range(0, n * 2 - 1).map((k) => `${from + k * 5}-${from + k * 5 + 4}歳`);
    const bands = range(0, n - 1).map(
      (k) => [dai ? `${from + k * 10}代` : `${from + k * 10}-${from + k * 10 + 9}歳`, [k * 2, k * 2 + 1]] as const,
    );
    return { kind, text: regrouped(next, '年齢', fine, bands) };
  }
  // life/timepoints: the at-risk line in one table, the events and censored in another, time points written apart.
  const points = int(next, 3, 4);
  const arms = int(next, 1, 2);
  const unit = pick(next, ['jp', 'en', 'year']);
  const steps = range(0, points - 1).map((k) => k * (unit === 'year' ? 1 : 6));
  const [one, two] =
    unit === 'jp'
      ? pick(next, [
          ['か月', 'ヶ月'],
          ['ヶ月', 'カ月'],
          ['カ月', 'か月'],
          ['ヵ月', 'ケ月'],
        ])
      : unit === 'en'
        ? pick(next, [
            [' months', 'M'],
            ['M', ' mo'],
            [' months', 'か月'],
          ])
        : pick(next, [
            ['年', ' years'],
            [' y', '年'],
          ]);
  const data = range(1, arms).map(() => arm(next, points));
  const names = arms === 1 ? ['全体'] : ['A群', 'B群'];
  const risk = [
    `# ${pick(next, ['Number at risk', 'リスク集合', 'No. at risk'])}`,
    ['', ...steps.map((t) => `${t}${one}`)].join('\t'),
    ...data.map((d, i) => [names[i], ...d.risk].join('\t')),
  ].join('\n');
  const lines = data.flatMap((d, i) => [
    [arms === 1 ? 'イベント' : `${names[i]} イベント`, ...d.events],
    [arms === 1 ? '打ち切り' : `${names[i]} 打ち切り`, ...d.censored],
  ]);
  const events = ['# 区間ごとの内訳', ['', ...steps.map((t) => `${t}${two}`)].join('\t'), ...lines.map((l) => l.join('\t'))].join('\n');
  return { kind, text: `${risk}\n\n${events}\n` };
}

/** `count` cases of `kind` from `seed`. */
export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}

/**
 * Chance (linked37): the same shapes of labels, the two tables unrelated — every count drawn apart (small ones among
 * them), so that a link would be by chance only.
 */
export function chance(count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const kind = pick(next, KINDS);
    const c = make(kind, next);
    const text = c.text.replace(/\t\d+(?=\t|$)/gm, () => `\t${next() < 0.2 ? int(next, 1, 9) : int(next, 10, 90)}`);
    return { kind, text };
  });
}
