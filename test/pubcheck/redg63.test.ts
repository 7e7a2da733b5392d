/**
 * redg63 (issue #11), redg63-families.ts: two at-risk lines in one input share `LIFE_WORK`. 51da46af searched them one
 * after another, so 表1's search over six other tables and more spent the bound and 表2's fall over three tables
 * (「死亡」「転院」「追跡不能」 of 表3–表5, one count small) was never tried: `life/not-searched` said, the input published,
 * the oracle pinned the small count. Now every line's search over two and three other tables runs before any line's deeper levels
 * (lifetable.ts `pending`, `SHALLOW`). `ROOT=<tree>` runs it against another tree.
 */
import { describe, expect, it } from 'vitest';
import { oracleVerdict } from './attack35-measure.ts';
import { checkerOfRoot } from './helpers.ts';
import { measure, starved } from './redg63-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

describe('a fall over three tables beside another line whose search spends the bound (redg63)', () => {
  it('表2 「B群」 falling by 表3–表5 read and tied, nothing given back (51da46af: cut, the oracle pins the small count)', () => {
    for (const c of starved(2, 4933)) {
      const r = run(c.text);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.find((w) => w.code === 'table/life-table' && w.message.startsWith('表2の'))?.message).toMatch(
        /表2の「[^」]+」が、表3の「[^」]+」と表4の「[^」]+」と表5の「[^」]+」の分だけ時点ごとに減っているため、四つの表を一つの生存時間の表と読みました（チェッカーの判断）/,
      );
      expect(oracleVerdict(highs, r, c.text, 'threshold', { oneStep: true, threeWay: true, fourWay: true })).toBe('held');
    }
  }, 120_000);
  it('innocent: 表2 falling by amounts no three lines take is not read so', () => {
    for (const c of starved(2, 4934, true)) {
      const r = run(c.text);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.warnings.some((w) => w.code === 'table/life-table' && w.message.startsWith('表2の'))).toBe(false);
    }
  }, 120_000);
  it('family (seed 4935, 4): 0 leaked, 表2 read every time', async () => {
    const m = await measure(starved(4, 4935));
    expect(m.refused).toBe(0);
    expect(m.leaked).toBe(0);
    expect(m.readB).toBe(4);
  }, 240_000);
});
