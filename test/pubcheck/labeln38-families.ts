/**
 * labeln38 (issue #11): numbers inside labels that are a band's or a category's bound, not a line's N (formats35
 * found a row 「75+」 in a table of 「n (p%)」 read as N = 75 by `layout/label-n`, read.ts `wordedSizes`).
 *
 * `bandTables`: seeded tables whose lines on one axis (rows or columns) are age bands and thresholds (「75+」「≥65」
 * 「65歳以上」「65-74」「<18」「18歳未満」「80 and over」), grades, stages, doses and scores (「Grade 3」「Stage 4」「3+」
 * 「NYHA 3」「10 mg」「HbA1c ≥ 7」「eGFR < 30」「BMI 25以上」), counts of things (「3剤以上」「2回目」「1日3回」) or years
 * (「2023」「FY2023」), the other axis groups — with their real N written (「男性 (n=75)」, the sum or over it by 10 or
 * more) or not — as counts, 「n (p%)」 (each column's share) or 「n/N」 (N the column's). Half the band lines are drawn
 * so that their sum is their label's number or under it by less than 10: what the within-threshold rule reads as an N
 * by chance. A band line whose own N is written (「75+ (N=40)」) is drawn too. `standard` is the table for the oracle
 * (oracle.ts): the same cells and labels (the oracle reads only 「N=」 forms as an N).
 */
import { int, lcg, pick } from './helpers.ts';
import { written } from './attack26-families.ts';

export const BANDS: readonly (readonly string[])[] = [
  ['<65', '65-74', '75+'],
  ['<65', '≥65'],
  ['65歳未満', '65歳以上'],
  ['18歳未満', '18-64歳', '65歳以上'],
  ['<18', '18-64', '65+'],
  ['under 65', '65-79', '80 and over'],
  ['65-79', '80 or older'],
  ['20代', '30代', '40代', '50代'],
  ['〜64', '65〜'],
  ['65-74歳', '≥75歳'],
  ['Grade 1-2', 'Grade 3'],
  ['Grade 1-2', 'Grade 3', 'Grade 4'],
  ['Stage 1-3', 'Stage 4'],
  ['1+', '2+', '3+'],
  ['0', '1+', '2+', '3+'],
  ['NYHA 1-2', 'NYHA 3', 'NYHA 4'],
  ['5 mg', '10 mg'],
  ['10 mg', '20 mg', '40 mg'],
  ['HbA1c < 7', 'HbA1c ≥ 7'],
  ['eGFR ≥ 30', 'eGFR < 30'],
  ['BMI 25未満', 'BMI 25以上'],
  ['2剤以下', '3剤以上'],
  ['1回目', '2回目'],
  ['1日1回', '1日2回', '1日3回'],
  ['2022', '2023'],
  ['2021年', '2022年', '2023年'],
  ['FY2022', 'FY2023'],
  ['score 0-2', 'score 3+'],
  ['ECOG 0-1', 'ECOG 2'],
  ['over 75', 'under 75'],
  ['Age ≥ 80', 'Age < 80'],
];
const GROUPS: readonly (readonly string[])[] = [
  ['男性', '女性'],
  ['A群', 'B群'],
  ['died', 'alive'],
  ['A群', 'B群', 'C群'],
];

export type Kind = 'counts' | 'npct' | 'nN';

export interface BandTable {
  text: string;
  standard: string;
  family: string;
  /** The band lines' axis in the text. */
  axis: 'rows' | 'cols';
  kind: Kind;
  /** Whether the groups' real N are written in their labels (「男性 (n=75)」). */
  groupNs: boolean;
  /** The band line whose own N is written (「75+ (N=40)」), if any. */
  bandN?: number | undefined;
}

/** The last whole number of a label that the chance draw aims its line's sum at (a band's bound, a dose, a year). */
function target(label: string): number | undefined {
  const ns = [...label.matchAll(/\d+/g)].map((m) => Number(m[0]));
  return ns.length > 0 ? ns[ns.length - 1] : undefined;
}

/** `count` seeded tables of seed `seed`. */
export function bandTables(count: number, seed: number): BandTable[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const bands = pick(next, BANDS);
    const groups = pick(next, GROUPS);
    const kind = pick(next, ['counts', 'npct', 'nN'] as const);
    const axis = next() < 0.5 ? ('rows' as const) : ('cols' as const);
    const groupNs = next() < 0.4;
    const bandNAt = !groupNs && kind === 'counts' && next() < 0.2 ? int(next, 0, bands.length - 1) : -1;
    // c[b][g]: band b, group g.
    const c = bands.map((b) => {
      const aim = target(b);
      if (aim !== undefined && aim >= groups.length * 2 && aim <= 3000 && next() < 0.5) {
        // The line's sum at its label's number or under it by 0 to 9.
        const sum = Math.max(groups.length, aim - int(next, 0, 9));
        const cuts = groups.map(() => next());
        const w = cuts.reduce((a, x) => a + x, 0);
        const parts = cuts.map((x) => Math.floor((x / w) * sum));
        parts[0]! += sum - parts.reduce((a, x) => a + x, 0);
        return parts;
      }
      return groups.map(() => (next() < 0.2 ? int(next, 1, 9) : int(next, 10, 60)));
    });
    const colSum = groups.map((_, g) => c.reduce((a, r) => a + r[g]!, 0));
    const groupN = groups.map((_, g) => colSum[g]! + (next() < 0.5 ? 0 : int(next, 10, 30)));
    const bandN = bandNAt >= 0 ? c[bandNAt]!.reduce((a, x) => a + x, 0) + (next() < 0.5 ? 0 : int(next, 10, 30)) : undefined;
    const gLabel = (g: number) => (groupNs ? `${groups[g]} (n=${groupN[g]})` : groups[g]!);
    const bLabel = (b: number) => (b === bandNAt ? `${bands[b]} (N=${bandN})` : bands[b]!);
    // Shares and 「n/N」 are of the group's N (its sum where none is written).
    const base = (g: number) => (groupNs ? groupN[g]! : colSum[g]!);
    const cell = (b: number, g: number) => {
      const x = c[b]![g]!;
      if (kind === 'counts') return String(x);
      if (kind === 'nN') return `${x}/${base(g)}`;
      return `${x} (${base(g) === 0 ? '0.0' : ((100 * x) / base(g)).toFixed(1)}%)`;
    };
    const nN = kind === 'nN';
    // In 「n/N」 tables the groups' N is in every cell; the header keeps its label.
    const gHead = (g: number) => (nN ? groups[g]! : gLabel(g));
    const lines: string[][] =
      axis === 'rows'
        ? [['', ...groups.map((_, g) => gHead(g))], ...bands.map((_, b) => [bLabel(b), ...groups.map((_, g) => cell(b, g))])]
        : [['', ...bands.map((_, b) => bLabel(b))], ...groups.map((_, g) => [gHead(g), ...bands.map((_, b) => cell(b, g))])];
    const shape = pick(next, ['tsv', 'csv', 'md'] as const);
    const text = written(lines, shape === 'csv' && lines.flat().some((x) => x.includes(',')) ? 'tsv' : shape);
    return {
      text,
      standard: written(lines, 'tsv'),
      family: `${kind}${groupNs ? '+groupN' : ''}${bandN !== undefined ? '+bandN' : ''}`,
      axis,
      kind,
      groupNs,
      bandN,
    };
  });
}
