/**
 * A ninth round of adversarial tables (issue #11), on relations between lines and an N below the sum of its items:
 * each table the checker passes is attacked by the oracle (oracle.ts, written apart from the engine), which must find
 * every hidden count protected; each table the checker cannot read safely is refused in words (exit 2), naming what to
 * fix. Every class below leaked before its fix: `leaked` shows the oracle working the small count back where only the
 * cells hidden before were hidden.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { LINE_PAIRS, SET_LINES, systemOf } from '../../src/pubcheck/system.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary } from './protection.ts';

const bundle = fixtureBundle();
const highs = await solver();

const { run, holds, errors, codes } = adversary(highs, bundle);

/** The oracle's range of `cell` when only `hidden` are hidden (what the checker hid before the fix). */
const leaked = (text: string, hidden: string[], cell = hidden[0]!) => attack(highs, text, new Set(hidden), { zeroExempt: true }).get(cell)!;

const relations = (r: ReturnType<typeof run>) => r.warnings.filter((w) => w.code === 'lines/related').map((w) => w.message);

/** Table 1: groups A, B, C over rows x, y, z, w with margins; A群 in row y is 3. */
const groups =
  '# 表1\n\tA群\tB群\tC群\t合計\nx\t25\t40\t22\t87\ny\t3\t20\t15\t38\nz\t30\t12\t18\t60\nw\t22\t35\t40\t97\n合計\t80\t107\t95\t282\n';

describe('lines that share only some positions each', () => {
  // A 差 of A群 and B群 over rows y, z, w and v (v not in table 1): compared on y, z, w, B − A = 17 shows A = 3.
  const text = `${groups}\n# 表2 A群とB群の差\n\t差\ny\t17\nz\t18\nw\t13\nv\t9\n`;
  it('a 差 line over rows b–e beside groups over rows a–d: leaked before, protected now, said as our reading', () => {
    expect(leaked(text, ['0:1:0', '0:1:1', '0:2:0', '0:2:1'])).toMatchObject({ lo: 3, hi: 3 });
    const r = holds(text);
    expect(r.tables[0]!.status[4]).toBe('primary');
    expect(relations(r)).toEqual([
      expect.stringMatching(/^表2の列「差」は、どの位置でも表1の列「(A群|B群)」と表1の列「(A群|B群)」の差です。/),
    ]);
    expect(r.links).toEqual([{ tables: [1, 2], shared: 1 }]);
  });
  it('three tables over rows p–s, q–t and p, r–t: compared on r and s, the rows all three share', () => {
    const three =
      '# 表1\n\tA群\tC群\t合計\np\t25\t22\t47\nq\t30\t18\t48\nr\t3\t15\t18\ns\t22\t40\t62\n合計\t80\t95\t175\n\n' +
      '# 表2\n\tB群\nq\t12\nr\t20\ns\t35\nt\t17\n\n# 表3 A群とB群の差\n\t差\np\t6\nr\t17\ns\t13\nt\t9\n';
    expect(leaked(three, ['0:0:0', '0:0:1', '0:2:0', '0:2:1', '2:0:0', '2:3:0'], '0:2:0')).toMatchObject({ lo: 3, hi: 3 });
    const r = holds(three);
    expect(relations(r)).toEqual([expect.stringMatching(/^表3の列「差」は、どの位置でも表1の列「A群」と表2の列「B群」の差です。/)]);
    expect(r.links).toEqual([{ tables: [1, 2, 3], shared: expect.any(Number) }]);
  });
  it('on two shared positions too; on one, not compared', () => {
    const two = `${groups}\n# 表2 A群とB群の差\n\t差\ny\t17\nw\t13\nv\t9\n`;
    expect(leaked(two, ['0:1:0', '0:1:1', '0:2:0', '0:2:1'])).toMatchObject({ lo: 3, hi: 3 });
    expect(relations(holds(two))).toHaveLength(1);
    const one = `${groups}\n# 表2 A群とB群の差\n\t差\ny\t17\nv\t9\nu\t4\n`;
    expect(relations(holds(one))).toEqual([]);
  });
});

describe('a difference of lines with a slip in one place', () => {
  // 表2 titled as the difference of A群 and B群: 17, 18, 13 in rows y, z, w as |A − B|, 16 in row x where it is 15.
  const titled = `${groups}\n# 表2 A群とB群の差\n\t差\nx\t16\ny\t17\nz\t18\nw\t13\n`;
  // No label or title saying so, holding in four rows of five (x is the slip).
  const five =
    '# 表1\n\tA群\tB群\tC群\t合計\nx\t25\t40\t22\t87\ny\t3\t20\t15\t38\nz\t30\t12\t18\t60\nw\t22\t35\t40\t97\nu\t14\t26\t31\t71\n合計\t94\t133\t126\t353\n\n' +
    '# 表2\n\t値\nx\t16\ny\t17\nz\t18\nw\t13\nu\t12\n';
  it.each([
    ['titled as a difference, holding in three places of four', titled, ['0:1:0', '0:1:1', '0:2:0', '0:2:1'], '差', 'x', 3],
    ['named by nothing, holding in four places of five', five, ['0:1:0', '0:1:2', '0:4:0', '0:4:2'], '値', 'x', 4],
  ])('%s: leaked before, refused now, naming the lines and the place', (_, text, before, line, place, holding) => {
    expect(leaked(text, before)).toMatchObject({ lo: 3, hi: 3 });
    const found = errors(text).filter((e) => e.code === 'lines/almost');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      `表2の列「${line}」は、行「${place}」を除くすべての行（${holding} か所）で表1の列「A群」と表1の列「B群」の差です`,
    );
    expect(found[0]!.message).toContain('（チェッカーの判断）');
    expect(found[0]!.hint).toContain(`「${place}」の値を直してください`);
    // Put right, it is a difference, taken as one.
    const right = text.replace('x\t16', 'x\t15');
    expect(relations(holds(right)).length).toBeGreaterThan(0);
  });
  it('where no count of the three lines is hidden, nothing can be worked back: not refused', () => {
    const big = titled.replace('y\t3\t20\t15\t38', 'y\t13\t30\t15\t58').replace('合計\t80\t107\t95\t282', '合計\t90\t117\t95\t302');
    expect(codes(big)).toEqual([]);
  });
  it('within one table only where the line says it is a difference', () => {
    // 差(A-B) is |A − B| in rows y, z, w (signs both ways), not in x.
    const within = '\tA群\tB群\tC群\t差(A-B)\nx\t25\t40\t22\t16\ny\t3\t20\t15\t17\nz\t30\t12\t18\t18\nw\t22\t35\t40\t13\n';
    expect(leaked(within, ['0:1:0'])).toMatchObject({ lo: 3, hi: 3 });
    expect(codes(within)).toContain('lines/almost');
    expect(codes(within.replace('差(A-B)', 'D群'))).not.toContain('lines/almost');
  });
});

describe('groups of lines past the caps are said, not skipped', () => {
  /** `n` rows of large counts that are no differences or sums of each other, labels of their own. */
  const rows = (t: number, n: number, cols: string[]) =>
    [
      `# 表${t}`,
      `\t${cols.join('\t')}`,
      ...Array.from(
        { length: n },
        (_, i) => `t${t}r${i}\t${cols.map((_, j) => 1000 * (j + 1) + (i + n * t) * [7, 11, 13][j]!).join('\t')}`,
      ),
    ].join('\n');
  it(`more than ${SET_LINES} lines over the same positions in two tables: sums of three lines or more not searched, said`, () => {
    const text = `${rows(1, 300, ['A', 'B', 'C'])}\n\n${rows(2, 150, ['A', 'B', 'C'])}\n`;
    const built = systemOf(readTables(text).tables, { zeroExempt: true });
    expect(built.unsearched).toEqual([expect.objectContaining({ tables: [1, 2], lines: 450, why: 'lines' })]);
    const r = run(text);
    const said = r.warnings.filter((w) => w.code === 'lines/not-searched');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain(`3本以上の和を探す上限（1組 ${SET_LINES} 本）`);
    expect(said[0]!.message).toContain('チェッカーの判断');
    // The same every time (counted, not timed).
    expect(systemOf(readTables(text).tables, { zeroExempt: true }).unsearched).toEqual(built.unsearched);
  }, 60_000);
  it(`more than ${Math.floor((1 + Math.sqrt(1 + 8 * LINE_PAIRS)) / 2)} lines: differences not searched, said`, () => {
    const text = `${rows(1, 450, ['A', 'B'])}\n\n${rows(2, 450, ['A', 'B'])}\n`;
    const built = systemOf(readTables(text).tables, { zeroExempt: true });
    expect(built.unsearched).toEqual([expect.objectContaining({ tables: [1, 2], lines: 900, why: 'lines' })]);
    // Within the cap, nothing is said.
    const within = `${rows(1, 40, ['A', 'B'])}\n\n${rows(2, 40, ['A', 'B'])}\n`;
    expect(systemOf(readTables(within).tables, { zeroExempt: true }).unsearched).toEqual([]);
  }, 60_000);
});

describe('an N below the sum of its items by the threshold or more (several answers per patient)', () => {
  // A (N=40) over 8, 9, 16 and 17 (50: 10 over N), row totals. With 8 and 9 hidden (each small, each with a B beside
  // it), a reader who takes A's rows for disjoint reads their sum as 40 − 16 − 17 = 7: wrong (it is 17), yet both then
  // read as 1 to 6 — under the threshold, as they are. Not pinned: the reading is off by what N is below the sum, and
  // with one hidden count in the line it is a contradiction in view (x − 10 < 0 for a small x). (One published 33 in
  // place of 16 and 17 is hidden now for its complement, 40 − 33 = 7: primary.ts `complements`.)
  const text = '\tA (N=40)\tB\t合計\nx\t8\t20\t28\ny\t9\t30\t39\nz\t16\t25\t41\nw\t17\t15\t32\n';
  // What that reader sees: the same published cells, the hidden ones as the disjoint reading has them.
  const asRead = '\tA (N=40)\tB\t合計\nx\t3\t25\t28\ny\t4\t35\t39\nz\t16\t25\t41\nw\t17\t15\t32\n';
  const hidden = ['0:0:0', '0:0:1', '0:1:0', '0:1:1'];
  it('the disjoint reading shows the small counts under the threshold: passed before, refused now', () => {
    expect(leaked(asRead, hidden)).toMatchObject({ lo: 1, hi: 6 });
    const found = errors(text).filter((e) => e.code === 'header/n-below-sum');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('表1の列「A (N=40)」の N=40 は、その数の和 50 より 10 小さい値です');
    expect(found[0]!.message).toContain('「N − 公表した数」= 7 と、閾値 10 未満に見え、隠した数の一つは 1〜6 に見えます');
    expect(found[0]!.message).toContain('その読みは誤りですが');
  });
  it('where the reading leaves the small counts up to the threshold, or contradicts what is published: our reading, not refused', () => {
    // N=45, 5 below the sum: 45 − 16 − 17 = 12 for the two hidden counts, each up to 11 under the reading.
    expect(holds(text.replace('N=40', 'N=45')).warnings.map((w) => w.code)).toContain('header/n-below-sum');
    // One small count hidden in the line: the reading puts it at 3 − 10 < 0, a contradiction in view.
    const one = holds('\tA (N=30)\tB\t合計\nx\t3\t20\t23\ny\t12\t40\t52\nz\t25\t18\t43\n');
    expect(one.warnings.map((w) => w.code)).toContain('header/n-below-sum');
  });
  it('how often random tables with one such N are refused (6×4, counts 0–40, N 10–49 below its column’s sum)', () => {
    const next = lcg(29);
    const tally = { plain: 0, margins: 0 };
    for (let k = 0; k < 200; k++) {
      for (const margins of [false, true]) {
        const cells = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => Math.floor(next() * 41)));
        const n = cells.reduce((s, r) => s + r[0]!, 0) - (10 + Math.floor(next() * 40));
        const head = ['', `c1 (N=${n})`, 'c2', 'c3', 'c4', ...(margins ? ['合計'] : [])].join('\t');
        const body = cells.map((r, i) => [`r${i + 1}`, ...r, ...(margins ? [r.reduce((a, b) => a + b, 0)] : [])].join('\t')).join('\n');
        const found = codes(`${head}\n${body}\n`);
        if (found.includes('header/n-below-sum')) tally[margins ? 'margins' : 'plain']++;
        else expect(found).toEqual([]);
      }
    }
    console.log(`header/n-below-sum (N 10–49 below, one column) refused: ${JSON.stringify(tally)} of 200 each`);
    // Measured (README): each a table where the disjoint reading holds with what is published and shows a small count.
    expect(tally.plain).toBeLessThanOrEqual(4);
    expect(tally.margins).toBeLessThanOrEqual(25);
    expect(tally.margins).toBeGreaterThan(0);
  }, 300_000);
});

/** A random table of counts 0–`max`, rows named `rows`, columns c1…. */
const randomTable = (next: () => number, rows: string[], cols: number, max: number, col = 'c') =>
  `${['', ...Array.from({ length: cols }, (_, j) => `${col}${j + 1}`)].join('\t')}\n${rows
    .map((r) => [r, ...Array.from({ length: cols }, () => Math.floor(next() * (max + 1)))].join('\t'))
    .join('\n')}\n`;

/** whole72: pairs of the 600 (counts 0–40) and of the 600 (0–10) where a near relation across the tables is taken by chance. */
const NEAR_BY_CHANCE = [1, 20];

describe('how often relations on shared positions and slips fire on random tables', () => {
  it('two random 6×3 tables sharing 6, 4 or 2 of their rows: relations across them taken by chance, inputs refused for a slip', () => {
    const next = lcg(9);
    const rows = (from: number) => Array.from({ length: 6 }, (_, i) => `r${from + i}`);
    const zero = () => ({ six: 0, four: 0, two: 0, slipSix: 0, slipFour: 0, slipTwo: 0, near: 0 });
    const tally = { ...zero(), small: zero() };
    for (let k = 0; k < 400; k++) {
      const max = k < 200 ? 40 : 10;
      for (const [shift, key] of [
        [0, 'six'],
        [2, 'four'],
        [4, 'two'],
      ] as const) {
        const text = `${randomTable(next, rows(1), 3, max)}\n${randomTable(next, rows(1 + shift), 3, max, 'd')}`;
        const found = codes(text);
        const t = max === 40 ? tally : tally.small;
        if (found.includes('lines/almost')) t[key === 'six' ? 'slipSix' : key === 'four' ? 'slipFour' : 'slipTwo']++;
        // Relations across the two tables (within one, the rows' positions are all their own, as before); whole72's near
        // relations (「4 か所のうち 3 か所で」, taken where they hold: more cells hidden, never fewer) counted apart.
        else if (found.length === 0) {
          const across = relations(run(text)).filter((m) => m.includes('表1') && m.includes('表2'));
          if (across.some((m) => !m.includes('か所のうち'))) t[key]++;
          else if (across.length > 0) t.near++;
        }
      }
    }
    console.log(`200 pairs of 6×3 tables sharing 6, 4, 2 rows, counts 0–40 (small: 0–10): ${JSON.stringify(tally)}`);
    // Measured (README): relations across the tables and slips refused, by chance.
    for (const t of [tally, tally.small])
      for (const k of ['six', 'four', 'two', 'slipSix', 'slipFour', 'slipTwo'] as const) expect(t[k]).toBeLessThanOrEqual(4);
    // whole72 (measured, README): near relations across the tables by chance, counts 0–40 and 0–10.
    expect([tally.near, tally.small.near]).toEqual(NEAR_BY_CHANCE);
  }, 300_000);
  it('random 6×4 tables of counts 0–40 and 0–10: refused for a slip', () => {
    const next = lcg(19);
    const rows = Array.from({ length: 6 }, (_, i) => `r${i + 1}`);
    const tally = { wide: 0, small: 0 };
    for (let k = 0; k < 200; k++) {
      if (codes(randomTable(next, rows, 4, 40)).includes('lines/almost')) tally.wide++;
      if (codes(randomTable(next, rows, 4, 10)).includes('lines/almost')) tally.small++;
    }
    console.log(`slips, 200 random 6×4 tables: ${JSON.stringify(tally)}`);
    expect(tally.wide).toBeLessThanOrEqual(2);
    expect(tally.small).toBeLessThanOrEqual(2);
  }, 300_000);
});
