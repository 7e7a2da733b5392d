/**
 * life37 (issue #11): life tables attack35 left open or refused. Measured with life37-measure.ts (`npx node
 * test/pubcheck/life37-measure.ts 10 1221,…,1240`: 200 cases per family, judged by the oracle with `steps`, within
 * and across tables; "main" is b2edc55, `ROOT=<its tree>`):
 * - `life/three` (at risk under a bare 「人数」「n」「患者数」 over exactly three time points): main leaked 200 of 200
 *   under each protection, now 0 (read where both steps fit exactly and a cell of them is under the threshold).
 * - `life/across` (the at-risk line in one table, the events and censored in another over the same time points):
 *   main leaked 200 of 200, now 0 (lifetable.ts `lifeAcross`, both tables named in the reading, protected together).
 * - `life/titled` (「# リスク集合」 over the table): main refused 195 of 200 (the events' steps read as cumulative,
 *   `line/cumulative`), now none refused and none leaked.
 * Cost (life37-chance.ts, 1,000 random count tables, seed 1221): the same refusals on main and now; 1 table of 1,000
 * hides two cells more (a line over three time points falling by two others' sum by chance, a small count in them).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, hiddenLabels } from './protection.ts';
import { family, KINDS } from './life37-families.ts';
import { judge } from './life37-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run, result } = adversary(highs, bundle);

describe('life37: an at-risk line under no word for it, over three time points', () => {
  it('both steps fit and a cell of them is small: read, the small count hidden with a complement (main: alone)', () => {
    const r = run('時点\t人数\t死亡\t打切り\n0日\t142\t13\t13\n30日\t116\t8\t28\n60日\t80\t37\t14\n');
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
    expect(r.warnings.some((w) => w.code === 'table/life-table')).toBe(true);
  });
  it('no small cell in the steps: not read (chance fits over two steps are common)', () => {
    const r = run('時点\t人数\t死亡\t打切り\n0日\t142\t13\t13\n30日\t116\t18\t18\n60日\t80\t37\t14\n');
    expect(r.warnings.some((w) => w.code === 'table/life-table')).toBe(false);
  });
});

describe('life37: at risk in one table, events and censored in another', () => {
  const text =
    '# Number at risk\n\t0か月\t6か月\t12か月\nA群\t120\t102\t60\n\n# イベントと打ち切り\n\t0か月\t6か月\t12か月\nイベント\t3\t25\t21\n打ち切り\t15\t17\t14\n';
  it('tied where the time points are the same and the falls are the sums: the 3 hidden with a complement (main: alone)', () => {
    const r = run(text);
    expect(hiddenLabels(r, 1).length).toBeGreaterThanOrEqual(2);
    const said = r.warnings.find((w) => w.code === 'table/life-table')!;
    expect(said.message).toContain('表1の「A群」が、同じ時点の表2の「イベント」と「打ち切り」の分だけ');
    expect(said.message).toContain('チェッカーの判断');
  });
  it('other time points: not tied', () => {
    const r = run(text.replace('\t0か月\t6か月\t12か月\nイベント', '\t1か月\t7か月\t13か月\nイベント'));
    expect(r.warnings.some((w) => w.code === 'table/life-table')).toBe(false);
  });
});

describe('life37: a title naming the risk set', () => {
  it('is read as a life table, the events no cumulative line (main: refused, line/cumulative on 「イベント」)', () => {
    const text =
      '# リスク集合\n時点\tリスク集合\tイベント\t打ち切り\n0か月\t120\t3\t15\n6か月\t102\t25\t17\n12か月\t60\t21\t14\n18か月\t25\t12\t13\n';
    expect(result(text).ok).toBe(true);
    expect(hiddenLabels(run(text), 0).length).toBeGreaterThanOrEqual(2);
  });
});

describe('life37 families (seeds 1221–1230, 2 each): none refused, none leaks against the oracle', () => {
  it.each(KINDS)('%s', (kind) => {
    const seen = { refused: 0, leaked: 0, held: 0 };
    for (let seed = 1221; seed <= 1230; seed++)
      for (const c of family(kind, 2, seed)) for (const p of ['threshold', 'not-exact'] as const) seen[judge(c, p).verdict]++;
    expect(seen).toEqual({ refused: 0, leaked: 0, held: 40 });
  });
});
