/**
 * html46 (issue #11): the cascade proves a showing rule with attribute selectors, structural pseudo-classes, sibling
 * combinators, in 「@media screen」「@media all」, or over a hider in a named layer (html46-measure.ts: realistic pages
 * 9440251–9440275 base 25 of 25 refused as hidden, now 0; attack pages 9440276–9440300 0 leaked base and now).
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { attackPage, realPage } from './html46-families.ts';
import { leaked } from './html9-judge.ts';

describe('html46: showing rules the cascade now proves', () => {
  it('realistic pages 9440251–9440275: none refused as hidden (base: all)', () => {
    for (let seed = 9440251; seed <= 9440275; seed++) {
      const p = realPage(seed);
      expect(
        readTables(p.html).errors.map((e) => e.code),
        `${seed} ${p.feature}`,
      ).toEqual([]);
    }
  });
  it('attack pages 9440276–9440300: none leaks, the digit still hidden refused', () => {
    for (let seed = 9440276; seed <= 9440300; seed++) {
      const p = attackPage(seed);
      const r = readTables(p.html);
      expect(leaked(r, p), `${seed} ${p.attack}`).toBe(false);
      expect(r.errors.length, `${seed} ${p.attack}`).toBeGreaterThan(0);
    }
  });
});
