/**
 * attack34 (issue #11): a second table giving one line's (or one cell's) breakdown, named only by its title or its
 * corner (「男性の内訳」 over a list by age in one column 「A群」, 「男性・A群の年齢別」 over a column 「人数」, a row of
 * ages labelled 「A群」 under the corner 「男性」). The breakdown shares no two positions with the table it breaks down,
 * so no relation between lines ties them (system.ts `lineRelations` needs two positions), and no margin shares its
 * labels: on main 2d529fc the list was checked alone and its small count hidden by itself, 43 − 40 = 3 back.
 *
 * Each case: the true counts, the text, and which kind. The judge is the independent oracle (oracle.ts, which reads
 * the title's and the corner's words as an attacker does since attack34) over the cells the checker hides.
 */
import { int, lcg, pick } from './helpers.ts';

export type Kind = 'breakdown/column' | 'breakdown/measure' | 'breakdown/row' | 'breakdown/corner';
export const KINDS: readonly Kind[] = ['breakdown/column', 'breakdown/measure', 'breakdown/row', 'breakdown/corner'];

export interface Case {
  kind: Kind;
  text: string;
}

const SEXES = ['男性', '女性', '不明'];
const GROUPS = ['A群', 'B群', 'C群'];
const AGES = ['65歳未満', '65-74歳', '75-84歳', '85歳以上'];

/** One case of `kind` from `next`. */
export function make(kind: Kind, next: () => number): Case {
  const rows = SEXES.slice(0, int(next, 2, 3));
  const cols = GROUPS.slice(0, int(next, 2, 3));
  const ages = AGES.slice(0, int(next, 2, 4));
  const r = int(next, 0, rows.length - 1);
  const c = int(next, 0, cols.length - 1);
  // The broken-down cell: one small part, the others large.
  const parts = ages.map(() => int(next, 12, 40));
  parts[int(next, 0, ages.length - 1)] = int(next, 1, 9);
  const cell = parts.reduce((s, x) => s + x, 0);
  const counts = rows.map((_, i) => cols.map((_, j) => (i === r && j === c ? cell : int(next, 15, 60))));
  const totals = next() < 0.4;
  const first = [
    ['', ...cols, ...(totals ? ['合計'] : [])].join('\t'),
    ...rows.map((l, i) => [l, ...counts[i]!, ...(totals ? [counts[i]!.reduce((s, x) => s + x, 0)] : [])].join('\t')),
    ...(totals
      ? [
          ['合計', ...cols.map((_, j) => rows.reduce((s, _, i) => s + counts[i]![j]!, 0)), counts.flat().reduce((s, x) => s + x, 0)].join(
            '\t',
          ),
        ]
      : []),
  ].join('\n');
  const ownTotal = next() < 0.3;
  let second: string;
  if (kind === 'breakdown/column') {
    const title = pick(next, [
      `# ${rows[r]}の内訳`,
      `# 表2 ${rows[r]}の年齢別`,
      `# ${rows[r]}（年齢別）`,
      `# ${rows[r]!.replace('性', '')}の内訳`,
    ]);
    second = [title, `年齢\t${cols[c]}`, ...ages.map((a, k) => `${a}\t${parts[k]}`), ...(ownTotal ? [`合計\t${cell}`] : [])].join('\n');
  } else if (kind === 'breakdown/measure') {
    const title = pick(next, [`# ${rows[r]}・${cols[c]}の内訳`, `# ${cols[c]}の${rows[r]}の年齢別`, `# 表2 ${rows[r]}、${cols[c]}`]);
    const unit = pick(next, ['人数', 'n', '例数', '患者数']);
    second = [title, `年齢\t${unit}`, ...ages.map((a, k) => `${a}\t${parts[k]}`), ...(ownTotal ? [`合計\t${cell}`] : [])].join('\n');
  } else if (kind === 'breakdown/row') {
    const title = pick(next, [`# ${rows[r]}の内訳`, `# ${rows[r]}の年齢別`]);
    second = [
      title,
      ['', ...ages, ...(ownTotal ? ['合計'] : [])].join('\t'),
      [cols[c], ...parts, ...(ownTotal ? [cell] : [])].join('\t'),
    ].join('\n');
  } else {
    second = [`${rows[r]}\t${cols[c]}`, ...ages.map((a, k) => `${a}\t${parts[k]}`), ...(ownTotal ? [`合計\t${cell}`] : [])].join('\n');
  }
  return { kind, text: `${first}\n\n${second}\n` };
}

/** `count` cases of `kind` from `seed`. */
export function family(kind: Kind, count: number, seed: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => make(kind, next));
}
