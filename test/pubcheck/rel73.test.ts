/**
 * rel73 (issue #11): near relations whole72 left open and a line read as the rows' N compared with no line, on
 * 6626e5c2 — a difference across tables holding in two places of three, a running sum with one value misprinted (two
 * steps off), a near difference or sum of two lines within one table (unnamed), and 「例数」 beside 「対照」 (read as the
 * rows' N, `count/sizes`) the running sum of A群: a reader who takes the relation where it holds worked a hidden count
 * back (rel73-families.ts, seeds 5801–5802, 40 each: three 8, run2 22, one 29, onePair 25, sizes 35, sizesNear 29,
 * sizesDiff 8 leaked). Now taken where they hold (system.ts `lineRelations`: `nearEnough`, `NEAR_HOLDS_SAME`, misprints;
 * a line of the rows' N a line of constants), said as the checker's estimate; where a published line of constants
 * gives a small count back exactly (no N is hidden), the input is refused in words (`lines/constant`).
 * At the merge (int37) two places of three across tables and near relations within one table were left untaken again
 * (`three`, `one`, `onePair` open; see system.ts `NEAR_HOLDS`, `NEAR_HOLDS_SAME`).
 * `ROOT=/tmp/base-rel73 npx vitest run test/pubcheck/rel73.test.ts` runs it against the base (fails).
 */
import { describe, expect, it } from 'vitest';
import { relCases, type RelCase } from './rel73-families.ts';
import { nearChecker } from './whole72-families.ts';

const { run, judge, near } = await nearChecker();

/** The check of a case and whether the reader works a hidden count back (a table no suppression passes: not judged). */
const attack = (c: RelCase) => {
  const r = run(c.text);
  if (!r.ok) return { r, leaked: false, hidden: 0, unpassed: false };
  if (r.tables.some((t) => t.suppression?.passed === false)) return { r, leaked: false, hidden: 0, unpassed: true };
  return { r, ...judge(c, r), unpassed: false };
};
const related = (r: ReturnType<typeof run>) => (r.ok ? r.warnings.filter((w) => w.code === 'lines/related').map((w) => w.message) : []);
/** Places (rows) of a case's 表1. */
const places = (c: RelCase) => c.text.split('\n# ')[0]!.trim().split('\n').length - 3;

const groups =
  '# 表1\n\tA群\tB群\tC群\t合計\n北海道\t25\t40\t22\t87\n東北\t30\t12\t18\t60\n関東\t3\t20\t15\t38\n中部\t22\t36\t40\t98\n合計\t80\t108\t95\t283\n';

describe('a line read as the rows’ N (「例数」 beside 「対照」) compared as a line', () => {
  // 「例数」 25, 55, 58, 80: the running sum of A群 (25, 30, 3, 22) — 58 − 55 gives A群's 3 in 関東.
  const sizes = `${groups}\n# 表2\n\t例数\t対照\n北海道\t25\t31\n東北\t55\t27\n関東\t58\t44\n中部\t80\t25\n合計\t218\t127\n`;
  it('must fail on 6626e5c2: refused in words, naming the line, the count it gives back and what to print', () => {
    const r = run(sizes);
    expect(r.ok).toBe(false);
    const errors = r.ok ? [] : r.errors.filter((e) => e.code === 'lines/constant');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('表2の列「例数」は行ごとの患者数（N）と読みましたが（チェッカーの判断）');
    expect(errors[0]!.message).toContain('表1の行「関東」・列「A群」の 3 がそのまま決まります');
    expect(errors[0]!.message).toContain('（チェッカーの推定）');
    expect(errors[0]!.hint).toContain('公表する表から除いてください');
  });

  it('must pass: 「例数」 the same running sum over counts all 10 or more: read, the relation said as an equation', () => {
    const big = sizes.replace('関東\t3\t20\t15\t38', '関東\t13\t20\t15\t48').replace('合計\t80\t108\t95\t283', '合計\t90\t108\t95\t293');
    const text = big
      .replace('関東\t58\t44', '関東\t68\t44')
      .replace('中部\t80\t25', '中部\t90\t25')
      .replace('合計\t218\t127', '合計\t238\t127');
    const r = run(text);
    expect(r.ok).toBe(true);
    expect(related(r).some((m) => m.includes('表2の列「例数」は、表1の列「A群」の累積'))).toBe(true);
  });

  it('measured: 「例数」 drawn apart (sizesChance, seed 5807, 8) read, none leaked; no relation by chance (on the rel73 branch, two of three taken: one), cells hidden alike', () => {
    const cases = relCases('sizesChance', 8, 5807).map(attack);
    expect(cases.every(({ r }) => r.ok)).toBe(true);
    expect(cases.filter(({ leaked }) => leaked)).toEqual([]);
    expect(cases.filter(({ r }) => related(r).some((m) => m.includes('例数'))).length).toBe(SIZES_BY_CHANCE);
    expect(cases.reduce((n, c) => n + c.hidden, 0)).toBe(HIDDEN_SIZES);
  }, 120_000);
});

describe('a running sum with one value misprinted (two steps off)', () => {
  // 表2's 値 the running sum of A群 (25, 55, 58, 80) with 北海道 printed 27: steps 27 and 28 off, their sum 55 = 25 + 30.
  // The reader puts 27 right from A群's 25 (published) and has 58 − 55 = 3 in 関東.
  const misprint = `${groups}\n# 表2\n\t値\t対照\n北海道\t27\t31\n東北\t55\t27\n関東\t58\t44\n中部\t80\t25\n合計\t220\t127\n`;
  it('must fail on 6626e5c2: taken over the misprint, said with the one place off and a hint; protected', () => {
    // The reader puts 27 right where A群's 25 is published, or 東北's 55 and A群's 30 there are.
    const right = misprint.replace('北海道\t27', '北海道\t25').replace('合計\t220', '合計\t218');
    const reader = (published: (key: string) => boolean) =>
      published('1:0:0') && (published('0:0:0') || (published('1:1:0') && published('0:1:0'))) ? right : misprint;
    const { r, leaked } = attack({ kind: 'hand', text: misprint, reader });
    expect(r.ok).toBe(true);
    expect(leaked).toBe(false);
    const said = near(r);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(
      '表2の列「値」は、4 か所のうち 3 か所で表1の列「A群」の累積（順に足した和）です（行「北海道」では成り立ちません）',
    );
    expect(said[0]).toContain('（チェッカーの推定）');
    expect(said[0]).toContain('「北海道」の値を直すと');
  });
});

describe('near relations over three places, within one table, a line of sizes (rel73-families.ts)', () => {
  // `three` (two places of three across tables) and `one`/`onePair` (within one table) are not taken since the merge
  // (int37: chance relations in inputs of many tables, life71's innocents; on random tables, stats44/46, totals14) —
  // open; their family kinds stay to measure them.
  it.each([['run2', 5806]])(
    'must fail on 6626e5c2: %s (seed %i, 6 cases; within one table four places or more) read, each near relation said, none leaked',
    (kind, seed) => {
      const cases = relCases(kind, 12, seed)
        .filter((c) => !kind.startsWith('one') || places(c) >= 4)
        .slice(0, 6)
        .map(attack);
      expect(cases.length).toBe(6);
      expect(cases.every(({ r }) => r.ok)).toBe(true);
      expect(cases.every(({ r }) => near(r).length > 0)).toBe(true);
      expect(cases.filter(({ leaked }) => leaked)).toEqual([]);
    },
    120_000,
  );

  it.each([
    ['sizes', 5805],
    ['sizesNear', 5806],
  ])(
    'must fail on 6626e5c2: %s (seed %i, 6 cases) refused in words (`lines/constant`) or read with the relation said, no leak',
    (kind, seed) => {
      const cases = relCases(kind, 6, seed).map(attack);
      const refused = (r: ReturnType<typeof run>) => !r.ok && r.errors.some((e) => e.code === 'lines/constant');
      expect(cases.every(({ r }) => refused(r) || related(r).some((m) => m.includes('例数')))).toBe(true);
      expect(cases.some(({ r }) => refused(r))).toBe(true);
      expect(cases.filter(({ leaked, unpassed }) => leaked || unpassed)).toEqual([]);
    },
    120_000,
  );

  it('must pass: six rows over three columns drawn at random (chanceRows, seed 5807, 10): no near relation, as many cells hidden', () => {
    const cases = relCases('chanceRows', 10, 5807).map(attack);
    expect(cases.every(({ r }) => r.ok)).toBe(true);
    expect(cases.flatMap(({ r }) => near(r))).toEqual([]);
    expect(cases.reduce((n, c) => n + c.hidden, 0)).toBe(HIDDEN_ROWS);
  }, 120_000);
});

/** Cells hidden in `chanceRows` 5807 (10 cases), on 6626e5c2 and now. */
const HIDDEN_ROWS = 111;
/** `sizesChance` 5807 (8 cases): cases with a relation of 「例数」 said by chance, and cells hidden (6626e5c2: no relation, 98 cells). */
const SIZES_BY_CHANCE = 0;
const HIDDEN_SIZES = 98;
