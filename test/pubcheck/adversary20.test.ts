/**
 * A twentieth round of adversarial tables (issue #11) against the readings merged last: percentages fitting both Ns
 * checked under both readings (bothpct, check.ts `underBothReadings`), bracket numbers on both axes (bracketpct,
 * sizes.ts `readBracketNs`), the relations seen elsewhere (seen4), combo's readings (実薬群 = 実薬, a total column's sums
 * over linked counts) and adversary19's (rates hidden with every line they fit, a lone count header, strata). Two
 * classes did not hold, each fixed at its root:
 * - a line of N = 0 (「不明 (n=0)」 0% 0%): 0% is no whole count of 0, so that axis's reading did not fit, and the other
 *   was taken — row percentages with such a row were read as column percentages, the row reading's 6 of 45 published
 *   (exit 0). Now such a line decides nothing (sizes.ts `readPercentAxis`), and the table is checked under both;
 * - a percentage table with no N whose both axes' sizes another table prints (read.ts `borrowDenominators`): the axis
 *   whose lines add up to 100% was taken (推定), the mistake bothpct removed for Ns stated on both axes — column
 *   percentages whose rows add up to 100% by chance were read as row percentages, the column reading's 6 and 4 of 45
 *   published. Now both axes' sizes are taken and readPercentAxis decides (the corner or the title, else both readings);
 * - percentages that are whole counts of their line's N and of the table's N alike (「N=200」 over 「男性 (n=100)」 4%
 *   46%): the line's N was taken silently, and to a reader of all 200 patients (8, 92: the row adds up to its 100) the
 *   hidden 4% was 100 − (91–93) = 7–9. Now refused where the table's reading makes some line (or the table) add up to its N
 *   (sizes.ts `readTableShare`, `percent/table-n`), saying to write 「行%」「列%」 or take the lines' Ns off.
 * What held is asserted below (cheaply: the reading and the findings, the oracle on a few).
 */
import { describe, expect, it } from 'vitest';
import { family, tableShares, underTableN } from './adversary20-families.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { adversary, percentLeaks, type Ok } from './protection.ts';

const highs = await solver();
const { run, codes, holdsWritten } = adversary(highs, fixtureBundle());
const both = (r: Ok) => r.warnings.some((w) => w.code === 'percent/both-readings');
const publishable = (r: Ok) => r.tables.every((t) => t.suppression?.passed !== false && t.primary.headers.length === 0);

/**
 * What leaks of a percentage table under `reading` (protection.ts `percentLeaks`), attacked on `attacked` (the table
 * with every N stated in its headers), the Ns given: a hidden count pinned, a count of 1–9 published or hidden with
 * less than 10 possible.
 */
function leaks(r: Ok, attacked: string, rowN: number[], colN: number[]): string[] {
  return (['rows', 'cols'] as const).flatMap((reading) =>
    percentLeaks(highs, r, attacked, reading, (i, c) => (reading === 'rows' ? rowN[i]! : colN[c]!)).filter(
      // A line of N = 0 has no count to leak.
      (l) => !/published: 0–0/.test(l),
    ),
  );
}

// Row percentages (A群 6 of 45, 4 of 45 …) whose columns add up to 100% by chance, with a row of N = 0.
const ZERO_ROW = `\t男性 (N=142)\t女性 (N=143)
A群 (n=45)\t13%\t9%
B群 (n=169)\t50%\t38%
C群 (n=141)\t37%\t53%
不明 (n=0)\t0%\t0%
`;
// Column percentages (男性 6 of 45 in A群 …) whose rows add up to 100% by chance, no N in the table: both axes' sizes
// printed by count tables of their own.
const BORROWED = `\tA群\tB群\tC群
男性\t13%\t50%\t37%
女性\t9%\t38%\t53%

\t人数
A群\t45
B群\t169
C群\t141

\t人数
男性\t142
女性\t143
`;
const BORROWED_ATTACKED = `\tA群 (N=45)\tB群 (N=169)\tC群 (N=141)
男性 (n=142)\t13%\t50%\t37%
女性 (n=143)\t9%\t38%\t53%
`;

describe('a line of N = 0 among percentages fitting both Ns', () => {
  it('before, 「不明 (n=0)」 0% made the rows’ N no fit, the columns’ reading was taken and A群’s 6 and 4 of 45 published (exit 0); now both readings', () => {
    // On main (17f3ee0): percentOf columns, nothing hidden, publishable as it is; 13% and 9% of 45 are 6 and 4.
    const r = run(ZERO_ROW);
    expect(both(r)).toBe(true);
    expect(r.verdict.publishableAsIs).toBe(false);
    const t = r.tables[0]!;
    expect(t.status[0]).toBe('primary');
    expect(t.status[1]).toBe('primary');
    expect(leaks(r, ZERO_ROW, [45, 169, 141, 0], [142, 143])).toEqual([]);
  });
  it('a column of N = 0 alike (the rows’ reading taken where every cell fits it, as before; the columns’ too now)', () => {
    const text = `\tA群 (N=45)\tB群 (N=169)\tC群 (N=141)\t不明 (N=0)
男性 (n=142)\t13%\t50%\t37%\t0%
女性 (n=143)\t9%\t38%\t53%\t0%
`;
    const r = run(text);
    expect(both(r)).toBe(true);
    expect(leaks(r, text, [142, 143], [45, 169, 141, 0])).toEqual([]);
  });
  it('where the corner says 「行%」 one reading, as before; a line of N = 0 with a share other than 0% is no fit', () => {
    const said = run(ZERO_ROW.replace(/^/, '行%'));
    expect(both(said)).toBe(false);
    expect(said.tables[0]!.table.percentOf).toBe('rows');
    const wrong = run(ZERO_ROW.replace('不明 (n=0)\t0%\t0%', '不明 (n=0)\t0%\t1%'));
    expect(both(wrong)).toBe(false);
    expect(wrong.tables[0]!.table.percentOf).toBeUndefined();
  });
});

describe('a percentage table whose both axes’ sizes another table prints', () => {
  it('before, the rows adding up to 100% made them row percentages (borrowed 142, 143) and the column reading’s 6 and 4 of 45 were published (exit 0); now both readings', () => {
    // On main (17f3ee0): 「男性」「女性」 borrowed (percent/borrowed-n), nothing hidden, publishable as it is.
    const r = run(BORROWED);
    expect(both(r)).toBe(true);
    const t = r.tables[0]!;
    expect(t.table.rows.map((h) => h.denominator)).toEqual([142, 143]);
    expect(t.table.cols.map((h) => h.denominator)).toEqual([45, 169, 141]);
    expect(r.warnings.filter((w) => w.code === 'percent/borrowed-n')).toHaveLength(5);
    expect(t.status[0]).toBe('primary');
    expect(t.status[3]).toBe('primary');
    expect(leaks(r, BORROWED_ATTACKED, [142, 143], [45, 169, 141])).toEqual([]);
  });
  it('where the corner says 「列%」 the columns’ reading alone; where one axis only is printed elsewhere, that one as before', () => {
    const said = run(BORROWED.replace(/^/, '列%'));
    expect(both(said)).toBe(false);
    expect(said.tables[0]!.table.percentOf).toBeUndefined();
    expect(said.tables[0]!.status[0]).toBe('primary');
    const one = run(BORROWED.split('\n\n').slice(0, 2).join('\n\n') + '\n');
    expect(both(one)).toBe(false);
    expect(one.tables[0]!.table.rows.map((h) => h.denominator)).toEqual([undefined, undefined]);
    expect(one.tables[0]!.status[0]).toBe('primary');
  });
});

describe('random families (adversary20-families.ts): 2 × 3 integer percentages fitting both Ns, the wrong axis adding up to 100% by chance', () => {
  // Measured with scratch runs of 30 a family and kind (row / column percentages), main (17f3ee0) → now: zero-true
  // leaked 12 + 12 → 0; zero-other 0 → 0; borrowed 12 + 12 → 0; the rest a header finding or no suppression passing
  // under a reading (a line leaving a few patients out), or held.
  for (const name of ['zero-true', 'zero-other', 'borrowed'])
    it(`${name}: 20 row and 20 column tables, none leaks under either reading`, () => {
      const tally = { both: 0, leaked: 0, findings: 0 };
      for (const kind of ['row', 'col'] as const) {
        const random = lcg(20000 + ([...name].reduce((a, ch) => a * 31 + ch.charCodeAt(0), 0) % 1000) + (kind === 'row' ? 0 : 1));
        for (let got = 0, tries = 0; got < 20 && tries < 100000; tries++) {
          const g = family(name, random, kind);
          if (!g) continue;
          got++;
          const r = run(g.text);
          if (both(r)) tally.both++;
          if (!publishable(r)) tally.findings++;
          else if (leaks(r, g.attacked, g.rowN, g.colN).length > 0) tally.leaked++;
        }
      }
      expect(tally.leaked).toBe(0);
      expect(tally.both).toBe(40);
    });
});

// Shares of all 200 patients (8, 92; 40, 60), each row adding up to its n: read as row percentages, 4% of 100 hidden.
const TABLE_N = `# 対象患者 (N=200)
\tA群\tB群
男性 (n=100)\t4%\t46%
女性 (n=100)\t20%\t30%
`;

describe('percentages fitting their line’s N and the table’s N alike', () => {
  it('before, the row’s N was taken and only 4% hidden: of all 200 patients it is 100 − (91–93) = 7–9; now refused (percent/table-n)', () => {
    // On main (17f3ee0): read as row percentages (4 of 100), 男性/A群 hidden alone, passing.
    expect(
      underTableN(
        {
          text: TABLE_N,
          counts: [
            [8, 92],
            [40, 60],
          ],
          lineN: [100, 100],
          n: 200,
          shares: [
            [4, 46],
            [20, 30],
          ],
        },
        [
          [true, false],
          [false, false],
        ],
      )[0]![0],
    ).toEqual({ lo: 7, hi: 9 });
    expect(codes(TABLE_N)).toEqual(['percent/table-n']);
    // The corner, a total row alike; columns alike.
    expect(codes(TABLE_N.replace('# 対象患者 (N=200)\n', '').replace(/^\t/m, 'N=200\t'))).toEqual(['percent/table-n']);
    expect(codes(TABLE_N.replace('# 対象患者 (N=200)\n', '') + '合計 (n=200)\t24%\t76%\n')).toEqual(['percent/table-n']);
    const cols = '# 対象患者 (N=200)\n\t男性 (N=100)\t女性 (N=100)\nA群\t4%\t20%\nB群\t46%\t30%\n';
    expect(codes(cols)).toEqual(['percent/table-n']);
  });
  it('said in the corner (「行%」) the line’s N as before; where the table’s reading passes a line’s N (a Table 1’s blocks), or adds up to nothing, as before', () => {
    const said = run(TABLE_N.replace(/^\t/m, '行%\t'));
    expect(said.tables[0]!.status[0]).toBe('primary');
    // Column percentages of 100 patients each, adding up to 100% a column: of 200 patients each column holds 200.
    const table1 = '# 対象患者 (N=200)\n\tA群 (N=100)\tB群 (N=100)\n男性\t46%\t60%\n女性\t54%\t40%\n';
    expect(codes(table1)).toEqual([]);
    // Comorbidities (no line adding up to anything under the table's N).
    const some = '# 併存疾患 (N=200)\n\tA群 (N=100)\tB群 (N=100)\n高血圧\t20%\t16%\n糖尿病\t12%\t10%\n';
    expect(codes(some)).toEqual([]);
  });
  it('random (adversary20-families.ts `tableShares`): 25 row and 25 column tables of shares of the table’s N — main 78 of 100 leaked (scratch run of 50 + 50), now all refused', () => {
    let refused = 0;
    for (const kind of ['row', 'col'] as const) {
      const random = lcg(20500 + (kind === 'row' ? 0 : 1));
      for (let got = 0, tries = 0; got < 25 && tries < 100000; tries++) {
        const t = tableShares(random, kind);
        if (!t) continue;
        got++;
        if (codes(t.text).includes('percent/table-n')) refused++;
      }
    }
    expect(refused).toBe(50);
  });
});

describe('held under both readings (asserted cheaply)', () => {
  // Column percentages fitting both Ns beside the count table of their true counts (the column reading's 6, 85, 52 …).
  const LINKED = `\tA群 (N=45)\tB群 (N=169)\tC群 (N=141)
男性 (n=142)\t13%\t50%\t37%
女性 (n=143)\t9%\t38%\t53%

\tA群\tB群\tC群
男性\t6\t85\t52
女性\t4\t64\t75
`;
  it('a count table beside them: its small counts hidden, its findings said without a reading (before: 「行%として読むと、患者数 6 は…」)', () => {
    const r = run(LINKED);
    expect(both(r)).toBe(true);
    const counts = r.tables[1]!;
    expect(counts.status[0]).toBe('primary');
    expect(counts.status[3]).toBe('primary');
    expect(counts.primary.findings.get(0)!.map((f) => f.message)).toEqual(['患者数 6 は閾値 10 未満です']);
    // The percentage table's own still say which reading.
    expect(r.tables[0]!.primary.findings.get(0)![0]!.message).toContain('列%（列の見出しの N に対する割合）として読むと');
  });
  it('a title N beside bracket Ns on both axes, no line adding up to it under its reading: both readings, as before', () => {
    const r = run(`# 対象 (N=355)\n\tA群（45）\tB群（169）\tC群（141）\n男性（142）\t13%\t50%\t37%\n女性（143）\t9%\t38%\t53%\n`);
    expect(both(r)).toBe(true);
  });
  it('two tables each fitting both Ns: checked under every combination of their readings since both2 (refused before)', () => {
    const text = `\tA群 (N=45)\tB群 (N=169)\tC群 (N=141)\n男性 (n=142)\t13%\t50%\t37%\n女性 (n=143)\t9%\t38%\t53%\n\n\tA群 (N=45)\tB群 (N=169)\tC群 (N=141)\n入院 (n=100)\t20%\t30%\t24%\n`;
    expect(codes(text)).not.toContain('percent/two-bases');
    expect(both(run(text))).toBe(true);
  });
});

describe('a column blank in both header rows (combo seed 31–34 sweep, input #312)', () => {
  // 「A群」「B群」 over 「男」「女」, the last column (a total, 130 (31.9%) …) blank in both rows.
  const text = `\tA群\t\tB群\t\t
\t男\t女\t男\t女\t
65歳未満\t33 (25.4%)\t14 (21.2%)\t44 (40.4%)\t39 (38.2%)\t130 (31.9%)
65-74歳\t54 (41.5%)\t6 (9.1%)\t6 (5.5%)\t8 (7.8%)\t74 (18.2%)
75歳以上\t43 (33.1%)\t46 (69.7%)\t59 (54.1%)\t55 (53.9%)\t203 (49.9%)
`;
  it('before, cut off as the header rows were joined (layout.ts): 74 − 54 with the shares gave the hidden 6, 6, 8 back; read as with one header row', () => {
    // On main (17f3ee0): read as four columns, 6 (9.1%) … hidden with three secondary cells, the column of totals
    // dropped without a word and published with the table. Refused since (row/long); since refuse5 kept as a blank
    // header and read as 「合計」 (each row's count there the sum of its others), as with one header row (refuse3).
    const r = holdsWritten(text);
    expect(r.tables[0]!.table.cols.map((h) => h.label)).toEqual(['A群・男', 'A群・女', 'B群・男', 'B群・女', '合計']);
    expect(r.warnings.map((w) => w.code)).toContain('layout/blank-total');
    expect(codes(text.replace(/^(\t男\t女\t男\t女\t)$/m, '$1合計'))).not.toContain('row/long');
  });
});
