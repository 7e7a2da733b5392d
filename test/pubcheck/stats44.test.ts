/**
 * stats44 (issue #11): an extreme of another table's lines under no word of one, and with 「-」 cells (stats44-families.ts).
 *
 * - Under no word (「参考値」 in 「施設別の参考値」), a line that is at every position the largest (smallest) of the
 *   counts of another table's line of the same label: 58c225e refused it over four positions or more and read it as
 *   counts over three (9 of 29 gave a hidden count back to fills.ts's brute force taking it for the extreme, seeds
 *   2201–2202). Now read both ways (read.ts `extremesAcross`, `Table.extremeOf` with `unworded`): its cells are counts
 *   of its table as before, and the system ties each to the count it equals and bounds the others by it — true of the
 *   counts whichever reading holds, so the suppression protects it under both (the system's set within each reader's).
 *   Not where it copies a line of the same label (「2024年」 of the last year's counts).
 * - 「-」 written for an extreme (read as a count 0, no extreme of counts above 0; in a one-column table the row is read
 *   as a heading over the next, 「B病院・C病院」): 58c225e found no extreme and read the line as counts (16 of 100 gave
 *   a hidden count back); now that position is left out and the others tied (two at least).
 * - The tables' link is said as what it is: 「…の最大の値として読んで結んだ」, not 「同じ見出しの値を共有…（1 個）」.
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import type { Reported } from './stats39-families.ts';
import { chanceCost, tallyAcross } from './stats42-families.ts';
import { chanceCases, dashAttack, dashCases, nowordCases } from './stats44-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);
const reported = (r: ReturnType<typeof result>): Reported | undefined =>
  r.ok ? (toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) as unknown as Reported) : undefined;

const COUNTS = '# 表1 年別入院患者数\n施設,2020年,2021年,2022年\nA病院,22,36,18\nB病院,53,38,49\nC病院,11,8,22\n合計,86,82,89\n\n';

describe('an extreme across tables under no word, or with 「-」 (stats44)', () => {
  it('「参考値」 over three hospitals, each its largest year: read as counts and as the maximum (58c225e: counts only)', () => {
    const text = COUNTS + '# 表2 施設別の参考値\n施設,参考値\nA病院,36\nB病院,53\nC病院,22\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const w = r.warnings.find((x) => x.code === 'header/extreme-across');
    expect(w?.message).toMatch(
      /表2の列「参考値」の値は、見出しに最大を示す言葉はありませんが.*患者数としても.*最大の値としても確かめました（チェッカーの判断）/,
    );
    // The link is said as an extreme read, not as counts shared.
    const link = r.warnings.find((x) => x.code === 'tables/linked')!.message;
    expect(link).toMatch(/表1・表2は、行・列（1 本）をほかの表の数の最大の値として読んで結んだ（チェッカーの判断）ため/);
    expect(link).not.toMatch(/共有/);
    // A copy of the same label's line (a table of 2022年's counts) ties nothing.
    const copy = result(COUNTS + '# 表2 2022年の入院患者数\n施設,2022年\nA病院,18\nB病院,49\nC病院,22\n');
    expect(copy.ok ? copy.warnings.map((x) => x.code) : []).not.toContain('header/extreme-across');
  });
  it('「最多」 with one hospital 「-」: the others tied (58c225e: read as counts)', () => {
    const text = COUNTS + '# 表2 施設別の年最多\n施設,最多,外来\nA病院,36,5\nB病院,-,7\nC病院,22,9\n';
    const r = result(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.find((x) => x.code === 'header/extreme-across')?.message).toMatch(
      /「-」の1 個を除く行でも表1の同じ見出しの数の最大の値に一致する/,
    );
    // A one-column table: the 「-」 row read as a heading over the next (「B病院・C病院」), matched without it.
    const one = result(COUNTS + '# 表2 施設別の年最多\n施設,最多\nA病院,36\nB病院,-\nC病院,22\n');
    expect(one.ok ? one.warnings.map((x) => x.code) : []).toContain('header/extreme-across');
  });
  it('random (seeds 2201–2202): under no word 100 read, 0 given back; with 「-」 100 read, 0 given back', () => {
    const tally = tallyAcross(
      [2201, 2202].flatMap((seed) => [...nowordCases(50, seed), ...dashCases(25, seed)]),
      (c) => (c.dashed === undefined ? 'noword' : 'dash'),
      result,
      (c, r) => dashAttack(c, r, reported(r)).length > 0,
    );
    // 58c225e: noword 29 read (9 leaked), 71 refused; dash 100 read, 16 leaked.
    expect(tally.get('noword')).toEqual({ read: 100, refused: 0, leaked: 0 });
    expect(tally.get('dash')).toEqual({ read: 100, refused: 0, leaked: 0 });
  }, 600_000);
  it('chance (chanceCases seed 2207, 300 two-table inputs over 2–8 hospitals): refusals as 58c225e, hidden cells 3 fewer after the merge (5 read as an extreme)', () => {
    const { refused, hidden, extreme } = chanceCost(chanceCases(300, 2207), result, 'header/extreme-across');
    expect({ refused, hidden, extreme }).toEqual(CHANCE_2207);
  }, 300_000);
});

/**
 * chanceCases(300, 2207): 58c225e refused 9, hid 2,063 cells, read none as an extreme; stats44 the same, 5 read so. Merged
 * with the stop's other branches 2,060: totals44's crossed pair (none where a line is one of a numbered series) hides 4
 * fewer (2,059 on stats44 with totals44 alone), another branch's reading 1 more.
 */
// stats46: 7 read as an extreme (a year's column equal at every hospital, by chance, to a one-column second table of
// 0–3 counts: tied as a copy under another label over one count, as stats46 reads a one-year table), hidden unchanged.
// totals47: 6 more hidden, no refusal (a hospital's Japanese line first or last over the others by a few in two
// positions or more read both ways for its numbers: overtotal.ts `evidence` `protect`, a word in no list for the whole
// not told from it; its rests hidden whichever it is).
const CHANCE_2207 = { refused: 9, hidden: 2066, extreme: 7 };
