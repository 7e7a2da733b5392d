/**
 * words46 (issue #11): lists joined by 「と」「及び」「and」, a kanji numeral glued before a particle, and a title's count
 * that is the sum of several lines, left open by words45. Our readings (チェッカーの判断):
 * - a list after a noun joined by と, 及び, および, 並びに, ならびに or 「and」 (「切断2と3」「切断2、3及び4」「Deaths 2 and 3」
 *   「deaths: 2, 3, and 4」) as words45's lists: the range from the least to the greatest (header.ts `NUMBER_LIST`);
 * - a kanji numeral written onto a noun before a particle (「切断三で」「死亡二を含む」「切断三の転帰」) as the digits are
 *   (words45's `PARTICLE_AFTER`); 「一の」 after a noun (「世界一の」「日本一の」) stays a word;
 * - a count after two or more lines' labels joined (「切断と転倒 12例」「切断・転倒 計12例」「転帰、切断及び転倒（12例）」)
 *   is their sum: an equation over their cells (`Table.crossSums`), checked in the protection, where it holds; base
 *   read it as the last line's N (a false equation). An unnamed count (「重篤 12例」) matching no line's sum stays refused
 *   (`title/count`); one matching a line's sum and also two or three other lines' sum is read as each (up to 4 such
 *   sums, equations true of the counts), said in a warning as the checker's.
 * Measured (words46-families.ts, 200 each, base 6879fff → now): list46 (seeds 2402, 2404) passed 198, 192 with a
 * count under 10 recovered (words44's attacker) in 197, 191 → passed 67, 77, recovered 0, 0; innocent46 (seeds 2403,
 * 2405) refused 6, 5 (「Grade 3 and 4 events」, and a chance `total/almost`) → 0, 1 (the chance one); sum46 (seeds
 * 2401, 2406; words46-attack.ts: the two lines' sum taken as known, a count the title newly bounds under 10 or pins),
 * named: passed 57, 43, recovered 38, 33 → passed 37, 30, recovered 1, 0 (the one: two lines of equal sums, the oracle
 * takes the title's sum as both — true of the counts, not said by the title); a line's sum and other lines' too:
 * passed 14, 12, recovered 7, 6 → 7, 6, recovered 0, 0.
 */
import { describe, expect, it } from 'vitest';
import { BODY, codes, recovers, run, SMALL } from './words44-attack.ts';
import { FAMILIES } from './words46-families.ts';
import { recoversSum } from './words46-attack.ts';

describe('lists joined by と, 及び, and; a kanji numeral before a particle', () => {
  it('over a line of small counts: 「切断2と3」「Deaths 2 and 3」「切断三で」「死亡二を含む」… are counts', () => {
    for (const title of [
      '切断2と3',
      '切断2及び3',
      '切断2、3及び4',
      '切断は3と2',
      '（挿管2および3）',
      'Deaths 2 and 3',
      'deaths: 2, 3, and 4',
      '(falls 2 and 4)',
      '死亡二を含む',
      '切断四で',
      '切断四の内訳',
      '切断二と入院',
    ])
      expect(codes(`# ${title}\n${SMALL}`), title).toEqual(['title/count']);
  });
  it('the line’s exact sum in kanji before a particle (「切断三の転帰」「切断三で」) is read as its sum', () => {
    for (const title of ['切断三の転帰', '切断三で', '切断三を除く'])
      expect(
        run(`# ${title}\n${SMALL}`).warnings.map((w) => w.code),
        title,
      ).toContain('sum/stated');
  });
  it('written onto a noun far from every sum: a number, said as ours', () => {
    for (const title of ['切断2と3', '切断二を含む']) {
      const r = run(`# ${title}\n${BODY}`);
      expect(r.ok, title).toBe(true);
      expect(r.warnings.find((w) => w.code === 'title/number')?.message, title).toContain('チェッカーの判断');
    }
  });
  it('months, steps, tables, phases, 「世界一の」「唯一の」「第二の」 over a line of small counts: no count', () => {
    for (const title of [
      '2と3月の切断',
      '第2及び3相試験の切断',
      'ステージ2と3の切断',
      '有害事象（表2及び3）',
      'Phase 2 and 3 trial',
      'Grade 3 and 4 events',
      'Tables 2 and 3',
      '世界一の切断対策',
      '日本一の症例数',
      '唯一の切断',
      '第二の切断',
      '規格統一の切断',
      'IL-2と6の切断',
    ])
      expect(run(`# ${title}\n${SMALL}`).ok, title).toBe(true);
  });
});

describe('a title’s count over the sum of several lines', () => {
  const T = '\tA群\tB群\n再手術\t1\t4\n転倒\t3\t3\n入院\t51\t12\nその他\t29\t17\n合計\t84\t36\n';
  it('named (「再手術及び転倒（11例）」): their sum, an equation the protection checks — no hidden count under 10 left unprotected', () => {
    for (const title of ['転帰、再手術及び転倒（11例）', '再手術と転倒 11例', '再手術・転倒 計11例']) {
      const r = run(`# ${title}\n${T}`, 0.2);
      expect(
        r.warnings.map((w) => w.code),
        title,
      ).toContain('title/lines-sum');
      expect(r.warnings.find((w) => w.code === 'title/lines-sum')!.message).toContain('チェッカーの判断');
      // Base read 11 as 転倒's N and published the table with 再手術's and 転倒's counts bounded by 8 unseen by its audit.
      if (r.ok) expect(r.tables[0]!.suppression?.passed, title).toBe(false);
    }
  });
  // words53: refused (`title/count`) until a union was read as the inequalities it is (each line ≤ 10 ≤ their sum 11).
  it('named, not their sum (patients with either, counted once): read as a union’s inequalities, said as the checker’s', () => {
    expect(codes(`# 再手術と転倒 10例\n${T}`)).toEqual([]);
    const w = run(`# 再手術と転倒 10例\n${T}`).warnings.find((x) => x.code === 'title/lines-sum');
    expect(w?.message).toContain('一度だけ数えた数');
    expect(w?.message).toContain('チェッカーの推定');
  });
  it('unnamed, a line’s sum and also two others’: read as each, said as the checker’s', () => {
    const U = '\tA群\tB群\n切断\t3\t4\n転倒\t2\t3\n肺炎\t1\t1\n入院\t20\t31\nその他\t20\t35\n';
    const r = run(`# 重篤 7例\n${U}`);
    const w = r.warnings.find((x) => x.code === 'title/lines-sum');
    expect(w?.message).toContain('チェッカーの推定');
    expect(w?.message).toContain('「転倒」＋「肺炎」');
  });
});

describe('families (words46-families.ts)', () => {
  for (const seed of [2402, 2404])
    it(`list46, seed ${seed}: と/及び/and lists and kanji before particles bounding a small line's sum — no count under 10 recovered`, () => {
      expect(
        FAMILIES.list46(seed, 200)
          .filter(recovers)
          .map((c) => c.said),
      ).toEqual([]);
    });
  for (const seed of [2403, 2405])
    it(`innocent46, seed ${seed}: と/及び/and lists and kanji before particles after words — none refused for its title (base: 「Grade 3 and 4 events」)`, () => {
      const refused = FAMILIES.innocent46(seed, 200).flatMap((c) => {
        const r = run(c.text);
        return r.ok ? [] : [{ said: c.said, codes: r.errors.map((e) => e.code) }];
      });
      expect(refused.filter((c) => c.codes.some((k) => k.startsWith('title/')))).toEqual([]);
      // A chance `total/almost` (seed 2405: one).
      expect(refused.length).toBeLessThanOrEqual(1);
    });
  it('sum46, seed 2401: a count naming two lines read as their sum — the title adds no count under 10 but one (two lines of equal sums)', () => {
    const named = FAMILIES.sum46(2401, 200).filter((c) => c.named || c.coincide);
    expect(named.filter((c) => recoversSum(c)).map((c) => c.said)).toEqual(['肺炎及び切断（15例）']);
  });
});
