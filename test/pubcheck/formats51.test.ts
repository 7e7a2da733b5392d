/**
 * formats51 (issue #11): SAS PROC FREQ's n-way table with 「Tot Pct」 (a share of the whole n-way table, formats48)
 * pasted with a stratum left out (formats51-families.ts `sasStrataGap`, seeds 2921–2925;
 * `npx node test/pubcheck/formats51-measure.ts [n] [from] [to]`, `ROOT=<checkout>` for the base 85f8705): 85f8705
 * refused 100 of 100 with the generic `layout/sas-base`, naming no stratum; now refused (still `layout/sas-base`)
 * saying the whole each Tot Pct gives back (count ÷ share, within rounding), the printed strata's sum, and which
 * stratum seems not pasted (チェッカーの推定), with what to paste: 100 of 100, each naming the right one.
 */
import { describe, expect, it } from 'vitest';
import { checkerIn } from './helpers.ts';
import { sasStrataGap } from './formats51-families.ts';
import { sasCrossMoreTable } from './formats42-families.ts';

const { check, highs, bundle } = await checkerIn();
const checked = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

describe('SAS n-way Tot Pct with a stratum not pasted (formats51)', () => {
  it('random family (85f8705: 100 of 100 refused naming no stratum): read where the shares pin the whole (sas52), else refused naming the missing stratum', () => {
    // sas52: where every printed Tot Pct pins the whole to one integer, the missing stratum is read (a line of ours)
    // or refused saying its total under the threshold; the others are still refused naming it.
    const cs = [...sasStrataGap(6, 2921), ...sasStrataGap(6, 2924)];
    let named = 0;
    let read = 0;
    for (const c of cs) {
      const r = checked(c.text);
      const m = (c as unknown as { missing: number }).missing;
      const want = c.family.endsWith('last') ? `Table ${m} 以降` : `Table ${m}`;
      if (r.ok) {
        read++;
        expect(r.tables.at(-1)!.table.title).toContain(`${want} of sex by outcome（貼られていない層`);
        continue;
      }
      expect(r.errors[0]!.code).toBe('layout/sas-base');
      if (r.errors[0]!.message.includes('この層の患者数')) continue;
      named++;
      expect(r.errors[0]!.message, c.text).toContain(`貼られていない層があるようです（チェッカーの推定）：${want}`);
      expect(r.errors[0]!.hint).toContain('多元表のすべての層');
    }
    expect(read).toBeGreaterThan(6);
    expect(read + named).toBeLessThanOrEqual(cs.length);
  });

  it('Table 2 of 3 left out: the whole given back by the shares, the gap read (sas52)', () => {
    const cs = [
      [
        [12, 41],
        [3, 52],
      ],
      [
        [20, 30],
        [25, 44],
      ],
      [
        [7, 18],
        [9, 33],
      ],
    ];
    const W = cs.flat(2).reduce((a, b) => a + b, 0);
    const part = (s: number) =>
      sasCrossMoreTable(['male', 'female'], ['died', 'alive'], cs[s - 1]!, ['count', 'tot', 'cell'], {
        names: 'both',
        totOf: W,
        totKey: 'W',
      }).text.replace('Table of sex by outcome', `Table ${s} of sex by outcome\nControlling for site=${'ABC'[s - 1]}`);
    // sas52: the whole pinned to one integer by every share: now read, Table 2 a line of ours (its total the gap).
    const r = checked(part(1) + part(3));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ours = r.tables.at(-1)!;
    expect(ours.table.title).toContain('Table 2 of sex by outcome（貼られていない層');
    expect(ours.table.cells[0]![0]!.value).toMatchObject({ kind: 'count', n: W - 175 });
  });
});
