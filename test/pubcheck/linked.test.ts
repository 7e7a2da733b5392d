/**
 * Tables of one input that share counts (issue #11, linked tables): one system whose implied equations are dropped
 * (system.ts `withoutImplied`), so that tables sharing a margin are solved as the network they are; the audit of
 * every hidden count against the attacker written apart from the engine (oracle.ts), which keeps every equation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/pubcheck/audit.ts';
import { check, type CheckResult } from '../../src/pubcheck/check.ts';
import { labelKey, labelWarnings, LOOKALIKE_LABELS, plainKey } from '../../src/pubcheck/labels.ts';
import { orient } from '../../src/pubcheck/network.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { systemOf, withoutImplied, type Row } from '../../src/pubcheck/system.ts';
import { fixtureBundle, solver, tsv } from './helpers.ts';
import { attack } from './oracle.ts';
import { expectProtected } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();

type Ok = Extract<CheckResult, { ok: true }>;
/** The check's proposal, every hidden cell of which the oracle (reading every table itself) finds protected. */
function holds(text: string): Ok {
  const r = check(highs, bundle, text, { details: true }, { mipSeconds: 0.5 });
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
  expectProtected(highs, r, text);
  return r;
}
const eq = (ids: number[], coefs: number[], rhs: number): Row => ({ ids, coefs, lo: rhs, hi: rhs });

describe('equations that follow from the others', () => {
  it('a repeated equation, and one that is a combination of others, are dropped; others stay', () => {
    // x0 + x1 = x2 twice; x3 = x0 + x2 − x1 … written so that x0 is in three equations.
    const rows = [eq([0, 1, 2], [1, 1, -1], 0), eq([0, 3], [1, -1], 0), eq([0, 1, 2], [1, 1, -1], 0), eq([1, 2, 3], [1, -1, 1], 0)];
    expect(withoutImplied(rows)).toHaveLength(2);
  });
  it('keeps an equation that contradicts the others (the right-hand side does not follow), and inequalities', () => {
    const rows = [eq([0, 1], [1, 1], 5), eq([0, 2], [1, -1], 0), eq([0, 1], [1, 1], 6), { ids: [0], coefs: [1], lo: 0, hi: 3 }];
    expect(withoutImplied(rows)).toHaveLength(4);
  });
  it('leaves rows alone where no count is in three equations', () => {
    const rows = [eq([0, 1], [1, 1], 5), eq([0, 1], [1, 1], 5)];
    expect(withoutImplied(rows)).toEqual(rows);
  });
});

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
/** Two tables breaking the same columns down by other rows, each with its 合計 row and column. */
function pair(a: number[][], b: number[][]): string {
  return `# 年齢\n${tsv(a, { total: true })}\n# 性別\n${tsv(b, { total: true, rows: b.map((_, i) => `s${i + 1}`) })}`;
}
/**
 * A second table with the same column totals as `a` (cells of 1 or more, two rows or more), its two rows splitting
 * each total, neither of them 0 (a row of zeros adds to any sum, and the oracle leaves such rows out of its sums).
 */
function splitting(a: number[][], parts: number[]): number[][] {
  const totals = a[0]!.map((_, j) => sum(a.map((r) => r[j]!)));
  const first = totals.map((t, j) => Math.max(1, Math.min(t - 1, parts[j % parts.length]!)));
  return [first, totals.map((t, j) => t - first[j]!)];
}

describe('two tables sharing their column totals', () => {
  it('are one network once the repeated grand total and the implied margin are dropped', () => {
    const text = pair(
      [
        [3, 20],
        [25, 40],
      ],
      [
        [14, 30],
        [14, 30],
      ],
    );
    const { sys, links } = systemOf(readTables(text).tables, { zeroExempt: true });
    expect(links).toEqual([{ tables: [1, 2], shared: 3 }]);
    expect(
      orient(
        sys.rows,
        sys.vars.map((_, v) => v),
      ),
    ).toBeDefined();
  });

  it("each hidden count's range is the attacker's, who uses every equation of both tables", () => {
    const count = fc.integer({ min: 1, max: 30 });
    const grid = fc.array(fc.array(count, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 3 });
    fc.assert(
      fc.property(
        grid,
        fc.array(count, { minLength: 3, maxLength: 3 }),
        fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }),
        (a, parts, pick) => {
          const b = splitting(a, parts);
          const text = pair(a, b);
          const read = readTables(text);
          const { sys, cellVar } = systemOf(read.tables, { zeroExempt: true });
          // Hide a random set of counts (every cell that shows one), not the grand total, which bounds them all.
          const grand = cellVar[0]!.at(-1)!;
          const hidden = new Set(sys.vars.flatMap((_, v) => (pick[v % pick.length] && v !== grand ? [v] : [])));
          fc.pre(hidden.size > 0);
          const keys = new Set<string>();
          const keyOf = new Map<string, number>();
          read.tables.forEach((t, ti) =>
            cellVar[ti]!.forEach((v, id) => {
              const key = `${ti}:${Math.floor(id / t.cols.length)}:${id % t.cols.length}`;
              keyOf.set(key, v);
              if (hidden.has(v)) keys.add(key);
            }),
          );
          const engine = new Map(
            audit(highs, sys, hidden, { protection: 'not-exact', threshold: 10, primary: new Set() }).map((x) => [x.var, x.interval]),
          );
          const oracle = attack(highs, text, keys, { zeroExempt: true });
          for (const [key, range] of oracle) expect(engine.get(keyOf.get(key)!), key).toEqual({ lo: range.lo, hi: range.hi });
        },
      ),
      { numRuns: Number(process.env.PUBCHECK_RUNS ?? 25) },
    );
  }, 120_000);
});

describe('labels matched across tables', () => {
  it('the same label however it is written: width, spaces, case, N, units, quotes, range marks', () => {
    for (const l of ['男性（人）', '男性 (N=30)', '男性 n (%)', '「男性」', '男性（n, %）', ' 男性 ']) expect(plainKey(l)).toBe('男性');
    expect(plainKey('ＡＢ 群')).toBe(plainKey('ab群'));
    expect(plainKey('20～29歳')).toBe('20-29歳');
    // A label that is only a unit is a measure, kept as written.
    expect(plainKey('n')).toBe('n');
  });
  it('our reading of group names that mean one group; others stay apart', () => {
    for (const l of ['男', '男子', 'Male (n)', 'men']) expect(labelKey(l)).toBe('男性');
    for (const l of ['20代', '20歳代', '20〜29才']) expect(labelKey(l)).toBe('20-29歳');
    expect(labelKey('有り')).toBe(labelKey('あり'));
    expect(labelKey('男性')).not.toBe(labelKey('女性'));
    expect(labelKey('20-29')).not.toBe(labelKey('20-29歳'));
    expect(labelKey('100代')).toBe('100-109歳');
    expect(labelKey('高血圧')).not.toBe(labelKey('高血圧症'));
  });

  const margins = '\t男性（人）\t女性（人）\t合計\n患者数\t28\t60\t88\n';
  it('a margin printed under another spelling of the labels is the same count: 28 − 25 would give the hidden 3', () => {
    const r = holds(`# 表1\n\t男\t女\nx\t3\t20\ny\t25\t40\n\n# 表2\n${margins}`);
    // means50: 表2's row 患者数 also read as the patients of 男 and 女, 表1's x and y each at most it (system.ts
    // `nestedAcross`; implied by the margins' sums here).
    expect(r.links).toEqual([{ tables: [1, 2], shared: 3, nested: 2 }]);
    expect(r.tables[0]!.status.filter((s) => s === 'secondary').length).toBeGreaterThan(0);
    const note = r.warnings.find((w) => w.code === 'labels/equated')!.message;
    expect(note).toContain('表1の「男」と表2の「男性（人）」');
    expect(note).toContain('（推定）');
  });
  it('labels that look alike but are not read as one group: the report says the tables were checked one at a time', () => {
    // Numbers that do not match (61, not 60): nothing links the tables but the labels.
    const r = holds(`# 表1\n\t高血圧\t糖尿病\nx\t3\t20\ny\t25\t40\n\n# 表2\n\t高血圧症\t糖尿病症\n患者数\t28\t61\n`);
    expect(r.links).toEqual([]);
    const note = r.warnings.find((w) => w.code === 'labels/apart')!.message;
    expect(note).toContain('表1の「高血圧」と表2の「高血圧症」');
    expect(note).toContain('表1と表2は別々に（一つずつ）確かめました');
    expect(note).toContain('同じ群とは読みませんでした（推定）');
    expect(note).toContain('その組み合わせは確かめていません');
    // Linked through the grand total both print: checked together, those labels still apart.
    const both = holds(`# 表1\n\t高血圧\t糖尿病\nx\t3\t20\ny\t25\t40\n\n# 表2\n\t高血圧症\t糖尿病症\t合計\n患者数\t27\t61\t88\n`);
    expect(both.links).toEqual([{ tables: [1, 2], shared: 1 }]);
    expect(both.warnings.find((w) => w.code === 'labels/apart')!.message).toContain(
      'まとめて確かめましたが、これらの見出しは別の群として扱いました',
    );
  });
  it('tables whose numbers match under other labels are read as the same groups and checked together (28 − 25 gave the hidden 3)', () => {
    const r = holds('# 表1\n\tA\tB\nx\t3\t20\ny\t25\t40\n\n# 表2\n\t実薬群\t対照群\t合計\n患者数\t28\t60\t88\n');
    expect(r.links.map((l) => l.tables)).toEqual([[1, 2]]);
    const linked = holds('# 表1\n\tA\tB\nx\t3\t20\ny\t25\t40\n\n# 表2\n\t実薬群\t対照群\n患者数\t28\t60\n');
    expect(linked.links.map((l) => l.tables)).toEqual([[1, 2]]);
    expect(linked.tables[0]!.status.filter((s) => s === 'secondary').length).toBeGreaterThan(0);
    const note = linked.warnings.find((w) => w.code === 'tables/number-linked')!.message;
    expect(note).toContain('表1の列ごとの計と表2の行「患者数」の値（28、60）が一致するため');
    expect(note).toContain('「A」と「実薬群」、「B」と「対照群」を同じ群と読み、表1と表2をまとめて確かめました（推定');
    // Small numbers that match by chance are not worth a link.
    const small = holds('# 表1\n\tA\tB\nx\t1\t2\ny\t2\t3\n\n# 表2\n\tC\tD\nz\t3\t5\n');
    expect(small.warnings.map((w) => w.code)).not.toContain('tables/number-linked');
    expect(small.links).toEqual([]);
  });
  it('with more distinct labels than it compares pairwise, says that look-alikes were not searched', () => {
    const list = (prefix: string) =>
      `\tn\n${Array.from({ length: LOOKALIKE_LABELS / 2 + 1 }, (_, i) => `${prefix}${i}\t${i + 20}`).join('\n')}\n`;
    const { tables } = readTables(`${list('項目A')}\n${list('項目B')}`);
    const codes = labelWarnings(tables, () => false).map((w) => w.code);
    expect(codes).toEqual(['labels/not-compared']);
  });
  it('property: two tables sharing column totals, their labels written any way an attacker still reads as one', () => {
    const spellings = fc.constantFrom(
      ['男性', '女性'],
      ['男', '女'],
      ['男性（人）', '女性（人）'],
      ['Male (n)', 'Female (n)'],
      ['「男性」', '「女性」'],
      ['男性 n (%)', '女性 n (%)'],
      ['ｍａｌｅ', 'ＦＥＭＡＬＥ'],
    );
    const count = fc.integer({ min: 1, max: 30 });
    const grid = fc.array(fc.array(count, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 3 });
    fc.assert(
      fc.property(
        grid,
        fc.array(count, { minLength: 2, maxLength: 2 }),
        spellings,
        spellings,
        fc.boolean(),
        (a, parts, one, two, total) => {
          const b = splitting(a, parts);
          fc.pre(b.flat().every((x) => x > 0));
          const first = total ? tsv(a, { total: true, cols: [...one] }) : tsv(a, { cols: [...one] });
          const r = holds(`# 表1\n${first}\n# 表2\n${tsv(b, { total: true, cols: [...two], rows: ['s1', 's2'] })}`);
          expect(r.links.length).toBe(1);
        },
      ),
      { numRuns: Number(process.env.PUBCHECK_RUNS ?? 20) },
    );
  }, 120_000);
});

describe('group sizes written in a percentage table', () => {
  const errors = (text: string) => {
    const r = check(highs, bundle, text, { details: true });
    return r.ok ? [] : r.errors.map((e) => `${e.code}: ${e.message}`);
  };
  it('a row of N under column percentages is the base of each column: 10.0% of 30 is the small count 3', () => {
    for (const label of ['合計', 'N', 'n', '合計 (N)', '人数']) {
      const r = holds(`\t男性\t女性\nあり\t10.0%\t30.0%\nなし\t90.0%\t70.0%\n${label}\t30\t40\n`);
      expect(r.tables[0]!.status).toEqual(['primary', 'published', 'secondary', 'published']);
      expect(r.tables[0]!.table.cols.map((c) => c.denominator)).toEqual([30, 40]);
      const note = r.warnings.find((w) => w.code === 'percent/sizes')!.message;
      expect(note).toContain(`行「${label}」の数（「男性」30、「女性」40）を、列ごとの割合の分母（N）として読み、確かめました（推定）`);
    }
  });
  it('a column of N beside row percentages is the base of each row', () => {
    const r = holds('\tあり\tなし\t合計\n男性\t10.0%\t90.0%\t30\n女性\t30.0%\t70.0%\t40\n');
    expect(r.tables[0]!.status).toEqual(['primary', 'secondary', 'published', 'published']);
  });
  it('refuses sizes that cannot be the bases: percentages adding up the other way, or another N in the header', () => {
    expect(errors('\tあり\tなし\n男性\t10.0%\t90.0%\n女性\t30.0%\t70.0%\n合計\t12\t58\n')[0]).toContain(
      'percent/sizes: 行「合計」の数は列ごとの人数のようですが、割合は行ごとに 100% になっていて',
    );
    expect(errors('\t男性 (N=20)\t女性\nあり\t10.0%\t30.0%\nなし\t90.0%\t70.0%\nN\t30\t40\n')[0]).toContain(
      'percent/sizes: 列「男性 (N=20)」の N=20 と、行「N」の 30 が違います',
    );
  });
  it('an N on the total row: the only column’s base, or the whole table’s where the total row’s shares add up to 100%', () => {
    const one = holds('\t割合\nあり\t10.0%\nなし\t90.0%\n合計 (N=30)\t100.0%\n');
    expect(one.tables[0]!.status.slice(0, 2)).toEqual(['primary', 'secondary']);
    expect(one.warnings.find((w) => w.code === 'percent/sizes')!.message).toContain(
      '「合計 (N=30)」の N=30 を、列「割合」の割合の分母として読み',
    );
    const whole = holds('\tA\tB\nx\t6.0%\t40.0%\ny\t24.0%\t30.0%\n合計 (N=50)\t30.0%\t70.0%\n');
    expect(whole.tables[0]!.table.denominator).toBe(50);
    expect(whole.tables[0]!.status.filter((s) => s === 'primary').length).toBeGreaterThan(0);
    // 100% in each column: N=70 is the two groups together, and each group's size is unknown.
    expect(errors('\t男性\t女性\nあり\t10.0%\t30.0%\nなし\t90.0%\t70.0%\n合計 (N=70)\t100.0%\t100.0%\n')[0]).toContain(
      'percent/sizes: 「合計 (N=70)」の N=70 は列の人数の和のようですが',
    );
  });
  it('property: column percentages over a row of sizes, any label, are protected as counts of those sizes', () => {
    const count = fc.integer({ min: 1, max: 40 });
    const grid = fc.array(fc.array(count, { minLength: 2, maxLength: 3 }), { minLength: 2, maxLength: 3 });
    fc.assert(
      fc.property(
        grid.filter((g) => g.every((r) => r.length === g[0]!.length)),
        fc.constantFrom('合計', 'N', 'n', '人数'),
        (cells, label) => {
          const sizes = cells[0]!.map((_, j) => sum(cells.map((r) => r[j]!)));
          const head = ['', ...sizes.map((_, j) => `c${j + 1}`)].join('\t');
          const body = cells.map((r, i) => [`r${i + 1}`, ...r.map((x, j) => `${((100 * x) / sizes[j]!).toFixed(1)}%`)].join('\t'));
          holds([head, ...body, [label, ...sizes].join('\t')].join('\n') + '\n');
        },
      ),
      { numRuns: Number(process.env.PUBCHECK_RUNS ?? 20) },
    );
  }, 120_000);
});
