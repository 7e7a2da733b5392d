/**
 * perf46 (issue #11, speed of the command line): the free-text readings of words40–45 (header.ts `NOUN_COUNT`,
 * `NOUN_RANGE`, `LISTED_PLURAL`, `ONE_SINGULAR`, `EN_KANJI`, `ENGLISH_QUANTITY` …) are patterns of up to 18,000
 * characters, and V8 compiles each on its first use: ≈ 0.1 s of the main thread's CPU in a process's first reading
 * (the CLI's start-up on a small table: warm 270–280 → 380–420 ms CPU since c9d7a3c), where a corner 「年齢」 asked them
 * all. Each is now asked only of a text holding what its every match holds (a digit, an ASCII letter, a kanji numeral,
 * a word of quantity): the same matches. Measured: 204,299 texts of the tests, fixtures and sources (and variants with
 * numbers) through nounCounts, wordCounts, englishQuantities and listedPlurals, base and now: 0 differ; combo seeds
 * 2461–2480 (25 each, both protections, 1,000 checks): every verdict, message and cell status the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishQuantities, listedPlurals, nounCounts, wordCounts } from '../../src/pubcheck/header.ts';
import { readTables } from '../../src/pubcheck/read.ts';

/** The sources of the patterns longer than `min` characters that reading `text` runs. */
function longPatternsRun(text: string, min: number): number[] {
  const exec = RegExp.prototype.exec;
  const seen = new Set<number>();
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    if (this.source.length > min) seen.add(this.source.length);
    return exec.call(this, s);
  };
  try {
    readTables(text);
  } finally {
    RegExp.prototype.exec = exec;
  }
  return [...seen].sort((a, b) => b - a);
}

describe('free-text patterns asked only where they can match', () => {
  it('a table of Japanese labels, its corner 「年齢」, runs none of the patterns of thousands of characters', () => {
    const text = readFileSync('test/fixtures/pubcheck/tables/small.csv', 'utf8');
    // Base: 17,837 (NOUN_COUNT), 16,491 (NOUN_RANGE), 6,335 (EN_KANJI), 4,638 (LISTED_PLURAL), 3,753 (ONE_SINGULAR).
    expect(longPatternsRun(text, 2400)).toEqual([]);
  });

  it('texts that hold what the patterns need are read as before', () => {
    expect(nounCounts('3 deaths').map((c) => c.n)).toEqual([3]);
    expect(nounCounts('Deaths: 2-4').map((c) => [c.lo, c.n])).toEqual([[2, 4]]);
    expect(nounCounts('one amputation').map((c) => c.n)).toEqual([1]);
    expect(nounCounts('Falls 二〜三').map((c) => [c.lo, c.n])).toEqual([[2, 3]]);
    expect(nounCounts('Women 2-3').map((c) => [c.lo, c.n])).toEqual([[2, 3]]);
    expect(nounCounts('切断3').map((c) => c.n)).toEqual([3]);
    expect(nounCounts('年齢')).toEqual([]);
    expect(wordCounts('a couple of deaths').map((c) => c.written)).toEqual(['a couple']);
    expect(englishQuantities('twice as many')).toEqual(['twice as many（×2）']);
    expect(englishQuantities('年齢')).toEqual([]);
    expect(listedPlurals('3 hospitals').map((c) => [c.n, c.noun])).toEqual([[3, 'hospitals']]);
  });
});
