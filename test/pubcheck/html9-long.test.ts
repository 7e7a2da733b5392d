/**
 * html9 (issue #11, many long values): the answers a pure reading remembers (cell.ts `remembered`) are kept for a whole
 * input of long labels. On main they were forgotten past 4,000,000 characters of keys and answers, which 1,000 labels of
 * 2,000 characters normalised pass (each 4,000): the map was emptied 12 times in one input of 「 ・」 labels and 10,000
 * answers of long texts computed again (26,028 against 16,000 now).
 */
import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/pubcheck/cell.ts';

describe('remembered: 1,000 labels of 2,000 characters read twice', () => {
  it('each computed once (main: computed again after the map was emptied)', () => {
    let calls = 0;
    const fn = remembered((text: string) => {
      calls++;
      return `${text}!`.normalize('NFKC');
    });
    const labels = Array.from({ length: 1000 }, (_, i) => `${' ・'.repeat(998)}x${String(i).padStart(3, '0')}`);
    for (let pass = 0; pass < 3; pass++) for (const l of labels) fn(l);
    expect(calls).toBe(1000);
  });
});
