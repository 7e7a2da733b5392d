/**
 * life40 (issue #11): life tables life38 left unread. Measured with life40-measure.ts (`npx node
 * test/pubcheck/life40-measure.ts 10 1911,…,1920`: 100 cases per family; "main" is c3b2cb1, `ROOT=<its tree>`):
 * - `life/leaving-one` (at risk under 「人数」「n」, two lines of leaving the risk set in words life38 did not take,
 *   「転院」「追跡不能」「中止」「Lost to follow-up」, over two time points): main leaked 92 of 100 under each protection, now 0.
 * - `life/survival-one` (one step under a title naming a survival analysis, the lines taking it under no word):
 *   main leaked 100 of 100, now 0; `life/survival-across` (the at-risk line alone in a table so titled, the lines in
 *   another): main 100 of 100, now 0.
 * - `life/plain-one`, `life/plain-across` (no word at all; the at-risk line the largest at both points from 「0か月」):
 *   main leaked 100 of 100, now 0 (life40-guess.ts: a reader of the published cells gets main's hidden count right
 *   in 200 of 400, and no answer for 304 of 305 counts hidden in ordinary two-point tables).
 * - `life/alone` (an at-risk line alone, no events or censored anywhere, under no word for at risk, from 「0か月」 over
 *   three to five points, one fall 1–9): main said nothing on 100 of 100, now `line/maybe-at-risk` on 100.
 * - `life/alone-titled` (the same under a survival title): main published 100 of 100 silently, now refused
 *   (`line/cumulative`, the lines read as at risk) on 100.
 * Cost (life40-chance.ts 1000 1911): the same refusals (3) on main and now; 14 of 400 tables over two or three points
 * under a survival title or with 「転院」「中止」 lines read as life tables by chance (10 hide cells more); life38-chance
 * (1000 1761): 3 tables hide one cell more, the same 6 refusals; life37-chance (1000 1221): identical;
 * `line/maybe-at-risk` said on 137 of the 600 tables over points from 「0か月」 (none of the 200 yearly ones).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, hiddenLabels } from './protection.ts';
import { ALONE, family, KINDS } from './life40-families.ts';
import { judge } from './life40-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run, codes } = adversary(highs, bundle);
const said = (r: ReturnType<typeof run>, code: string) => r.warnings.filter((w) => w.code === code);

describe('life40: one step (two time points) under no word for at risk', () => {
  it('人数 falling by 転院 and 追跡不能, 転院 small: read, the small count hidden with a complement (main: alone)', () => {
    const r = run('\t0か月\t6か月\n人数\t120\t102\n転院\t3\t25\n追跡不能\t15\t17\n');
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
    expect(said(r, 'table/life-table')[0]!.message).toContain('「転院」と「追跡不能」の分だけ');
  });
  it('under a title naming a survival analysis, lines under no word take the fall: read, within a table and across', () => {
    const r = run('# 全生存期間\n\t0か月\t6か月\nn\t120\t102\n区分1\t3\t25\n区分2\t15\t17\n');
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
    const across = run('# 図2 Kaplan-Meier曲線\n\t0か月\t6か月\nn\t120\t102\n\n# 表2\n\t0か月\t6か月\n区分1\t3\t25\n区分2\t15\t17\n');
    expect(hiddenLabels(across, 1).length).toBeGreaterThanOrEqual(2);
  });
  it('no word anywhere: read where the falling line is the largest at both points from the start of follow-up', () => {
    const r = run('\t0か月\t6か月\n人数\t120\t102\n区分1\t3\t25\n区分2\t15\t17\n');
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
    expect(said(r, 'table/life-table').length).toBe(1);
    // Not from points that are no start of follow-up (two years, life38), nor where another line is larger.
    expect(said(run('\t2023年\t2024年\n区分1\t40\t30\n区分2\t4\t12\n区分3\t6\t20\n'), 'table/life-table')).toEqual([]);
    expect(said(run('\t0か月\t6か月\n区分1\t40\t30\n区分2\t4\t12\n区分3\t6\t50\n'), 'table/life-table')).toEqual([]);
  });
});

describe('life40: an at-risk line alone (no events or censored lines)', () => {
  it('under no word for at risk: checked as counts and said (line/maybe-at-risk, main: nothing said)', () => {
    const r = run('# 図1\n\t0か月\t6か月\t12か月\t18か月\n人数\t120\t97\t85\t80\n');
    const note = said(r, 'line/maybe-at-risk')[0]!.message;
    expect(note).toContain('表1の行「人数」の数は時点の順に増えることなく減っていますが');
    expect(note).toContain('この行の「12か月」の 85 人から「18か月」の 80 人への減り 5 人');
    expect(note).toContain('チェッカーの判断');
  });
  it('not said of yearly counts that fall (no start of follow-up), nor of a life table read (its falls are equations)', () => {
    expect(said(run('\t2020年\t2021年\t2022年\nA群\t120\t97\t92\n'), 'line/maybe-at-risk')).toEqual([]);
    const life = run('\t0か月\t6か月\t12か月\n人数\t120\t102\t95\nイベント\t3\t4\t21\n打ち切り\t15\t3\t14\n');
    expect(said(life, 'table/life-table').length).toBe(1);
    expect(said(life, 'line/maybe-at-risk')).toEqual([]);
  });
  it('under a title naming a survival analysis: read as at risk, a small fall refused (line/cumulative, main: published)', () => {
    expect(codes('# 図1 全生存期間\n\t0か月\t6か月\t12か月\t18か月\nA群\t120\t97\t85\t80\nB群\t118\t100\t90\t70\n')).toEqual([
      'line/cumulative',
    ]);
    // A line that rises is no risk set: the table is read as counts.
    expect(run('# 全生存期間\n\t0か月\t6か月\t12か月\nA群\t120\t97\t99\n').ok).toBe(true);
  });
});

describe('life40 families (seeds 1911–1920, 2 each)', () => {
  it.each(KINDS)('%s: none refused, none leaks against the oracle', (kind) => {
    const seen = { refused: 0, leaked: 0, held: 0 };
    for (let seed = 1911; seed <= 1920; seed++)
      for (const c of family(kind, 2, seed))
        for (const p of ['threshold', 'not-exact'] as const) seen[judge(c, p).verdict as keyof typeof seen]++;
    expect(seen).toEqual({ refused: 0, leaked: 0, held: 40 });
  });
  it.each(ALONE)('%s: every lone line said (warned, or refused under a survival title)', (kind) => {
    const verdicts = new Set<string>();
    for (let seed = 1911; seed <= 1920; seed++) for (const c of family(kind, 2, seed)) verdicts.add(judge(c, 'threshold').verdict);
    expect([...verdicts]).toEqual([kind === 'life/alone' ? 'warned' : 'refused']);
  });
});
