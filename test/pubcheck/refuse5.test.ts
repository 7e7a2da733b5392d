/**
 * Over-refusals left after refuse3 and refuse4 (branch refuse5, README Limits 「combo」 and refuse4's 「Left」), read
 * where the arithmetic proves the reading, refused still where it does not:
 *
 * 1. An unlabelled total column last under two header rows (group over sex): the header rows' trailing blank was cut
 *    when they were joined, and the values past them refused (`row/long`). Kept now as one blank header, read as
 *    「合計」 by table1.ts `readBlankSums` where each row's value there is the sum of its others.
 *    A column blank in both header rows in the middle: the rows were not joined at all (`header/empty`, `row/long`,
 *    `cell/text` …); joined now with a blank header there, read as 「合計」 where it is the sum of every other column.
 * 2. Two blanks at once beside a row of Ns (an unlabelled total column and an unlabelled total row): the blank column
 *    of counts was read as 「合計」 only in bare percentages (`header/empty`); now where each row's count in it is the
 *    sum of its others.
 * 3. A total under another label (「Σ」) of 「n (100.0%)」 beside a row of Ns, the rows in two label columns with their
 *    計: left to the sums found, which did not find it, and the shares' base was unknown (`percent/unknown-base`).
 * 4. 「n (p)」 cells under a heading stating its N (「性別 (N=57)」 over 「30 (52.6)」): refused (`layout/heading-n`,
 *    `percent/unknown-base`); read now where every bracket is its n's share of the block's sum in its column.
 * 5. A line of the N in every column under a word no total's (「患者全体 163 (100.0%)」) over indented subtotals, each
 *    column's N in its header: the lines' sum twice N was taken for several answers per patient, refused beside the
 *    indented lines (`table/several-answers`); now, where the other lines add up to N exactly, left to the sums found.
 *
 * And a leak on main found by the combo sweep on seeds 121–140 (seed 136): in a percentage table whose declared total
 * row cannot hold (a 100% row under two blocks that each add up to 100%), every declared equation was dropped, the
 * total column's too, and a hidden 8 of N = 98 was 144 − 65 − 71 by the total column.
 *
 * Each fixture refused (or leaking) on main; read now and attacked by the oracle under both protections; each combo
 * class forced (refuse5-classes.ts) attacked by combo's own attacker, which knows the true structure; the heading
 * family (refuse5-families.ts) compared with main's reading of the same table with its Ns in the headers. The bigger
 * runs: `node test/pubcheck/refuse5-classes.ts 100 7`.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary, hiddenLabels, type Ok } from './protection.ts';
import { casesOf, judgeClass } from './refuse2-classes.ts';
import { CLASSES } from './refuse5-classes.ts';
import { shareHeadingTables } from './refuse5-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { holdsEach: both, holdsWritten: bothWritten, codes, run, result } = adversary(highs, bundle);
const warned = (text: string) => readTables(text).warnings.map((w) => w.code);
/**
 * The oracle on a Table 1 of heading blocks as the checker read it, one block at a time: each block a table of its own
 * under each column's N in its header (the block's sum there; every block adds up to it) — the blocks share nothing
 * else, so this is the whole of what an attacker has. Lines of ours (complements, the line of Ns) are left out: each
 * is N less a printed count, as wide as it.
 */
function attackBlocks(r: Ok): void {
  const { table, status } = r.tables[0]!;
  const blocks = new Map<string, number[]>();
  table.rows.forEach((h, i) => {
    if (h.rest || h.ns) return;
    const name = h.label.split('・')[0]!;
    blocks.set(name, [...(blocks.get(name) ?? []), i]);
  });
  const count = (i: number, c: number) => {
    const v = table.cells[i]![c]!.value;
    return v.kind === 'count' ? v.n : 0;
  };
  const cell = (t: string) => t.replace(/^(\d+) \((\d+(?:\.\d+)?)\)$/, '$1 ($2%)');
  // One attack per block (in one input the oracle would take rows of several blocks adding up to N by chance for a
  // breakdown, choosing them by the true values: 男性 56 + 65-74歳 27 + 喫煙あり 1 = 84; README Limits).
  for (const block of blocks.values()) {
    const hidden = new Set<string>();
    const small = new Set<string>();
    block.forEach((i, k) =>
      table.cols.forEach((_, c) => {
        const s = status[i * table.cols.length + c];
        if (s !== 'published') hidden.add(`0:${k}:${c}`);
        if (s === 'primary') small.add(`0:${k}:${c}`);
      }),
    );
    if (hidden.size === 0) continue;
    const head = [
      '',
      ...table.cols.map((h, c) => `${h.label.replace(/\s*\(N=\d+\)$/, '')} (N=${block.reduce((a, i) => a + count(i, c), 0)})`),
    ];
    const text = [head, ...block.map((i) => [table.rows[i]!.label, ...table.cells[i]!.map((c) => cell(c.text))])]
      .map((l) => l.join('\t'))
      .join('\n');
    for (const [key, range] of attack(highs, `${text}\n`, hidden, { zeroExempt: true })) {
      expect(range.hi === null || range.hi > range.lo, `${key} is pinned to ${range.lo} in\n${text}`).toBe(true);
      if (small.has(key)) expect(range.hi ?? Infinity, `${key} is shown to be under 10 in\n${text}`).toBeGreaterThanOrEqual(10);
    }
  }
}

const T = {
  twoHeaderBlank:
    '\tA群\t\tB群\t\t\n\t男性\t女性\t男性\t女性\t\n65歳未満\t12\t15\t20\t3\t50\n65-74歳\t22\t18\t11\t14\t65\n75歳以上\t30\t5\t16\t25\t76\n',
  twoHeaderBlankOff:
    '\tA群\t\tB群\t\t\n\t男性\t女性\t男性\t女性\t\n65歳未満\t12\t15\t20\t3\t51\n65-74歳\t22\t18\t11\t14\t65\n75歳以上\t30\t5\t16\t25\t76\n',
  twoHeaderBlankMiddle:
    '\tA群\t\t\tB群\t\n\t男性\t女性\t\t男性\t女性\n65歳未満\t9\t43\t63\t3\t8\n65-74歳\t26\t38\t121\t16\t41\n75歳以上\t10\t8\t73\t27\t28\n',
  twoHeaderBlankMiddleGroup:
    '\tA群\t\t\tB群\t\n\t男性\t女性\t\t男性\t女性\n65歳未満\t9\t43\t52\t3\t8\n65-74歳\t26\t38\t64\t16\t41\n75歳以上\t10\t8\t18\t27\t28\n',
  twoBlanksNs:
    '\tA群\t\tB群\tC群\nN\t176\t429\t66\t187\n男性\t108\t203\t11\t84\n女性\t68\t226\t55\t103\n65歳未満\t44\t95\t8\t43\n65-74歳\t76\t198\t51\t71\n75歳以上\t56\t136\t7\t73\n\t176\t429\t66\t187\n',
  twoBlanksNsOff:
    '\tA群\t\tB群\tC群\nN\t176\t429\t66\t187\n男性\t108\t204\t11\t84\n女性\t68\t226\t55\t103\n65歳未満\t44\t95\t8\t43\n65-74歳\t76\t198\t51\t71\n75歳以上\t56\t136\t7\t73\n\t176\t429\t66\t187\n',
  sigmaNs:
    '\t\t実薬群\t対照群\n65歳未満\t男\t49 (22.4%)\t39 (20.9%)\n\t女\t52 (23.7%)\t37 (19.8%)\n\t計\t101 (46.1%)\t76 (40.6%)\nΣ\t\t219 (100.0%)\t187 (100.0%)\n65-74歳\t男\t13 (5.9%)\t31 (16.6%)\n\t女\t53 (24.2%)\t24 (12.8%)\n\t計\t66 (30.1%)\t55 (29.4%)\n75歳以上\t男\t2 (0.9%)\t32 (17.1%)\n\t女\t50 (22.8%)\t24 (12.8%)\n\t計\t52 (23.7%)\t56 (29.9%)\nN\t\t219\t187\n',
  headingShares: '\t全体\n性別 (N=57)\t\n男性\t30 (52.6)\n女性\t27 (47.4)\n年齢 (N=57)\t\n65歳未満\t50 (87.7)\n65歳以上\t7 (12.3)\n',
  headingSharesTotal:
    '\tA群\tB群\t合計\n性別 (N=57)\t\t\t\n男性\t20 (57.1%)\t10 (45.5%)\t30 (52.6%)\n女性\t15 (42.9%)\t12 (54.5%)\t27 (47.4%)\n年齢 (N=57)\t\t\t\n65歳未満\t31 (88.6%)\t19 (86.4%)\t50 (87.7%)\n65歳以上\t4 (11.4%)\t3 (13.6%)\t7 (12.3%)\n',
  headingSharesOff: '\t全体\n性別 (N=57)\t\n男性\t30 (55.0)\n女性\t27 (45.0)\n',
  wholeOverSubtotals:
    '\tA群 n=163\tB群 n=153\tC群 n=89\n患者全体\t163 (100.0%)\t153 (100.0%)\t89 (100.0%)\n入院\t72 (44.2%)\t93 (60.8%)\t27 (30.3%)\n　重症\t56 (34.4%)\t56 (36.6%)\t8 (9.0%)\n　軽症\t16 (9.8%)\t37 (24.2%)\t19 (21.3%)\n外来\t49 (30.1%)\t57 (37.3%)\t7 (7.9%)\nなし\t42 (25.8%)\t3 (2.0%)\t55 (61.8%)\n',
  declaredFalse:
    '\t計（人）\t実薬群\t対照群\t併用群\n男\t34.7%\t36.3%\t30.9%\t38.8%\n女\t65.3%\t63.7%\t69.1%\t61.2%\n65歳未満\t39.4%\t37.7%\t28.9%\t64.3%\n65-74歳\t32.1%\t32.1%\t34.5%\t27.6%\n75歳以上\t28.4%\t30.2%\t36.6%\t8.2%\n全体\t100.0%\t100.0%\t100.0%\t100.0%\n症例数\t507\t215\t194\t98\n',
};

describe('1. an unlabelled total column last under two header rows (row/long on main)', () => {
  it('read as 合計 where each row’s value is the sum of its others, said; protected', () => {
    const r = bothWritten(T.twoHeaderBlank);
    expect(r.tables[0]!.table.cols.map((h) => h.label)).toEqual(['A群・男性', 'A群・女性', 'B群・男性', 'B群・女性', '合計']);
    expect(r.warnings.map((w) => w.code)).toContain('layout/blank-total');
    expect(hiddenLabels(r)).toContain('65歳未満/B群・女性');
  });
  it('refused still where one row’s value there is no sum', () => {
    expect(codes(T.twoHeaderBlankOff).length).toBeGreaterThan(0);
  });
  it('in the middle (header/empty, the rows not joined, on main): read as 合計 where it is the sum of every other column', () => {
    const r = bothWritten(T.twoHeaderBlankMiddle);
    expect(r.tables[0]!.table.cols.map((h) => h.label)).toEqual(['A群・男性', 'A群・女性', '合計', 'B群・男性', 'B群・女性']);
    // The sum of its group's columns only (A群's 計): whose it is is not written — refused in one sentence.
    expect(codes(T.twoHeaderBlankMiddleGroup)).toEqual(['header/empty']);
  });
});

describe('2. two blanks beside a row of Ns: a blank total column of counts and a blank total row (header/empty on main)', () => {
  it('the blank column read as 合計 (its N the others’ sum, each row’s count their sum), the blank row as the total', () => {
    expect(warned(T.twoBlanksNs)).toContain('layout/ns-row');
    const r = bothWritten(T.twoBlanksNs);
    expect(r.tables[0]!.table.cols.map((h) => h.kind)).toContain('total');
    expect(readTables(T.twoBlanksNs).warnings.find((w) => w.code === 'layout/ns-row')!.message).toContain(
      'どの行でも値がほかの列の和と一致する',
    );
  });
  it('refused still where a row’s count in the blank column is not the sum of its others', () => {
    expect(codes(T.twoBlanksNsOff)).toContain('header/empty');
  });
});

describe('3. 「Σ」 of 「n (100.0%)」 beside a row of Ns, two label columns with their 計 (percent/unknown-base on main)', () => {
  it('the Σ row read as 合計 (every cell its column’s N at 100%), said; the Ns in the headers; protected', () => {
    // attack27: 「Σ」 is a total word (header.ts), read as 合計 is by its label, so no reading of ours is said for it
    // (the sentence 「行「Σ」は…「合計」と読みました」 was asserted here); the row of Ns is still said.
    const read = readTables(T.sigmaNs);
    expect(read.warnings.some((w) => w.code === 'layout/ns-row')).toBe(true);
    expect(read.tables[0]!.rows.find((h) => h.label === 'Σ')?.kind).toBe('total');
    const r = bothWritten(T.sigmaNs);
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([219, 187]);
    expect(hiddenLabels(r)).toContain('75歳以上・男/実薬群 (N=219)');
  });
  it('refused still where the Σ row is not the N (a row of another 100%)', () => {
    expect(codes(T.sigmaNs.replace('Σ\t\t219 (100.0%)', 'Σ\t\t218 (100.0%)')).length).toBeGreaterThan(0);
  });
});

describe('4. 「n (p)」 under a heading stating its N (layout/heading-n, percent/unknown-base on main)', () => {
  it('one column: the brackets read as shares of the block (52.6 = 30 of 57), as main reads 「性別, n (%)」 under 「全体 (N=57)」', () => {
    const r = run(T.headingShares);
    const e = run(T.headingShares.replace('\t全体\n', '\t全体 (N=57)\n').replace(/ \(N=57\)\t\n/g, ', n (%)\t\n'));
    expect(r.tables[0]!.status).toEqual(e.tables[0]!.status);
    expect(r.tables[0]!.table.sums.some((s) => s.heading)).toBe(true);
  });
  it('groups and a 合計: each column’s block the base of its shares (A群 35, B群 22, 合計 57)', () => {
    const r = run(T.headingSharesTotal);
    expect(r.tables[0]!.table.rows.map((h) => h.label)).toContain('性別 n (%)・男性');
    attackBlocks(r);
    expect(hiddenLabels(r)).toEqual(expect.arrayContaining(['年齢 n (%)・65歳以上/A群 (N=35)', '年齢 n (%)・65歳以上/B群 (N=22)']));
  });
  it('refused still where a bracket is no share of the block', () => {
    expect(codes(T.headingSharesOff)).toContain('layout/heading-n');
  });
  /**
   * Random Table 1s (refuse5-families.ts `shareHeadingTables`, seed 551), measured by hand on main (78dfba8) with 150:
   * 150 refused (`layout/heading-n`: 106 of the one-column and 合計 forms, 44 over groups and no 合計). Now the 106
   * read and the 44 refused as before; 84 of the 106 hide what main hides for the same table with each column's N in
   * its header and the headings 「性別, n (%)」 (`equivalent`); the other 22, with a 0 row in a block, main reads
   * otherwise (no complement lines: not comparable). Here 40 of them, each read one attacked by the oracle block by
   * block (`attackBlocks`: every hidden count holds), those with no suppression passing the audit (said) left out.
   * attack25: the 14 over groups and no 合計, refused here before, are read now (`groups`: read as the N across).
   */
  it('random: 40 tables of three forms — none of the one-column and 合計 forms refused, main’s cells hidden where it reads them alike, attacked', () => {
    const tally = { refused: 0, groups: 0, same: 0, other: 0, attacked: 0 };
    for (const t of shareHeadingTables(40, 551)) {
      const r = result(t.text);
      if (t.mode === 'groups') {
        // attack25: read now as the block's sum over the groups (an equation across the columns; attacked in
        // attack25.test.ts); refused here before.
        if (r.ok && r.tables[0]!.table.crossSums?.length) tally.groups++;
        continue;
      }
      if (!r.ok) {
        tally.refused++;
        continue;
      }
      const tr = r.tables[0]!;
      const e = result(t.equivalent);
      if (e.ok && e.tables[0]!.status.join() === tr.status.join()) tally.same++;
      else {
        // Main reads the equivalent otherwise (a block with a 0 row: no complement lines): not comparable.
        expect(t.text).toMatch(/\t0 \(0\.0%?\)/);
        tally.other++;
      }
      if (tr.suppression?.passed === false) continue;
      attackBlocks(r);
      tally.attacked++;
    }
    expect(tally).toEqual({ refused: 0, groups: 14, same: 22, other: 4, attacked: 23 });
  });
});

describe('5. a line of the N in every column under a word no total’s (患者全体) over indented subtotals (table/several-answers on main)', () => {
  it('no sign of several answers: the line found to be the total by arithmetic, said; protected', () => {
    const r = both(T.wholeOverSubtotals);
    expect(r.warnings.map((w) => w.code)).toContain('sum/found');
    expect(hiddenLabels(r)).toContain('重症/C群 n=89');
  });
  it('several answers still where the other lines add up past N', () => {
    expect(codes(T.wholeOverSubtotals.replace('なし\t42 (25.8%)', 'なし\t52 (31.9%)'))).toContain('table/several-answers');
  });
});

describe('a percentage table whose declared total row cannot hold (combo seed 136: leaked on main)', () => {
  it('the total row’s equations left out, said; the total column’s kept: the 8 of N = 98 hidden with what gives it back', () => {
    const r = run(T.declaredFalse);
    expect(r.warnings.map((w) => w.code)).toContain('sum/not-taken');
    const hidden = hiddenLabels(r);
    expect(hidden).toContain('75歳以上/併用群 (N=98)');
    // 144 (28.4% of 507) − 65 (30.2% of 215) − 71 (36.6% of 194) = 8: one of the other two is hidden too.
    expect(
      hidden.some((h) => h === '75歳以上/実薬群 (N=215)' || h === '75歳以上/対照群 (N=194)' || h === '75歳以上/計（人） (N=507)'),
    ).toBe(true);
  });
});

describe('each class forced in the combo generator, attacked with the true structure', () => {
  for (const k of CLASSES)
    it(`${k.code}: ${k.name}`, () => {
      const { tally, outcomes } = judgeClass(highs, bundle, k, 11, 12);
      for (const o of outcomes) expect(o.verdict).not.toBe('crash');
      expect({ leaks: tally.leaks, pinned: tally.pinned, dropped: tally.dropped }).toEqual({ leaks: 0, pinned: 0, dropped: 0 });
      expect(tally.ok).toBeGreaterThan(tally.runs / 2);
    });
});

describe('each class forced in the combo generator, attacked by the oracle on the checker’s reading', () => {
  for (const k of CLASSES)
    it(`${k.code}: the first 4 inputs read, every hidden count holds`, () => {
      let attacked = 0;
      for (const c of casesOf(k, lcg(13), 12)) {
        if (attacked >= 4) break;
        const r = result(c.text);
        if (!r.ok || r.tables.some((t) => t.suppression?.passed === false)) continue;
        bothWritten(c.text);
        attacked++;
      }
      expect(attacked).toBe(4);
    });
});
