/**
 * attack41 (issue #11): published denominators as an applicant pastes them (attack41-families.ts, seeds 1991–1996),
 * each run through the checker and the independent oracle (oracle.ts) under both protections. Measured with
 * `attack41-measure.ts 25 1991,1992` on the base (int 99fb681) and now:
 * - footnote-n, a table's N in a note under it (「注：対象患者 43 名」「注）対象は 43 例」「※対象患者数 43人」「Note: N = 43」
 *   「注：解析対象 43例」) over shares or counts: the base refused 50 of 50 (the note's count, `line/count`; 「注）」 opened
 *   no footnote, `row/short`); now 50 of 50 read with the note as the title's N (our reading, said `layout/note-n`),
 *   none leaking to the oracle given the N where a reader puts it (the corner, a 合計 line).
 * - pct/unknown-base, 「n (p%)」 of the patients with a value beside a 「不明」 line of counts: under an N counting 不明
 *   too the base refused 22 of 22 cell by cell as no whole count of N (`percent/not-whole`, its hint pointing at a
 *   wrong count, N or share: none is), under a 合計 line counting it 16 of 16 as of no base (`percent/unknown-base`);
 *   then all 38 refused once per line as what they are (`percent/valid-base`: the base the shares fit, the 不明 count
 *   they give back, how to write it); since notes42 read over that base (said `percent/valid-base` as ours). The N of the patients with a value (12): read and held on both (or, integer shares
 *   fitting N and N less 不明 alike, refused by missingshares.ts on both).
 * - pct/rounding (half up, half to even, cut), twice/transposed, relisted: the same on both (cut shares that are no
 *   whole count refused as input errors, `percent/not-whole`); none leaking. Kept so here.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { codesOf, fixtureBundle, solver } from './helpers.ts';
import { family } from './attack41-families.ts';
import { expectProtected, written, type Ok } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const run = (text: string, protection: 'threshold' | 'not-exact' = 'threshold') =>
  check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });

describe('a note stating the table N (footnote-n): read as the title N, said, held', () => {
  it.each([1991, 1992])('seed %i: 25 tables under both protections (base: all refused)', (seed) => {
    for (const c of family('footnote-n', 25, seed))
      for (const protection of ['threshold', 'not-exact'] as const) {
        const r = run(c.text, protection);
        expect(codesOf(r), c.text).toBe('');
        expect(
          (r as Ok).warnings.some((w) => w.code === 'layout/note-n'),
          c.text,
        ).toBe(true);
        expectProtected(highs, r as Ok, c.attacked!, protection);
      }
  });

  it('a note with another count stays refused; two notes of N, or a table stating its own N, keep the note a note', () => {
    expect(codesOf(run('\t人数\n男性\t40\n女性\t30\n注）3例は除外\n'))).toBe('line/count');
    expect(codesOf(run('\t人数\n男性\t40\n女性\t30\n注：対象患者 70 名\n注：対象患者 75 名\n'))).toBe('line/count');
    expect(codesOf(run('# 表1 (N=70)\n\t人数\n男性\t40\n女性\t30\n注：対象患者 70 名\n'))).toBe('line/count');
  });

  it('the note N is checked as a title N: shares of no whole count refused, a rest under the threshold found', () => {
    expect(codesOf(run('\t割合（%）\n男性\t93.5\n女性\t6.5\n注：対象患者 43 名\n'))).toBe('percent/not-whole');
    const r = run('\t人数\n男性\t40\n女性\t30\n注：対象患者 75 名\n') as Ok;
    expect(r.ok).toBe(true);
    expect(r.tables[0]!.primary.headers.length + (r.tables[0]!.suppression?.passed === false ? 1 : 0)).toBeGreaterThan(0);
  });
});

describe('shares of the patients with a value beside 「不明」 (pct/unknown-base): said as such, once per line', () => {
  it.each([1993, 1994])('seed %i: 25 tables (base: refused cell by cell as wrong counts or of no base)', (seed) => {
    for (const c of family('pct/unknown-base', 25, seed)) {
      const r = run(c.text);
      if (c.form === 'without') {
        // Read, or (integer shares fitting N and N less 不明 alike) refused by missingshares.ts as on the base.
        if (r.ok) expectProtected(highs, r, written(r));
        else expect(codesOf(r), c.text).toBe('percent/missing-base');
        continue;
      }
      // notes42: read over the base N less 不明 (proved: the other lines add up to it), said once per line as ours.
      expect(codesOf(r), c.text).toBe('');
      const said = (r as Ok).warnings.filter((w) => w.code === 'percent/valid-base');
      const lines = said.map((e) => e.message.split('の割合')[0]);
      expect(new Set(lines).size, c.text).toBe(lines.length);
      if (said.length > 0) expect(said[0]!.message, c.text).toMatch(/人を除いた \d+ 人（/);
      expectProtected(highs, r as Ok, written(r as Ok));
    }
  });

  // notes42: the base proved (the block's other lines add up to N less 不明) is read and said as a warning, not refused.
  it('Table 1 blocks and a 不明 column: the line of its own block, the row of its column', () => {
    const said = (r: ReturnType<typeof run>) => (r.ok ? r.warnings.filter((w) => w.code === 'percent/valid-base') : []);
    const blocks = run(
      '\tA群 (N=60)\tB群 (N=50)\n性別\t\t\n　男性\t30 (52.6%)\t20 (40.0%)\n　女性\t27 (47.4%)\t30 (60.0%)\n　不明\t3\t0\n' +
        '年齢\t\t\n　65歳未満\t40 (66.7%)\t25 (50.0%)\n　65歳以上\t20 (33.3%)\t25 (50.0%)\n',
    );
    expect(codesOf(blocks)).toBe('');
    expect(said(blocks)[0]?.message).toContain('「性別・不明」の 3 人を除いた 57 人');
    const column = run('\t男性\t女性\t不明\nA群 (N=60)\t30 (52.6%)\t27 (47.4%)\t3\nB群 (N=50)\t20 (40.0%)\t30 (60.0%)\t0\n');
    expect(codesOf(column)).toBe('');
    expect(said(column)).toHaveLength(1);
  });
});

describe('the other kinds: as on the base, none leaking', () => {
  it.each(['pct/rounding', 'twice/transposed', 'relisted'] as const)('%s (seed 1995, 15 tables, both protections)', (kind) => {
    for (const c of family(kind, 15, 1995))
      for (const protection of ['threshold', 'not-exact'] as const) {
        const r = run(c.text, protection);
        if (!r.ok) {
          expect(c.rounding, c.text).toBe('cut');
          expect(codesOf(r)).toBe('percent/not-whole');
          continue;
        }
        expectProtected(highs, r as Ok, written(r as Ok), protection);
      }
  });
});
