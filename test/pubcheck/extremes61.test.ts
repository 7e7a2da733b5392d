/**
 * extremes61 (issue #11), extremes61-families.ts: the smallest (largest) share of a year stated in a note under the
 * counts (「※2021年の最小割合は 4.3%」). 31b5f650 refused every such note (`line/count`, 100 of 100 on seeds 4670–4671);
 * now read as a table of its own (read.ts `extremeNotes`) and tied by `shareExtremes` as the year's smallest count, the
 * note's share hidden (to be taken out of the note) where it would give a count back; a note not tied so refused as
 * before. (c) the top k of a line of shares printed rank by rank (「上位3」「1位,2位,3位」): 31b5f650 read them untied, 73 of
 * 100 leaked on seeds 4675–4676; now tied rank by rank (read.ts `shareTopK`), 0. `ROOT=<tree>` runs it against another tree.
 */
import { describe, expect, it } from 'vitest';
import { shareAttack, shareCase } from './extremes60-families.ts';
import { measureTop, noteCases, topAttack, topCases } from './extremes61-families.ts';
import { measure } from './extremes60-families.ts';
import { checkerOfRoot } from './helpers.ts';
import type { Checked } from './stats39-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) =>
  check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Checked & {
    warnings?: { code: string; message: string }[];
    errors?: { code: string; message: string }[];
  };

// extremes60's hand case: C病院 7 (2020年) and 10 (2021年), each year's smallest.
const base = shareCase({
  counts: [
    [17, 48, 57],
    [38, 36, 60],
    [7, 10, 58],
    [25, 35, 31],
    [27, 60, 38],
    [54, 43, 25],
  ],
  hospitals: ['A病院', 'B病院', 'C病院', 'D病院', 'E病院', 'F病院'],
  years: ['2020年', '2021年', '2022年'],
  family: 'note',
  how: 'min',
  shares: [4.2, 4.3, 9.3],
  title: '-',
  label: '-',
});
const withNote = (note: string) => ({ ...base, text: `${base.text.split('\n\n')[0]}\n${note}\n` });

describe('an extreme share in a note (extremes61)', () => {
  it('「※2021年の最小割合は 4.3%」: read as 2021年’s smallest count, nothing given back (31b5f650: refused, line/count)', () => {
    const c = withNote('※2021年の最小割合は 4.3%');
    const r = run(c.text);
    expect(r.ok).toBe(true);
    expect(r.warnings?.find((w) => w.code === 'line/extreme-note')?.message).toMatch(
      /10行目の注「※2021年の最小割合は 4\.3%」を、表2（「2021年」の「最小」の割合）として読みました（チェッカーの判断）/,
    );
    expect(r.warnings?.map((w) => w.code)).toContain('header/extreme-share');
    expect(shareAttack(c, r)).toEqual([]);
  });
  it('「※施設別割合の最小は 2020年 4.2%、2021年 4.3%、2022年 9.3%」: every year tied, nothing given back', () => {
    const c = withNote('※施設別割合の最小は 2020年 4.2%、2021年 4.3%、2022年 9.3%');
    const r = run(c.text);
    expect(r.ok).toBe(true);
    expect(shareAttack(c, r)).toEqual([]);
  });
  it('another count’s share in a note, under 「最大」 or none, or a form not read: refused as before (line/count)', () => {
    for (const note of ['※2021年の紹介割合の最大は 30.4%', '※2021年の紹介割合は 30.4%', '※最小は 4.3%', '※2021年の最小割合は 4.4%']) {
      const r = run(withNote(note).text);
      expect(r.ok).toBe(false);
      expect(r.errors?.map((e) => e.code)).toContain('line/count');
    }
  });
});

describe('the k largest (smallest) of a line of shares printed rank by rank in another table (extremes61 c)', () => {
  it('「年別の施設別割合の上位3」「下位3」 (seed 4675, first 5): tied rank by rank, nothing given back (31b5f650: read untied, leaked)', () => {
    for (const c of topCases(5, 4675)) {
      const r = run(c.text);
      expect(r.ok).toBe(true);
      expect(r.warnings?.find((w) => w.code === 'header/extreme-share')?.message).toMatch(
        /の割合は、どの行でもその N の患者数にすると表1の同じ見出しの列の数の(大きい|小さい)順の 3 個に一致する/,
      );
      expect(topAttack(c, r)).toEqual([]);
    }
  });
});

describe('families (extremes61-families.ts)', () => {
  it('top (seed 4678, 20): 0 leaked, none refused (31b5f650: 73 of 100 leaked on 4675–4676)', async () => {
    const m = await measureTop(topCases(20, 4678), highs);
    for (const f of Object.values(m)) {
      expect(f.leaked).toBe(0);
      expect(f.refused).toBe(0);
    }
  }, 120_000);
  it('note (seed 4673, 25): none refused, 0 leaked (31b5f650: 100 of 100 refused on 4670–4671)', async () => {
    const m = await measure(noteCases(25, 4673, 'share'), highs);
    for (const f of Object.values(m)) {
      expect(f.refused).toBe(0);
      expect(f.leaked).toBe(0);
    }
  }, 120_000);
  it('innocent (seed 4674, 20): every note refused as before (line/count)', async () => {
    const m = await measure(noteCases(20, 4674, 'innocent'), highs);
    for (const f of Object.values(m)) {
      expect(f.read).toBe(0);
      expect(f.codes['line/count']).toBe(f.runs);
    }
  }, 120_000);
});
