/**
 * formats62 (issue #11): a rate line 「死亡率（%）」 beside the counts of its own line and no line of patients — the
 * rate's N the line's 合計 or, with none printed, the sum of the line's counts. Refused on the base
 * (`cell/percent-unmarked`, `table/mixed`); read now where the rate fits its count over that N at every position
 * (rates.ts `joinLineShares`), joined as 「6 (5.0%)」 and said as the checker's judgement; a rate of another N stays
 * refused. formats62-families.ts `rateBeside` (seeds 4790–4791; `npx node test/pubcheck/formats62-families.ts rate
 * 100 4790 4791 --oracle`, ROOT=<base> for the base): base 200 refused; now 200 read, 0 leaked (formats33-attack.ts,
 * oracle). Run with ROOT=/tmp/<base> to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { innocentRates, rateBeside } from './formats62-families.ts';
import { leaks } from './formats33-attack.ts';

const { check, highs, bundle } = await checkerOfRoot();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

const TOTAL_COL = ['表1 転帰', '\t死亡\t生存\t合計\t死亡率（%）', 'A群\t6\t114\t120\t5.0', 'B群\t12\t68\t80\t15.0'].join('\n');
const SUM_COL = ['表1 転帰', '\t死亡\t生存\t死亡率（%）', 'A群\t6\t114\t5.0%', 'B群\t12\t68\t15.0%'].join('\n');
const TOTAL_ROW = ['表1 転帰', '\tA群\tB群', '再発\t6\t12', '無再発\t114\t68', '合計\t120\t80', '再発率（%）\t5.0\t15.0'].join('\n');
const GENERIC = ['表1 転帰', '\tA群\tB群', '死亡\t6\t12', '割合（%）\t5.0\t15.0', '生存\t114\t68'].join('\n');
/** The rate of another N (not 120 and 80): refused as before, not joined. */
const OTHER_N = ['表1 転帰', '\t死亡\t生存\t合計\t死亡率（%）', 'A群\t6\t114\t120\t4.0', 'B群\t12\t68\t80\t12.0'].join('\n');
/** A generic share not just after a count line it fits. */
const OTHER_LINE = ['表1 転帰', '\t死亡\t生存\t合計\t割合（%）', 'A群\t6\t114\t120\t5.0', 'B群\t12\t68\t80\t15.0'].join('\n');

describe('formats62: a rate beside the counts of its line, its N the line total or sum', () => {
  for (const [name, text] of Object.entries({ TOTAL_COL, SUM_COL, TOTAL_ROW, GENERIC }))
    it(`reads ${name} with the rate joined to its count, said, the small count hidden with its rate`, () => {
      const r = checked(text);
      expect(codesOf(r), text).toBe('');
      if (!r.ok) return;
      const w = r.warnings.find((x) => x.code === 'layout/share');
      expect(w?.message).toMatch(/チェッカーの判断/);
      const t = r.tables[0]!;
      const cell = t.table.cells.flat().findIndex((c) => /^6 \(5\.0%\)$/.test(c.text.trim()));
      expect(cell).toBeGreaterThanOrEqual(0);
      expect(t.status[cell]).not.toBe('published');
    });
  for (const [name, text] of Object.entries({ OTHER_N, OTHER_LINE }))
    it(`refuses ${name} (a rate of no N printed)`, () => {
      expect(checked(text).ok).toBe(false);
    });
  it('rateBeside (4790, 100): every table read, none leaking to formats33-attack.ts', () => {
    let read = 0;
    for (const c of rateBeside(100, 4790)) {
      const r = checked(c.text);
      if (!r.ok) continue;
      read++;
      expect(leaks(r, c), c.text).toEqual([]);
    }
    expect(read).toBe(100);
  }, 120_000);
  it('innocentRates (4800, 50): a rate of a larger N is never joined', () => {
    for (const c of innocentRates(50, 4800)) expect(checked(c.text).ok, c.text).toBe(false);
  }, 120_000);
});
