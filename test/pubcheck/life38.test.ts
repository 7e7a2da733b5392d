/**
 * life38 (issue #11): life tables whose at-risk line has no word for it. Measured with life38-measure.ts (`npx node
 * test/pubcheck/life38-measure.ts 10 1761,…,1780`: 200 cases per family, judged by the oracle with `steps` and
 * `oneStep`; "main" is int 6320885, `ROOT=<its tree>`):
 * - `life/across-bare` (at risk under 「人数」「n」 or the arms' names alone in one table, the events and censored in
 *   another over the same three to five time points): main leaked every case, now none (tied where every step fits
 *   and a cell of the steps is under the threshold, lifetable.ts `lifeAcross`).
 * - `life/one-step` (at risk, events and censored over two time points, the at-risk line unnamed): main leaked every
 *   case, now none (read where the lines taking the fall are said events or censored and a cell is small).
 * - `life/across-one` (the two tables over two time points): main leaked every case, now none.
 * (main leaked 200 of 200 in each family under each protection, now 0 of 200.)
 * Cost (life38-chance.ts 1000 1761: ordinary tables over two time points, 「0か月」「6か月」「2023年」「2024年」, or two
 * tables over the same points): the same hidden cells and refusals on main and now; without the words for events or
 * censored 106 of the 800 two-point tables would have been tied by chance.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, hiddenLabels } from './protection.ts';
import { family, KINDS } from './life38-families.ts';
import { judge } from './life38-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run } = adversary(highs, bundle);
const life = (r: ReturnType<typeof run>) => r.warnings.filter((w) => w.code === 'table/life-table');

describe('life38: an at-risk line under no word for it in one table, events and censored in another', () => {
  const text =
    '# 図1の下\n\t0か月\t6か月\t12か月\n人数\t120\t102\t60\n\n# イベントと打ち切り\n\t0か月\t6か月\t12か月\nイベント\t3\t25\t21\n打ち切り\t15\t17\t14\n';
  it('every step fits and a cell is small: tied, the 3 hidden with a complement (main: alone)', () => {
    const r = run(text);
    expect(hiddenLabels(r, 1).length).toBeGreaterThanOrEqual(2);
    expect(life(r)[0]!.message).toContain('表1の「人数」が、同じ時点の表2の「イベント」と「打ち切り」の分だけ');
  });
  it('no small cell among the steps: not tied', () => {
    const r = run(text.replace('120\t102\t60', '130\t102\t60').replace('イベント\t3', 'イベント\t13'));
    expect(life(r)).toEqual([]);
  });
  it('over two time points: tied where the lines taking the fall are said events or censored', () => {
    const two = '# 表1\n\t0か月\t6か月\nA群\t120\t102\n\n# 表2\n\t0か月\t6か月\nイベント\t3\t25\n打ち切り\t15\t17\n';
    expect(hiddenLabels(run(two), 1).length).toBeGreaterThanOrEqual(2);
    // life40: under no word, tied where the at-risk line is the largest at both points from the start of follow-up
    // (「0か月」); life42: from 「3か月」 too (a time since the start: a reader takes the count back alike); life44: from
    // calendar years (「2023年」「2024年」) too where possible as a life table (not read before life44: a reader took the
    // count back alike, life44-guess.ts).
    const plain = two.replace('イベント', '区分1').replace('打ち切り', '区分2');
    expect(life(run(plain)).length).toBe(1);
    expect(life(run(plain.replaceAll('0か月', '3か月'))).length).toBe(1);
    expect(life(run(plain.replaceAll('0か月', '2023年').replaceAll('6か月', '2024年'))).length).toBe(1);
  });
});

describe('life38: one step (two time points) under no word for at risk', () => {
  it('人数 falling by 死亡 and 打ち切り, 死亡 small: read, the small count hidden with a complement (main: alone)', () => {
    const r = run('\t0か月\t6か月\n人数\t120\t102\n死亡\t3\t25\n打ち切り\t15\t17\n');
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
    expect(life(r).length).toBe(1);
  });
  it('an ordinary table of two years: not read (no line said to be events or censored)', () => {
    const r = run('\t2023年\t2024年\n区分1\t40\t30\n区分2\t4\t12\n区分3\t6\t20\n');
    expect(life(r)).toEqual([]);
  });
  it('a censored line falling by the events: not read (a line of events or censored is no at-risk line)', () => {
    const r = run('\t0日\t30日\nn\t79\t49\nイベント数\t4\t12\n打ち切り例\t26\t22\n');
    expect(life(r).some((w) => w.message.includes('「打ち切り例」が'))).toBe(false);
  });
});

describe('life38 families (seeds 1761–1770, 2 each): none refused, none leaks against the oracle', () => {
  it.each(KINDS)('%s', (kind) => {
    const seen = { refused: 0, leaked: 0, held: 0 };
    for (let seed = 1761; seed <= 1770; seed++)
      for (const c of family(kind, 2, seed)) for (const p of ['threshold', 'not-exact'] as const) seen[judge(c, p).verdict]++;
    expect(seen).toEqual({ refused: 0, leaked: 0, held: 40 });
  });
});
