/**
 * life46 (issue #11): what life44 left open in life tables. Measured with life46-measure.ts (`npx node
 * test/pubcheck/life46-measure.ts 10 2441,…,2450`: 100 cases per family; "main" is 6879fff, `ROOT=<its tree>`):
 * - `life/crossed-neither` (each table one arm's at-risk line and the other arm's lines, neither at-risk line its
 *   table's largest): main leaked 100 of 100 (the arm reader), now 0 — tied where both arms' falls fit exactly, each by
 *   two lines of the other table (lifetable.ts `lifeAcross`, `crossed`).
 * - `life/years-gap`, `life/years-half`, `life/years-fiscal` (「2021年」「2023年」, 「2023年上期」「2023年下期」, 「FY2022」):
 *   main leaked 48, 73, 36 of 100, now 0 — calendar points in increasing order read as follow-up points where possible
 *   as a life table (`followUpPoints`, `calendarTime`).
 * - `life/offset` (at risk from 「3か月」, the events and censored from 「0か月」 in another table): main 37, now 0 — each
 *   step's column found by its label (`lifeAcross`, one step off).
 * - `life/censored-apart` (「イベント」 beside the at-risk line, 「打ち切り」 in another table): main 100, now 0.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, hiddenLabels } from './protection.ts';
import { family, KINDS, type Case } from './life46-families.ts';
import { judge } from './life46-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run } = adversary(highs, bundle);
const said = (r: ReturnType<typeof run>, code: string) => r.warnings.filter((w) => w.code === code);
const held = (c: Case) => expect(judge(c, 'threshold').verdict).toBe('held');

describe('life46: crossed arms, neither the largest of its table', () => {
  it('A群 beside B群a larger at 0か月, B群 beside A群a larger at 6か月: tied (main: A群a hidden alone)', () => {
    const text =
      '# 表1\n\t0か月\t6か月\nA群\t100\t85\nB群a\t105\t20\nB群b\t12\t10\n\n' +
      '# 表2\n\t0か月\t6か月\nB群\t157\t40\nA群a\t3\t45\nA群b\t12\t30\n';
    held({ kind: 'life/crossed-neither', text, risk: 'A群', parts: ['A群a', 'A群b'] });
    expect(hiddenLabels(run(text), 1).length).toBeGreaterThanOrEqual(2);
  });
});

describe('life46: calendar points not one after another', () => {
  it.each([
    ['2021年', '2023年'],
    ['2023年上期', '2023年下期'],
    ['2023H2', '2024H1'],
    ['FY2022', 'FY2023'],
  ])('人数 over %s and %s falling by two lines: read (main: the small count alone)', (x, y) => {
    const r = run(`\t${x}\t${y}\n人数\t120\t102\n区分1\t3\t25\n区分2\t15\t17\n`);
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
    expect(said(r, 'table/life-table').length).toBe(1);
  });
  it('not read: years going back, or impossible as a life table (12 + 20 in 2023 more than 30)', () => {
    expect(said(run('\t2024年\t2021年\n人数\t120\t102\n区分1\t3\t25\n区分2\t15\t17\n'), 'table/life-table')).toEqual([]);
    expect(said(run('\t2021年\t2023年\n区分1\t40\t30\n区分2\t4\t12\n区分3\t6\t20\n'), 'table/life-table')).toEqual([]);
  });
});

describe('life46: across tables one step off, censored apart', () => {
  it('at risk from 3か月, the events and censored from 0か月 (main: 3 hidden alone)', () => {
    const text =
      '# 表1\n\t3か月\t6か月\t9か月\n人数\t120\t102\t80\n\n# 表2\n\t0か月\t3か月\t6か月\nイベント\t20\t3\t12\n打ち切り\t15\t15\t10\n';
    held({ kind: 'life/offset', text, risk: '人数', parts: ['イベント', '打ち切り'] });
    expect(said(run(text), 'table/life-table').length).toBe(1);
  });
  it("at risk from 0か月, the events and censored printed at each interval's end from 3か月 (main: 3 hidden alone)", () => {
    const text =
      '# 表1\n\t0か月\t3か月\t6か月\n人数\t120\t102\t80\n\n# 表2\n\t3か月\t6か月\t9か月\nイベント\t3\t12\t20\n打ち切り\t15\t10\t15\n';
    held({ kind: 'life/offset', text, risk: '人数', parts: ['イベント', '打ち切り'] });
  });
  it('リスク集合 and イベント in one table, 打ち切り in another (main: 3 hidden alone)', () => {
    const text = '# 表1\n\t0か月\t6か月\nリスク集合\t120\t102\nイベント\t3\t25\n\n# 表2\n\t0か月\t6か月\n打ち切り\t15\t17\n';
    held({ kind: 'life/censored-apart', text, risk: 'リスク集合', parts: ['イベント', '打ち切り'] });
    expect(said(run(text), 'table/life-table')[0]!.message).toContain('チェッカーの判断');
  });
});

describe('life46 families (seeds 2441–2450, 1 each)', () => {
  it.each(KINDS)('%s: none refused, none leaks', (kind) => {
    const seen = { refused: 0, leaked: 0, held: 0 };
    for (let seed = 2441; seed <= 2450; seed++)
      for (const c of family(kind, 1, seed))
        for (const p of ['threshold', 'not-exact'] as const) seen[judge(c, p).verdict as keyof typeof seen]++;
    expect(seen).toEqual({ refused: 0, leaked: 0, held: 20 });
  });
});
