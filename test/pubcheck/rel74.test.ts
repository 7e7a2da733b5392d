/**
 * rel74 (issue #11): Ns written in headers (「A群 (N=40)」) compared with no line, on 2b87fdfb. A header is published
 * whatever the suppression hides: 表1’s Ns the running sum of 表2’s 新規 (`run`), 表3’s 中止 the difference of 表1’s
 * and 表2’s Ns (`drop`), or one place per table (`runTables`: the Ns a line across tables) gave a small count back
 * from the headers alone, unsaid (rel74-families.ts, seed 5860/5862, 20 each: run 18, drop 20, runTables 14 leaked; on the
 * base 7 of the 12 tests here fail).
 * Now system.ts `lineRelations` compares the headers' Ns (pointn.ts `headerNs`, `headerN`) as a line of constants,
 * one per table and axis and one across tables, and check.ts `constantPins` refuses in words where they give a small
 * count back exactly (`lines/constant`, チェッカーの判断/推定, the hint to take the N out of the headers or merge groups).
 * `ROOT=/tmp/base-rel74 npx vitest run test/pubcheck/rel74.test.ts` runs it against the base (fails).
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, heldOrLeaked } from './helpers.ts';
import { hiddenKeys } from './protection.ts';
import { hdrCases, type HdrCase } from './rel74-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });

const attack = (c: HdrCase) => {
  const r = run(c.text);
  if (!r.ok || r.tables.some((t) => t.suppression?.passed === false)) return { r, leaked: false, hidden: 0 };
  const { hidden } = hiddenKeys(r);
  return { r, leaked: heldOrLeaked(highs, r, () => c.reader, 'threshold', 10) === 'leaked', hidden: hidden.size };
};
const constant = (r: ReturnType<typeof run>) => (r.ok ? [] : r.errors.filter((e) => e.code === 'lines/constant'));
const related = (r: ReturnType<typeof run>) => (r.ok ? r.warnings.filter((w) => w.code === 'lines/related') : []);

// 表1’s Ns 25, 55, 58, 80: the running sum of 表2’s 新規 (25, 30, 3, 22) — 58 − 55 gives 関東's 3.
const runText = (ns: number[], steps: number[]) =>
  `# 表1 地域別の性別\n\t北海道 (N=${ns[0]})\t東北 (N=${ns[1]})\t関東 (N=${ns[2]})\t中部 (N=${ns[3]})\n` +
  `男性\t${ns.map((n) => Math.floor(n / 2)).join('\t')}\n女性\t${ns.map((n) => n - Math.floor(n / 2)).join('\t')}\n\n` +
  `# 表2 地域別の登録\n\t北海道\t東北\t関東\t中部\n新規\t${steps.join('\t')}\n転出\t12\t15\t20\t11\n`;

/** Cells hidden in 8 cases of each innocent kind (2b87fdfb and now). */
const HIDDEN = { sum: 16, tables: 16, chance: 9, honest: 0, both: 0 };

describe('Ns written in headers compared as a line of constants', () => {
  it('must fail on 2b87fdfb: 表1’s Ns the running sum of 表2’s 新規: refused in words, the count and the hint named', () => {
    const r = run(runText([25, 55, 58, 80], [25, 30, 3, 22]));
    expect(r.ok).toBe(false);
    const errors = constant(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain(
      '表1の見出しの N（見出しに書かれた患者数）を、秘匿できない公表の数の並びと読みました（チェッカーの判断）',
    );
    expect(errors[0]!.message).toContain('（チェッカーの推定）');
    expect(errors[0]!.message).toContain('表2の行「新規」・列「関東」の 3 がそのまま決まります');
    expect(errors[0]!.hint).toContain('見出しから N を外す');
  });

  it('must fail on 2b87fdfb (no relation said there): the same running sum with every step 10 or more: read, the relation said', () => {
    const r = run(runText([25, 55, 68, 90], [25, 30, 13, 22]));
    expect(r.ok).toBe(true);
    expect(related(r).some((w) => w.message.includes('表1の見出しの N'))).toBe(true);
  });

  it('must fail on 2b87fdfb: 表3’s 中止 the difference of 表1’s and 表2’s Ns: refused in words', () => {
    const text =
      '# 表1 背景（登録時）\n\tA群 (N=40)\tB群 (N=52)\tC群 (N=47)\n男性\t20\t26\t23\n女性\t20\t26\t24\n\n' +
      '# 表2 背景（12週）\n\tA群 (N=37)\tB群 (N=40)\tC群 (N=35)\n男性\t18\t20\t17\n女性\t19\t20\t18\n\n' +
      '# 表3 中止と有害事象\n\tA群\tB群\tC群\n中止\t3\t12\t12\n有害事象\t15\t22\t18\n';
    const r = run(text);
    expect(r.ok).toBe(false);
    expect(
      constant(r)
        .map((e) => e.message)
        .join('\n'),
    ).toContain('表3の行「中止」・列「A群」の 3 がそのまま決まります');
  });

  it('must fail on 2b87fdfb: one place per table (表1 「北海道 (N=25)」, 表2 「東北 (N=55)」 …): the Ns a line across tables', () => {
    const places = ['北海道', '東北', '関東', '中部'];
    const ns = [25, 55, 58, 80];
    const text =
      places
        .map(
          (p, i) =>
            `# 表${i + 1} ${p}の性別\n\t${p} (N=${ns[i]})\n男性\t${Math.floor(ns[i]! / 2)}\n女性\t${ns[i]! - Math.floor(ns[i]! / 2)}\n`,
        )
        .join('\n') + `\n# 表5 地域別の登録\n\t${places.join('\t')}\n新規\t25\t30\t3\t22\n転出\t12\t15\t20\t11\n`;
    const r = run(text);
    expect(r.ok).toBe(false);
    expect(constant(r)[0]!.message).toContain('表1・表2・表3・表4の見出しの N');
  });

  it.each([
    ['run', 5863],
    ['drop', 5863],
    ['runTables', 5864],
  ])(
    'must fail on 2b87fdfb: %s (seed %i, 6 cases) refused in words (`lines/constant`), none leaked',
    (kind, seed) => {
      const cases = hdrCases(kind, 6, seed).map(attack);
      expect(cases.every(({ r }) => constant(r).length > 0)).toBe(true);
      expect(cases.filter(({ leaked }) => leaked)).toEqual([]);
    },
    120_000,
  );

  it.each([
    ['sum', 5865, HIDDEN.sum],
    ['tables', 5865, HIDDEN.tables],
    ['chance', 5866, HIDDEN.chance],
    ['honest', 5866, HIDDEN.honest],
    ['both', 5866, HIDDEN.both],
  ])(
    'must pass: %s (seed %i, 8 cases) read, no relation said, none leaked, as many cells hidden as on 2b87fdfb',
    (kind, seed, hidden) => {
      const cases = hdrCases(kind, 8, seed).map(attack);
      expect(cases.every(({ r }) => r.ok)).toBe(true);
      expect(cases.flatMap(({ r }) => related(r))).toEqual([]);
      expect(cases.filter(({ leaked }) => leaked)).toEqual([]);
      expect(cases.reduce((n, c) => n + c.hidden, 0)).toBe(hidden);
    },
    120_000,
  );
});
