/**
 * linked38 (issue #11): a breakdown whose title names another table's line in other words (labels.ts `READINGS`).
 * Each case: a list of two lines (the line and another), and a breakdown titled in words naming the line, whose
 * counts add up to the line's count, one of them small (1–9).
 * - title/synonym: the title names the line by another word for the same people (「死亡例の年齢」 over 「死亡」,
 *   「Deaths by age」, 「高齢患者の内訳」 over 「高齢者」, and the sex titles linked35 read, 「男の人の内訳」 over 「男性」).
 * - title/unrelated: the title names no line of the other table (「入院例の年齢」 over 「死亡」「生存」, 「喫煙者の内訳」),
 *   its counts adding up to the line's all the same (the worst case for a chance tie): a tie would be wrong.
 * Measured by linked38-measure.ts: tied (`tables/linked` said) per kind.
 */
import { int, lcg, pick } from './helpers.ts';

export type Kind = 'title/synonym' | 'title/unrelated';
export const KINDS: readonly Kind[] = ['title/synonym', 'title/unrelated'];

export interface Case {
  kind: Kind;
  text: string;
}

/** [the line, the other line, titles naming the line in other words]. */
const SYNONYMS: readonly (readonly [string, string, readonly string[]])[] = [
  ['死亡', '生存', ['死亡例の年齢', '死亡者の内訳', 'Deaths by age', 'Age of those who died']],
  ['死亡例', '生存例', ['死亡者の年齢', '死亡の内訳', 'Deaths by age']],
  ['生存', '死亡', ['生存例の年齢', '生存者の内訳', 'Survivors by age']],
  ['高齢者', '非高齢者', ['高齢患者の内訳', '高齢の患者の年齢', 'Elderly patients by age']],
  ['男性', '女性', ['男の人の内訳', '男性患者の年齢', 'Breakdown of males']],
  ['女性', '男性', ['女性患者の内訳', '女の人の年齢', 'Age among women']],
];
/** Titles naming no line of the other table. */
const UNRELATED: readonly string[] = [
  '入院例の年齢',
  '再発例の内訳',
  '喫煙者の内訳',
  'Smokers by age',
  '手術例の年齢',
  '外来患者の内訳',
  'Readmissions by age',
];

export function make(kind: Kind, next: () => number): Case {
  const [line, other, titles] = pick(next, SYNONYMS);
  const title = kind === 'title/synonym' ? pick(next, titles) : pick(next, UNRELATED);
  const bands = pick(next, [
    ['65歳未満', '65歳以上'],
    ['40歳未満', '40-64歳', '65歳以上'],
  ]);
  const counts = bands.map(() => int(next, 12, 45));
  counts[int(next, 0, bands.length - 1)] = int(next, 1, 9);
  const sum = counts.reduce((a, b) => a + b, 0);
  const unit = pick(next, ['人数', 'n', '患者数']);
  const first = [`区分\t${unit}`, `${line}\t${sum}`, `${other}\t${int(next, 12, 90)}`].join('\n');
  const second = [`# ${title}`, `年齢\t${unit}`, ...bands.map((b, k) => `${b}\t${counts[k]}`)].join('\n');
  return { kind, text: next() < 0.5 ? `${first}\n\n${second}\n` : `${second}\n\n${first}\n` };
}

export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
