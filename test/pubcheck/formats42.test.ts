/**
 * formats42 (issue #11): SAS PROC FREQ's two-way listing with the lines EXPECTED, DEVIATION, CELLCHI2 and TOTPCT add
 * (formats42-families.ts, seeds 2091–2100; `npx node test/pubcheck/formats42-measure.ts [--chance]` prints the tally,
 * `ROOT=<checkout>` for the base 9cae2f7): 9cae2f7 refused all of them (`input/format`: its key's 「Expected」
 * 「Deviation」「Cell Chi-Square」「Tot Pct」 lines were no key lines, so the 「|」 lines Markdown rows). Now each extra
 * line is checked at every cell against what it is of the counts (Expected = row total × column total / N, Deviation
 * = count − Expected, Cell Chi-Square = Deviation² / Expected, Tot Pct a share of N) or refused naming it
 * (`layout/sas-base`); the extra lines hidden with their cell's count, and the shares the key does not print added as
 * tables of ours so that a published count pins its totals to the engine (the Expected beside it gives them back).
 */
import { describe, expect, it } from 'vitest';
import { C3, COLS, ROWS, sasReadProtected } from './formats42-read.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { sasCrossExtras, sasCrossMore, sasCrossMoreTable, sasCrossWrapped, sasCrossZero, type SasStat } from './formats42-families.ts';
import type { Joined } from './formats35-families.ts';
import { leaks } from './formats33-attack.ts';
import type { Case } from './formats33-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

const readProtected = sasReadProtected(highs, result);

describe("SAS PROC FREQ's crosstab listing with EXPECTED, DEVIATION, CELLCHI2, TOTPCT", () => {
  it('random family (9cae2f7: 100 of 100 refused, input/format): read, nothing given back', () => {
    const cs: Joined[] = [];
    for (let seed = 2091; seed <= 2100; seed++) cs.push(...sasCrossMore(10, seed));
    for (const c of cs) readProtected(c);
    expect(cs.length).toBe(100);
    expect(new Set(cs.map((c) => c.family.replace(/-thousands$/, ''))).size).toBe(8);
  }, 600_000);

  it('counts with the extra lines alone (9cae2f7: refused, input/format): read, no total relied on beside a published count', () => {
    // Without the tables of ours, 4 of the measure's 200 (20 a seed; these are the first 10 of each) gave a small count
    // back: a total hidden as a complement beside a published count of its line, which the Expected (or Deviation,
    // Cell Chi-Square) there gives back.
    for (let seed = 2091; seed <= 2100; seed++) for (const c of sasCrossExtras(10, seed)) readProtected(c);
  }, 600_000);

  it('each extra line is hidden with its count: the cell hidden, its whole stack said', () => {
    const c = sasCrossMoreTable(ROWS, COLS, C3, ['count', 'expected', 'deviation', 'chi2', 'cell', 'row', 'col'], { frame: true });
    const r = result(c.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const note = r.warnings.find((w) => w.code === 'layout/sas-cross')!.message;
    expect(note).toContain('「Expected」「Deviation」「Cell Chi-Square」');
    expect(note).toContain('秘匿するセルではその下のこれらの行の値もすべて隠してください');
    // Row Pct, Col Pct and Percent printed: no table of ours.
    expect(note).not.toContain('チェッカーが計算した表');
    expect(r.tables.length).toBe(3);
    expect(r.tables.every((t) => t.status[2 * 3] !== 'published')).toBe(true);
    readProtected(c);
  });

  it('the shares the key does not print are tables of ours, said as ours', () => {
    const c = sasCrossMoreTable(ROWS, COLS, C3, ['count', 'expected', 'chi2', 'cell'], { names: 'none' });
    const r = result(c.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const note = r.warnings.find((w) => w.code === 'layout/sas-cross')!.message;
    expect(note).toContain('出力にない行%・列%を、チェッカーが計算した表（小数6桁');
    // Row and column shares of ours, then the printed Percent.
    expect(r.tables.length).toBe(3);
    expect(r.tables[0]!.table.cells[0]![0]!.text).toBe(`12 (${((100 * 12) / 53).toFixed(6)}%)`);
    readProtected(c);
  });

  it('「Tot Pct」 is read as a share of N beside 「Percent」, on the Total line too', () => {
    const c = sasCrossMoreTable(ROWS, COLS, C3, ['count', 'tot', 'cell', 'row', 'col'], { names: 'table' });
    expect(c.text).toContain('Tot Pct');
    readProtected(c);
  });

  it('an extra line that is not what its key names is refused, naming its line', () => {
    const c = sasCrossMoreTable(ROWS, COLS, C3, ['count', 'expected', 'deviation'], { names: 'none' });
    const lines = c.text.split('\n');
    // The key's Expected and Deviation swapped: the lines printed are the other way round.
    const e = lines.findIndex((l) => l.startsWith('Expected'));
    lines[e] = lines[e]!.replace('Expected ', 'Deviation');
    lines[e + 1] = lines[e + 1]!.replace('Deviation', 'Expected ');
    const r = result(lines.join('\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const err = r.errors.find((x) => x.code === 'layout/sas-base');
    expect(err?.message).toContain('「Deviation」');
    expect(err?.message).toContain('偏差（件数−期待度数）');
    expect(err?.place?.line).toBe(lines.findIndex((l) => l.startsWith('male')) + 2);
  });

  it('a row of no patients (Expected 0, no cell chi-square) is read as SAS’s crosstab (formats44; left as it was before)', () => {
    const c = sasCrossMoreTable(
      ROWS,
      COLS,
      [
        [12, 41],
        [28, 52],
        [0, 0],
      ],
      ['count', 'expected'],
      { names: 'none' },
    );
    readProtected(c);
  });

  it('the attacker takes what Expected, Deviation and Cell Chi-Square give: a hidden total beside a published count', () => {
    const stats: SasStat[][] = [
      ['count', 'expected'],
      ['count', 'deviation'],
      ['count', 'chi2'],
    ];
    for (const s of stats) {
      const c: Case = sasCrossMoreTable(
        ['a', 'b'],
        ['x', 'y', 'z'],
        [
          [3, 4, 50],
          [30, 40, 60],
        ],
        s,
        { names: 'none' },
      );
      // Published: every token but the cells 3, 4 and the row's total 57 (as a suppression that relies on the total).
      const fake = {
        ok: true,
        tables: [{ table: { cols: [0, 0, 0, 0], cells: [[{ line: 0, text: '' }]] }, status: ['published'] }],
      } as unknown as Parameters<typeof leaks>[0];
      const hiddenTexts = new Set(['3', '4', '57']);
      const only = { ...c, tokens: c.tokens.filter((t) => !hiddenTexts.has(t.text)) };
      const got = leaks(fake, only).map((x) => x[0]);
      // Expected (or Deviation at 50, or Cell Chi-Square's two roots' bounds) gives 57 back, and 3 + 4 = 7 with it.
      if (s[1] !== 'chi2') expect(got.sort()).toEqual(['c:0:0', 'c:0:1']);
      else expect(leaks(fake, c).length).toBeGreaterThan(0);
    }
  });
});

describe("SAS PROC FREQ's crosstab listing: labels wrapped over the stack, 「Sample Size = N」 under it", () => {
  it('random family (9cae2f7: 100 of 100 refused, input/format, input/spaces, line/count): read, nothing given back', () => {
    const cs: Joined[] = [];
    for (let seed = 2091; seed <= 2100; seed++) cs.push(...sasCrossWrapped(10, seed));
    for (const c of cs) readProtected(c);
    expect(cs.filter((c) => c.family.endsWith('-sample')).length).toBeGreaterThan(30);
  }, 600_000);

  it("a wrapped label is read whole; the Sample Size a table of ours, its N on the footer's line", () => {
    const c = sasCrossMoreTable(['Stage I or II', 'Stage III or higher', 'unknown'], COLS, C3, ['count', 'row'], {
      wrap: true,
      sample: true,
      names: 'none',
    });
    expect(c.text).toMatch(/^or higher\|/m);
    const r = result(c.text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables[0]!.table.rows.map((h) => h.label)).toEqual(['Stage I or II', 'Stage III or higher', 'unknown', 'Total']);
    const ours = r.tables.at(-1)!;
    expect(ours.table.rows.at(-1)!.label).toBe('合計');
    expect(r.warnings.find((w) => w.code === 'layout/frequency-missing')?.message).toContain('「Sample Size = 153」');
    readProtected(c);
  });

  it("a Sample Size that is not the table's N is left as it was", () => {
    const c = sasCrossMoreTable(ROWS, COLS, C3, ['count', 'row'], { sample: true, names: 'none' });
    const r = result(c.text.replace('Sample Size = 153', 'Sample Size = 160'));
    expect(r.ok).toBe(false);
  });
});

describe("SAS PROC FREQ's crosstab listing: 「.」 for a share of a Total of 0", () => {
  it('random family, a column of no patients (9cae2f7: 100 of 100 refused, input/format): read, nothing given back', () => {
    const cs: Joined[] = [];
    for (let seed = 2091; seed <= 2100; seed++) cs.push(...sasCrossZero(10, seed));
    for (const c of cs) readProtected(c);
  }, 600_000);

  it('「.」 where the Total is not 0 is refused, naming its line', () => {
    const c = sasCrossZero(1, 2091)[0]!;
    const lines = c.text.split('\n');
    const at = lines.findIndex((l) => /\|\s+\.\s\|/.test(l));
    expect(at).toBeGreaterThan(0);
    // The first column's share made 「.」 too: its Total is not 0.
    lines[at] = lines[at]!.replace(/^(\s*\|)\s*\d+\.\d+ /, (_, a: string) => `${a}${'.'.padStart(7)} `);
    const r = result(lines.join('\n'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((e) => e.code === 'layout/sas-base')).toBe(true);
  });
});
