/**
 * attack28 (issue #11): published denominators written in forms the checker refused as text on int 870c315.
 *
 * 1. 「n/N (p)」 — a fraction with its share and no 「%」 in the brackets, as tables print it under 「n/N (%)」 (or with
 *    no statement at all): refused as text (`cell/text`, 「患者数のはずのセルに文字」) although the corner said what it
 *    is. Now read as 「n/N (p%)」: p must be n/N in percent within its rounding, or the cell is refused
 *    (`cell/rate-mismatch`: a share of another base, unstated, would give that base and what it leaves; a count of
 *    something else is no share). Where 「n/N (%)」 is not written, the reading is said as ours (`cell/bracket-percent`).
 * 2. Shares per mille, 「3 (5.3‰)」 and a bare 「5.3‰」 under 「A群 (N=570)」: refused as text on 870c315. Now read as
 *    the same share in percent to one decimal more (5.3‰ = 0.53%, the same interval of counts of any N): a bare share
 *    gives its count back with the header's N, and is hidden where the count is; one that fits no count of its N is an
 *    input error (`percent/not-whole`), as a percentage is.
 *
 * Measured with attack28-families.ts (seed 681, 100 tables a family; `ROOT=/tmp/base28 npx node
 * test/pubcheck/attack28-families.ts 100 681` on 870c315): 870c315 refused all 100 「n/N (p)」 tables, 97 with another
 * base and 100 per-mille tables (cell/text); now 100 and 100 read, the 97 refused as `cell/rate-mismatch`.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, asAttacked, expectProtected } from './protection.ts';
import { fractionShares, perMille } from './attack28-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, run, codes } = adversary(highs, bundle);

describe('1. 「n/N (p)」 with no 「%」 in the brackets', () => {
  it('under 「n/N (%)」 and with no statement: read, the small count hidden with its share', () => {
    for (const corner of ['n/N (%)', '']) {
      const text = `${corner}\tA群\tB群\n死亡\t3/57 (5.3)\t12/43 (27.9)\n重症\t20/57 (35.1)\t11/43 (25.6)\n軽症\t34/57 (59.6)\t20/43 (46.5)\n`;
      const r = run(text);
      const t = r.tables[0]!;
      expect(t.status[0]).toBe('primary');
      expect(t.table.cells[0]![0]!.value).toMatchObject({ kind: 'count', n: 3, denominator: 57 });
      expect(r.warnings.filter((w) => w.code === 'cell/bracket-percent').length).toBe(corner ? 0 : 1);
      expectProtected(highs, r, asAttacked(r, text));
    }
  });
  it('a bracket that is no share of its N is refused, not read (an unstated base)', () => {
    expect(codes('n/N (%)\tA群\tB群\n死亡\t3/57 (53)\t12/43 (27.9)\n生存\t54/57 (94.7)\t31/43 (72.1)\n')).toContain('cell/rate-mismatch');
    // Per mille with no unit, or a count of something else: no share of N in percent.
    expect(codes('\tA群\tB群\n死亡\t3/57 (53)\t12/43 (279)\n生存\t54/57 (947)\t31/43 (721)\n')).toContain('cell/rate-mismatch');
    // 3 of 50 (6.0%) printed as of 57: the base 50 and its rest 7 would be published.
    expect(codes('\tA群\tB群\n死亡\t3/57 (6.0)\t12/43 (27.9)\n生存\t54/57 (94.7)\t31/43 (72.1)\n')).toContain('cell/rate-mismatch');
  });
  it('each variable its own N (missing data): read as blocks with their shares', () => {
    const text = '\tA群 (N=60)\tB群 (N=45)\n喫煙\t3/50 (6.0)\t12/40 (30.0)\n飲酒\t20/55 (36.4)\t11/41 (26.8)\n';
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toContain('fraction/blocks');
  });
  it('random family (seed 681): all read and protected against the oracle; another base refused', () => {
    let read = 0;
    for (const c of fractionShares(25, 681)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (!r.ok) continue;
      read++;
      expectProtected(highs, r, asAttacked(r, c.text));
    }
    expect(read).toBe(25);
    const wrong = fractionShares(25, 682, true).filter((c) => c.family === 'fraction-wrong');
    expect(wrong.length).toBeGreaterThan(20);
    for (const c of wrong) expect(codes(c.text), c.text).toContain('cell/rate-mismatch');
  });
});

describe('2. shares per mille', () => {
  it('「n (p‰)」 and a bare 「p‰」 under the header N: read, the small count (and the share giving it) hidden', () => {
    for (const text of [
      '\tA群 (N=570)\tB群 (N=430)\n死亡\t3 (5.3‰)\t12 (27.9‰)\n生存\t567 (994.7‰)\t418 (972.1‰)\n',
      '\tA群 (N=570)\tB群 (N=430)\n死亡\t5.3‰\t27.9‰\n生存\t994.7‰\t972.1‰\n',
    ]) {
      const r = run(text);
      expect(r.tables[0]!.status[0]).toBe('primary');
      expectProtected(highs, r, asAttacked(r, text));
    }
  });
  it('a share per mille that is no whole count of its N is an input error', () => {
    expect(codes('\tA群 (N=57)\tB群 (N=43)\n死亡\t3 (5.3‰)\t12 (27.9‰)\n生存\t54 (94.7‰)\t31 (72.1‰)\n')).toContain('percent/not-whole');
  });
  it('random family (seed 683): all read and protected against the oracle', () => {
    for (const c of perMille(25, 683)) {
      const r = result(c.text);
      expect(r.ok, c.text).toBe(true);
      if (r.ok) expectProtected(highs, r, asAttacked(r, c.text));
    }
  });
});
