/**
 * life50 (issue #11): what life48 left open in life tables. Measured with life50-measure.ts (`npx node
 * test/pubcheck/life50-measure.ts 10 2831,…,2835`: 50 cases per family and protection; "base" is d581442,
 * `ROOT=<its tree>`); numbers in the README's life tables section.
 * - `life/between`: events and censored at points between the at-risk points (「4か月」 beside 0/6/12か月): each read as
 *   the interval it lies within (lifetable.ts `within`, `lifeSpans`).
 * - `life/rising`, `life/start`: a line named at risk rising, or each interval's counts at its end with counts at
 *   「0か月」: input errors (`table/at-risk-rises`, `table/life-start`), no silent reading.
 * - `life/note-censored`: the censored in a note's text: refused on base already (`line/count`); the hint now names
 *   the line to write (「打ち切り」 as a table line). Since life51 a note naming each interval once and fitting every
 *   step is read as a table of its own (life51.test.ts); the rest refused as before.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { family, KINDS } from './life50-families.ts';
import { judge } from './life50-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run, result } = adversary(highs, bundle);
const said = (r: ReturnType<typeof run>, code: string) => r.warnings.filter((w) => w.code === code);

describe('life50: events at points between the at-risk points', () => {
  it('at risk at 0/6/12か月, the events and censored at 4か月 and 10か月: tied (base: 3 hidden alone)', () => {
    const text = '# 表1\n\t0か月\t6か月\t12か月\nリスク集合\t150\t112\t80\n\n# 表2\n\t4か月\t10か月\nイベント\t3\t12\n打ち切り\t35\t20\n';
    expect(
      judge(
        {
          kind: 'life/between',
          text,
          falls: [
            {
              from: 150,
              to: 112,
              risk: ['リスク集合', 0, 1],
              parts: [
                ['イベント', 0],
                ['打ち切り', 0],
              ],
            },
          ],
        },
        'threshold',
      ).verdict,
    ).toBe('held');
    expect(said(run(text), 'table/life-table')[0]!.message).toContain('途中の時点');
  });
  it('two points within one interval: not read (which interval each is the numbers cannot tell)', () => {
    const text = '# 表1\n\t0か月\t6か月\t12か月\nリスク集合\t150\t112\t80\n\n# 表2\n\t2か月\t4か月\nイベント\t3\t12\n打ち切り\t35\t20\n';
    expect(said(run(text), 'table/life-table')).toEqual([]);
  });
});

describe('life50: impossible life tables are input errors', () => {
  it('a line named at risk rising (120 → 130): table/at-risk-rises with its line (base: read, exit 0)', () => {
    const r = result('# 表1\n\t0か月\t6か月\t12か月\nリスク集合\t120\t130\t80\nイベント\t3\t12\t20\n打ち切り\t15\t10\t15\n');
    expect(r.ok).toBe(false);
    const e = !r.ok ? r.errors.find((x) => x.code === 'table/at-risk-rises') : undefined;
    expect(e?.place?.line).toBe(3);
    expect(e?.message).toContain('チェッカーの判断');
    expect(e?.hint).toContain('人数');
  });
  it('「高リスク患者」「ハイリスク患者」 rising are no risk sets: no error', () => {
    const r = result('# 表1\n\t0か月\t6か月\t12か月\n高リスク患者数\t120\t130\t140\nハイリスク患者数\t30\t42\t55\n');
    expect(!r.ok && r.errors.some((x) => x.code === 'table/at-risk-rises')).toBe(false);
  });
  it('each interval at its end, counts at 「0か月」 (before follow-up): table/life-start (base: read, exit 0)', () => {
    const r = result('# 表1\n\t0か月\t6か月\t12か月\nリスク集合\t120\t102\t80\nイベント\t3\t12\t20\n打ち切り\t2\t6\t2\n');
    expect(!r.ok && r.errors.map((x) => x.code)).toEqual(['table/life-start']);
  });
  it('the same across tables (at risk in 表1, the events and censored at their ends in 表2): table/life-start', () => {
    const r = result(
      '# 表1\n\t0か月\t6か月\t12か月\nリスク集合\t120\t102\t80\n\n# 表2\n\t0か月\t6か月\t12か月\nイベント\t3\t12\t20\n打ち切り\t2\t6\t2\n',
    );
    expect(!r.ok && r.errors.map((x) => [x.code, x.place?.line])).toEqual([['table/life-start', 7]]);
  });
  it('at the start of each interval (the usual print): read as before', () => {
    const r = '# 表1\n\t0か月\t6か月\t12か月\nリスク集合\t120\t102\t80\nイベント\t3\t12\t20\n打ち切り\t15\t10\t15\n';
    expect(said(run(r), 'table/life-table').length).toBe(1);
  });
});

describe('life50: the censored in a note', () => {
  // life51: a note fitting every step (15 and 10 here) is read now (life51.test.ts); one off by one still refused.
  it('not fitting: refused (line/count), the hint naming the line 「打ち切り」 to write', () => {
    const r = result(
      '# 表1\n\t0か月\t6か月\t12か月\nリスク集合\t120\t102\t80\nイベント\t3\t12\t20\n\n※ 打ち切り: 0-6か月 16例、6-12か月 10例\n',
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.hint).toContain('表の行「打ち切り」');
  });
});

describe('life50 families (seeds 2831–2835, 1 each)', () => {
  it.each(KINDS)('%s: none leaks; the impossible ones refused', (kind) => {
    const seen = { refused: 0, leaked: 0, held: 0 };
    for (let seed = 2831; seed <= 2835; seed++)
      for (const c of family(kind, 1, seed))
        for (const p of ['threshold', 'not-exact'] as const) seen[judge(c, p).verdict as keyof typeof seen]++;
    // life51: the notes naming each interval are read now (all 5 of these seeds), none leaking.
    expect(seen).toEqual(
      kind === 'life/between' || kind === 'life/note-censored' ? { refused: 0, leaked: 0, held: 10 } : { refused: 10, leaked: 0, held: 0 },
    );
  });
});
