/**
 * Table 1s as common tools print them (issue #11, table1.ts; headings.ts, read.ts):
 * - two label columns 項目 | 区分 (or heading rows) with 「合計」 at the end: the total is each block's N, not the sum
 *   of all rows — refused before as a wrong total (`total/mismatch`), read now as the columns' Ns where one block adds
 *   up to it and none passes it (`layout/blocks-total`), refused naming the line where not (`table/blocks-total`);
 * - R tableone: the 「n」 row (the line of Ns, sizes.ts `count/sizes`), 「stage (%)」 headings over levels indented by spaces,
 *   「sex = f (%)」 rows, 「12 ( 7.6)」 cells — refused before as a short row and as text; 「age (mean (SD))」 stays
 *   refused as a statistic;
 * - gtsummary / flextable: 「A群, N = 120」 or 「A群⏎N = 120」 headers, 「Unknown」 rows, 「n (%)」 as the last line
 *   (`layout/unit-note`) — refused before as a short row.
 * Random tables of each shape are read (none refused), attacked by the oracle on the text an attacker reads (the
 * total or the 「n」 row as the columns' Ns, the rows as printed), and ordinary tables are not read in the new ways.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { blockRests } from '../../src/pubcheck/rests.ts';
import { fixtureBundle, lcg, solver, splitter, tsv } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary, THRESHOLD, type Ok } from './protection.ts';

const highs = await solver();
const { run, result } = adversary(highs, fixtureBundle());
const warned = (text: string) => readTables(text).warnings.map((w) => w.code);
const refusedCodes = (text: string) => readTables(text).errors.map((e) => e.code);

const COLUMNS = [
  '項目\t区分\tA群\tB群',
  '性別\t男性\t60\t150',
  '\t女性\t60\t147',
  '年齢\t65歳未満\t50\t100',
  '\t65歳以上\t70\t197',
  '合計\t\t120\t297',
].join('\n');
const HEADINGS = [
  '\tA群\tB群',
  '性別',
  '男性\t60\t150',
  '女性\t60\t147',
  '年齢',
  '65歳未満\t50\t100',
  '65歳以上\t70\t197',
  '合計\t120\t297',
].join('\n');
const TABLEONE = [
  '\tA群\tB群',
  'n\t158\t154',
  '性別 (%)\t\t',
  '   男性\t60 (38.0)\t70 (45.5)',
  '   女性\t98 (62.0)\t84 (54.5)',
  'sex = f (%)\t137 (86.7)\t139 (90.3)',
  'stage (%)\t\t',
  '   1\t12 ( 7.6)\t9 ( 5.8)',
  '   2\t35 (22.2)\t32 (20.8)',
  '   3\t56 (35.4)\t64 (41.6)',
  '   4\t55 (34.8)\t49 (31.8)',
].join('\n');
const GTSUMMARY = [
  '特性\tA群, N = 158\tB群, N = 154',
  '性別\t\t',
  '  男性\t60 (38)\t70 (45)',
  '  女性\t98 (62)\t84 (55)',
  'stage\t\t',
  '  I\t40 (25)\t40 (26)',
  '  II\t100 (63)\t100 (65)',
  '  Unknown\t18 (11)\t14 (9.1)',
  '¹ n (%)',
].join('\n');

const rowOf = (r: Ok, label: string) => r.tables[0]!.table.rows.findIndex((h) => h.label === label);

describe('a total under blocks of rows (項目 | 区分, heading rows) is read as each block’s N', () => {
  it('two label columns: refused before as a wrong total (240 ≠ 120), read now and said with the line', () => {
    const r = run(COLUMNS);
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([120, 297]);
    const w = r.warnings.find((x) => x.code === 'layout/blocks-total')!;
    expect(w.message).toContain('6行目');
    expect(w.message).toContain('チェッカーの判断');
    expect(r.warnings.map((x) => x.code)).toContain('layout/joined');
  });
  it('heading rows: read alike', () => {
    const r = run(HEADINGS);
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([120, 297]);
    expect(r.warnings.map((x) => x.code)).toEqual(expect.arrayContaining(['layout/heading', 'layout/blocks-total']));
  });
  it('a block short of the total by a few (不明 not printed) is a blocking finding of that block', () => {
    const r = run(COLUMNS.replace('\t65歳以上\t70\t197', '\t65歳以上\t66\t197'));
    const blocks = r.tables[0]!.primary.headers.filter((h) => h.block !== undefined);
    expect(blocks.length).toBeGreaterThan(0);
    expect(r.verdict.afterChanges).toBeUndefined();
  });
  it('no block adds up to the total, or a block passes it: refused naming the line, with how to write it', () => {
    const short = COLUMNS.replace('\t女性\t60\t147', '\t女性\t59\t147').replace('\t65歳以上\t70\t197', '\t65歳以上\t69\t197');
    const e = readTables(short).errors;
    expect(e.map((x) => x.code)).toEqual(['table/blocks-total']);
    expect(e[0]!.place?.line).toBe(6);
    expect(e[0]!.hint).toContain('(N=120)');
    const over = COLUMNS.replace('\t65歳以上\t70\t197', '\t65歳以上\t75\t197');
    const o = readTables(over).errors;
    expect(o.map((x) => x.code)).toEqual(['table/blocks-total']);
    expect(o[0]!.message).toContain('「年齢」');
  });
  it('a header stating an N beside the total: the same N read once, another refused naming the total’s line', () => {
    const same = run(COLUMNS.replace('項目\t区分\tA群\tB群', '項目\t区分\tA群 (N=120)\tB群'));
    expect(same.tables[0]!.table.cols.map((h) => [h.label, h.denominator])).toEqual([
      ['A群 (N=120)', 120],
      ['B群 (N=297)', 297],
    ]);
    const e = readTables(COLUMNS.replace('項目\t区分\tA群\tB群', '項目\t区分\tA群 (N=125)\tB群')).errors;
    expect(e.map((x) => [x.code, x.place?.line])).toEqual([['table/blocks-total', 6]]);
    expect(e[0]!.message).toContain('125');
  });
  it('a cross-classification (年代 | 性別) whose 合計 is the sum of all rows is read as before', () => {
    const text = [
      '年代\t性別\tA群\tB群',
      '20代\t男性\t10\t12',
      '\t女性\t11\t13',
      '30代\t男性\t14\t15',
      '\t女性\t16\t17',
      '合計\t\t51\t57',
    ].join('\n');
    expect(warned(text)).not.toContain('layout/blocks-total');
    expect(refusedCodes(text)).toEqual([]);
  });
  it('a small count in a block, with the total as N: protected against the oracle', () => {
    const text = COLUMNS.replace('性別\t男性\t60\t150', '性別\t男性\t4\t150').replace('\t女性\t60\t147', '\t女性\t116\t147');
    const r = run(text);
    expect(r.tables[0]!.status.some((s) => s === 'primary')).toBe(true);
    expectHolds(r, plainOf(text));
  });
});

describe('R tableone output', () => {
  it('the 「n」 row, 「(%)」 headings and rows, indented levels and padded brackets: refused before, read now', () => {
    const r = run(TABLEONE);
    const t = r.tables[0]!.table;
    expect(t.cols.map((h) => h.denominator)).toEqual([158, 154]);
    expect(t.rows.some((h) => h.label === 'n')).toBe(false);
    // The 「n」 row is the line of sizes (sizes.ts), kept where it stood in the table to publish.
    expect(r.warnings.map((x) => x.code)).toEqual(expect.arrayContaining(['count/sizes', 'layout/heading']));
    expect(t.sizeLine).toMatchObject({ label: 'n' });
    // 「12 ( 7.6)」 is 12 and its 7.6%; 9 of B群 is hidden.
    const one = rowOf(r, 'stage (%)・1');
    expect(t.cells[one]![0]!.value).toMatchObject({ kind: 'count', n: 12, percent: 7.6 });
    expect(r.tables[0]!.status[one * t.cols.length + 1]).toBe('primary');
    // 「sex = f (%)」 is a row of its own (not under 性別 (%)), its complement a line of ours.
    expect(rowOf(r, 'sex = f (%)')).toBeGreaterThanOrEqual(0);
    expectHolds(r, plainOf(TABLEONE));
  });
  it('a 「stage (%)」 block short of the 「n」 row’s N by 3 (不明 not printed): a blocking finding', () => {
    const r = run(TABLEONE.replace('   4\t55 (34.8)', '   4\t52 (32.9)'));
    const blocks = r.tables[0]!.primary.headers.filter((h) => h.block !== undefined);
    expect(blocks.map((b) => [b.block!.lo, b.block!.hi])).toContainEqual([3, 3]);
    expect(r.verdict.afterChanges).toBeUndefined();
  });
  it('an 「age (mean (SD))」 row stays refused as a statistic, with the hint to take it out', () => {
    const text = TABLEONE.replace('sex = f (%)', 'age (mean (SD))\t51.42 (11.01)\t48.58 (9.96)\nsex = f (%)');
    const e = readTables(text).errors;
    expect(e.map((x) => x.code)).toContain('header/statistic');
  });
  it('an 「n」 row against an N in the header that differs: refused naming the line', () => {
    const e = readTables(TABLEONE.replace('\tA群\tB群', '\tA群 (N=150)\tB群')).errors;
    expect(e.map((x) => x.code)).toEqual(['count/sizes']);
    expect(e[0]!.place?.line).toBe(2);
  });
  it('a plain count under a 「(%)」 row label is still refused (a share written without its mark)', () => {
    expect(refusedCodes('\tA群 (N=50)\tB群 (N=40)\n死亡 (%)\t10\t12\n生存 (%)\t40\t28\n')).toContain('cell/percent-unmarked');
  });
});

describe('gtsummary / flextable output', () => {
  it('「A群, N = 158」 headers, 「Unknown」 rows and 「¹ n (%)」 as the last line: refused before (row/short), read now', () => {
    const r = run(GTSUMMARY);
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([158, 154]);
    const w = r.warnings.find((x) => x.code === 'layout/unit-note')!;
    expect(w.message).toContain('9行目');
    const u = rowOf(r, 'stage・Unknown');
    expect(r.tables[0]!.table.cells[u]![1]!.value).toMatchObject({ n: 14, percent: 9.1 });
  });
  it('「A群⏎N = 158」 headers (a line break in the cell, CSV)', () => {
    const csv = GTSUMMARY.replace('特性\tA群, N = 158\tB群, N = 154', '特性\t"A群\nN = 158"\t"B群\nN = 154"').replace(/\t/g, ',');
    const r = run(csv);
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([158, 154]);
  });
  it('a continuous row 「年齢 45 (38, 52)」 (median and quartiles) or 「51.4 (11.0)」: refused as a statistic, not as text', () => {
    const text = GTSUMMARY.replace('性別\t\t', '年齢\t45 (38, 52)\t47 (40, 55)\n性別\t\t').replace('¹ n (%)', '¹ Median (Q1, Q3); n (%)');
    expect([...new Set(refusedCodes(text))]).toEqual(['header/statistic']);
    expect(readTables(text).errors[0]!.message).toContain('「年齢」');
    expect([...new Set(refusedCodes(GTSUMMARY.replace('性別\t\t', 'BMI\t22.4 (3.1)\t23.0 (2.9)\n性別\t\t')))]).toEqual([
      'header/statistic',
    ]);
  });
  it('「A群, N = 158¹」 (a footnote mark on the header): misread before as N = 1581, read now as N = 158 and said', () => {
    const text = GTSUMMARY.replace('A群, N = 158', 'A群, N = 158¹').replace('B群, N = 154', 'B群, N = 154¹');
    const r = run(text);
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([158, 154]);
    expect(r.warnings.find((w) => w.code === 'layout/footnote-mark')?.message).toContain('「¹」');
    // With plain counts (no shares to disagree) the N was 1581 with nothing said.
    const counts = text.replace(/ \(\d+(\.\d)?\)/g, '').replace('¹ n (%)', '');
    expect(run(counts).tables[0]!.table.cols.map((h) => h.denominator)).toEqual([158, 154]);
    // A unit's power is no mark (「BMI (kg/m²)」), and a value cell with one stays refused.
    expect(warned('\tA (N=10)\nBMI (kg/m²) 25以上\t3\nBMI (kg/m²) 25未満\t7\n')).not.toContain('layout/footnote-mark');
    expect(refusedCodes('\tA\tB\nx\t3¹\t20\ny\t25\t40\n')).toContain('cell/mark');
  });
  it('a last line that is another note (a count, a sentence) is no unit note', () => {
    expect(warned(`${GTSUMMARY.replace('¹ n (%)', '※ 3例は除外')}`)).not.toContain('layout/unit-note');
    expect(warned(`${GTSUMMARY.replace('¹ n (%)', 'n (%) 12例')}`)).not.toContain('layout/unit-note');
  });
});

describe('stretch: nested headings, 小計 first, a total with a blank label', () => {
  it('tableone with its 「p」 and 「test」 columns: refused as statistics (header/statistic), not as short rows and decimals', () => {
    const text = TABLEONE.split('\n')
      .map((l, i) => (i === 0 ? `${l}\tp\ttest` : l.startsWith('sex') ? `${l}\t0.421\t` : l))
      .join('\n');
    expect([...new Set(refusedCodes(text))]).toEqual(['header/statistic']);
  });
  it('「入院 小計」 before its items indented under it: refused before (header/empty-subtotal), read now as their subtotal', () => {
    const text = '\tA\tB\n入院 小計\t30\t40\n  男性\t10\t25\n  女性\t20\t15\n外来\t50\t60\n合計\t80\t100\n';
    const r = run(text);
    const t = r.tables[0]!.table;
    expect(t.rows[0]!.kind).toBe('subtotal');
    expect(t.rows[0]!.children).toEqual([1, 2]);
    // Its items wrong: refused as a subtotal that does not add up.
    expect(refusedCodes(text.replace('  男性\t10', '  男性\t11')).length).toBeGreaterThan(0);
    // 小計 first with nothing under it: refused, saying both ways to write it.
    const e = readTables('\tA\tB\n小計\t30\t40\n男性\t10\t25\n女性\t20\t15\n').errors;
    expect(e.map((x) => x.code)).toEqual(['header/empty-subtotal']);
    expect(e[0]!.hint).toContain('字下げ');
  });
  it('a last row with a blank label that is the rows’ sum, or a block’s: refused before (header/empty), read now as 合計 and said', () => {
    const r = run('\tA\tB\n男性\t10\t25\n女性\t20\t15\n\t30\t40\n');
    expect(r.tables[0]!.table.rows[2]!.kind).toBe('total');
    expect(r.warnings.find((w) => w.code === 'layout/blank-total')?.message).toContain('4行目');
    const blocks = run(HEADINGS.replace('合計\t', '\t'));
    expect(blocks.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([120, 297]);
    expect(blocks.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['layout/blank-total', 'layout/blocks-total']));
    // In two label columns (項目 | 区分, both blank on the last row): misread before as 「年齢」's 小計 (the outer word
    // carried down), read now as the blocks' total.
    const columns = run(COLUMNS.replace('合計\t\t', '\t\t'));
    expect(columns.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([120, 297]);
    expect(columns.tables[0]!.table.rows.some((h) => h.label === '年齢')).toBe(false);
    // Not the sum: refused as before, the hint saying how to write a total.
    const e = readTables('\tA\tB\n男性\t10\t25\n女性\t20\t15\n\t31\t40\n').errors;
    expect(e.map((x) => x.code)).toEqual(['header/empty']);
    expect(e[0]!.hint).toContain('「合計」');
  });
  it('a small count under nested headings (「患者背景」 over 「性別」), protected against the oracle', () => {
    const text = [
      '\tA群 (N=40)\tB群 (N=63)',
      '患者背景',
      '性別',
      '男性\t4\t35',
      '女性\t36\t28',
      '年齢',
      '65歳未満\t20\t30',
      '65歳以上\t20\t33',
    ].join('\n');
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toContain('layout/section');
    expectHolds(r, plainOf(text));
  });
});

// ---- random tables of each shape ----

const VARIABLES: [string, string[], number[]][] = [
  ['性別', ['男性', '女性'], [0.5, 0.5]],
  ['年齢', ['65歳未満', '65〜74歳', '75歳以上'], [0.4, 0.35, 0.25]],
  ['喫煙歴', ['現在喫煙', '過去喫煙', '喫煙なし'], [0.2, 0.3, 0.5]],
  ['BMI', ['18.5未満', '18.5〜25', '25以上'], [0.1, 0.6, 0.3]],
  ['受診区分', ['外来', '入院'], [0.6, 0.4]],
  ['重症度', ['軽症', '中等症', '重症'], [0.4, 0.4, 0.2]],
  ['stage', ['I', 'II', 'III', 'IV'], [0.3, 0.3, 0.2, 0.2]],
];
type Shape = 'columns' | 'headings' | 'tableone' | 'gtsummary';

/**
 * A random Table 1 of `shape`: 1–3 groups (N 30–150; small: 2–3 groups of N 15–40), 2–4 variables whose rows add
 * up to N (gtsummary: an 「Unknown」 row in some; headings: a section's name over a heading in 3 of 10, the total's
 * label blank in 2 of 10). Returns the text as the tool prints it and as plain text (one label
 * column, no heading rows, the Ns in the headers, no total row).
 */
function tableOne(next: () => number, shape: Shape, small = false): { text: string; plain: string } {
  const split = splitter(next);
  const groups = small ? 2 + Math.floor(next() * 2) : 1 + Math.floor(next() * 3);
  const ns = Array.from({ length: groups }, () => (small ? 15 + Math.floor(next() * 26) : 30 + Math.floor(next() * 121)));
  const names = ns.map((_, g) => `${'ABC'[g]}群`);
  const percent = shape === 'tableone' || shape === 'gtsummary' || next() < 0.3;
  const decimals = shape === 'gtsummary' ? 0 : 1;
  const cell = (v: number, n: number) => {
    if (!percent) return `${v}`;
    const p = ((100 * v) / n).toFixed(decimals);
    return shape === 'tableone' ? `${v} (${p.padStart(4)})` : `${v} (${p})`;
  };
  const pool = [...VARIABLES];
  const vars: { name: string; labels: string[]; counts: number[][] }[] = [];
  for (let k = 2 + Math.floor(next() * 3); k > 0; k--) {
    const [name, labels, ps] = pool.splice(Math.floor(next() * pool.length), 1)[0]!;
    const unknown = shape === 'gtsummary' && next() < 0.4;
    const shares = unknown ? [...ps.map((p) => p * 0.9), 0.1] : ps;
    vars.push({ name, labels: unknown ? [...labels, 'Unknown'] : labels, counts: ns.map((n) => split(n, shares)) });
  }
  const text: string[] = [];
  const printed: string[] = [];
  const row = (label: string, v: { name: string; labels: string[]; counts: number[][] }, i: number) => {
    const values = v.counts.map((c, g) => cell(c[i]!, ns[g]!)).join('\t');
    printed.push(`${v.name}・${v.labels[i]}\t${values}`);
    return `${label}\t${values}`;
  };
  if (shape === 'columns') {
    text.push(`項目\t区分\t${names.join('\t')}`);
    for (const v of vars) v.labels.forEach((l, i) => text.push(row(`${i === 0 ? v.name : ''}\t${l}`, v, i)));
    text.push(`${next() < 0.2 ? '' : '合計'}\t\t${ns.join('\t')}`);
  } else if (shape === 'headings') {
    text.push(`\t${names.join('\t')}`);
    for (const v of vars) {
      // A section's name over the heading in 3 of 10 (「患者背景」 over 「性別」).
      if (next() < 0.3) text.push(next() < 0.5 ? '患者背景' : '【臨床所見】');
      text.push(next() < 0.5 ? v.name : `${v.name}${'\t'.repeat(groups)}`);
      v.labels.forEach((l, i) => text.push(row(l, v, i)));
    }
    // The total's label left blank in 2 of 10.
    text.push(`${next() < 0.2 ? '' : '合計'}\t${ns.join('\t')}`);
  } else if (shape === 'tableone') {
    text.push(`\t${names.join('\t')}`, `n\t${ns.join('\t')}`);
    for (const v of vars) {
      if (v.labels.length === 2 && next() < 0.5) {
        // A binary variable on one row: 「性別 = 女性 (%)」.
        text.push(row(`${v.name} = ${v.labels[1]} (%)`, v, 1));
        continue;
      }
      text.push(`${v.name} (%)${'\t'.repeat(groups)}`);
      v.labels.forEach((l, i) => text.push(row(`   ${l}`, v, i)));
    }
  } else {
    const header = next() < 0.5 ? names.map((g, k) => `${g}, N = ${ns[k]}`) : names.map((g, k) => `"${g}\nN = ${ns[k]}"`);
    text.push(`特性\t${header.join('\t')}`);
    for (const v of vars) {
      text.push(`${v.name}${'\t'.repeat(groups)}`);
      v.labels.forEach((l, i) => text.push(row(`  ${l}`, v, i)));
    }
    text.push(next() < 0.5 ? '¹ n (%)' : 'n (%)');
  }
  const plain: string[] = [`${percent ? 'n (%)' : ''}\t${names.map((g, k) => `${g} (N=${ns[k]})`).join('\t')}`];
  plain.push(...printed);
  return { text: `${text.join('\n')}\n`, plain: `${plain.join('\n')}\n` };
}

/** The plain text of a hand table: each of its lines as tableOne's `plain` (by the check's own reading, labels as printed). */
function plainOf(text: string): string {
  const r = readTables(text);
  const t = r.tables[0]!;
  return [
    [
      t.corner,
      ...t.cols.map((h) => (h.denominator !== undefined && !/N\s*=/i.test(h.label) ? `${h.label} (N=${h.denominator})` : h.label)),
    ].join('\t'),
    ...t.rows.filter((h) => !h.rest && !h.ns).map((h) => [h.label, ...t.cells[t.rows.indexOf(h)]!.map((c) => c.text)].join('\t')),
  ].join('\n');
}

/**
 * Every count the check hides, attacked by the oracle on the text an attacker reads: the plain table (the Ns in the
 * headers, one label column, the rows as printed — the lines of ours left out, the oracle finds each row's complement
 * from the N itself). The printed rows of the checker's table are the plain table's rows in order. (On the checker's
 * own reading written out with its lines of ours, `asAttacked`, the oracle's sums by arithmetic over 15 lines bound a
 * wholly hidden column of N = 15 within the threshold — 「軽症」 of B群 1–9 — on main too, with heading rows and
 * 「B群 (N=15)」: README, Limits.)
 */
function expectHolds(r: Ok, plain: string): void {
  if (r.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) {
    expect(r.verdict.afterChanges).toBeUndefined();
    return;
  }
  const t = r.tables[0]!;
  const printed = t.table.rows.flatMap((h, i) => (h.rest || h.ns ? [] : [i]));
  const cols = t.table.cols.length;
  const hidden = new Set<string>();
  const small = new Set<string>();
  printed.forEach((row, i) =>
    t.table.cols.forEach((_, c) => {
      const s = t.status[row * cols + c];
      if (s !== 'published') hidden.add(`0:${i}:${c}`);
      if (s === 'primary') small.add(`0:${i}:${c}`);
    }),
  );
  // A line of ours under the threshold (a complement N − row) is protected by its row's range.
  for (const [key, range] of attack(highs, plain, hidden, { zeroExempt: true })) {
    expect(range.hi === null || range.hi > range.lo, `${key} is pinned to ${range.lo}\n${plain}`).toBe(true);
    if (small.has(key))
      expect(range.hi ?? Infinity, `${key} is shown to be under ${THRESHOLD}\n${plain}`).toBeGreaterThanOrEqual(THRESHOLD);
  }
}

describe('random Table 1s of each shape', () => {
  for (const shape of ['columns', 'headings', 'tableone', 'gtsummary'] as const) {
    it(`${shape}: 200 tables, none refused, each read as the plain table is`, () => {
      const next = lcg(shape.length * 7919);
      const why = new Map<string, number>();
      let refused = 0;
      const codes = new Set<string>();
      for (let t = 0; t < 200; t++) {
        const { text, plain } = tableOne(next, shape);
        const read = readTables(text);
        if (read.errors.length > 0) {
          refused++;
          for (const e of read.errors) codes.add(e.code);
          for (const e of read.errors) why.set(`${e.code} ${e.message}`, (why.get(e.code) ?? 0) + 1);
          continue;
        }
        const base = readTables(plain);
        expect(base.errors).toEqual([]);
        const [a, b] = [read.tables[0]!, base.tables[0]!];
        expect(a.cols.map((h) => h.denominator)).toEqual(b.cols.map((h) => h.denominator));
        // The rows printed (the lines of ours a several-answers reading adds aside: ofwhich.ts).
        const printedValues = (t: typeof a) =>
          t.cells.filter((_, i) => !t.rows[i]!.rest && !t.rows[i]!.ns).flatMap((row) => row.map((c) => c.value));
        expect(printedValues(a)).toEqual(printedValues(b));
        expect(
          blockRests(a, 10).filter((f) => f.how !== 'line'),
          text,
        ).toEqual([]);
      }
      console.log(`${shape}: ${refused} of 200 refused`, [...why].slice(0, 3));
      // Measured on the tests' fixed generator (lcg exact modulo 2^32): none refused but 1 of 200 tableone tables, a
      // row nearly the sum of two others of its block by chance (「stage (%)・II」 = III + IV in all columns but C群:
      // 15 against 18) — `total/almost`, a refusal in words, never a leak. None at all before the fix (repeated
      // tables). Only that refusal is allowed, and at most once.
      expect(refused).toBeLessThanOrEqual(shape === 'tableone' ? 1 : 0);
      expect([...codes].filter((c) => c !== 'total/almost')).toEqual([]);
    });
  }
  for (const shape of ['columns', 'headings', 'tableone', 'gtsummary'] as const) {
    it(`${shape}: 15 random tables with small counts, attacked by the oracle: every hidden count holds`, () => {
      const next = lcg(shape.length * 104729);
      let attacked = 0;
      let almost = 0;
      for (let t = 0; t < 15; t++) {
        const { text, plain } = tableOne(next, shape, true);
        const r = result(text);
        // A near-subtotal by chance (`total/almost`) is a refusal in words, never a leak: allowed once. Measured on the
        // tests' fixed generator: 1 of 15 tableone tables (「stage (%)・II」 the sum of 「重症度 (%)・重症」 and
        // 「stage (%)・I」 in all columns but C群, 5 against 10); none of the other shapes; none before the fix.
        if (!r.ok && r.errors.every((e) => e.code === 'total/almost')) {
          almost++;
          continue;
        }
        expect(r.ok, r.ok ? '' : r.errors.map((e) => e.message).join('\n')).toBe(true);
        if (!r.ok) continue;
        expectHolds(r, plain);
        if (r.tables[0]!.status.some((s) => s !== 'published') && r.tables[0]!.primary.headers.length === 0) attacked++;
      }
      console.log(`${shape}: ${attacked} of 15 with hidden counts attacked (the others refused for a block); ${almost} total/almost`);
      expect(almost).toBeLessThanOrEqual(shape === 'tableone' ? 1 : 0);
      expect(attacked).toBeGreaterThan(5);
    }, 240_000);
  }
});

describe('a total under blocks that no block adds up to is never read', () => {
  it('200 random two-label-column Table 1s whose every block leaves 1–20 out, or one block passes the total: all refused naming the line (table/blocks-total, or header/empty for a blank label)', () => {
    const next = lcg(4242);
    for (let t = 0; t < 200; t++) {
      const lines = tableOne(next, 'columns').text.trim().split('\n');
      const total = lines[lines.length - 1]!.split('\t');
      // Every block short (the total raised by 1–20 in a column), or one block past it (lowered).
      const k = 2 + Math.floor(next() * (total.length - 2));
      const d = 1 + Math.floor(next() * 20);
      total[k] = String(Number(total[k]) + (t % 2 === 0 ? d : -d));
      const text = [...lines.slice(0, -1), total.join('\t')].join('\n');
      const e = readTables(text).errors;
      // A blank label stays blank where no block adds up to the row (refused, `header/empty`, the hint saying 「合計」).
      // (Under a blank label its cells' brackets have no N to be shares of: refused for them too.)
      expect(e[0]?.code, text).toBe(total[0] === '' ? 'header/empty' : 'table/blocks-total');
      if (total[0] !== '') expect(e).toHaveLength(1);
      expect(e[0]!.place?.line).toBe(lines.length);
    }
  });
});

describe('chance: ordinary tables are not read in the new ways', () => {
  it('200 random count tables with a 合計 row and column: no total read as blocks’ N, no blank total, no unit note', () => {
    const next = lcg(77);
    for (let t = 0; t < 200; t++) {
      const rows = 2 + Math.floor(next() * 6);
      const cols = 2 + Math.floor(next() * 4);
      const cells = Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(next() * 60)));
      const labels = Array.from({ length: rows }, (_, i) => `${['A', 'B', 'C'][i % 3]}・${i}`);
      const text = tsv(cells, { total: true, rows: labels });
      const w = warned(text);
      expect(w.filter((c) => c.startsWith('layout/blocks') || c === 'layout/blank-total' || c === 'layout/unit-note')).toEqual([]);
      expect(refusedCodes(text).filter((c) => c.startsWith('table/blocks'))).toEqual([]);
    }
  });
  it('200 random cross-classifications in two label columns (年代 | 性別) with 合計: read as before', () => {
    const next = lcg(78);
    for (let t = 0; t < 200; t++) {
      const ages = 2 + Math.floor(next() * 3);
      const lines = ['年代\t性別\tA群\tB群'];
      const sums = [0, 0];
      for (let a = 0; a < ages; a++)
        ['男性', '女性'].forEach((s, k) => {
          const v = [Math.floor(next() * 50), Math.floor(next() * 50)];
          sums[0]! += v[0]!;
          sums[1]! += v[1]!;
          lines.push(`${k === 0 ? `${20 + 10 * a}代` : ''}\t${s}\t${v.join('\t')}`);
        });
      lines.push(`合計\t\t${sums.join('\t')}`);
      const text = lines.join('\n');
      expect(warned(text)).not.toContain('layout/blocks-total');
      expect(refusedCodes(text)).toEqual([]);
    }
  });
});
