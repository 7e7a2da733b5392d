/**
 * oracle42 (issue #11): oracle40's reading of header rows, reverted in 12d6a75 because the oracle pinned a hidden count
 * in 「n/N」 tables where the checker and the base oracle agreed the counts hold (refuse4 「男性 50/110」, reading17,
 * denom30, adversary19, attack33). Settled: the oracle misread, the checker does not leak.
 *
 * oracle40 took a header cell to be any cell that is not digits alone (`label`); 「50/110」 has a 「/」, so under a blank
 * corner the first body line 「男性 50/110 30/75」 was read as a second header row (columns 「A群 (N=120)・50/110」 …) and
 * every row key moved up by one: the 「0:2:1 pinned to 40」 was the published 「65歳未満」 40/80 of B群, the hidden
 * 「値なし（男性）」 beside it never attacked. Below, two truths with one published page (B群 男性 30/75 or 29/74, its
 * line of ours 「値なし（男性）」 5 or 6) have the same ranges, neither pinned. A header cell is now also no cell the
 * oracle reads as a count or a share.
 *
 * Second, oracle40 read commas (CSV), which the base oracle never did — its parse of 「区分,A群,B群」 had no columns,
 * so every CSV input attacked before read no cell and held by default. attack33's CSV lists then threw: a line with its
 * label alone (「男性,,」) and a column of ranks (「順位」). Both are read now (`headedRows`, `withoutRanks`).
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { attack, parse } from './oracle.ts';
import { asAttacked, type Ok } from './protection.ts';

const { check, highs, bundle } = await checkerIn();
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
const binary = (male: string) =>
  tsv([
    ['', 'A群 (N=120)', 'B群 (N=80)'],
    ['男性', '50/110', male],
    ['65歳未満', '60/120', '40/80'],
    ['65歳以上', '60/120', '40/80'],
  ]);
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Ok;
const hiddenOf = (r: Ok) =>
  new Set(
    r.tables.flatMap((t, ti) =>
      t.status.flatMap((s, id) => (s === 'published' ? [] : [`${ti}:${Math.floor(id / t.table.cols.length)}:${id % t.table.cols.length}`])),
    ),
  );
/** The page a reader sees: the checker's reading with every hidden cell as 「*」. */
const page = (r: Ok) =>
  r.tables
    .map(({ table, status }) =>
      [
        [table.corner, ...table.cols.map((h) => h.label)].join('\t'),
        ...table.rows.map((h, i) =>
          [h.label, ...table.cells[i]!.map((c, j) => (status[i * table.cols.length + j] === 'published' ? c.text : '*'))].join('\t'),
        ),
      ].join('\n'),
    )
    .join('\n\n');

describe('the oracle reads 「n/N」 lines under a blank corner as lines, not header rows (oracle42)', () => {
  it('refuse4’s 「男性 50/110」: the first line stays a line, the columns the groups', () => {
    const [t] = parse(asAttacked(checked(binary('30/75')), binary('30/75')));
    expect(t!.cols).toEqual(['A群 (N=120)', 'B群 (N=80)']);
    expect(t!.rows[0]).toBe('男性');
    expect(t!.cells[0]!.map((c) => c.n)).toEqual([50, 30]);
  });
  it('two truths, one page (B群 男性 30/75 or 29/74): the same ranges, none pinned (oracle40: 「0:2:1」 pinned to 40)', () => {
    const [one, two] = ['30/75', '29/74'].map((male) => {
      const text = binary(male);
      const r = checked(text);
      const ranges = attack(highs, asAttacked(r, text), hiddenOf(r), { zeroExempt: true });
      return { page: page(r), hidden: [...hiddenOf(r)], ranges: [...ranges].map(([k, x]) => `${k} ${x.lo}-${x.hi}`) };
    });
    expect(one!.page).toBe(two!.page);
    expect(one!.hidden).toEqual(['0:0:1', '0:2:1']);
    expect(one!.page).toContain('値なし（男性）\t10\t*');
    expect(one!.ranges).toEqual(two!.ranges);
    expect(one!.ranges).toEqual(['0:0:1 1-34', '0:2:1 1-34']);
  });
});

describe('CSV lists as attack33 writes them (oracle40 read commas; the base oracle read no cell of them)', () => {
  it('a line with its label alone heads the lines after it; a total line keeps its label', () => {
    const [t] = parse('区分,A群,B群\n男性,,\n  65歳以上,40,50\n  75歳以上,12,20\n女性,,\n  65歳以上,33,45\n合計,73,95\n');
    expect(t!.rows).toEqual(['男性・65歳以上', '男性・75歳以上', '女性・65歳以上', '合計']);
    expect(t!.rowDepths).toEqual([2, 2, 2, 0]);
    expect(t!.cells.map((r) => r.map((c) => c.n))).toEqual([
      [40, 50],
      [12, 20],
      [33, 45],
      [73, 95],
    ]);
  });
  it('a column of ranks is left out, before the labels or after them', () => {
    for (const text of ['順位,施設,件数\n1,A病院,80\n2,B病院,55\n,合計,135\n', '施設,順位,件数\nA病院,1,80\nB病院,2,55\n合計,,135\n']) {
      const [t] = parse(text);
      expect(t!.cols, text).toEqual(['件数']);
      expect(t!.rows, text).toEqual(['A病院', 'B病院', '合計']);
      expect(
        t!.cells.map((r) => r.map((c) => c.n)),
        text,
      ).toEqual([[80], [55], [135]]);
    }
  });
});
