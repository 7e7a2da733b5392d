/**
 * attack35 (issue #11): life tables — per time point the patients at risk, the events and the censored of the
 * interval (the table under a Kaplan–Meier curve). A reader computes at-risk(t) − at-risk(t+1) = events + censored:
 * 120 − 102 − 15 gives a hidden 3 events back. No line of the table is a sum of other lines (the relation is a step
 * along the at-risk line), so int 6c7cd4b hid the 3 alone (audit 「0〜上限なし」). Now each step is an equation where
 * the at-risk line is named so, or falls at three steps or more, and one line or two lines' sum equals every step
 * (system.ts `lifeTables`, our reading, the numbers proving it).
 *
 * Measured with attack35-measure.ts (`npx node test/pubcheck/attack35-measure.ts 5 1141,…,1180 all`: 200 cases per
 * kind, judged by the oracle with `steps`, every line falling by other lines whatever its label): int 6c7cd4b leaked
 * 199 of 200 (rows, columns, two arms side by side; 1 refused) and 200 of 200 (at risk under a bare 「患者数」「人数」
 * 「n」) under each protection; now 0, 0, 0 and 40 (three time points and no word saying at risk: left open); since
 * life37 (three points read where a cell of the steps is small) 0, 0, 0 and 0, the refusals unchanged (1, 1, 1, 0).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, hiddenLabels } from './protection.ts';
import { family, KINDS, twoPoints } from './attack35-families.ts';
import { check } from '../../src/pubcheck/check.ts';
import { lcg } from './helpers.ts';
import { judge } from './attack35-measure.ts';
import { AT_RISK } from '../../src/pubcheck/lifetable.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run } = adversary(highs, bundle);

describe('a life table: at risk, events and censored per time point', () => {
  it.each([
    [
      'time points as rows',
      '時点\tリスク集合\tイベント\t打ち切り\n0か月\t120\t3\t15\n6か月\t102\t25\t17\n12か月\t60\t21\t14\n18か月\t25\t12\t13\n',
    ],
    [
      'time points as columns, in English',
      '\t0か月\t6か月\t12か月\t18か月\nNumber at risk\t120\t102\t60\t25\nEvents\t3\t25\t21\t12\nCensored\t15\t17\t14\t13\n',
    ],
    [
      'two arms side by side',
      '時点\tA群 At risk\tA群 Events\tA群 Censored\tB群 At risk\tB群 Events\tB群 Censored\n0週\t120\t3\t15\t90\t20\t12\n4週\t102\t25\t17\t58\t18\t11\n8週\t60\t21\t14\t29\t14\t15\n',
    ],
    [
      'at risk under 「患者数」 over four points',
      '時点\t患者数\t死亡\t打切り\n0日\t180\t12\t13\n30日\t155\t7\t18\n60日\t130\t34\t18\n90日\t78\t32\t19\n',
    ],
  ])('%s: the small event count hidden with a complement (int 6c7cd4b: hidden alone, given back by the step)', (_, text) => {
    const r = run(text);
    expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(2);
  });
  it('an at-risk line beside counts that do not make its steps adds nothing (another count)', () => {
    const r = run('時点\tリスク集合\tイベント\t打ち切り\n0か月\t120\t3\t15\n6か月\t102\t25\t17\n12か月\t60\t21\t19\n18か月\t25\t12\t13\n');
    expect(hiddenLabels(r, 0)).toEqual(['0か月/イベント']);
  });
  // life37: this asserted the 8 hidden alone (the line not read over three points); now read, since a cell of its two
  // exact steps is under the threshold (life37.test.ts), and the 8 is hidden with a complement.
  it('a line not named at risk over three points is read where a cell of its steps is small (life37)', () => {
    const r = run('時点\t人数\t死亡\t打切り\n0日\t142\t13\t13\n30日\t116\t8\t28\n60日\t80\t37\t14\n');
    expect(hiddenLabels(r, 0)).toContain('30日/死亡');
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
  });
  it('the words for at risk', () => {
    for (const w of ['リスク集合', 'Number at risk', 'No. at risk', 'at-risk', 'リスク人数', '観察継続例数'])
      expect(AT_RISK.test(w)).toBe(true);
    for (const w of ['高リスク', 'リスク因子', '患者数', 'Risk ratio']) expect(AT_RISK.test(w)).toBe(false);
  });
  it.each(KINDS)('family %s (seeds 1141–1150, 3 each): none leaks against the oracle under either protection', (kind) => {
    let leaked = 0;
    for (let seed = 1141; seed <= 1150; seed++)
      for (const c of family(kind, 3, seed)) for (const p of ['threshold', 'not-exact'] as const) if (judge(c, p) === 'leaked') leaked++;
    expect(leaked).toBe(0);
  });
});

/**
 * attack35: one table at two time points, each titled as cumulative (「2023年末までの累計」, 「2024年末までの累計」): a
 * cell's growth from one to the next (40 → 43) is the count of patients who came in between, which no cell prints —
 * a cumulative line's step across tables. int 6c7cd4b published both (exit 1 only for other cells, the 3 shown by the
 * difference); now refused as a cumulative line's small step is (cumulative.ts `cumulativeAcross`, `line/cumulative`).
 * Family (`twoPoints`, seeds 1161–1180, 10 each = 200): int 6c7cd4b refused 0 of 200 `cumulative/years`; now 200;
 * `cumulative/plain` (titled by years only): 0 of 200 refused on both.
 */
describe('one table at two time points, each cumulative', () => {
  const { codes } = adversary(highs, bundle);
  it('a small growth of one cell is refused (int 6c7cd4b: published)', () => {
    expect(
      codes(
        '# 2023年末までの累計\n\tA群\tB群\n男性\t40\t52\n女性\t30\t37\n\n# 2024年末までの累計\n\tA群\tB群\n男性\t43\t70\n女性\t45\t50\n',
      ),
    ).toContain('line/cumulative');
  });
  it('printed as a table of the increase, it is not refused (the step is a cell the checker protects)', () => {
    run(
      '# 2023年末までの累計\n\tA群\tB群\n男性\t40\t52\n女性\t30\t37\n\n# 2024年末までの累計\n\tA群\tB群\n男性\t43\t70\n女性\t45\t50\n\n# 2024年の増加数\n\tA群\tB群\n男性\t3\t18\n女性\t15\t13\n',
    );
  });
  it('two years titled by the year only are counts per year: not refused', () => {
    run('# 2023年\n\tA群\tB群\n男性\t40\t52\n女性\t30\t37\n\n# 2024年\n\tA群\tB群\n男性\t43\t70\n女性\t45\t50\n');
  });
  it.each([
    ['cumulative/years', 200],
    ['cumulative/plain', 0],
  ] as const)('family %s (seeds 1161–1180, 10 each): %i of 200 refused', (kind, expected) => {
    let refused = 0;
    for (let seed = 1161; seed <= 1180; seed++) {
      const next = lcg(seed);
      for (let n = 0; n < 10; n++) {
        const r = check(highs, bundle, twoPoints(kind, next), { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
        if (!r.ok && r.errors.some((e) => e.code === 'line/cumulative')) refused++;
      }
    }
    expect(refused).toBe(expected);
  });
});
