/**
 * notes50 (issue #11): notes of N beside four or more columns of shares. On the base (d581442) notes49's
 * `mayBeColumnSum` asked each line alone to lie within the other columns' shares (a weight of its own per line), so most
 * innocent tables of 4–5 groups were said to hold a possible sum: `notes50-measure.ts 20 2891,2892` `four-cols` base 9
 * of 40 read (31 refused), now 20 (check.ts `weightsFit`: one set of weights for every line); 23 read with no sum test
 * at all. The sums stay refused: `sum-three` (実薬計 = 低用量 + 中用量 + 高用量) and `sum-two-of-four` (E群 = A群 + B群)
 * 40 of 40 each, base and now (20 and 8 of 40 leak to the oracle with no sum test). Refused as before, said now: a
 * column beside a table sharing a label (check.ts `sharedLabel`: which table, which line) and a total column's N left
 * over that splits several ways (footnotes.ts `splits`: the first two named). `shared-sum` (表2's lines A群 + B群):
 * base 3 of 80 read (2891,2892,2896,2897) by borrowing 表2's line sizes as row Ns beside 「※A群 N=…」, each leaking to
 * notes50-across.ts; now 80 of 80 refused (read.ts `borrowDenominators`: not across a note's column Ns).
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { codesOf, fixtureBundle, heldOrLeaked, solver } from './helpers.ts';
import { smallShown } from './notes44-families.ts';
import { family, type Kind } from './notes50-families.ts';
import { THRESHOLD, type Ok } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });

const noLeak = (kind: Kind, seed: number) => {
  let read = 0;
  for (const c of family(kind, 8, seed))
    for (const protection of ['threshold', 'not-exact'] as const) {
      const r = run(c.text, protection);
      if (!r.ok) continue;
      read++;
      const ok = r as Ok;
      expect(
        heldOrLeaked(highs, ok, () => c.attacked, protection, THRESHOLD),
        c.text,
      ).toBe('held');
      expect(smallShown(ok, c, THRESHOLD), c.text).toEqual([]);
    }
  return read;
};

describe('notes50: four or more columns of shares beside a note of N, a sum among them or none', () => {
  it('four groups, none a sum (D群 within the others line by line, no one weight fits): read; base refused', () => {
    const t =
      '\tA群\tB群\tC群\tD群\n40歳未満\t9.0%\t21.4%\t14.6%\t24.8%\n40代\t31.0%\t15.4%\t14.6%\t20.9%\n50代\t19.0%\t18.9%\t12.4%\t15.2%\n60代\t28.0%\t22.9%\t35.8%\t17.4%\n70歳以上\t13.0%\t21.4%\t22.6%\t21.7%\n* A群 N=100\n';
    expect(codesOf(run(t))).toBe('');
  });
  it('a sum of three columns (実薬計, no label saying so): refused', () => {
    const [c] = family('sum-three', 1, 2893);
    expect(codesOf(run(c!.text))).toBe('percent/no-denominator');
  });
  it('beside a table sharing a line (表2 「男性」): refused naming the table and the line (base: the generic refusal)', () => {
    const t = '表1\n\tA群\tB群\n男性\t86.4%\t46.3%\n女性\t13.6%\t53.8%\n※A群 N=66\n\n表2\n\t死亡\t生存\n男性\t57\t50\n女性\t24\t24\n';
    const r = run(t);
    expect(codesOf(r)).toBe('percent/no-denominator');
    const e = (r as { errors: { message: string; hint: string }[] }).errors[0]!;
    expect(e.message).toContain('表2も「男性」を持ちます');
    expect(e.hint).toContain('B群 N=…');
  });
  it('the lines borrowed from a table sharing them beside a note of a column N: refused; base read B群 as row shares and A群 9 came back', () => {
    // 表2's 40代 is A群 + B群 (9 + 56); B群's N is 表2's sum less A群's 31 (90): 62% of 90 is 56, so A群's hidden 9 is 65 − 56.
    const t = '表1\n\tA群\tB群\n40歳未満\t71%\t38%\n40代\t29%\t62%\n※A群 N=31\n\n表2\n\t死亡\t生存\n40歳未満\t40\t16\n40代\t31\t34\n';
    const r = run(t);
    expect(codesOf(r)).toBe('percent/no-denominator');
  });
  it('shared-sum (seed 2898): 0 read', () => {
    for (const c of family('shared-sum', 8, 2898)) expect(run(c.text).ok, c.text).toBe(false);
  });
  it('a total column whose N left splits two ways (48 + 98, 50 + 96): refused naming the splits (base: a note with a count)', () => {
    const t = '\tA群\tB群\tC群\t全体\n男性\t2%\t40%\t62%\t41%\n女性\t98%\t60%\t38%\t59%\n注：A群 N=49、全体 N=195\n';
    const r = run(t);
    expect(codesOf(r)).toBe('line/count');
    const e = (r as { errors: { message: string; hint: string }[] }).errors[0]!;
    expect(e.message).toContain('146 人');
    expect(e.message).toContain('48 と 98、50 と 96');
    expect(e.hint).toContain('B群 N=…、C群 N=…');
  });
  it('four-cols (seed 2894): some read, 0 leaking', () => expect(noLeak('four-cols', 2894)).toBeGreaterThan(0));
  it('sum-three, sum-two-of-four (seed 2895): 0 leaking', () => {
    noLeak('sum-three', 2895);
    noLeak('sum-two-of-four', 2895);
  });
});
