/**
 * Issue #11 (「Inputs that must not break it」, speed): 1,000 labels of 2,000 characters (the most a value may hold,
 * read.ts `LIMITS.cellChars`) took up to 19 s to read, each label normalised again by every reading that asked about it
 * (`normalise`, `countText`, a header's key, NFKC in sums.ts `nearbySets` for each pair of labels). Now those pure
 * readings remember their answers (cell.ts `remembered`), `nearbySets` finds a long name in a label by hashes
 * (sums.ts `holds`), and header.ts `ENGLISH_ANY` starts a phrase only where no phrase it could start reaches. Asserted
 * by the work done (characters NFKC-normalised) and by the same answers as before, never by timing (the bench's:
 * `npm run bench:pubcheck-long limit`).
 */
import { describe, expect, it } from 'vitest';
import { normalise, remembered } from '../../src/pubcheck/cell.ts';
import { ENGLISH_ANY, ENGLISH_PHRASE, englishNumbers } from '../../src/pubcheck/header.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { holds } from '../../src/pubcheck/sums.ts';

/** A seeded generator (the same strings on every run). */
function random(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}
const pieces = (next: () => number, alphabet: readonly string[], n: number) =>
  Array.from({ length: n }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');

/** Characters String.prototype.normalize is called on while `f` runs. */
function normalised(f: () => void): number {
  const own = String.prototype.normalize;
  let chars = 0;
  String.prototype.normalize = function (this: string, form?: string) {
    chars += this.length;
    return own.call(this, form);
  };
  try {
    f();
  } finally {
    String.prototype.normalize = own;
  }
  return chars;
}

describe('many labels as long as allowed: each is normalised a bounded number of times', () => {
  // main (870c315), 100 labels: 292, 86 and 88 characters normalised per character of the labels, growing with their
  // number (every pair of labels compared after NFKC each time); now 6, 4 and 5, whatever their number.
  const cases: [string, (i: number) => string][] = [
    ['「 ・」', (i) => `${' ・'.repeat(995)}x${i}`],
    ['「1 」', (i) => `${'1 '.repeat(995)}y${i}`],
    ['「a」 then 「＜」', (i) => `a${'＜'.repeat(1990)}${i}`],
  ];
  for (const [name, label] of cases) {
    it(`labels of 2,000 characters of ${name}: at most 10 characters normalised per character, at 100 and 200 labels`, () => {
      for (const n of [100, 200]) {
        // A prefix of its own per run: the answers remembered before are not counted as work saved here.
        const labels = Array.from({ length: n }, (_, i) => `${n}${label(i)}`.slice(0, 2000));
        const text = `項目\tA群\tB群\n${labels.map((l) => `${l}\t10\t20`).join('\n')}\n`;
        let tables = 0;
        const chars = normalised(() => (tables = readTables(text).tables.length));
        expect(tables).toBe(1);
        expect(chars / labels.join('').length).toBeLessThanOrEqual(10);
      }
    }, 60_000);
  }
});

describe('remembered readings give the answers the readings give', () => {
  it('normalise: 20,000 random texts, asked twice each, as NFKC with spaces joined and trimmed', () => {
    const next = random(9101);
    const alphabet = ['a', 'Ａ', '１', ' ', '\u3000', '\t', '・', 'ｶ', 'ﾞ', '①', '¹', '(', '（', 'x'];
    for (let k = 0; k < 20_000; k++) {
      const s = pieces(next, alphabet, 1 + Math.floor(next() * 12));
      const want = s.normalize('NFKC').replace(/\s+/g, ' ').trim();
      expect(normalise(s)).toBe(want);
      expect(normalise(s)).toBe(want);
    }
  });
  it('a remembered function forgets past its size and still answers as the function', () => {
    let calls = 0;
    const f = remembered((s: string) => {
      calls++;
      return s.length % 3 === 0 ? undefined : s.toUpperCase();
    });
    expect(f('abc')).toBe(undefined);
    expect(f('abc')).toBe(undefined);
    expect(f('ab')).toBe('AB');
    expect(calls).toBe(2);
    const long = 'x'.repeat(1_000_000);
    for (let k = 0; k < 6; k++) expect(f(`${k}${long}`)).toBe(`${k}${long}`.length % 3 === 0 ? undefined : `${k}${long}`.toUpperCase());
    expect(f('ab')).toBe('AB');
  });
});

describe('sums.ts holds: a name in a label, as includes says', () => {
  it('20,000 random pairs of long texts of nearly one length (a name cut from the label, changed or not)', () => {
    const next = random(9102);
    const alphabet = ['a', 'b', ' ', '・', '1'];
    let found = 0;
    for (let k = 0; k < 20_000; k++) {
      const label = pieces(next, alphabet, 64 + Math.floor(next() * 120));
      const from = Math.floor(next() * 8);
      let name = label.slice(from, label.length - Math.floor(next() * 8));
      if (next() < 0.5) {
        const at = Math.floor(next() * name.length);
        name = name.slice(0, at) + pieces(next, alphabet, 1) + name.slice(at + 1);
      }
      const powers = [1];
      for (let j = 0; j < label.length; j++) powers.push(Math.imul(powers[j]!, 1_000_003));
      const hashes = [0];
      for (let j = 0; j < label.length; j++) hashes.push((Math.imul(hashes[j]!, 1_000_003) + label.charCodeAt(j)) | 0);
      const got = holds(
        label,
        name,
        () => hashes,
        () => powers,
      );
      expect(got).toBe(label.includes(name));
      if (got) found++;
    }
    expect(found).toBeGreaterThan(5_000);
  });
  it('texts whose hashes collide (Thue–Morse words): still as includes says', () => {
    const thueMorse = (n: number, a: string, b: string) =>
      Array.from({ length: n }, (_, i) => (i.toString(2).split('1').length % 2 === 1 ? a : b)).join('');
    const pairs: [string, string][] = [];
    for (const n of [64, 128, 256, 1024, 2048]) {
      const t = thueMorse(n, 'a', 'b');
      const u = thueMorse(n, 'b', 'a');
      pairs.push(
        [`${t}x`, u.slice(1)],
        [`${u}${t}`.slice(0, n + 40), t.slice(0, n - 10)],
        [t, t.slice(3)],
        [`${t}${t}`.slice(0, n + 7), u.slice(0, n - 1)],
      );
    }
    for (const [label, name] of pairs) {
      const powers = [1];
      for (let j = 0; j < label.length; j++) powers.push(Math.imul(powers[j]!, 1_000_003));
      const hashes = [0];
      for (let j = 0; j < label.length; j++) hashes.push((Math.imul(hashes[j]!, 1_000_003) + label.charCodeAt(j)) | 0);
      expect(
        holds(
          label,
          name,
          () => hashes,
          () => powers,
        ),
      ).toBe(label.includes(name));
    }
  });
});

describe('header.ts ENGLISH_ANY: a phrase starts only where no phrase it could start reaches', () => {
  // The pattern as main wrote it (870c315).
  const before = new RegExp(`(?<![a-z-])${ENGLISH_PHRASE}(?![a-z]|-[a-z])`, 'gi');
  const matches = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => [m.index, m[0]]);
  const alphabet = [
    'one',
    'two',
    'a',
    'A',
    'hundred',
    'thousand',
    'and',
    'four',
    'teen',
    'Twenty',
    ' ',
    ' ',
    '-',
    'x',
    's',
    ',',
    '1',
    'no',
  ];
  it('20,000 random strings of up to 12 pieces and 2,000 of up to 60: the same matches as main', () => {
    const next = random(9103);
    for (let k = 0; k < 22_000; k++) {
      const s = pieces(next, alphabet, 1 + Math.floor(next() * (k < 20_000 ? 12 : 60)));
      expect(matches(ENGLISH_ANY, s), s).toEqual(matches(before, s));
    }
  });
  it('「one-and one-and …」 (every word a start on main, each walking the rest): the same matches as main', () => {
    for (const s of [`${'one-and '.repeat(250)}x-one two`, `${'One-and '.repeat(250)}`, `a-${'one two-and '.repeat(150)}one`]) {
      expect(matches(ENGLISH_ANY, s)).toEqual(matches(before, s));
    }
    expect(englishNumbers(`x-one two, seven and eight; a hundred and one-two`)).toEqual([
      'two（2）',
      'seven and eight',
      'a hundred and one-two',
    ]);
  });
});

/**
 * Patterns of regex-linear-known.ts rewritten (perf9) so that no match starts inside a run (a look-behind: a match from
 * the run's first character is found first, with the same end) and spaces split one way (`\s*(?:X\s*)?`), each compared
 * with main's on 20,000 random strings over its alphabet: the same first match (index, text and groups).
 */
const REWRITTEN: [string, RegExp, RegExp, readonly string[]][] = [
  [
    'rests.ts LEVEL',
    /^(.*?)[\s:：]*((?:[IVX]+|[Ⅰ-Ⅻ])[a-cA-C]?|\d{1,2}[a-cA-C]?|[A-D])(度|期|型)?(?:\s*(?:以上|以下|\+))?$/,
    /^(.*?)(?<![\s:：])[\s:：]*((?:(?<![IVX])[IVX]+|[Ⅰ-Ⅻ])[a-cA-C]?|\d{1,2}[a-cA-C]?|[A-D])(度|期|型)?(?:\s*(?:以上|以下|\+))?$/,
    ['I', 'V', 'X', 'Ⅱ', 'Ⅻ', '1', '12', 'a', 'A', 'c', 'D', '度', '期', ' ', '  ', ':', '：', '以上', '+', 'Stage', 'x'],
  ],
  [
    'rates.ts scaleOf, a unit of persons',
    /([\d,]+(?:\.\d+)?)?\s*(十万|百万|万|千|百)?\s*(?:人\s*(?:[・･]\s*)?[年月週日]|人|例|名|患者|person|patient|subject|P-?Y)/i,
    /((?<![\d,])[\d,]+(?:\.\d+)?)?(?<!\s)\s*(?:(十万|百万|万|千|百)\s*)?(?:人\s*(?:[・･]\s*)?[年月週日]|人|例|名|患者|person|patient|subject|P-?Y)/i,
    ['1', '0', ',', '.', ' ', '  ', '\t', '万', '千', '十万', '百', '人', '年', '・', '例', '患者', 'person', 'PY', 'p-y', 'x', '/', 'a'],
  ],
  [
    'rates.ts scaleOf, 「あたり」「対」',
    /([\d,]+(?:\.\d+)?)?\s*(十万|百万|万|千|百)?\s*(?:[^\d\s、，,()（）/／]{0,6}?)\s*(?:対|あたり|当たり|当り)/,
    /((?<![\d,])[\d,]+(?:\.\d+)?)?(?<!\s)\s*(?:(十万|百万|万|千|百)\s*)?(?:[^\d\s、，,()（）/／]{1,6}?\s*)??(?:対|あたり|当たり|当り)/,
    ['1', '0', ',', '.', ' ', '  ', '万', '千', '十万', '対', 'あたり', '当たり', '当り', 'x', 'ab', '人年', '、', '(', '/'],
  ],
  [
    'layout.ts SPLIT_COUNT',
    /^(.*?)[\s・_,、/]*[(（[［]?\s*(n|人数|例数|患者数|症例数|件数|count)\s*[)）\]］]?$/i,
    /^(.*?)(?<![\s・_,、/])[\s・_,、/]*(?:[(（[［]\s*)?(n|人数|例数|患者数|症例数|件数|count)\s*[)）\]］]?$/i,
    ['n', 'N', '人数', '例数', 'count', ' ', '  ', '・', '_', ',', '、', '/', '(', '（', ')', '）', '[', 'a', 'A群', 'x'],
  ],
  [
    'layout.ts SPLIT_PERCENT',
    /^(.*?)[\s・_,、/]*[(（[［]?\s*(%|割合|割合\s*[(（][%％][)）]|percent|比率|構成比)\s*[)）\]］]?$/i,
    /^(.*?)(?<![\s・_,、/])[\s・_,、/]*(?:[(（[［]\s*)?(%|割合|割合\s*[(（][%％][)）]|percent|比率|構成比)\s*[)）\]］]?$/i,
    ['%', '％', '割合', 'percent', '比率', ' ', '  ', '・', '_', ',', '、', '/', '(', '（', ')', '）', '[', 'a', 'A群', 'x'],
  ],
];

describe('patterns rewritten to start no match inside a run: the same first match as main', () => {
  for (const [where, before, now, alphabet] of REWRITTEN) {
    it(`${where}: 20,000 random strings of up to 12 pieces and 2,000 of up to 40`, () => {
      const next = random(where.length * 7919);
      for (let k = 0; k < 22_000; k++) {
        const s = pieces(next, alphabet, 1 + Math.floor(next() * (k < 20_000 ? 12 : 40)));
        const a = before.exec(s);
        const b = now.exec(s);
        expect(b && [b.index, ...b], s).toEqual(a && [a.index, ...a]);
      }
    });
  }
});
