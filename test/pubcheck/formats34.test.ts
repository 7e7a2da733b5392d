/**
 * formats34 (issue #11): the export formats formats33 left open.
 *
 * percent/missing-base, transposed (missingshares.ts): an 「Unknown」 column of bare counts beside groups written
 * 「n (p%)」 whose shares are of the row's patients with a known group (formats34-families.ts `unknownColumn`, seeds
 * 1001–1020, 5 tables each, 83 tables): on 2d529fc the 77 whose Unknown the shares bound under 10 all passed with the
 * Unknown hidden (and shown under 10 by the shares: N − base), now all refused naming the row, the column and the
 * bounds; the 6 others pass as before and are attacked by the oracle. An 「Unknown」 of 0 (100 tables) needs no judging:
 * N less 0 is N, the tool's reading is the checker's; all pass, attacked by the oracle.
 *
 * Readings (each 100 tables of seeds 1001–1020, all refused on 2d529fc; now read, said as ours, none leaking to
 * formats33-attack.ts over every printed number nor to the oracle): SAS PROC TABULATE's stacks of an 「n」 line over a
 * 「%」 line (layout/stacked-pairs); R print(), SAS's page title and 「Frequency Missing = m」 (a count, read as one),
 * pandas value_counts() (listing.ts); pandas proportions without 「%」 (layout/proportions: 73 with N read, 27 with
 * none refused as shares with no N instead of as decimals).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary, expectProtected } from './protection.ts';
import { listing, proportions, tabulate, unknownColumn } from './formats34-families.ts';
import { leaks } from './formats33-attack.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, codes } = adversary(highs, bundle);

describe('percent/missing-base: an 「Unknown」 column beside row shares of the patients with a known group', () => {
  it('a hand-made table: 不明 1 beside shares of the 255 with a known group, refused naming the row and the column', () => {
    const r = result(
      '\tA群\tB群\tC群\t不明\n男性 (N=525)\t213 (41%)\t104 (20%)\t197 (38%)\t11\n女性 (N=256)\t49 (19%)\t42 (16%)\t164 (64%)\t1\n',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.code === 'percent/missing-base')!;
    expect(e.place).toMatchObject({ line: 3, row: '女性 (N=256)', col: '不明' });
    expect(e.message).toContain('横の列');
  });
  it('random family (seeds 1001–1020): every table whose Unknown the shares bound under 10 refused (2d529fc: 77 of 77 passed); the others pass, protected', () => {
    let bounded = 0;
    let others = 0;
    for (let seed = 1001; seed <= 1020; seed++)
      for (const c of unknownColumn(5, seed)) {
        const r = result(c.text);
        if (c.leaks) {
          bounded++;
          expect(r.ok, c.text).toBe(false);
          if (!r.ok) expect(r.errors.map((e) => e.code)).toContain('percent/missing-base');
          continue;
        }
        others++;
        expect(r.ok, c.text).toBe(true);
        if (r.ok) expectProtected(highs, r, c.text);
      }
    expect([bounded, others]).toEqual([77, 6]);
  });
  it('an 「Unknown」 of 0 needs no judging (N less 0 is N): such tables pass, every hidden count attacked by the oracle (seeds 1001–1020)', () => {
    let n = 0;
    for (let seed = 1001; seed <= 1020; seed++)
      for (const c of unknownColumn(5, seed, 10, true)) {
        const r = result(c.text);
        expect(r.ok, c.text).toBe(true);
        if (r.ok) expectProtected(highs, r, c.text);
        n++;
      }
    expect(n).toBe(100);
  });
});

describe('layout/stacked-pairs: a line of counts 「n」 over a line of their shares 「%」 (SAS PROC TABULATE; stacked.ts readPairs)', () => {
  it('random family (seeds 1001–1020, 100 tables; 2d529fc refused all cell by cell): read as 「n (p%)」, said, nothing given back', () => {
    let read = 0;
    for (let seed = 1001; seed <= 1020; seed++)
      for (const c of tabulate(5, seed)) {
        const r = result(c.text);
        expect(r.ok, c.text).toBe(true);
        if (!r.ok) continue;
        read++;
        expect(r.warnings.map((w) => w.code)).toContain('layout/stacked-pairs');
        // The attacker over every printed number (the share of a hidden cell hidden with it, as the note says).
        expect(leaks(r, c), c.text).toEqual([]);
        // The oracle on the same numbers written 「n (p%)」 (it reads no stacks).
        expectProtected(highs, r, c.joined);
      }
    expect(read).toBe(100);
  });
  it('left as before where a line is no pair: a count line with no share line under it, a share line with another label', () => {
    const lone = '\t\tA群\tB群\n男性\tn\t30\t3\n\t%\t60.0\t8.6\n女性\tn\t20\t32\n';
    // Since formats62 the lone 「%」 line is read as 男性's share of each column's sum (60.0 = 30/50, 8.6 = 3/35 at
    // every column: rates.ts joinLineShares), said as the checker's judgement, and hidden with its count — not as a
    // stacked pair. Before formats62 it was refused.
    const r = result(lone);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.warnings.some((w) => w.code === 'layout/share' && w.message.includes('チェッカーの判断'))).toBe(true);
      const t = r.tables[0]!;
      const cell = t.table.cells.flat().findIndex((c) => /^3 \(8\.6%\)$/.test(c.text.trim()));
      expect(cell).toBeGreaterThanOrEqual(0);
      expect(t.status[cell]).not.toBe('published');
    }
    const other = '\t\tA群\tB群\n男性\tn\t30\t3\n女性\t%\t60.0\t8.6\n';
    expect(codes(other)).not.toEqual([]);
    for (const t of [lone, other]) {
      const r = result(t);
      expect(!r.ok || r.warnings.every((w) => w.code !== 'layout/stacked-pairs')).toBe(true);
    }
  });
});

describe('listing.ts: a listing or a console (R print(), SAS page title and 「Frequency Missing = m」, pandas value_counts())', () => {
  it('random family (seeds 1001–1020, 100 tables; 2d529fc refused all: input/spaces, line/count, row/short, table/no-rows/columns): read, said, nothing given back', () => {
    let read = 0;
    let missing = 0;
    for (let seed = 1001; seed <= 1020; seed++)
      for (const c of listing(5, seed)) {
        const r = result(c.text);
        expect(r.ok, c.text).toBe(true);
        if (!r.ok) continue;
        read++;
        const said = r.warnings.map((w) => w.code);
        // formats55: R's two-way print of counts is read by listing.ts's R reader (`layout/r-table`), the same table.
        if (c.family === 'r-print') expect(said.some((w) => w === 'layout/spaces' || w === 'layout/r-table')).toBe(true);
        if (c.family === 'sas-page') {
          expect(said).toContain('layout/frequency-missing');
          // 「Frequency Missing = m」 is a count: under the threshold, hidden.
          const t = r.tables.find((x) => x.table.rows.some((h) => h.label === 'Frequency Missing'))!;
          expect(t.status[0] === 'published').toBe(c.truth.get('m')! >= 10);
          missing++;
        }
        expect(leaks(r, c), c.text).toEqual([]);
        expectProtected(highs, r, c.joined);
      }
    expect(read).toBe(100);
    expect(missing).toBeGreaterThan(20);
  });
  it('left as before where the layout leaves two readings: a header of other length, numbers not aligned, labels repeated', () => {
    const two = '        outcome\nsex     died early alive\n  male      50    25\n  female     8    47\n';
    expect(codes(two)).toContain('input/spaces');
    const ragged = 'sex died alive\nmale 50 25\nfemale 8 47\nother 120 3\n';
    expect(codes(ragged)).toContain('input/spaces');
    const repeated = 'grade  A  B\nGrade 1  10  20\nGrade 2  30  40\n';
    expect(codes(repeated)).toContain('input/spaces');
    // A row 「欠測数」 | 3 of a table (over its 合計) stays its row.
    const row = result('\t件数\n男性\t50\n女性\t40\n欠測数\t3\n合計\t93\n');
    expect(row.ok && row.tables.length === 1 && row.tables[0]!.table.rows.some((h) => h.label === '欠測数')).toBe(true);
    // A note with a number that is no SAS footer stays refused.
    expect(codes('\t死亡\t生存\nmale\t50\t25\nfemale\t18\t47\n\nうち 3 例は除外\n')).toContain('line/count');
  });
});

describe('layout/proportions: shares written as proportions with no 「%」 (pandas normalize=True; stacked.ts readProportions)', () => {
  it('random family (seeds 1001–1020, 100 tables; 2d529fc refused all as cell/decimal): with N read and protected, without N refused as shares with no N', () => {
    let read = 0;
    for (let seed = 1001; seed <= 1020; seed++)
      for (const c of proportions(5, seed)) {
        const r = result(c.text);
        if (!c.hasN) {
          expect(r.ok, c.text).toBe(false);
          if (!r.ok) expect(r.errors.map((e) => e.code)).toContain('percent/no-denominator');
          continue;
        }
        expect(r.ok, c.text).toBe(true);
        if (!r.ok) continue;
        read++;
        expect(r.warnings.map((w) => w.code)).toContain('layout/proportions');
        // A stated N under the threshold: the check says itself the table cannot be published (no route).
        if (!r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) expect(leaks(r, c), c.text).toEqual([]);
        // The oracle on the same shares written as percentages (0.062500 → 6.2500%).
        const pct = c.text.replace(/(?<=\t)[01]\.(\d+)(?=\t|\n)/g, (p, d: string) => `${(100 * Number(p)).toFixed(d.length - 2)}%`);
        expectProtected(highs, r, pct);
      }
    expect(read).toBe(73);
  });
  it('left as before where nothing adds up to 1 or no value has two decimals: refused as numbers that are no counts', () => {
    expect(codes('\tA群\tB群\nmale\t0.25\t0.30\nfemale\t0.20\t0.10\n')).toContain('cell/decimal');
    expect(codes('\tA群\tB群\nmale\t0.5\t0.3\nfemale\t0.5\t0.7\n')).toContain('cell/decimal');
  });
});
