/**
 * formats59 (issue #11): R's print() of a two-way table() whose column labels a split at spaces cannot place — labels
 * holding a space (「Not treated」「Stage 1」) cut at the columns' right ends, where R right-aligns each label over its
 * values (listing.ts rTwoWay); factor levels that are numbers (0/1, 1/2/3) printed without margins, whose header line
 * is all numbers, read as labels where R's layout proves the line a header (listing.ts `codedHeaders`, read.ts
 * `codedHeader`). formats59-families.ts `rLabels` (seeds 4170–4172, 300; `npx node test/pubcheck/formats59-families.ts
 * 100 4170 4172 --oracle`, `ROOT=<checkout>` for the base a3601f36): base 17 read, 283 refused (`input/spaces`,
 * `header/values`, `table/no-columns`, `line/count`); now 300 read, none leaking to formats33-attack.ts or the oracle.
 * Run with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { rDigitsBetween, rLabels, rPercent } from './formats59-families.ts';
import { leaks } from './formats33-attack.ts';
import type { Joined } from './formats35-families.ts';
import { expectProtected } from './protection.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const ok = (text: string) => {
  const r = checked(text);
  if (!r.ok) throw new Error(`refused: ${codesOf(r)}\n${text}`);
  return r;
};
const said = (r: { warnings: { code: string; message: string }[] }) =>
  r.warnings
    .filter((w) => w.code === 'layout/r-table')
    .map((w) => w.message)
    .join('\n');

const SPACED = [
  '> tab <- table(arm = df$arm, outcome = df$outcome)',
  '> tab',
  '      outcome',
  'arm   Treated Not treated',
  '  A        42           7',
  '  B        35          51',
  '  C        60          44',
].join('\n');

const SPACED_PROP = [
  '> tab <- table(df$arm, df$outcome)',
  '> tab',
  '   ',
  '    Alive Died Lost to follow-up',
  '  A    42   27                 4',
  '  B    35   51                22',
  '> prop.table(tab, 1)',
  '   ',
  '        Alive       Died Lost to follow-up',
  '  A 0.5753425 0.36986301        0.05479452',
  '  B 0.3240741 0.47222222        0.20370370',
].join('\n');

const CODED = [
  '> tab <- table(df$stage, df$outcome)',
  '> tab',
  '         ',
  '           0  1',
  '  Stage 1 31  4',
  '  Stage 2 93 18',
  '  Stage 3 83 70',
].join('\n');

const CODED_NAMED_NOCALL = ['         outcome', 'stage     1  2  3', '  Day 7   4 53 40', '  Day 14 75 45 15', '  Day 28 50 42 96'].join(
  '\n',
);

const OPTIONS_BETWEEN = [
  '> tab <- table(df$group, df$outcome)',
  '> tab',
  '        ',
  '         alive died',
  '  female    45    7',
  '  male      38   52',
  '> options(digits = 3)',
  '> prop.table(tab, 1)',
  '        ',
  '         alive  died',
  '  female 0.865 0.135',
  '  male   0.422 0.578',
].join('\n');

const ROUND_1 = [
  '> tab <- table(df$group, df$outcome)',
  '> tab',
  '        ',
  '         alive died',
  '  female    45    7',
  '  male      38   52',
  '> round(100 * prop.table(tab, 1), 1)',
  '        ',
  '         alive died',
  '  female  86.5 13.5',
  '  male    42.2 57.8',
].join('\n');

const ROUND_0 = [
  '> tab <- table(df$group, df$outcome)',
  '> tab',
  '        ',
  '         alive died',
  '  female    45    4',
  '  male      38   52',
  '> round(100 * prop.table(tab), 0)',
  '        ',
  '         alive died',
  '  female    32    3',
  '  male      27   37',
].join('\n');

/**
 * The prints read and said: each a fixture, the columns read (where given), what the R reading says (`said`, and a
 * warning's code with its words), how many tables (where given), and a cell (status index) hidden.
 */
const READ: {
  title: string;
  text: string;
  cols?: string[];
  said: string[];
  warning?: [string, string];
  tables?: number;
  hidden: number;
}[] = [
  {
    title: 'spaced column labels 「Not treated」: one column each, cut at the counts’ right ends, said; the small count hidden',
    text: SPACED,
    cols: ['Treated', 'Not treated'],
    said: ['「Not treated」は空白を含みますが'],
    hidden: 1,
  },
  {
    title: 'prop.table(tab, 1) under counts with 「Lost to follow-up」: read as 行% 「n (p%)」, said',
    text: SPACED_PROP,
    cols: ['Alive', 'Died', 'Lost to follow-up'],
    said: ['行%', '「Lost to follow-up」は空白を含みますが'],
    hidden: 2,
  },
  {
    title: 'numeric levels 0/1 without margins under the table() call: a header of labels, said; the small count hidden',
    text: CODED,
    cols: ['0', '1'],
    said: ['列の見出し「0」「1」は数だけですが'],
    hidden: 1,
  },
  {
    title: 'numeric levels 1/2/3 under the dimnames’ names, no call: read likewise',
    text: CODED_NAMED_NOCALL,
    cols: ['1', '2', '3'],
    said: [],
    hidden: 0,
  },
  {
    title: 'options(digits = 3) between the two prints (no blank line): taken as a command, the shares read to 3 digits, said',
    text: OPTIONS_BETWEEN,
    said: ['options(digits = 3)」から'],
    warning: ['layout/command', 'options(digits = 3)'],
    hidden: 1,
  },
  {
    title: 'round(100 * prop.table(tab, 1), 1): percentages read as the shares they are (to 3 decimals), said',
    text: ROUND_1,
    said: ['割合の 100 倍（百分率）', '行%'],
    tables: 1,
    hidden: 1,
  },
  {
    title: 'round(100 * prop.table(tab), 0) printed as whole numbers: no second table of counts (the base read one and leaked)',
    text: ROUND_0,
    said: [],
    tables: 1,
    hidden: 1,
  },
];

/** The random families: every table read, none given back to formats33-attack.ts. */
const FAMILIES: [string, () => Joined[]][] = [
  ['rDigitsBetween (seed 4180; base 40 of 100 read, 60 `line/count`)', () => rDigitsBetween(100, 4180)],
  ['rPercent (seed 4190; base 7 of 200 read, all 7 leaking)', () => rPercent(100, 4190)],
  ['rLabels (seed 4170; base 4 of 100 read)', () => rLabels(100, 4170)],
];

describe('R prints whose column labels a split at spaces cannot place (formats59)', () => {
  for (const c of READ)
    it(c.title, () => {
      const r = ok(c.text);
      if (c.cols) expect(r.tables[0]!.table.cols.map((h) => h.label)).toEqual(c.cols);
      for (const words of c.said) expect(said(r)).toContain(words);
      if (c.warning) expect(r.warnings.some((w) => w.code === c.warning![0] && w.message.includes(c.warning![1]))).toBe(true);
      if (c.tables !== undefined) expect(r.tables).toHaveLength(c.tables);
      expect(r.tables[0]!.status[c.hidden]).not.toBe('published');
    });

  it('must fail: a header of numbers at least its column’s sum (a line of Ns), or neither named, called nor a numbering', () => {
    const ns = ['      outcome', 'stage 40 80', '  I    3 22', '  II  31 50'].join('\n');
    expect(codesOf(checked(ns))).toContain('header/values');
    const bare = ['    ', '     5 10', '  I  3 22', '  II 9 50'].join('\n');
    expect(codesOf(checked(bare))).toContain('header/values');
  });

  it('must fail: spaced labels not ending at the counts’ right ends (not R’s layout) stay refused', () => {
    const off = ['      outcome', 'arm   Treated Not treated', '  A      42        7', '  B      35       51'].join('\n');
    expect(checked(off).ok).toBe(false);
  });

  for (const [name, cases] of FAMILIES)
    it(`random family ${name}: every table read, nothing given back`, () => {
      for (const c of cases()) {
        const r = checked(c.text);
        expect(r.ok, `${c.family}\n${c.text}\n${codesOf(r as never)}`).toBe(true);
        if (!r.ok) continue;
        expect(leaks(r, c), c.text).toEqual([]);
      }
    });

  it('random family rLabels (seed 4171, 30): protected to the oracle over the joined reading', () => {
    for (const c of rLabels(30, 4171)) {
      const r = checked(c.text);
      expect(r.ok, c.text).toBe(true);
      if (r.ok) expectProtected(highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  });
});
