/**
 * labeln38 (issue #11): a number inside a label read as the line's N where it is a band's or a category's bound.
 *
 * formats35 found a row 「75+」 in a table of 「n (p%)」 read as N = 75 (`layout/label-n`, read.ts `wordedSizes`: any
 * number of a count table's label at its line's sum or over it by less than the threshold), so the line's 6 patients
 * were flagged as left out and the table stopped by chance; 「under 65」「over 75」 were read as N = 65, 75 by the
 * space rule (labels.ts `spacedNumber`, at least the line's sum). Now a number is an N only where an N is written:
 * 「(n=75)」「N=75」「75例」「（75）」 as before, and for `layout/label-n` inside the bracket closing the label after a name
 * (「A (Anzahl 63)」「A (63명)」「A (#63)」) or after a dash, a colon or 「#」 closing it (「A – 63」) — never a bound
 * (「75+」「≥65」「65歳以上」「80 and over」「under 65」), a grade, stage, dose or score (「Grade 3」「NYHA 3」「10 mg」
 * 「BMI 25」), a count of things (「3剤以上」「2回目」「1日3回」) or a year (「2023」「FY2023」).
 *
 * Family: labeln38-families.ts `bandTables`, seeds 1521–1540 (`npx node test/pubcheck/labeln38-measure.ts 25 1521
 * 1540`, 500 tables; `ROOT=<int 32d93c2>` for the before): int read 57 band lines as an N (55 of those tables
 * stopped by chance — refused or a blocking finding — 2 read); now none, and no table read leaks to the oracle (the
 * 「n/N」 tables whose groups are rows, 2 leaking on int, attacked too since fracn38).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary } from './protection.ts';
import { bandTables } from './labeln38-families.ts';
import { indentedTrees } from './labeln38-tree.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

type Read = Extract<ReturnType<typeof result>, { ok: true }>;

/** Whether a band line of the table was read with an N other than the one written 「(N=…)」 in its label. */
function misread(r: ReturnType<typeof result>, axis: 'rows' | 'cols'): boolean {
  if (!r.ok) return false;
  if (r.warnings.some((w) => w.code === 'layout/label-n')) return true;
  // denom34: one N in every 「n/N」 cell with every line within it is read by the rows and the columns at once (the N of
  // every line, said as `fraction/line-n`): that N is the cells', not a label's number.
  const both = r.warnings.some((w) => w.code === 'fraction/line-n' && w.message.includes('列の患者数とも行の患者数とも読めます'));
  return r.tables.some((tr) =>
    (axis === 'rows' ? tr.table.rows : tr.table.cols).some(
      (h) => h.kind === 'item' && h.denominator !== undefined && !/N=/.test(h.label) && !(both && !h.label.includes(String(h.denominator))),
    ),
  );
}

/** The hidden and the small hidden cells of table 0 as the oracle's keys, matched to the text's cells by label. */
function hiddenOf(r: Read, standard: string) {
  const grid = standard
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  const at = (labels: string[], label: string) => labels.findIndex((x) => x === label || (x !== '' && label.startsWith(`${x} (`)));
  const [rows, cols] = [grid.slice(1).map((l) => l[0]!), grid[0]!.slice(1)];
  const tr = r.tables[0]!;
  const hidden = new Set<string>();
  const small = new Set<string>();
  tr.status.forEach((s, id) => {
    const i = at(rows, tr.table.rows[Math.floor(id / tr.table.cols.length)]!.label);
    const j = at(cols, tr.table.cols[id % tr.table.cols.length]!.label);
    if (i < 0 || j < 0) return;
    if (s !== 'published') hidden.add(`0:${i}:${j}`);
    if (s === 'primary') small.add(`0:${i}:${j}`);
  });
  return { hidden, small };
}

describe('labeln38: a band’s or a category’s number is no N', () => {
  it('formats35’s table: 「75+」 over a line of 66 in a table of 「n (p%)」 — int read N = 75 and flagged 9 left out', () => {
    const r = result('\tA群\tB群\n<65\t51 (40.8%)\t96 (74.4%)\n65-74\t15 (12.0%)\t26 (20.2%)\n75+\t59 (47.2%)\t7 (5.4%)\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(misread(r, 'rows')).toBe(false);
    expect(r.tables[0]!.primary.headers).toEqual([]);
  });
  it('bounds, bands, grades, doses, counts of things and years in rows or columns: none read as an N', () => {
    const labels: [string, string][] = [
      ['<65', '75+'],
      ['≥65', '<65'],
      ['65歳未満', '65歳以上'],
      ['65-74', '80 and over'],
      ['<18', '18歳未満'],
      ['under 65', 'over 75'],
      ['Age < 80', 'Age 80'],
      ['Grade 1-2', 'Grade 3'],
      ['Stage 1-3', 'Stage 4'],
      ['1+', '3+'],
      ['NYHA 1-2', 'NYHA 3'],
      ['5 mg', '10 mg'],
      ['HbA1c < 7', 'HbA1c ≥ 7'],
      ['eGFR ≥ 30', 'eGFR < 30'],
      ['BMI 25未満', 'BMI 25以上'],
      ['2剤以下', '3剤以上'],
      ['1回目', '2回目'],
      ['1日1回', '1日3回'],
      ['2022', '2023'],
      ['FY2022', 'FY2023'],
      ['〜64', '65〜'],
      ['20代', '30代'],
    ];
    for (const [a, b] of labels) {
      // Each line's sum at the second label's number or just under it (what the within-threshold rule took).
      const n = Math.max(...[...b.matchAll(/\d+/g)].map((m) => Number(m[0])));
      const [x, y] = [Math.max(1, n - 3 - Math.floor(n / 2)), Math.floor(n / 2)];
      const rows = `\tA群\tB群\n${a}\t12\t15\n${b}\t${x}\t${y}\n`;
      const cols = `\t${a}\t${b}\nA群\t12\t${x}\nB群\t15\t${y}\n`;
      for (const [text, axis] of [
        [rows, 'rows'],
        [cols, 'cols'],
      ] as const)
        expect(misread(result(text), axis), `${a} | ${b} (${axis})`).toBe(false);
    }
  });
  it('Ns written as Ns are read as before: 「男性 (n=75)」「75+ (N=40)」, and attack26’s worded forms', () => {
    const r = result('\t男性 (n=75)\t女性 (n=60)\n<65\t30\t20\n65-74\t30\t25\n75+ (N=40)\t15\t15\n');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([75, 60]);
    expect(r.tables[0]!.table.rows.map((h) => h.denominator)).toEqual([undefined, undefined, 40]);
    for (const form of ['A (Anzahl 63)', 'A (63명)', 'A (#63)', 'A – 63', 'A (63 Patienten)', 'A [n 63]', 'A（全体63）']) {
      const w = result(`\t${form}\tB (N=40)\nx\t30\t20\ny\t30\t18\nz\t3\t2\n`);
      expect(w.ok && w.tables[0]!.table.cols.map((h) => h.denominator), form).toEqual([63, 40]);
    }
  });
  it('family: 500 seeded tables (seeds 1521–1540) — int read 57 band lines as an N, now none; none read leaks', () => {
    const tally = { tables: 0, misread: 0, stopped: 0, read: 0, leaked: 0 };
    for (let seed = 1521; seed <= 1540; seed++)
      for (const t of bandTables(25, seed)) {
        tally.tables++;
        const r = result(t.text);
        if (misread(r, t.axis)) tally.misread++;
        if (!r.ok || r.tables[0]!.primary.headers.length > 0 || r.tables.length !== 1) {
          tally.stopped++;
          continue;
        }
        tally.read++;
        // 「n/N」 with the groups as rows: attacked too since fracn38 (each row's N read as the row's).
        const { hidden, small } = hiddenOf(r, t.standard);
        const ranges = hidden.size > 0 ? attack(highs, t.standard, hidden, { zeroExempt: true }) : new Map();
        if ([...ranges].some(([k, g]) => g.hi !== null && (g.hi === g.lo || (small.has(k) && g.hi < 10)))) tally.leaked++;
      }
    expect(tally.misread).toBe(0);
    expect(tally.leaked).toBe(0);
    // int: 55 stopped by chance beside the 3 that are (a group's real N under the threshold, an N under its sum).
    expect(tally.stopped).toBeLessThanOrEqual(3);
  }, 600_000);
});

/**
 * formats35's open point: a one-column list written as a tree by indentation under its total, where the checker takes
 * no sum by arithmetic among the rows (sums.ts `treeWhole`) and the oracle's default takes every equality of the true
 * counts. Attacked (labeln38-tree.ts `indentedTrees`, items 1–14, seeds 1521–1540, one a seed): with `disjointParts`
 * (an equality among the parts taken where every count of it is printed, what a reader sees) none of 20 leaks; with
 * every equality of the true counts, seen or not, all 20 "leak" — through equalities among hidden counts (「群2-1」 5 =
 * 「群2-3」 5) no reader can see. The checker's skip is right; the oracle's default reads more than a reader has.
 */
describe('labeln38: an indented tree’s skipped search hides no leak', () => {
  it('20 seeded trees (one level deeper in one group in three): none leaks to the oracle reading what is seen', () => {
    let attacked = 0;
    for (let seed = 1521; seed <= 1540; seed++)
      for (const t of indentedTrees(1, seed, true)) {
        const r = result(t.text);
        expect(r.ok).toBe(true);
        if (!r.ok) continue;
        const tr = r.tables[0]!;
        expect(tr.table.rows).toHaveLength(t.rows);
        const hidden = new Set<string>();
        const small = new Set<string>();
        tr.status.forEach((s, id) => {
          if (s !== 'published') hidden.add(`0:${id}:0`);
          if (s === 'primary') small.add(`0:${id}:0`);
        });
        if (hidden.size === 0) continue;
        attacked++;
        for (const [k, g] of attack(highs, t.text, hidden, { zeroExempt: true, disjointParts: true })) {
          expect(g.hi !== null && g.hi === g.lo, `${k} pinned in ${JSON.stringify(t.text)}`).toBe(false);
          if (small.has(k)) expect(g.hi ?? Infinity).toBeGreaterThanOrEqual(10);
        }
      }
    expect(attacked).toBe(20);
  }, 600_000);
});
