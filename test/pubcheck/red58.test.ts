/**
 * red58 (issue #11): red team on the readings round 21 added. Found: formats57's `signif(prop.table(tab, m), n)` held
 * every share to exactly n significant digits whatever R printed (listing.ts `pctDecimals`, 100 + n). Under a call
 * that is not the one printed (shares printed unrounded, 「0.98695652」 under `signif(…, 2)`), a reader reads every
 * printed digit, pins a line's N from one published share and a hidden count as N less the published ones: e2cc4287
 * leaked 16 of 100 `signifLie` (red58-families.ts, seeds 3900–3904) to formats33-attack.ts. Now a share with a digit
 * other than 0 past the n significant ones is held to its printed digits (said in the call's words), so 0 leak; the
 * shares R truly prints from signif() (a column padded with zeros) read as before (`signifTrue`, identical hidden
 * counts). Run with ROOT=/tmp/red58-base to see the base fail.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { signifLie, signifTrue } from './red58-families.ts';
import { attack58, measure58 } from './red58-measure.ts';
import { expectProtected } from './protection.ts';

const k = await checkerOfRoot();
const run = (text: string) => k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

const counts = ['> tab <- table(df$group, df$outcome)', '> tab', '        ', '         yes  no', '  female 454   6', '  male     8 520'];
const LIE = [
  ...counts,
  '> signif(prop.table(tab, 1), 2)',
  '        ',
  '                yes         no',
  '  female 0.98695652 0.01304348',
  '  male   0.01515152 0.98484848',
].join('\n');
const TRUE = [
  ...counts,
  '> signif(prop.table(tab, 1), 2)',
  '        ',
  '           yes    no',
  '  female 0.990 0.013',
  '  male   0.015 0.980',
].join('\n');

describe('signif(prop.table(…), n) over shares printed with more digits than n (formats57 red team)', () => {
  it('the printed digits held: 「520 (98.48485%)」 beside a hidden 8 hidden too (base: published, 8 = 528 − 520)', () => {
    const r = run(LIE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.tables[0]!;
    const cells = t.table.cells.flat();
    const at = (text: string) => t.status[cells.findIndex((c) => c.text.startsWith(text))];
    expect(cells.map((c) => c.text)).toContain('520 (98.48485%)');
    expect(at('8 ')).not.toBe('published');
    expect(at('520 ')).not.toBe('published');
    expect(JSON.stringify(r)).toContain('表示された桁まで読める');
    expectProtected(
      k.highs,
      r,
      ['# 行%', '\tyes\tno', 'female\t454 (98.69565%)\t6 (1.30435%)', 'male\t8 (1.51515%)\t520 (98.48485%)', ''].join('\n'),
    );
  });
  it('shares R printed from signif(…, 2) (a column padded with zeros) held to 2 significant digits, as before', () => {
    const r = run(TRUE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables[0]!.table.cells.flat().map((c) => c.text)).toEqual(['454 (99%)', '6 (1.3%)', '8 (1.5%)', '520 (98%)']);
  });
  it('signifLie 3900–3904 (100; e2cc4287: 16 leaked, the oracle too): none leaked, oracle 0', () => {
    const cases = [3900, 3901, 3902, 3903, 3904].flatMap((s) => signifLie(20, s));
    const leaked = cases.filter((c) => attack58(k, c).outcome === 'leaked').map((c) => c.text);
    expect(leaked).toEqual([]);
    // The oracle too (e2cc4287: a hidden 9 shown, the first it meets).
    for (const c of cases) {
      const r = run(c.text);
      if (r.ok) expectProtected(k.highs, r, c.joined, 'threshold', false, { disjointParts: true });
    }
  }, 600_000);
  it('signifTrue 3920–3924 (100, innocent): all read, none leaked, 237 cells hidden (as e2cc4287)', () => {
    const m = measure58(
      k,
      [3920, 3921, 3922, 3923, 3924].flatMap((s) => signifTrue(20, s)),
    );
    expect(m).toEqual({ n: 100, read: 100, refused: 0, leaked: 0, hidden: 237 });
  }, 600_000);
});
