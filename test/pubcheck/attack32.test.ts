/**
 * attack32 (issue #11): a total under a word the checker does not read, over its items' sum in every position by less
 * than the threshold in one position and by the threshold or more in another (「Kokonais 60 | 93 | 75」 over items
 * adding up to 57 | 70 | 55): a reader who knows the word learns the 3 patients of A群 the table leaves out. On int
 * 71239d0 overtotal.ts took any line with one excess at the threshold or more for an item (exit 0, the 3 published).
 * Now such a line is judged by its label (overtotal.ts `evidence`): a word for the whole group (「Everyone」「Cohort」,
 * the analysis sets 「FAS」「ITT」「解析対象集団」「登録例」), a loose total (「Tutti」「Tous」) or a script no other line has
 * (「Kokonais」 over 「男性」「女性」) refuses it (`total/rest`); a word among words of its own script stays an item, as
 * before (README, Limits).
 *
 * Measured with attack32-families.ts through the CLI (`npx node test/pubcheck/attack32-families.ts 50 845
 * totals/overmixed`, ROOT=<71239d0 checkout> for before): 71239d0 leaked 50 of 50 (exit 0, a rest 1…9 recoverable);
 * now 44 refused and 6 leak (「Kaikki」「Alle」 among Latin labels such as 「Grade 1」: the documented limit; totals13:
 * 50 refused, none leaks — a word beside a numbered series is refused as undecidable, overtotal.ts rule (1)). Cost on
 * ordinary tables where one category outnumbers the others everywhere (`ordinary/dominant`, 60, seed 846): refused 5
 * before, 8 now (「Grade 1」 over Japanese categories by a few somewhere: a script no other line has).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, asAttacked, expectProtected, written } from './protection.ts';
import { attackCase, family, FAMILIES } from './attack32-families.ts';
import { itemAttack, type Read } from './totals14-families.ts';
import { expectReadBothWays } from './totals15-expect.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, codes } = adversary(highs, bundle);

const table = (word: string) => `\tA群\tB群\tC群\n${word}\t60\t93\t75\n男性\t20\t40\t30\n女性\t37\t30\t25\n`;

describe('a total over its items by a few in one position and by many in another', () => {
  it.each([
    'Kokonais',
    'Tutti',
    'Everyone',
    'Cohort',
    'FAS',
    'ITT',
    '解析対象集団',
    '登録例',
    '対象患者',
    '全患者数',
    '総症例',
    '共计',
    '合共',
    // totals15: read under both readings (its rest a line of ours, hidden where small: the 3 of A群), nothing
    // recovered as a total or an item under either protection; before, refused `total/rest`.
  ])('「%s」 is read both ways, the patients left out hidden (71239d0: an item, exit 0; attack32: refused)', (word) => {
    for (const protection of ['threshold', 'not-exact'] as const)
      expectReadBothWays(highs, result(table(word), protection), table(word), word, protection);
  });
  it('the message names only the positions whose rest is small', () => {
    const r = result(table('Kokonais'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.warnings.find((x) => x.code === 'total/both-readings')!;
    expect(e.message).toContain('差 3');
    expect(e.message).not.toContain('差 23');
    expect(e.message).toContain('の列があります');
  });
  it('the user marks it an item (「[項目]」) or the total (「[合計]」 then refused as a total that does not add up)', () => {
    expect(result(table('[項目] Kokonais')).ok).toBe(true);
    expect(codes(table('[合計] Kokonais'))).not.toContain('total/rest');
    expect(result(table('[合計] Kokonais')).ok).toBe(false);
  });
  it('an item outnumbering the others by the threshold or more everywhere stays an item', () => {
    expect(result(`\tA群\tB群\tC群\nKokonais\t80\t93\t75\n男性\t20\t40\t30\n女性\t37\t30\t25\n`).ok).toBe(true);
  });
  // totals15: the 30 refused are read both ways, each attacked with the truth (attackCase) and as an item (the oracle).
  it('random family (seed 847, 30 tables): each refused or read both ways, no rest under the threshold recoverable', () => {
    let refused = 0;
    let leaked = 0;
    let both = 0;
    for (const c of family('totals/overmixed', 30, 847)) {
      const r = result(c.text);
      if (!r.ok) {
        refused++;
        continue;
      }
      const t = r.tables[0]!;
      const cols = t.table.cols.length;
      const hidden = (_: number, i: number, j: number) => t.status[i * cols + j] !== 'published';
      if (r.warnings.some((w) => w.code === 'total/both-readings')) {
        both++;
        expect(itemAttack(highs, t as unknown as Read), c.text).toEqual([]);
      }
      if (attackCase(highs, c, hidden).length > 0) {
        leaked++;
        // The documented limit: a foreign word for 「all」 among labels of its own script (Latin).
        expect(c.text, c.text).toMatch(/\n(?:Kaikki|Alle)\t[^\n]*\n(?:[^\n]*\n)*|Grade/);
      }
    }
    console.log(`overmixed seed 847: refused ${refused}, leaked ${leaked}, read both ways ${both}`);
    // totals13: 30 refused (2d529fc: 26, the 4 left 「Kaikki」「Alle」 among 「Grade k」 and Japanese lines: a word beside
    // a numbered series, overtotal.ts rule (1)). totals15: all 30 read both ways, none leaked.
    expect(leaked).toBe(0);
    expect(refused + both).toBe(30);
    expect(both).toBe(30);
  }, 120_000);
});

describe('the core classes against the oracle (oracle.ts) and the ground truth (attackCase)', () => {
  /**
   * 4 tables of each family (seed 850): every one the check reads is protected against both attackers (the
   * oracle reads the text, or the checker's reading written out where the oracle cannot parse a second header row).
   */
  it.each(Object.keys(FAMILIES).filter((f) => f !== 'totals/overmixed'))(
    '%s',
    (name) => {
      for (const c of family(name, 4, 850)) {
        const r = result(c.text);
        if (!r.ok) continue;
        // No suppression offered (the table must change: exit 1 with no route): nothing is published as proposed.
        if (!r.verdict.publishableAsIs && !r.verdict.afterChanges) continue;
        const t = r.tables;
        const hidden = (ti: number, i: number, j: number) => {
          const tr = t[ti]!;
          const id = i * tr.table.cols.length + j;
          return tr.table.rows.length === c.tables[ti]!.rows.length && tr.status[id] !== 'published';
        };
        if (t.every((tr, ti) => tr.table.rows.length === c.tables[ti]?.rows.length && tr.table.cols.length === c.tables[ti]?.cols.length))
          expect(attackCase(highs, c, hidden), c.text).toEqual([]);
        expectProtected(highs, r, name === 'dropped/header2' ? written(r) : asAttacked(r, c.text));
      }
    },
    120_000,
  );
});
