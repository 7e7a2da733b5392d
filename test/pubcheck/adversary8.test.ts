/**
 * An eighth round of adversarial tables (issue #11): numbers closing labels and labels joined by words, the reading
 * classes the seventh left as limits. Each leak is first shown with the oracle (oracle.ts, written apart from the
 * engine) on what the checker hid before (hidden sets written out, as adversary6/7 do), under the reading an attacker
 * takes where the oracle does not take it itself (a label's number read as the line's N, written out as 「(N=…)」);
 * then the checker now holds (the oracle finds every hidden count protected) or refuses the table in words. Chance
 * tests measure that ordinary tables (numberings, grades, names with particles) are not refused.
 */
import { describe, expect, it } from 'vitest';
import { labelKey } from '../../src/pubcheck/labels.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary } from './protection.ts';

const bundle = fixtureBundle();
const highs = await solver();

const { run, holds, errors, codes } = adversary(highs, bundle);

/** The oracle's range of `cell` when only `hidden` are hidden (what the checker hid before the fix). */
const leaked = (text: string, hidden: string[], cell = hidden[0]!) => attack(highs, text, new Set(hidden), { zeroExempt: true }).get(cell)!;

const NAMES = ['高血圧', '糖尿病', '脂質異常症', '腎疾患', '肝疾患', '心疾患', '喘息', '脳卒中', '骨折'];
const BRACKETS = [
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['[', ']'],
  ['〔', '〕'],
] as const;

describe('numbers running in brackets that do not start at 1 (「死亡（3）」「転院（4）」)', () => {
  // Rows whose sums are 3, 4 and 5: read as a numbering, none was an N; an attacker who reads them as counts reads
  // each row's 計, hidden, as 3, 4 and 5.
  const text = '\tA\tB\t計\n死亡（3）\t1\t2\t3\n転院（4）\t2\t2\t4\n退院（5）\t2\t3\t5\n生存\t30\t40\t70\n';
  it('three of them over rows adding up to them: the hidden 計 was pinned; now each is the row’s N, a small N that blocks', () => {
    const before = ['0:0:0', '0:0:1', '0:0:2', '0:1:0', '0:1:1', '0:1:2', '0:2:0', '0:2:1', '0:2:2'];
    expect(leaked(text, before, '0:0:2')).toMatchObject({ lo: 3, hi: 3 });
    expect(leaked(text, before, '0:2:2')).toMatchObject({ lo: 5, hi: 5 });
    const r = holds(text);
    expect(r.tables[0]!.primary.headers.map((h) => [h.label, h.denominator])).toEqual([
      ['死亡（3）', 3],
      ['転院（4）', 4],
      ['退院（5）', 5],
    ]);
    expect(r.verdict.afterChanges).toBeUndefined();
  });
  it.each([
    ['two', '\tA\tB\n死亡（3）\t12\t20\n転院（4）\t25\t40\n', '行「死亡（3）」', 3, '死亡'],
    ['three', '\tA\tB\n死亡（3）\t12\t20\n転院（4）\t25\t40\n退院（5）\t8\t9\n', '行「死亡（3）」', 3, '死亡'],
    ['columns', '\tA (2)\tB (3)\nx\t12\t20\ny\t25\t40\n', '列「A (2)」', 2, 'A'],
  ])('%s below their lines’ sums: refused as counts in labels (they were read as a numbering)', (_, t, where, n, name) => {
    const found = errors(t).filter((e) => e.code === 'header/count');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.message).toContain(`表1の${where}の見出しの括弧内の数 ${n} は、群の人数（N）とも番号とも読めません（チェッカーの判断`);
    expect(found[0]!.message).toContain('（1）から');
    expect(found[0]!.hint).toContain(`「No.${n} ${name}」`);
    expect(found[0]!.hint).toContain('1から');
  });
  it.each([
    ['1, 2, 3', '\tA\tB\n死亡（1）\t12\t20\n転院（2）\t25\t40\n退院（3）\t30\t22\n'],
    ['0, 1, 2', '\tA\tB\nPS（0）\t12\t20\nPS（1）\t25\t40\nPS（2）\t30\t22\n'],
    ['1 and 2 of other names', '\tA\tB\n高血圧（1）\t12\t20\n糖尿病（2）\t25\t40\n'],
    ['1, 2, 4 (a row taken out)', '\tA\tB\n高血圧（1）\t12\t20\n糖尿病（2）\t25\t40\n腎疾患（4）\t30\t22\n'],
    ['2 … 5 (the first row taken out)', '\tA\tB\n糖尿病（2）\t12\t20\n腎疾患（3）\t25\t40\n肝疾患（4）\t30\t22\n心疾患（5）\t11\t13\n'],
    ['one name numbered 3 and 4', '\tA\tB\n薬剤（3）\t12\t20\n薬剤（4）\t25\t40\n'],
    ['1 … 12, past the threshold', `\tA\tB\n${[...Array(12).keys()].map((i) => `項目（${i + 1}）\t${20 + i}\t${30 + i}`).join('\n')}\n`],
    ['「第1群」 and 「第2群」 (no brackets)', '\t第1群\t第2群\nx\t12\t20\ny\t25\t40\n'],
  ])('a numbering %s is read as before', (_, t) => {
    expect(codes(t)).toEqual([]);
    holds(t);
  });
  it('how often numbered lists of random tables are refused (1 … k in order, one row taken out, counts 0–40)', () => {
    const next = lcg(8);
    const refusedOf = (k: number, out: 'any' | 'not-first') => {
      let refused = 0;
      for (let t = 0; t < 100; t++) {
        const [o, c] = BRACKETS[t % BRACKETS.length]!;
        const gone = out === 'any' ? 1 + Math.floor(next() * k) : 2 + Math.floor(next() * (k - 1));
        const rows = [...Array(k).keys()].map((i) => i + 1).filter((i) => i !== gone);
        const cells = rows.map(() => [Math.floor(next() * 41), Math.floor(next() * 41)]);
        const text = `\tA\tB\n${rows.map((i, r) => `${NAMES[i - 1]}${o}${i}${c}\t${cells[r]!.join('\t')}`).join('\n')}\n`;
        if (codes(text).includes('header/count')) refused++;
      }
      return refused;
    };
    const counts = [3, 4, 5, 6, 8].map((k) => [k, refusedOf(k, 'not-first'), refusedOf(k, 'any')] as const);
    console.log(
      `header/count on numbered lists of k rows, one taken out: ${counts.map(([k, a, b]) => `k=${k}: ${a} of 100 (not the first), ${b} of 100 (any)`).join('; ')}`,
    );
    // A row other than the first taken out: never where three rows or more are left (k ≥ 4; of three rows, 「（1）」
    // 「（3）」 is no numbering, as before). The first taken out leaves 2 … k, a numbering where four or more remain
    // (k ≥ 5); two or three numbers running from 2 may be counts, and are refused under the threshold.
    for (const [k, notFirst, any] of counts) {
      // Since adversary12: a row adding up to its number under the threshold with a count it pins (「糖尿病（2）」 over
      // 1 and 1, 「肝疾患(5)」 over 0 and 5, 「脳卒中[8]」 over 8 and 0), refused as a reader who takes it for the count
      // finds it. Measured on the fixed generator (lcg exact modulo 2^32): k = 4, 5, 6, 8: 0, 0, 0, 2 of 100 (not the
      // first) and 28 (k = 4: 2 … 4 is no numbering), 1, 3, 2 (any), each refused list such a row (up to 2 before the
      // fix, drawing repeated tables). About 1.5% of lists of 5–8 rows of counts 0–40 have one.
      if (k >= 4) expect(notFirst).toBeLessThanOrEqual(2);
      if (k >= 5) expect(any).toBeLessThanOrEqual(3);
    }
  });
});

describe('a number in brackets at the threshold or over that is no N (「死亡（48）」 over a row of 73)', () => {
  it('a reader who takes it for the count of some of the row’s cells pinned the hidden one; now refused in words', () => {
    const text = '\tA\tB\tC\n死亡（48）\t3\t45\t25\n生存\t30\t40\t20\n';
    // The checker hid A's 3 alone; read as 「死亡 (N=48)」, 48 is A + B: 48 − 45 = 3.
    expect(leaked('\tA\tB\tC\n死亡 (N=48)\t3\t45\t25\n生存\t30\t40\t20\n', ['0:0:0'])).toMatchObject({ lo: 3, hi: 3 });
    const found = errors(text).filter((e) => e.code === 'header/count');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      '表1の行「死亡（48）」の見出しの括弧内の数 48 は、群の人数（N）とも番号とも読めません（チェッカーの判断',
    );
    expect(found[0]!.message).toContain('「48 − 公表した数」');
    expect(found[0]!.hint).toContain('「No.48 死亡」');
    expect(found[0]!.hint).toContain('「死亡 (N=48)」');
    expect(found[0]!.hint).toContain('複数回答');
    // The 「死亡（12）」 of the sixth round, over a row of 32 (it was left in the label): refused too.
    expect(codes('\tA\tB\n死亡（12）\t12\t20\n生存\t25\t40\n')).toContain('header/count');
  });
  it.each([
    ['at least its line’s sum: the group’s N', '\tA群（28）\tB群（60）\nx\t3\t20\ny\t25\t40\n'],
    ['a numbering from 1 past the threshold', '\tA\tB\n項目（11）\t12\t20\n項目（12）\t25\t40\n'],
    ['a year', '# 表1 (N=10000)\n\t調査（2020）\t対照\nあり\t10.01%\t30.00%\nなし\t89.99%\t70.00%\n'],
    ['a percentage table’s N that fits', '\tA群（28）\tB群（60）\nあり\t10.7%\t30.0%\nなし\t89.3%\t70.0%\n'],
  ])('%s is read as before', (_, text) => {
    expect(codes(text)).toEqual([]);
    holds(text);
  });
  it('a percentage table whose numbers fit no N is refused as before, saying how to write the N', () => {
    expect(codes('\tA群（28）\tB群（60）\nあり\t10.0%\t30.0%\nなし\t90.0%\t70.0%\n')).toEqual(['percent/no-denominator']);
    // With the table's N stated, the number is left without a reading: refused as a number in a label.
    expect(codes('# 表1 (N=100)\n\tA群（28）\tB群（72）\nあり\t10.0%\t30.0%\nなし\t90.0%\t70.0%\n')).toContain('header/count');
  });
});

describe('a bare number after a space closing a label (「死亡 3」)', () => {
  it('read as the row’s count, the hidden 計 was pinned; now the row’s N (a small N that blocks), or refused below the sum', () => {
    const text = '\tA\tB\t計\n死亡 3\t1\t2\t3\n生存\t30\t40\t70\n';
    expect(leaked('\tA\tB\t計\n死亡 (N=3)\t1\t2\t3\n生存\t30\t40\t70\n', ['0:0:0', '0:0:1', '0:0:2'], '0:0:2')).toMatchObject({
      lo: 3,
      hi: 3,
    });
    const r = holds(text);
    expect(r.tables[0]!.primary.headers).toEqual([expect.objectContaining({ axis: 'row', label: '死亡 3', denominator: 3 })]);
    expect(r.verdict.afterChanges).toBeUndefined();
    const found = errors('\tA\tB\n死亡 3\t12\t20\n生存\t25\t40\n').filter((e) => e.code === 'header/count');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('表1の行「死亡 3」の見出しの最後の数 3 は、群の人数（N）とも番号とも読めません（チェッカーの判断');
    expect(found[0]!.message).toContain('「Grade 3」');
    expect(found[0]!.hint).toContain('「No.3 死亡」');
    expect(found[0]!.hint).toContain('「死亡 (N=3)」');
    expect(codes('\tA\tB\n死亡 3\t12\t20\n生存\t25\t40\n')).toEqual(['header/count']);
    // A word for a group closing a name is no numbering word (「群 2」 is): 「A群 3」 may be 3 patients of group A.
    expect(codes('\tA群 3\tB群 40\nx\t1\t20\ny\t5\t20\n')).toEqual(['header/count']);
  });
  it('one at least its line’s sum is the group’s N, as in brackets (「A群 25」 over 3 and 22: the hidden 3 was pinned)', () => {
    // The checker hid the 3 alone; read as 「A群 (N=25)」, 25 is the column's sum: 25 − 22 = 3.
    expect(leaked('\tA群 (N=25)\tB群\nx\t3\t20\ny\t22\t40\n', ['0:0:0'])).toMatchObject({ lo: 3, hi: 3 });
    const text = '\tA群 25\tB群\nx\t3\t20\ny\t22\t40\n';
    const r = holds(text);
    expect(r.tables[0]!.table.cols[0]!.denominator).toBe(25);
    expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThan(1);
    // Above the sum, it shows the patients out of the table: 28 over 25 leaves 3 out, a finding that blocks.
    const out = run('\tA群 28\tB群\nx\t3\t20\ny\t22\t40\n');
    expect(out.tables[0]!.primary.headers).toEqual([expect.objectContaining({ axis: 'col', label: 'A群 28', denominator: 28, rest: 3 })]);
    expect(out.verdict.afterChanges).toBeUndefined();
    // Across tables, 「A群 25」 is the group 「A群」.
    expect(run(`${text}\n\tA群\tB群\nz\t25\t60\n`).links.length).toBeGreaterThan(0);
  });
  it.each([
    ['grades', '\tA\tB\nGrade 1\t12\t20\nGrade 3\t25\t40\n'],
    ['CTCAE grades', '\tA\tB\nCTCAE Grade 3\t12\t20\nCTCAE Grade 4\t25\t40\n'],
    ['stages', '\tA\tB\nステージ 2\t12\t20\nステージ 4\t25\t40\n'],
    ['第 3', '\tA\tB\n第 3\t12\t20\n第 5\t25\t40\n'],
    ['PS', '\tA\tB\nPS 0\t12\t20\nPS 2\t25\t40\n'],
    ['days and weeks', '\tDay 1\tWeek 4\nx\t12\t20\ny\t25\t40\n'],
    ['a group numbered', '\tA\tB\n群 2\t12\t20\n群 3\t25\t40\n'],
    ['a numbering from 1', '\tA\tB\n死亡 1\t12\t20\n転院 2\t25\t40\n退院 3\t11\t13\n'],
    ['one name numbered', '\tA\tB\n薬剤 3\t12\t20\n薬剤 5\t25\t40\n'],
    ['a range', '\tA\tB\n0 - 9\t12\t20\n10 - 19\t25\t40\n'],
    ['a bound', '\tA\tB\n≥ 3\t12\t20\n< 3\t25\t40\n'],
    ['a number at the threshold or over', '\tA\tB\n年齢 65\t12\t20\nBMI 25\t25\t40\n'],
    ['an era year', '\t令和 2\tFY 3\nx\t12\t20\ny\t25\t40\n'],
  ])('%s: read as before', (_, text) => {
    expect(codes(text)).toEqual([]);
    holds(text);
  });
  it('how often labels of grades, stages and numberings of random tables are refused (counts 0–40)', () => {
    const next = lcg(9);
    const forms = [
      (k: number) => `Grade ${k}`,
      (k: number) => `ステージ ${k}`,
      (k: number) => `PS ${k - 1}`,
      (k: number) => `NYHA ${k}`,
      (k: number) => `第 ${k}`,
      (k: number) => `Day ${k * 7}`,
      (k: number) => `Cycle ${k}`,
      (k: number) => `Q ${k}`,
      (k: number) => `${NAMES[k - 1]} ${k}`,
      (k: number) => `コホート ${k}`,
    ];
    let refused = 0;
    for (let t = 0; t < 200; t++) {
      const form = forms[t % forms.length]!;
      const k = 2 + Math.floor(next() * 5);
      const rows = [...Array(k).keys()].map((i) => form(i + 1));
      const text = `\tA\tB\tC\n${rows.map((l) => `${l}\t${[0, 1, 2].map(() => Math.floor(next() * 41)).join('\t')}`).join('\n')}\n`;
      if (codes(text).includes('header/count')) refused++;
    }
    console.log(`header/count (a number after a space) refused ${refused} of 200 tables of grades, stages and numberings`);
    expect(refused).toBe(0);
  });
});

describe('labels joined by a particle (「A群の男性」 beside 「男性A群」)', () => {
  // 表1 prints 男性, 女性, A群, B群 on their own; 表3 hides 男性A群's あり 3 and なし 25 under its total 28.
  const t0 = '# 表1\n\tA群\tB群\n男性\t28\t45\n女性\t60\t30\n';
  const t2 = '# 表3\n\t男性A群\t女性A群\t男性B群\t女性B群\nあり\t3\t20\t15\t12\nなし\t25\t40\t30\t18\n合計\t28\t60\t45\t30\n';
  const t1 = (form: (a: string, s: string) => string) =>
    `# 表2\n\t${['A群', 'B群'].flatMap((a) => ['男性', '女性'].map((s) => form(a, s))).join('\t')}\nあり\t3\t20\t15\t12\nなし\t25\t40\t30\t18\n`;
  it.each([
    ['「A群の男性」', (a: string, s: string) => `${a}の${s}`],
    ['「A群のうち男性」', (a: string, s: string) => `${a}のうち${s}`],
    ['「A群における男性」', (a: string, s: string) => `${a}における${s}`],
    ['「A群かつ男性」', (a: string, s: string) => `${a}かつ${s}`],
    ['「A群 の 男性」', (a: string, s: string) => `${a} の ${s}`],
    ['「男性のA群」', (a: string, s: string) => `${s}の${a}`],
    ['「A群;男性」', (a: string, s: string) => `${a};${s}`],
    ['「A群·男性」 (U+00B7)', (a: string, s: string) => `${a}·${s}`],
    ['「A群*男性」', (a: string, s: string) => `${a}*${s}`],
    ['「A群（うち男性）」', (a: string, s: string) => `${a}（うち${s}）`],
    ['「A群 うち男性」', (a: string, s: string) => `${a} うち${s}`],
  ])('%s is 「男性A群」: 表2 published なし 25 where 表3 hid it under 28 (28 − 25 = 3)', (_, form) => {
    const text = `${t0}\n${t1(form)}\n${t2}`;
    expect(leaked(text, ['1:0:0', '2:0:0', '2:1:0'], '2:0:0')).toMatchObject({ lo: 3, hi: 3 });
    const r = holds(text);
    expect(r.tables[1]!.status[0]).toBe('primary');
    expect(r.links.some((l) => l.tables.includes(2) && l.tables.includes(3))).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('labels/equated');
  });
  it('particles inside a name or names that are no labels of the input stay as written', () => {
    expect(labelKey('A群 の 男性')).toBe(labelKey('男性・A群'));
    // 「その他」 is no 「そ」 and 「他」; two tables whose labels hold の but name no labels of the input stay apart.
    // (Table 2's numbers differ: the same numbers under other labels link the tables by themselves, labels.ts `linkByNumbers`.)
    const text = '# 表1\n\tその他\t肺の疾患\nx\t3\t20\ny\t25\t40\n\n# 表2\n\t他\t疾患の肺\nx\t3\t21\ny\t26\t40\n';
    const r = holds(text);
    expect(r.links).toEqual([]);
  });
  it('how often random pairs of tables with particles in their labels are refused or linked by chance (counts 0–40)', () => {
    const next = lcg(10);
    const words = ['A群', 'B群', '男性', '女性', '高齢者', '若年者', '入院', '外来'];
    let refused = 0;
    let linked = 0;
    for (let t = 0; t < 40; t++) {
      const pick = () => words[Math.floor(next() * words.length)]!;
      const labels = (n: number) => [...new Set(Array.from({ length: n * 3 }, () => `${pick()}の${pick()}`))].slice(0, n);
      const table = (name: string, cols: string[]) =>
        `# ${name}\n\t${cols.join('\t')}\n${['あり', 'なし'].map((r) => `${r}\t${cols.map(() => Math.floor(next() * 41)).join('\t')}`).join('\n')}\n`;
      const text = `${table('表1', labels(3))}\n${table('表2', labels(3))}`;
      const r = codes(text);
      if (r.length > 0) refused++;
      else if (run(text).links.length > 0) linked++;
    }
    console.log(`particles: refused ${refused} of 40 random pairs, linked ${linked} (only where counts agree under one group)`);
    expect(refused).toBe(0);
  }, 60_000);
});

describe('a title’s N after a name that differs from a header by more than a word for a group (「A群 N=40」 over 「A薬」)', () => {
  it('read as the whole table’s N below its sum, it passed; a reader takes it for A薬’s N (3 out of the table): refused now', () => {
    const text = '# 表1 A群 N=40\n\tA薬\tB薬\nx\t12\t20\ny\t25\t40\n';
    const found = errors(text).filter((e) => e.code === 'title/group-n');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('列「A薬」の人数とも読めますが');
    expect(found[0]!.message).toContain('（チェッカーの判断）');
    expect(found[0]!.hint).toContain('「A薬 (N=40)」');
    expect(codes('# 表1 実薬 N=40\n\t実薬投与\tプラセボ\nx\t12\t20\ny\t25\t40\n')).toContain('title/group-n');
  });
  it.each([
    ['the table’s N', '# 表1 A群 N=97\n\tA薬\tB薬\nx\t12\t20\ny\t25\t40\n'],
    ['the column’s sum', '# 表1 A群 N=37\n\tA薬\tB薬\nx\t12\t20\ny\t25\t40\n'],
    ['names that share no start', '# 表1 対象 N=40\n\tA薬\tB薬\nx\t12\t20\ny\t25\t40\n'],
    ['Latin names sharing a letter only', '# 表1 A N=40\n\tAB\tCD\nx\t12\t20\ny\t25\t40\n'],
    ['a name several columns start with (the whole table’s N)', '# 表1 高血圧 N=80\n\t高血圧あり\t高血圧なし\nx\t12\t20\ny\t25\t40\n'],
  ])('%s: read as before', (_, text) => {
    expect(codes(text)).not.toContain('title/group-n');
  });
  it('how often titles naming a column by its label or the table’s N are refused (random 3×3, counts 0–40)', () => {
    const next = lcg(11);
    const cols = ['A薬', 'B薬', 'プラセボ'];
    let refused = 0;
    for (let t = 0; t < 100; t++) {
      const cells = Array.from({ length: 3 }, () => cols.map(() => Math.floor(next() * 41)));
      const j = Math.floor(next() * 3);
      const sum = cells.reduce((s, r) => s + r[j]!, 0);
      const grand = cells.flat().reduce((a, b) => a + b, 0);
      const title = t % 2 === 0 ? `${cols[j]} N=${sum}` : `全体 N=${grand}`;
      const text = `# 表1 ${title}\n\t${cols.join('\t')}\n${cells.map((r, i) => [`r${i + 1}`, ...r].join('\t')).join('\n')}\n`;
      if (codes(text).includes('title/group-n')) refused++;
    }
    console.log(`title/group-n refused ${refused} of 100 titles naming a column or the table`);
    expect(refused).toBe(0);
  });
});
