/**
 * css.ts `cssRules` read in one walk with a stack of its own (perf8, issue #11 「Inputs that must not break it」): before,
 * each block was walked again once per block it was nested in and read by a call of its own, so that 8,000 nested
 * blocks (「a{a{a{…」) threw 「Maximum call stack size exceeded」 out of the reader; the rules read are the same (the
 * cases below as main 67c08a3 read them; 200,000 random stylesheets of those pieces compared when it was written).
 */
import { describe, expect, it } from 'vitest';
import { cssRules } from '../../src/pubcheck/css.ts';
import { readTables } from '../../src/pubcheck/read.ts';

describe('cssRules: one walk', () => {
  it('reads the rules main read', () => {
    const cases: [string, { selector: string; body: string; within: string[] }[]][] = [
      ['.a{color:red}', [{ selector: '.a', body: 'color:red', within: [] }]],
      [
        '@media print{.p{content:"{"}} .h{display:none}',
        [
          { selector: '.p', body: 'content:"{"', within: ['@media print'] },
          { selector: '.h', body: 'display:none', within: [] },
        ],
      ],
      ['.p\\{x{a:b}', [{ selector: '.p\\{x', body: 'a:b', within: [] }]],
      ['.h{@media screen{display:none}}', [{ selector: '.h', body: 'display:none', within: ['@media screen'] }]],
      [
        'a{b{c:d}e:f;}g{h:i',
        [
          { selector: 'b', body: 'c:d', within: ['a'] },
          { selector: 'a', body: 'e:f;', within: [] },
          { selector: 'g', body: 'h:i', within: [] },
        ],
      ],
      ['[data-z="a,b"] .h{display:none}', [{ selector: '[data-z="a,b"] .h', body: 'display:none', within: [] }]],
      ['.a{background:url(x{y}.png);color:red}', [{ selector: '.a', body: 'background:url(x{y}.png);color:red', within: [] }]],
      ['a{ ( { ) } x:y }', [{ selector: 'a', body: ' x:y ', within: [] }]],
      ['}}.a{b:c}}', [{ selector: '.a', body: 'b:c', within: [] }]],
      [
        '.x{.y{a:b}c:d}@media (min-width:1px){.z{e:f}}',
        [
          { selector: '.y', body: 'a:b', within: ['.x'] },
          { selector: '.x', body: 'c:d', within: [] },
          { selector: '.z', body: 'e:f', within: ['@media (min-width:1px)'] },
        ],
      ],
      ['.a{b:c;;d:e}', [{ selector: '.a', body: 'b:c;;d:e', within: [] }]],
      ["a{content:'}';x:y}", [{ selector: 'a', body: "content:'}';x:y", within: [] }]],
    ];
    for (const [css, rules] of cases) expect(cssRules(css), css).toEqual(rules);
  });

  it('100,000 nested blocks: the innermost rule, no exception (main: stack overflow from 8,000)', () => {
    for (const n of [8_000, 100_000]) {
      const rules = cssRules(`${'a{'.repeat(n)}color:red${'}'.repeat(n)}`);
      expect(rules).toHaveLength(1);
      expect(rules[0]!.body).toBe('color:red');
      expect(rules[0]!.within).toHaveLength(n - 1);
    }
    const html = `<style>${'a{'.repeat(8_000)}color:red${'}'.repeat(8_000)}</style><table><tr><th>項目</th><th>A群</th></tr><tr><td class="a">男</td><td>10</td></tr></table>`;
    expect(() => readTables(html)).not.toThrow();
  });
});
