/**
 * A bare lone limit in a table printing no rate and no share (issue #11, branch rates10; README 「Outcome tables」 and
 * Limits): one line 「上限」「Max」「High」「UB」「最大」「下限」「Min」 with no partner and no other limit's word along its
 * axis, the interval's estimate left out — the exact Poisson limit of the events, a share's limit in % with its 患者数,
 * a rate's limit per 人年. Main read it as a line of counts and published it beside the hidden count it gives back
 * (4 events: 95% upper limit 10.24, printed 「10」, published beside the hidden 4 — only 4 rounds to it). Refused in
 * words now (`header/statistic`) where it can be a limit of a count the table prints (on its side of a line of counts
 * in every position, or of its share of another line, or beside 人年, or with an N written in the title, corner or a
 * header), unless the line is a part of a sum (a category of counts with its 合計).
 *
 * Measured with `npx node test/pubcheck/rates10-measure.ts 200 <seed> [src]` (rates10-families.ts; main = c9d7a3c's
 * src/ exported): seed 741, main refused 50 of 200 and 83 hidden counts under 10 were shown under 10 by the published
 * limit (the attacker inverting it with the table's method, unit and base), now 200 refused, 0 shown; seed 742, main
 * 52 refused, 91 shown, now 200 refused, 0 shown. The cost, count tables with one category so named (「通常」「上限」):
 * seed 742, main refused 0 of 200, now 13 (no 合計 over the category, its counts on a limit's side of another line's
 * by chance); seed 743, 0 → 17.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { htmlLines, problems, sentences, textLines } from './words.ts';
import {
  attackLone,
  attackShareCi,
  categoryTables,
  loneTables,
  rangeCategoryTables,
  shareCiTables,
  withOtherShare,
} from './rates10-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, codes } = adversary(highs, bundle);

describe('a bare lone limit in a table with no rate or share (rates10)', () => {
  it('refuses 「上限」 of a count (main published 10, the exact upper limit of the hidden 4) in words', () => {
    const text = '群\t患者数\tイベント数\t上限\nA群\t120\t4\t10\nB群\t150\t25\t37\nC群\t200\t40\t54\n';
    const r = result(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.code === 'header/statistic')!;
    expect(e.message).toContain('列「上限」は区間の上限のようです');
    expect(e.message).toContain('チェッカーの判断');
    expect(e.hint).toContain('上限到達');
  });
  it('refuses 「Max」 of a share, 「下限」 as rows, and 「UB」 between 患者数 and イベント数', () => {
    expect(codes('群\t患者数\tイベント数\tMax\nA群\t50\t4\t20\nB群\t150\t25\t24\n')).toContain('header/statistic');
    expect(codes('\tA群\tB群\n患者数\t40\t150\nイベント数\t9\t25\n下限\t11\t11\n')).toContain('header/statistic');
    expect(codes('群\t患者数\tUB\tイベント数\nA群\t120\t10\t4\nB群\t150\t37\t25\n')).toContain('header/statistic');
  });
  it("refuses a share's limit over an N in the headers or the title", () => {
    expect(codes('群\tイベント数\t下限\nA群 (N=20)\t9\t23\nB群 (N=150)\t25\t11\n')).toContain('header/statistic');
    expect(codes('# 対象 (N=20)\n群\tイベント数\t下限\nA群\t9\t23\nB群\t5\t11\n')).toContain('header/statistic');
  });
  it('keeps categories: a limit word that is a part of a sum, no limit of any count, and Low / Medium / High', () => {
    for (const text of [
      '\tA群\tB群\n男性\t30\t45\n上限\t40\t12\n',
      '群\t通常\t上限\t合計\nA群\t120\t4\t124\nB群\t150\t25\t175\n',
      '群\tLow\tMedium\tHigh\nA群\t12\t4\t10\nB群\t15\t25\t37\n',
      '群\t最小\t通常\t最大\nA群\t12\t40\t3\nB群\t15\t25\t37\n',
    ])
      expect(result(text).ok, text).toBe(true);
  });
  it('lone limits of counts, shares and rates (seed 741): none shows a hidden count under 10 (main: 83)', () => {
    const total = { refused: 0, leaked: 0 };
    for (const t of loneTables(200, 741)) {
      const o = attackLone(t, result(t.text));
      total.refused += o.refused ? 1 : 0;
      total.leaked += o.leaked;
    }
    expect(total).toEqual({ refused: 200, leaked: 0 });
  });
  it('category tables so named (seed 742): those read hold against the oracle; refusals counted (main 0)', () => {
    let refused = 0;
    for (const [i, t] of categoryTables(200, 742).entries()) {
      const r = result(t.text);
      if (!r.ok) {
        refused++;
        continue;
      }
      if (i % 4 === 0) expectProtected(highs, r, t.text);
    }
    expect(refused).toBe(13);
  });
});

/**
 * A share's confidence interval (「5.3% (1.1–14.6)」, 「95% CI」 or 「下限」「上限」 after 「割合（%）」 or 「n (%)」): read
 * nowhere (README Limits — published with a published count it may pin an N the share leaves open, and reading it
 * would carry it through layout.ts, joinShares and cell.ts), refused as before, now saying it is the share's interval
 * and why. Measured (rates10-measure.ts, `shareCiTables(200, 743)`): main refused 200 of 200, 10 in words naming a
 * share's interval (the others: 「統計量のようで」 for 「割合 (95% CI)」, 「率の…すぐ後にない区間」 for lines after a
 * share); now 200 refused, 200 so named, none read.
 */
/**
 * A bare lone limit in a table printing a share (or a rate) it does not bound — 「死亡割合（%）」 of another count — read as
 * counts on main too (rates8: 「one that bounds no rate or share is read as a line of counts」). Refused where it lies
 * near a line of counts (or its share of another line) on its side in every position, as an interval's limit at any
 * level to 99.9% would (upper at most c + 4√c + 8), or beside 人年 with no rate printed. `withOtherShare(loneTables(200,
 * 746), 746)` (125 tables): main refused 43 and showed 42 hidden counts under 10, now 125 refused, 0 shown (seed 747,
 * 121 tables: main 63 and 29). The cost: rates8's 200 count tables with a category so named beside a rate, 107 → 109.
 */
describe('a bare lone limit beside a share it does not bound (rates10)', () => {
  it('「上限」 10 of the hidden 4, beside 「死亡割合（%）」: refused', () => {
    const r = result('群\t患者数\t上限\tイベント数\t死亡数\t死亡割合（%）\nA群\t120\t10\t4\t30\t25.0\nB群\t150\t37\t25\t90\t60.0\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toContain('件数の側にあります');
  });
  it('125 tables (seed 746): none shows a hidden count under 10 (main: 42)', () => {
    const total = { refused: 0, leaked: 0 };
    for (const t of withOtherShare(loneTables(200, 746), 746)) {
      const o = attackLone(t, result(t.text));
      total.refused += o.refused ? 1 : 0;
      total.leaked += o.leaked;
    }
    expect(total).toEqual({ refused: 125, leaked: 0 });
  });
});

/**
 * A lower and an upper limit apart (「下限」「イベント数」「上限」, no rate or share): read as two lines of counts on main.
 * Refused where a printed count (or its share of another line) lies between them in every position, or beside 人年 or
 * an N written elsewhere with each lower at most its upper. `loneTables(200, 744, …, true)`: main refused 53 and showed
 * 76 hidden counts under 10; now 200 refused, 0 shown (seed 745: main 50 and 93). The cost, count tables 「Low」
 * 「Medium」「High」「最小」「通常」「最大」… (`rangeCategoryTables`, seed 745): main 0 of 200 refused, rates10 4; rates11 0 (each limit near the count).
 */
describe('a lower and an upper limit apart (rates10)', () => {
  it('「下限」「イベント数」「上限」 of the Poisson limits: refused in words', () => {
    const r = result('群\t患者数\t下限\tイベント数\t上限\nA群\t120\t1\t4\t10\nB群\t150\t16\t25\t37\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toContain('列「下限」・列「上限」は離れて置かれた区間の下限・上限のようです');
  });
  it('200 tables (seed 744): none shows a hidden count under 10 (main: 76)', () => {
    const total = { refused: 0, leaked: 0 };
    for (const t of loneTables(200, 744, undefined, true)) {
      const o = attackLone(t, result(t.text));
      total.refused += o.refused ? 1 : 0;
      total.leaked += o.leaked;
    }
    expect(total).toEqual({ refused: 200, leaked: 0 });
  });
  it('range categories (seed 745): 0 of 200 refused (rates10: 4; rates11 asks each limit to lie near the count), those read hold against the oracle', () => {
    let refused = 0;
    for (const [i, t] of rangeCategoryTables(200, 745).entries()) {
      const r = result(t.text);
      if (!r.ok) {
        refused++;
        continue;
      }
      if (i % 5 === 0) expectProtected(highs, r, t.text);
    }
    expect(refused).toBe(0);
  });
});

describe("a share's confidence interval (rates10)", () => {
  // With no N printed (rates11 reads these where a line of 患者数 gives the share's N: the interval hidden with it).
  it('「割合 (95% CI)」 over 「5.3% (1.1–14.6)」, no N: refused as a share and its interval (main: a statistic)', () => {
    const r = result('群\tイベント数\t割合 (95% CI)\nA群\t3\t5.3% (1.1–14.6)\nB群\t25\t20.8% (13.9–29.2)\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]!.message).toContain('列「割合 (95% CI)」は割合とその信頼区間のようで');
    expect(r.errors[0]!.message).not.toContain('統計量');
  });
  it("lines of an interval after 「割合（%）」 or 「n (%)」, no N: named as the share's interval", () => {
    for (const [text, words] of [
      [
        '群\tイベント数\t割合（%）\t95% CI\nA群\t3\t5.3\t1.1–14.6\nB群\t25\t20.8\t13.9–29.2\n',
        '列「95% CI」は列「割合（%）」の割合の信頼区間',
      ],
      [
        '群\tn (%)\t下限\t上限\nA群\t3 (5.3%)\t1.1\t14.6\nB群\t25 (20.8%)\t13.9\t29.2\n',
        '列「下限」・列「上限」は列「n (%)」の割合の信頼区間の下限・上限',
      ],
    ] as const) {
      const r = result(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.message).toContain(words);
    }
  });
  // rates11 reads the six forms whose interval stands apart from the count's cell (hidden with the count or the N):
  // only 「3 (5.3%) (1.1–14.6)」 in one cell (10 of the 200) is refused now, and no interval read shows a small count.
  it("200 tables of seven forms (seed 743): the interval in the count's cell refused naming it, the others read, none shown (rates10: all refused)", () => {
    const total = { refused: 0, precise: 0, leaked: 0 };
    for (const t of shareCiTables(200, 743)) {
      const o = attackShareCi(t, result(t.text), 10, bundle);
      total.refused += o.refused ? 1 : 0;
      total.precise += o.precise ? 1 : 0;
      total.leaked += o.leaked;
    }
    expect(total).toEqual({ refused: 10, precise: 10, leaked: 0 });
  });
});

it('no sentence of these refusals breaks the report’s rules (words.ts)', () => {
  const bad: string[] = [];
  for (const t of [...loneTables(20, 750), ...shareCiTables(20, 751)]) {
    const r = toReport(result(t.text), bundle, new Date('2026-12-04T01:00:00Z'));
    for (const x of [...sentences(r), ...textLines(r), ...htmlLines(r)])
      for (const p of problems(x.text)) bad.push(`${p} | ${x.text.slice(0, 120)}`);
  }
  expect(bad).toEqual([]);
});
