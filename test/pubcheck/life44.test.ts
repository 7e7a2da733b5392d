/**
 * life44 (issue #11): what life42 left open in life tables. Measured with life44-measure.ts (`npx node
 * test/pubcheck/life44-measure.ts 10 2261,…,2270`: 100 cases per family; "main" is 58c225e, `ROOT=<its tree>`):
 * - `life/arms-split` (arm A's life table and B's larger at-risk line in one table, B's lines in another): main leaked
 *   (a reader who knows the arms), now 0 — an arm's at-risk line whose fall another table's two lines take, the largest
 *   over them, is set aside and the table read again (lifetable.ts `lifeAcross` → `readLifeTable(…, aside)`).
 * - `life/arms-across` (both arms' at-risk lines in one table, their lines in another): main leaked a few (an arm tied
 *   with a small cell, the other arm's fit, pushed by none, taking one of its lines by chance), now 0 (every arm's fit
 *   pushed once one arm of the table is tied or read).
 * - `life/arms-crossed` (each table one arm's at-risk line and the other arm's lines): main leaked most, now 0 — a
 *   line the largest of its own table tied where the other table's lines taking its fall are no larger, and a second
 *   pass not comparing lines set aside in the first.
 * - `life/years-one`, `life/years-across` (life42's later-one/across over 「2023年」「2024年」): main leaked 100 of 100,
 *   now 0 — consecutive calendar years read as follow-up points where possible as a life table (`followUpPoints`).
 * - `life/end-over` (the last point's lines outnumber the at-risk there): said as a life table on main, now said as
 *   impossible as one (the equations kept: true of the numbers, a reader taking the fall gets the count back).
 * - `life/beside-rising` (a lone falling line beside a rising one under no word): said on main and now, of the rising
 *   line (`line/maybe-cumulative`: its small step is the same count); nothing changed.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, hiddenLabels } from './protection.ts';
import { family, KINDS } from './life44-families.ts';
import { judge } from './life44-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run } = adversary(highs, bundle);
const said = (r: ReturnType<typeof run>, code: string) => r.warnings.filter((w) => w.code === code);

describe('life44: two arms across two tables', () => {
  it('arm A read once B, tied across, is set aside (main: A群その他 hidden alone)', () => {
    const text =
      '# 表1\n時点\tA群\tA群その他\tA群それ以外\tB群\n0か月\t117\t8\t26\t158\n6か月\t83\t31\t16\t101\n\n' +
      '# 各期間の内訳\n\t0か月\t6か月\nB群その他\t34\t13\nB群それ以外\t23\t21\n';
    const r = run(text);
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
    expect(said(r, 'table/life-table').length).toBeGreaterThanOrEqual(1);
    expect(judge({ kind: 'life/arms-split', text }, 'threshold').verdict).toBe('held');
  });
  it("both arms' at-risk lines in one table: the other arm's fit pushed too (main: a chance fit gave A's count back)", () => {
    const text =
      '# 図1の下\n\t0日\t30日\nA群\t73\t53\nB群\t106\t80\n\n' +
      '# 各期間の内訳\n時点\tA群a\tA群b\tB群a\tB群b\n0日\t5\t15\t15\t11\n30日\t14\t15\t27\t21\n';
    expect(judge({ kind: 'life/arms-across', text }, 'threshold').verdict).toBe('held');
  });
});

describe('life44: two arms crossed over two tables', () => {
  it("each table one arm's at-risk line and the other's lines: tied (main: A群a hidden alone)", () => {
    const text =
      '# 表1\n\t0か月\t6か月\nA群\t99\t71\nB群a\t24\t31\nB群b\t16\t11\n\n' +
      '# 表2\n\t0か月\t6か月\nB群\t105\t65\nA群a\t1\t27\nA群b\t27\t16\n';
    expect(hiddenLabels(run(text), 1).length).toBeGreaterThanOrEqual(2);
    expect(judge({ kind: 'life/arms-crossed', text }, 'threshold').verdict).toBe('held');
  });
});

describe('life44: calendar years, impossible life tables', () => {
  it('人数 over 2023年 and 2024年 falling by two lines: read (main: not read, the small count alone)', () => {
    const r = run('\t2023年\t2024年\n人数\t120\t102\n区分1\t3\t25\n区分2\t15\t17\n');
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
    expect(said(r, 'table/life-table').length).toBe(1);
    // Years going back (since life46 years with a gap, 「2020年」「2024年」, are read: life46.test.ts), or impossible as a
    // life table (12 + 20 in 2024 more than 30): not read.
    expect(said(run('\t2024年\t2020年\n人数\t120\t102\n区分1\t3\t25\n区分2\t15\t17\n'), 'table/life-table')).toEqual([]);
    expect(said(run('\t2023年\t2024年\n区分1\t40\t30\n区分2\t4\t12\n区分3\t6\t20\n'), 'table/life-table')).toEqual([]);
  });
  it('the last point’s lines more than the at-risk there: said as no possible life table (main: said as one)', () => {
    const r = run('# 表1\n\t0日\t30日\n人数\t97\t77\n理由1\t5\t50\n理由2\t15\t49\n');
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
    expect(said(r, 'table/life-table')[0]!.message).toContain('生存時間の表（リスク集合・イベント・打ち切り）としてはあり得ない数です');
    const across = run('# 図1\n\t0か月\t6か月\n人数\t97\t77\n\n# 表2\n\t0か月\t6か月\n理由1\t5\t50\n理由2\t15\t49\n');
    expect(said(across, 'table/life-table')[0]!.message).toContain('生存時間の表としてはあり得ない数です');
  });
  it('a lone falling line beside a rising one under no word: said (of the rising line’s small step, main and now)', () => {
    const r = run('# 表1\n\t0か月\t3か月\t6か月\n人数\t120\t115\t60\n区分2\t0\t5\t60\n');
    expect([...said(r, 'line/maybe-at-risk'), ...said(r, 'line/maybe-cumulative')].length).toBeGreaterThanOrEqual(1);
  });
});

describe('life44 families (seeds 2261–2270, 1 each)', () => {
  it.each(KINDS)('%s: none refused, none leaks', (kind) => {
    const seen = { refused: 0, leaked: 0, held: 0 };
    for (let seed = 2261; seed <= 2270; seed++)
      for (const c of family(kind, 1, seed))
        for (const p of ['threshold', 'not-exact'] as const) seen[judge(c, p).verdict as keyof typeof seen]++;
    expect(seen).toEqual({ refused: 0, leaked: 0, held: 20 });
  });
});
