/**
 * life65 (issue #11), life65-families.ts: two at-risk lines in one input share `LIFE_WORK`. redg63 searched every
 * line's levels up to three other tables first, then each line's deeper levels line after line, so 表1's search over
 * six other tables and more spent the bound and 表2's fall over four tables (one line of each of 表3–表6, one count
 * small) was never tried: `life/not-searched` said, the input published, the oracle pinned the small count. Now every
 * line's levels up to five other tables run before any line's deeper levels (lifetable.ts `SHALLOW` 5), and a set whose
 * sides' counts cannot sum to the fall is not walked (`whole`, `least`). `ROOT=<tree>` runs it against another tree.
 */
import { describe, expect, it } from 'vitest';
import { oracleVerdict } from './attack35-measure.ts';
import { checkerOfRoot } from './helpers.ts';
import { family, measure } from './life65-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const more = { oneStep: true, threeWay: true, fourWay: true, manyWay: [4] } as const;

describe('a fall over four tables beside another line whose search spends the bound (life65)', () => {
  it('表2 「B群」 falling by 表3–表6 read and tied, nothing given back (db0a70d1: cut, the oracle pins a count)', () => {
    for (const c of family(2, 5173, ['four'])) {
      const r = run(c.text);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.find((w) => w.code === 'table/life-table' && w.message.startsWith('表2の'))?.message).toMatch(
        /表2の「[^」]+」が、表\d+の「[^」]+」と表\d+の「[^」]+」と表\d+の「[^」]+」 ほか1の分だけ時点ごとに減っているため、五つの表を一つの生存時間の表と読みました（チェッカーの判断）/,
      );
      expect(oracleVerdict(highs, r, c.text, 'threshold', more)).toBe('held');
    }
  }, 600_000);
  it('innocent: 表2 falling by amounts no four lines take is read, not refused', () => {
    for (const c of family(2, 5174, ['innocent'])) expect(run(c.text).ok).toBe(true);
  }, 600_000);
  it('family (seed 5175, 2 four): 0 leaked, 表2 read every time', async () => {
    const m = await measure(family(2, 5175, ['four']));
    expect(m.refused).toBe(0);
    expect(m.leaked).toBe(0);
    expect(m.readB).toBe(2);
  }, 600_000);
});
