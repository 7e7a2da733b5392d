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

export type Kind =
  'breakdown/column' | 'breakdown/measure' | 'breakdown/row' | 'breakdown/corner' | 'regroup/list' | 'regroup/bound' | 'regroup/groups';
export const KINDS: readonly Kind[] = ['breakdown/column', 'breakdown/measure', 'breakdown/row', 'breakdown/corner'];
/**
 * Ages grouped otherwise in a second table: a list by decade beside one by wider bands (「20-39歳」, 「40-59歳」 …), or
 * cut at one age (「40歳未満」「40歳以上」), one count each (a list) or per group (A群, B群).
 */
export const REGROUP_KINDS: readonly Kind[] = ['regroup/list', 'regroup/bound', 'regroup/groups'];

export interface Case {
  kind: Kind;
  text: string;
}

const SEXES = ['男性', '女性', '不明'];
const GROUPS = ['A群', 'B群', 'C群'];
const AGES = ['65歳未満', '65-74歳', '75-84歳', '85歳以上'];

/** A list by decade and the same patients by wider bands or cut at one age (`REGROUP_KINDS`). */
function regroup(kind: Kind, next: () => number): Case {
  const from = pick(next, [20, 30, 40]);
  const decades = int(next, 4, 6);
  const groups = kind === 'regroup/groups' ? GROUPS.slice(0, int(next, 2, 3)) : [pick(next, ['人数', 'n', '患者数'])];
  const counts = Array.from({ length: decades }, () => groups.map(() => int(next, 12, 45)));
  counts[int(next, 0, decades - 1)]![int(next, 0, groups.length - 1)] = int(next, 1, 9);
  const decade = (k: number) => pick(next, [`${from + 10 * k}代`, `${from + 10 * k}-${from + 10 * k + 9}歳`]);
  const first = [['年齢', ...groups].join('\t'), ...counts.map((c, k) => [decade(k), ...c].join('\t'))].join('\n');
  // Bands of two decades (the last of one or two), or one cut.
  const bands: [number, number][] = [];
  if (kind === 'regroup/bound') {
    const cut = int(next, 2, decades - 1);
    bands.push([0, cut - 1], [cut, decades - 1]);
  } else for (let k = 0; k < decades; k += 2) bands.push([k, Math.min(k + 1, decades - 1)]);
  const label = ([a, b]: [number, number], i: number) =>
    kind === 'regroup/bound'
      ? i === 0
        ? `${from + 10 * (b + 1)}歳未満`
        : `${from + 10 * a}歳以上`
      : a === b
        ? `${from + 10 * a}代`
        : `${from + 10 * a}-${from + 10 * b + 9}歳`;
  const sum = ([a, b]: [number, number], j: number) => counts.slice(a, b + 1).reduce((s, c) => s + c[j]!, 0);
  const second = [
    pick(next, ['# 年齢（10歳階級）', '# 表2', '# 年齢区分別']),
    ['年齢', ...groups].join('\t'),
    ...bands.map((band, i) => [label(band, i), ...groups.map((_, j) => sum(band, j))].join('\t')),
  ].join('\n');
  return { kind, text: `${first}\n\n${second}\n` };
}

/** One case of `kind` from `next`. */
export function make(kind: Kind, next: () => number): Case {
  if (kind.startsWith('regroup/')) return regroup(kind, next);
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
