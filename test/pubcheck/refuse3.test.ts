/**
 * Over-refusals left after refuse2 cut (branch refuse3, README Limits 「combo」): each class of the combo sweep's
 * refusals on seeds 5–28 read where the arithmetic proves the reading, refused still where it does not. Fixtures each
 * refused on main (the code named), read now and attacked by the oracle under both protections; each class forced in
 * combo's generator (refuse3-classes.ts) attacked by combo's own attacker, which knows the true structure. The bigger
 * run: `node test/pubcheck/refuse3-classes.ts 100 7`.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { judgeClass } from './refuse2-classes.ts';
import { CLASSES } from './refuse3-classes.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { holdsEach: both, codes, run } = adversary(highs, bundle);
const warned = (text: string) => readTables(text).warnings.map((w) => w.code);

const T = {
  cumulative:
    '\tA群\tB群\tC群\n1年 累積イベント数\t8 (4.8%)\t35 (29.2%)\t50 (20.9%)\n2年 累積イベント数\t52 (31.0%)\t42 (35.0%)\t94 (39.3%)\n3年 累積イベント数\t112 (66.7%)\t46 (38.3%)\t143 (59.8%)\n4年 累積イベント数\t151 (89.9%)\t65 (54.2%)\t195 (81.6%)\n',
  severalNoN:
    '# 合併症 複数回答\n\tA群\tB群\n高血圧\t31 (50.0%)\t14 (35.0%)\n糖尿病\t60 (96.8%)\t39 (97.5%)\n脂質異常症\t31 (50.0%)\t29 (72.5%)\n腎疾患\t56 (90.3%)\t27 (67.5%)\n',
  twoNs: '\tA群\tB群\n1年 累積イベント数\t1 (10%)\t2 (20%)\n2年 累積イベント数\t2 (20%)\t3 (30%)\n',
  blankLast: '\t実薬群\t対照群\t\n男性\t121\t80\t201\n女性\t83\t35\t118\n65歳未満\t91\t7\t98\n65-74歳\t49\t37\t86\n75歳以上\t64\t71\t135\n',
  blankLastNoSum:
    '\t実薬群\t対照群\t\n男性\t121\t80\t202\n女性\t83\t35\t118\n65歳未満\t91\t7\t98\n65-74歳\t49\t37\t86\n75歳以上\t64\t71\t135\n',
  blankLastPct:
    '\tA群\tB群\t\n入院\t22.2%\t41.4%\t29.7%\nうち、重症\t11.1%\t34.5%\t20.3%\n外来\t4.4%\t27.6%\t13.5%\nなし\t73.3%\t31.0%\t56.8%\nn\t45\t29\t74\n',
  totalAndNs: '\t実薬群\t対照群\n男性\t15\t66\n女性\t67\t35\n合計\t82\t101\nN\t82\t101\n',
  totalAndNsDiffer: '\t実薬群\t対照群\n男性\t15\t66\n女性\t67\t35\n合計\t82\t101\nN\t83\t101\n',
  blocksTotalNs:
    '\t実薬群\t対照群\n男\t49 (32.9%)\t116 (58.0%)\n女\t100 (67.1%)\t84 (42.0%)\n65歳未満\t40 (26.8%)\t64 (32.0%)\n65-74歳\t7 (4.7%)\t76 (38.0%)\n75歳以上\t102 (68.5%)\t60 (30.0%)\n計（人）\t149 (100.0%)\t200 (100.0%)\n症例数\t149\t200\n',
  blocksTotalFirst: '\t実薬群\t対照群\n合計\t149\t200\n男\t49\t116\n女\t100\t84\n65歳未満\t40\t64\n65-74歳\t7\t76\n75歳以上\t102\t60\n',
  twoLabelNs:
    '\t\tA群\tB群\tC群\n症例数\t\t93\t257\t161\n65歳未満\tMale\t25\t34\t10\n\tFemale\t29\t48\t47\n\t計\t54\t82\t57\n65-74歳\tMale\t2\t40\t54\n\tFemale\t25\t48\t35\n\t計\t27\t88\t89\n75歳以上\tMale\t3\t49\t5\n\tFemale\t9\t38\t10\n\t計\t12\t87\t15\n',
  blankFirstNs: '\t実薬群\t対照群\t併用群\n\t126\t122\t213\n男性\t66\t44\t109\n女性\t60\t78\t104\nN\t126\t122\t213\n',
  blankHundredNs:
    '\tA群\tB群\n解析対象\t85\t148\n\t100.0%\t100.0%\n入院\t61.2%\t70.3%\nうち重症\t22.4%\t33.8%\n外来\t3.5%\t26.4%\nなし\t35.3%\t3.4%\n',
  blankMiddlePct:
    '# 既往歴（重複あり）\n\tA群\t\tB群\nN\t34\t107\t73\n高血圧\t88.2%\t33.6%\t8.2%\n糖尿病\t64.7%\t71.0%\t74.0%\n脂質異常症\t32.4%\t46.7%\t53.4%\n腎疾患\t85.3%\t32.7%\t8.2%\n',
  blankMiddlePctOff:
    '# 既往歴（重複あり）\n\tA群\t\tB群\nN\t34\t107\t73\n高血圧\t88.2%\t53.6%\t8.2%\n糖尿病\t64.7%\t71.0%\t74.0%\n脂質異常症\t32.4%\t46.7%\t53.4%\n腎疾患\t85.3%\t32.7%\t8.2%\n',
};

describe("「n (p%)」 with no N written: each column's N the one the shares fit (percent/unknown-base on main)", () => {
  it('several answers per patient: read, said as ours, protected', () => {
    const r = both(T.severalNoN);
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([62, 40]);
    expect(r.warnings.find((w) => w.code === 'layout/percent-n')!.message).toContain('推定');
  });
  it('cumulative lines: the N read, the lines then refused by design (a small step), not for their base', () => {
    expect(warned(T.cumulative)).toContain('layout/percent-n');
    expect(codes(T.cumulative)).toEqual(['line/cumulative']);
  });
  it('refused still where two Ns fit a column', () => {
    expect(new Set(codes(T.twoNs))).toEqual(new Set(['percent/unknown-base']));
  });
});

describe("an unlabelled total column last, the header row's trailing blank (row/long on main)", () => {
  it("read as 合計 where each row's value there is the sum of the others", () => {
    both(T.blankLast);
    expect(warned(T.blankLast)).toContain('layout/blank-total');
    expect(new Set(codes(T.blankLastNoSum))).toEqual(new Set(['row/long']));
  });
  it('bare percentages over a row of Ns: leaked on main (the column cut off, the row of Ns taken), read as 合計 now', () => {
    expect(warned(T.blankLastPct)).toContain('layout/ns-row');
    both(T.blankLastPct);
  });
});

describe('a total beside a row of Ns (total/mismatch on main)', () => {
  it("the row of Ns the total's counts: read as the headers' Ns, said on its line", () => {
    const r = both(T.totalAndNs);
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([82, 101]);
    expect(r.warnings.find((w) => w.code === 'layout/ns-row')!.place!.line).toBe(5);
  });
  it('two blocks under a total with a row of Ns after it, and under a total first', () => {
    both(T.blocksTotalNs);
    both(T.blocksTotalFirst);
    expect(warned(T.blocksTotalFirst)).toContain('layout/blocks-total');
  });
  it("two label columns: 「65歳未満・計」 takes its own group's rows, not the row of Ns above them", () => {
    // (The oracle reads no second label column: the class forced below is attacked by combo's attacker.)
    expect(run(T.twoLabelNs).ok).toBe(true);
  });
});

describe('blank totals beside a row of Ns (header/empty on main)', () => {
  it("a blank total row first, a blank row of 100%, a blank column whose N is the others' sum", () => {
    // (The oracle reads a blank label as a line, no total, and finds the table infeasible: they are attacked by
    // combo's attacker, which knows the true structure, in the class forced below.)
    for (const text of [T.blankFirstNs, T.blankHundredNs, T.blankMiddlePct]) expect(warned(text)).toContain('layout/ns-row');
    both(T.blankMiddlePct);
  });
  it("refused still where a share of the blank column is not the others' pooled share", () => {
    expect(codes(T.blankMiddlePctOff)).toContain('header/empty');
  });
});

describe('each class forced in the combo generator, attacked with the true structure', () => {
  for (const k of CLASSES)
    it(`${k.code}: ${k.name}`, () => {
      const { tally, outcomes } = judgeClass(highs, bundle, k, 11, 12);
      for (const o of outcomes) {
        expect(o.verdict).not.toBe('crash');
        if (o.verdict === 'refused') expect(o.codes).not.toContain(k.code === 'percent/unknown-base' ? k.code : 'total/mismatch');
      }
      expect({ leaks: tally.leaks, pinned: tally.pinned, dropped: tally.dropped }).toEqual({ leaks: 0, pinned: 0, dropped: 0 });
      expect(tally.ok).toBeGreaterThan(0);
    });
});
