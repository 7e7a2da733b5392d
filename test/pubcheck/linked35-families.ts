/**
 * linked35 (issue #11): one-count lists regrouped in another table by something other than ages, and titles naming a
 * line in other words. Each case: the text with its true counts, and its kind. Judged by the independent oracle
 * (oracle.ts, which since linked35 reads numbered series, 「その他」 and a title's generic words as an attacker does,
 * written apart from the engine) over the cells the checker hides (linked35-measure.ts).
 * - series/grade: 「Grade 1」…「Grade 4」 (or 「Stage I」…「Stage IV」) beside 「Grade 1-2」「Grade 3-4」 or 「Grade 3以上」.
 * - series/year: 「2018年」… beside 「2018-2019年」 (or 年度), and 「1回」… beside 「2-3回」「4回以上」.
 * - other/named: 「A」「B」「その他（C・D）」 beside 「A」…「D」; other/rest: 「A」「B」「その他」 beside the same.
 * - title/generic: a breakdown titled 「男子患者の内訳」「男性患者における年齢」「うち男性」「Male patients by age」.
 */
import { int, lcg, pick } from './helpers.ts';

export type Kind = 'series/grade' | 'series/year' | 'other/named' | 'other/rest' | 'title/generic';
export const KINDS: readonly Kind[] = ['series/grade', 'series/year', 'other/named', 'other/rest', 'title/generic'];

export interface Case {
  kind: Kind;
  text: string;
}

const DRUGS = ['薬剤A', '薬剤B', '薬剤C', '薬剤D', '薬剤E', '薬剤F'];

function list(head: string, unit: string, labels: string[], counts: number[], title?: string): string {
  return [...(title ? [title] : []), `${head}\t${unit}`, ...labels.map((l, k) => `${l}\t${counts[k]}`)].join('\n');
}

/** One case of `kind` from `next`. */
export function make(kind: Kind, next: () => number): Case {
  const unit = pick(next, ['人数', 'n', '患者数']);
  if (kind === 'series/grade' || kind === 'series/year') {
    const style = kind === 'series/grade' ? pick(next, ['grade', 'stage']) : pick(next, ['年', '年度', '回']);
    const n = int(next, 4, 6);
    const from = style === '年' || style === '年度' ? int(next, 2015, 2019) : 1;
    const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];
    const one = (k: number) => (style === 'grade' ? `Grade ${k + 1}` : style === 'stage' ? `Stage ${roman[k]}` : `${from + k}${style}`);
    const band = (a: number, b: number, last: boolean) => {
      if (a === b) return one(a);
      if (style === 'grade') return last && next() < 0.5 ? `Grade ${a + 1}以上` : `Grade ${a + 1}-${b + 1}`;
      if (style === 'stage') return `Stage ${roman[a]}-${roman[b]}`;
      return last && style === '回' ? `${from + a}回以上` : `${from + a}-${from + b}${style}`;
    };
    const counts = Array.from({ length: n }, () => int(next, 12, 45));
    counts[int(next, 0, n - 1)] = int(next, 1, 9);
    const bands: [number, number][] = [];
    for (let k = 0; k < n; k += 2) bands.push([k, Math.min(k + 1, n - 1)]);
    const head = style === 'grade' || style === 'stage' ? '重症度' : style === '回' ? '受診回数' : '年';
    const first = list(
      head,
      unit,
      counts.map((_, k) => one(k)),
      counts,
    );
    const second = list(
      head,
      unit,
      bands.map(([a, b], i) => band(a, b, i === bands.length - 1)),
      bands.map(([a, b]) => counts.slice(a, b + 1).reduce((s, x) => s + x, 0)),
      pick(next, ['# 表2', '# 区分をまとめた集計']),
    );
    return { kind, text: `${first}\n\n${second}\n` };
  }
  if (kind === 'other/named' || kind === 'other/rest') {
    const n = int(next, 4, 6);
    const drugs = DRUGS.slice(0, n);
    const counts = drugs.map(() => int(next, 12, 45));
    const kept = int(next, 2, n - 2);
    counts[int(next, kept, n - 1)] = int(next, 1, 9);
    const rest = counts.slice(kept).reduce((s, x) => s + x, 0);
    const label = kind === 'other/named' ? `その他（${drugs.slice(kept).join('・')}）` : pick(next, ['その他', 'Other']);
    const first = list('薬剤', unit, drugs, counts);
    const second = list('薬剤', unit, [...drugs.slice(0, kept), label], [...counts.slice(0, kept), rest], '# 表2');
    return { kind, text: `${first}\n\n${second}\n` };
  }
  // title/generic
  const latin = next() < 0.4;
  const rows = latin ? ['Male', 'Female'] : ['男性', '女性'];
  const cols = latin ? ['Group A', 'Group B'] : ['A群', 'B群'];
  const ages = latin ? ['<65', '65-74', '>=75'].slice(0, int(next, 2, 3)) : ['65歳未満', '65-74歳', '75歳以上'].slice(0, int(next, 2, 3));
  const r = int(next, 0, 1);
  const c = int(next, 0, 1);
  const parts = ages.map(() => int(next, 12, 40));
  parts[int(next, 0, ages.length - 1)] = int(next, 1, 9);
  const cell = parts.reduce((s, x) => s + x, 0);
  const counts = rows.map((_, i) => cols.map((_, j) => (i === r && j === c ? cell : int(next, 15, 60))));
  const first = [['', ...cols].join('\t'), ...rows.map((l, i) => [l, ...counts[i]!].join('\t'))].join('\n');
  const jp =
    r === 0
      ? ['男子患者の内訳', '男性患者における年齢', 'うち男性', '男性症例の年齢']
      : ['女子患者の内訳', '女性患者における年齢', 'うち女性', '女性症例の年齢'];
  const en =
    r === 0
      ? ['Male patients by age', 'Age among men', 'Age of male patients']
      : ['Female patients by age', 'Age among women', 'Age of female patients'];
  const title = `# ${pick(next, latin ? en : jp)}`;
  const second = [title, ['', cols[c]].join('\t'), ...ages.map((a, k) => `${a}\t${parts[k]}`)].join('\n');
  return { kind, text: `${first}\n\n${second}\n` };
}

/**
 * Chance (linked35): the same shapes of labels, two tables unrelated — every count drawn apart (small ones among
 * them), so that a link would be by chance only. Measured for refusals and links, int against this branch.
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

/** `count` cases of `kind` from `seed`. */
export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
