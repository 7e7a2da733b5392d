/**
 * html9 (issue #11, 「Regular expressions on user text」): four patterns of regex-linear-known.ts rewritten — a lazy
 * name before spaces and a separator (`^(.+?)\s*…$`) — so that the name ends only where no space stands before the
 * separator, or after its first character (`(?:(?<!\s)|(?<=^.))`): where the name of the old pattern ended after a
 * space, one character shorter was a name too (the spaces go to the separator's `\s*`), so the shortest, which the
 * lazy group finds, never ends inside a run of spaces; and 「\s*[・\s]\s*」 written 「\s*・\s*|\s+」 (the same
 * strings, one way each). Each is compared with the pattern as main wrote it on 20,000 random strings over its own
 * alphabet (the same match and groups), and timed on its worst strings of 2,000 characters.
 */
import { describe, expect, it } from 'vitest';

const matches = (re: RegExp, s: string) => [re.exec(s)].filter((m) => m !== null).map((m) => [m.index, ...m]);

function strings(alphabet: readonly string[], count: number, seed: number): string[] {
  let x = seed;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 12) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}

const SP = [' ', '  ', '\t', '\u3000', '\n'];
const G = String.raw`(?:(?<!\s)|(?<=^.))`;

/** [where, pattern as main wrote it, pattern now, alphabet, worst strings]. */
const REWRITTEN: [string, RegExp, RegExp, readonly string[], string[]][] = [
  [
    'read.ts SUBTOTAL_NAMED 「名前・小計」',
    /^(.+?)\s*[・\s]\s*(?:小計|subtotal)$/i,
    new RegExp(String.raw`^(.+?)${G}(?:\s*・\s*|\s+)(?:小計|subtotal)$`, 'i'),
    ['a', '・', '小計', '小', 'SubTotal', 'x', ...SP],
    [`a${' '.repeat(2000)}x`, `a${' ・'.repeat(1000)}x`, `${' '.repeat(2000)}小`],
  ],
  [
    'read.ts SUBTOTAL_NAMED 「名前（小計）」',
    /^(.+?)\s*[(（[［]\s*(?:小計|subtotal)\s*[)）\]］]$/i,
    new RegExp(String.raw`^(.+?)${G}\s*[(（[［]\s*(?:小計|subtotal)\s*[)）\]］]$`, 'i'),
    ['a', '(', '（', '[', ')', '）', '小計', 'subtotal', 'x', ...SP],
    [`a${' '.repeat(2000)}x`, `a${' ('.repeat(1000)}x`, `a${' '.repeat(1000)}(小計${' '.repeat(1000)}x`],
  ],
  [
    'ofwhich.ts SUFFIX 「重症（再掲）」',
    /^(.+?)\s*[(（[［]\s*(?:再掲|うち数|内数)\s*[)）\]］]$/,
    new RegExp(String.raw`^(.+?)${G}\s*[(（[［]\s*(?:再掲|うち数|内数)\s*[)）\]］]$`),
    ['a', '(', '（', ')', '）', '再掲', 'うち数', '内数', 'x', ...SP],
    [`a${' '.repeat(2000)}x`, `a${' （'.repeat(1000)}x`, `a${' '.repeat(1000)}(再掲${' '.repeat(1000)}x`],
  ],
  [
    'rates.ts eventWordOf 「… rate」',
    /^(.+?)\s+(?:incidence\s+)?(?:rates?|incidence)$/i,
    new RegExp(String.raw`^(.+?)${G}\s+(?:incidence\s+)?(?:rates?|incidence)$`, 'i'),
    ['a', 'death', 'incidence', 'rate', 'rates', 'Rate', 'x', ...SP],
    [`a${' '.repeat(2000)}x`, `a${' incidence'.repeat(200)} x`, `${'a '.repeat(1000)}x`],
  ],
];

describe('html9: patterns rewritten from regex-linear-known.ts', () => {
  it.each(REWRITTEN.map((r) => [r[0], r] as const))(
    '%s: the same matches as main on 20,000 random strings',
    (_name, [, old, now, alphabet]) => {
      const differ: string[] = [];
      for (const s of strings(alphabet, 20_000, 9340001)) {
        if (JSON.stringify(matches(now, s)) !== JSON.stringify(matches(old, s))) differ.push(JSON.stringify(s));
      }
      expect(differ.slice(0, 5)).toEqual([]);
    },
  );
  it.each(REWRITTEN.map((r) => [r[0], r] as const))(
    '%s: its worst strings of 2,000 characters in under 5 ms',
    (_name, [, old, now, , worst]) => {
      for (const s of worst) {
        const t = performance.now();
        for (let k = 0; k < 5; k++) now.exec(s);
        const ms = (performance.now() - t) / 5;
        expect(ms, JSON.stringify(s.slice(0, 20))).toBeLessThan(5);
        expect(matches(now, s)).toEqual(matches(old, s));
      }
    },
  );
});
