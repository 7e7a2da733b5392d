/**
 * sigma10 (issue #11): shares under a written N, and share-only total lines sigma9 left unread.
 *
 * 1. Shares under a written N (writtenn.ts): a share beside an N written over it — a total cell 「N (100%)」, a
 *    header's 「(N=…)」, the title's N — passed on main where it fit any other base the table shows (its row's sum
 *    under column shares), so a share that is no share of its N was read. Now refused naming the cell
 *    (`percent/not-whole`). Measured on `writtenTables(200, 581, true)` (sigma10-families.ts; run
 *    `ROOT=<tree> node test/pubcheck/sigma10-families.ts 200 581`): main (54536fa) read 200 of 200 broken tables
 *    (header 62, total row 47, total column 44, title 47), now 0; the same 200 unbroken read by both. sigma9's
 *    families with one share moved by 5 points (seeds 466–468, 1,200 tables): main read 3, now 0.
 * 2. Share-only totals sigma9 left unread (sharetotal.ts `readHeadingsAround`, `readBlockLines`; table1.ts reads the
 *    blocks under a row of 「n (100.0%)」 whatever its label): beside heading rows of blank cells; several rows of 100%,
 *    one heading each block of a Table 1 (one total where every block adds up to it); a total row mixing 「57 (100%)」
 *    and 「100%」. Refused in words (`table/share-total`): a row and a column of 100%, blocks of other Ns. Measured on
 *    `lineTables(200, 583)` (`LINES=1 ROOT=<tree> node test/pubcheck/sigma10-families.ts 200 583`): main read 2 of 122
 *    readable (headings 2/51, blocks 0/39, mixed 0/32), now 122; the 78 to refuse refused on main for their cells
 *    (`cell/text`, `cell/decimal`, `table/mixed`), now in words (`table/share-total`: rowcol 42, missing 36); with one
 *    share moved by 5 points, 200 of 200 refused before and now.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary } from './protection.ts';
import { sigmaBlockTables, sigmaTables } from './sigma9-families.ts';
import { lineTables, writtenTables } from './sigma10-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, codes, holdsEach, holdsWritten } = adversary(highs, bundle);

describe('a share under a written N that is no whole count of it (fitting another base) is refused, naming the cell', () => {
  it('the three tables of sigma9’s broken families main read: a header’s N, a total column 「78 (100%)」, 「58 (100.0)」', () => {
    const three = [
      '\tA群\tB群\tC群\nΣ\t46 (100%)\t42 (100%)\t35 (100%)\n男性\t23 (50.0%)\t19 (45.2%)\t24 (68.6%)\n女性\t23 (50.0%)\t23 (54.8%)\t11 (31.4%)\n' +
        '65歳未満\t12 (26.1%)\t14 (33.3%)\t9 (25.7%)\n65-74歳\t19 (41.3%)\t22 (52.4%)\t16 (45.7%)\n75歳以上\t15 (32.6%)\t6 (19.3%)\t10 (28.6%)\n',
      '\tA群\tB群\tTotal\n軽度\t44 (56.4%)\t34 (48.6%)\t78 (100%)\n中等度\t17 (32.1%)\t36 (67.9%)\t53 (100%)\n',
      '\t計\tA群\tB群\tC群\n軽度\t58 (100.0)\t4 (6.9)\t40 (74.0)\t14 (24.1)\n中等度\t89 (100.0)\t43 (48.3)\t14 (15.7)\t32 (36.0)\n',
    ];
    const cells = ['「75歳以上」・列「B群 (N=42)」', '「軽度」・列「B群」', '「軽度」・列「B群」'];
    three.forEach((text, k) => {
      const r = result(text);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.map((e) => e.code)).toEqual(['percent/not-whole']);
      expect(r.errors[0]!.message).toContain(cells[k]!);
    });
  });

  it('the seeded family (total row, total column, header, title): main read 200 of 200 broken, now none; sound ones all read', () => {
    const broken = writtenTables(200, 581, true);
    expect(broken.every((t) => t.broken)).toBe(true);
    expect(broken.filter((t) => result(t.text).ok).map((t) => t.text)).toEqual([]);
    for (const t of broken.slice(0, 20)) expect(codes(t.text)).toEqual(['percent/not-whole']);
    expect(
      writtenTables(200, 581, false)
        .filter((t) => !result(t.text).ok)
        .map((t) => t.text),
    ).toEqual([]);
  });

  it('sigma9’s families with one share moved by 5 points (seed 466, 400 tables): none read (main read 1)', () => {
    const read = [...sigmaTables(200, 466, true), ...sigmaBlockTables(200, 466, true)].filter((t) => result(t.text).ok);
    expect(read.map((t) => t.text)).toEqual([]);
  });

  it('still read: shares of a heading’s N under a total 「N (100%)」, row shares beside column Ns', () => {
    for (const text of [
      // The 性別 block's shares are of its heading's N (57, one patient's sex unknown), not of the column's 58.
      '\tA群\n合計\t58 (100%)\n性別 (N=57)\t\n　男性\t30 (52.6%)\n　女性\t27 (47.4%)\n年齢\t\n　65歳未満\t20 (34.5%)\n　65歳以上\t38 (65.5%)\n',
      // Row shares beside groups stating their N: no N proven the base of the column's shares, as before.
      '\tA群 (N=53)\tB群 (N=47)\n軽度\t30 (60.0%)\t20 (40.0%)\n重度\t23 (46.0%)\t27 (54.0%)\n',
    ]) {
      const r = result(text);
      expect(r.ok ? [] : r.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    }
  });
});

describe('share-only totals beside heading rows, several lines of 100%, a line mixing 「100%」 and counts', () => {
  it('read: a total row of 「100%」 beside heading rows; rows of 100% heading each block; 「57 (100%)」 beside 「100%」', () => {
    for (const text of [
      '\tA群\tB群\n合計\t100%\t100%\n性別\t\t\n　男性\t30 (52.6%)\t20 (40.0%)\n　女性\t27 (47.4%)\t30 (60.0%)\n年齢\t\t\n　65歳未満\t20 (35.1%)\t3 (6.0%)\n　65歳以上\t37 (64.9%)\t47 (94.0%)\n',
      '\tA群\tB群\n性別\t\t\n　男性\t30 (52.6%)\t20 (40.0%)\n　女性\t27 (47.4%)\t30 (60.0%)\n年齢\t\t\n　65歳未満\t20 (35.1%)\t3 (6.0%)\n　65歳以上\t37 (64.9%)\t47 (94.0%)\nΣ\t100%\t100%\n',
      '\tA群\tB群\n性別\t100%\t100%\n　男性\t30 (52.6%)\t20 (40.0%)\n　女性\t27 (47.4%)\t30 (60.0%)\n年齢\t100%\t100%\n　65歳未満\t20 (35.1%)\t3 (6.0%)\n　65歳以上\t37 (64.9%)\t47 (94.0%)\n',
      '\tA群\tB群\n軽度\t30 (90.9%)\t20 (74.1%)\n重度\t3 (9.1%)\t7 (25.9%)\n合計\t33 (100%)\t100%\n',
    ]) {
      const r = holdsWritten(text);
      expect(r.warnings.map((w) => w.code)).toContain('layout/share-total');
      expect(r.tables[0]!.status.filter((s) => s === 'primary').length).toBeGreaterThan(0);
    }
  });

  it('refused in words: a row and a column of 100%, blocks of 100% of other Ns, a written count no share fits', () => {
    expect(
      codes('\tA群\tB群\t合計\n軽度\t30 (60.0%)\t20 (40.0%)\t100%\n重度\t3 (30.0%)\t7 (70.0%)\t100%\n合計\t100%\t100%\t100%\n'),
    ).toEqual(['table/share-total']);
    expect(
      codes(
        '\tA群\tB群\n性別\t100%\t100%\n　男性\t30 (52.6%)\t20 (40.0%)\n　女性\t27 (47.4%)\t30 (60.0%)\n年齢\t100%\t100%\n　65歳未満\t20 (35.7%)\t3 (6.0%)\n　65歳以上\t36 (64.3%)\t47 (94.0%)\n',
      ),
    ).toEqual(['table/share-total']);
    expect(codes('\tA群\tB群\n軽度\t30 (90.9%)\t20 (74.1%)\n重度\t3 (9.1%)\t7 (25.9%)\n合計\t34 (100%)\t100%\n')).toEqual([
      'table/share-total',
    ]);
  });

  it('the seeded family (seed 583): main read 2 of 122 readable, now all; rowcol and missing refused in words; broken all refused', () => {
    const tables = lineTables(200, 583);
    const refuse = (k: string) => k === 'rowcol' || k === 'missing';
    expect(tables.filter((t) => !refuse(t.kind) && !result(t.text).ok).map((t) => t.text)).toEqual([]);
    for (const t of tables.filter((x) => refuse(x.kind))) expect(codes(t.text)).toEqual(['table/share-total']);
    expect(
      lineTables(200, 583, true)
        .filter((t) => result(t.text).ok)
        .map((t) => t.text),
    ).toEqual([]);
  });

  it('attack: 12 with small counts hold against the oracle as printed (it reads the lines itself) and as read, both protections', () => {
    const tables = lineTables(80, 584)
      .filter((t) => t.kind !== 'rowcol' && t.kind !== 'missing' && t.counts.flat().some((n) => n < 10))
      .slice(0, 12);
    expect(tables.length).toBe(12);
    // The oracle's own reading pins a count hidden alone: 3 = 50 − 47 under 「年齢 100%」 (the block's N), 3 = 33 − 30.
    const blocks =
      '\tA群\tB群\n性別\t100%\t100%\n　男性\t30 (52.6%)\t20 (40.0%)\n　女性\t27 (47.4%)\t30 (60.0%)\n年齢\t100%\t100%\n　65歳未満\t20 (35.1%)\t3 (6.0%)\n　65歳以上\t37 (64.9%)\t47 (94.0%)\n';
    expect(attack(highs, blocks, new Set(['0:4:1']), { zeroExempt: true }).get('0:4:1')).toMatchObject({ lo: 3, hi: 3 });
    const mixed = '\tA群\tB群\n軽度\t30 (90.9%)\t20 (74.1%)\n重度\t3 (9.1%)\t7 (25.9%)\n合計\t33 (100%)\t100%\n';
    expect(attack(highs, mixed, new Set(['0:1:0']), { zeroExempt: true }).get('0:1:0')).toMatchObject({ lo: 3, hi: 3 });
    for (const t of tables) {
      holdsWritten(t.text);
      holdsEach(t.text);
    }
  });
});
