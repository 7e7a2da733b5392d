/**
 * life48 (issue #11): what life46 left open in life tables. Measured with life48-measure.ts (`npx node
 * test/pubcheck/life48-measure.ts 10 2631,…,2640`: 100 cases per family; "base" is 382295c, `ROOT=<its tree>`):
 * - `life/n-apart` (「人数」 read as each point's N beside 「イベント」, 「打ち切り」 in another table), `life/n-offset` (the
 *   censored printed at each interval's end): base leaked 100 and 100 of 100, now 0 (lifetable.ts `lifeSpans`).
 * - `life/span-points` (at risk at 0/3/6/12か月, the events and censored at 0/6か月 or at 6/12か月), `life/span-labels`
 *   (「0-6か月」「6〜12ヶ月」): base leaked 100 and 100, now 0 — each column an interval between two at-risk points.
 * - Over-protection: 「n/N」 blocks with a 0 line (denom31's `zeros`) read as life tables: 16 of 200 on base, now none
 *   (a risk set falls; a group's 「(N=…)」 is no time point; a line under no word falls over time points only).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, hiddenLabels } from './protection.ts';
import { family, KINDS, type Case } from './life48-families.ts';
import { judge } from './life48-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run } = adversary(highs, bundle);
const said = (r: ReturnType<typeof run>, code: string) => r.warnings.filter((w) => w.code === code);
const held = (c: Case) => expect(judge(c, 'threshold').verdict).toBe('held');
const parts = (ev: string, cs: string, n: number): Case['falls'][number]['parts'] => [
  [ev, n],
  [cs, n],
];

describe('life48: the at-risk counts as each point’s N, the censored in another table', () => {
  it('人数 (the N) and イベント in one table, 打ち切り in another: tied (base: 3 hidden alone)', () => {
    const text =
      '# 表1\n\t0か月\t6か月\t12か月\n人数\t120\t102\t80\nイベント\t3\t12\t20\n\n# 表2\n\t0か月\t6か月\t12か月\n打ち切り\t15\t10\t15\n';
    held({ kind: 'life/n-apart', text, falls: [{ from: 120, to: 102, parts: parts('イベント', '打ち切り', 0) }] });
    expect(said(run(text), 'table/life-table')[0]!.message).toContain('各時点の患者数（N）');
  });
  it('the censored printed at each interval’s end (one step off): tied (base: 3 hidden alone)', () => {
    const text = '# 表1\n時点\t患者数\t死亡\n0か月\t120\t3\n6か月\t102\t25\n\n# 表2\n\t6か月\t12か月\n打ち切り\t15\t17\n';
    held({ kind: 'life/n-offset', text, falls: [{ from: 120, to: 102, parts: parts('死亡', '打ち切り', 0) }] });
  });
});

describe('life48: points more than one step off', () => {
  it('at risk at 0/3/6/12か月, the events and censored at 0か月 and 6か月 (base: 3 hidden alone)', () => {
    const text =
      '# 表1\n\t0か月\t3か月\t6か月\t12か月\n人数\t150\t135\t112\t80\n\n# 表2\n\t0か月\t6か月\nイベント\t3\t12\n打ち切り\t35\t20\n';
    const c: Case = {
      kind: 'life/span-points',
      text,
      falls: [{ from: 150, to: 112, risk: ['人数', 0, 2], parts: parts('イベント', '打ち切り', 0) }],
    };
    held(c);
    expect(said(run(text), 'table/life-table')[0]!.message).toContain('時点の間隔が表ごとに違っても');
  });
  it('the same printed at each interval’s end (6か月, 12か月)', () => {
    const text =
      '# 表1\n\t0か月\t3か月\t6か月\t12か月\nリスク集合\t150\t135\t112\t80\n\n# 表2\n\t6か月\t12か月\n死亡\t3\t12\n打ち切り\t35\t20\n';
    held({
      kind: 'life/span-points',
      text,
      falls: [{ from: 150, to: 112, risk: ['リスク集合', 0, 2], parts: parts('死亡', '打ち切り', 0) }],
    });
  });
  it('intervals as written (「0-6か月」「6〜12ヶ月」)', () => {
    const text =
      '# 表1\n\t0か月\t3か月\t6か月\t12か月\n人数\t150\t135\t112\t80\n\n# 表2\n\t0-6か月\t6〜12ヶ月\nイベント\t3\t12\n打ち切り\t35\t20\n';
    held({
      kind: 'life/span-labels',
      text,
      falls: [{ from: 150, to: 112, risk: ['人数', 0, 2], parts: parts('イベント', '打ち切り', 0) }],
    });
    expect(hiddenLabels(run(text), 1).length).toBeGreaterThanOrEqual(2);
  });
});

describe('life48: no life table where one cannot be', () => {
  it('「n/N」 blocks of age bands with a 0 line under groups: not read (base: read as falling by a line of ours)', () => {
    const text =
      '\tA群\tB群\tC群\n男性\t69/87\t59/72\t9/76\n女性\t18/87\t13/72\t67/76\n65歳未満\t90/90\t64/64\t74/74\n65〜74歳\t0/90\t0/64\t0/74\n';
    expect(said(run(text), 'table/life-table')).toEqual([]);
  });
  it('groups’ sizes are no time points: 「値なし」 lines of ours fitting by chance not read', () => {
    const text =
      '\tA群 (N=70)\tB群 (N=89)\tC群 (N=58)\n男性\t8/70\t25/82\t15/58\n女性\t62/70\t57/82\t43/58\n65歳未満\t60/60\t2/88\t14/48\n65〜74歳\t0/60\t64/88\t30/48\n喫煙あり\t21/63\t10/89\t8/58\n喫煙なし\t42/63\t79/89\t50/58\n';
    expect(said(run(text), 'table/life-table')).toEqual([]);
  });
  it('still read: a line under no word over time points written with the N (「0か月 (N=120)」)', () => {
    const r = run(
      '\t0か月 (N=120)\t3か月 (N=110)\t6か月 (N=95)\t9か月 (N=80)\n人数\t120\t110\t95\t80\n区分1\t3\t12\t11\t20\n区分2\t7\t3\t4\t15\n',
    );
    expect(said(r, 'table/life-table').length).toBe(1);
  });
});

describe('life48 families (seeds 2631–2640, 1 each)', () => {
  it.each(KINDS)('%s: none refused, none leaks', (kind) => {
    const seen = { refused: 0, leaked: 0, held: 0 };
    for (let seed = 2631; seed <= 2640; seed++)
      for (const c of family(kind, 1, seed))
        for (const p of ['threshold', 'not-exact'] as const) seen[judge(c, p).verdict as keyof typeof seen]++;
    expect(seen).toEqual({ refused: 0, leaked: 0, held: 20 });
  });
});
