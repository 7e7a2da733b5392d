/**
 * A twelfth round of adversarial tables (issue #11): groups named differently across the tables of one input, Ns in a
 * title's list of groups whose names are no header's, and numbers closing labels that the eighth round left in the
 * label. Each leak is first shown with the oracle (oracle.ts, written apart from the engine) on what the checker hid
 * before (hidden sets written out, as adversary6–10 do), under the reading an attacker takes where the oracle does not
 * take it itself (the same group written alike in both tables; a label's number written out as 「(N=…)」), or by
 * arithmetic; then the checker now holds against the oracle under that reading, or refuses the table in words.
 * Chance tests measure that ordinary inputs are not refused, nor linked by chance.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary, expectProtected, type Ok } from './protection.ts';

const highs = await solver();
const { run, holds, errors, codes } = adversary(highs, fixtureBundle());

/** The oracle's range of `cell` when only `hidden` are hidden (what the checker hid before the fix). */
const leaked = (text: string, hidden: string[], cell = hidden[0]!) => attack(highs, text, new Set(hidden), { zeroExempt: true }).get(cell)!;
/** The check of `text` holds against the oracle reading `attackerText` (the same cells, labels as an attacker reads them). */
const holdsAs = (text: string, attackerText: string): Ok => {
  const r = run(text);
  expectProtected(highs, r, attackerText);
  return r;
};

describe('groups named differently across the tables of one input, the same numbers printed', () => {
  const cases = [
    [
      '「A群」 and 「Group A」',
      '# 表1\n\tA群\tB群\nx\t3\t20\ny\t25\t40\n\n# 表2\n\tGroup A\tGroup B\n患者数\t28\t60\n',
      '# 表1\n\tA群\tB群\nx\t3\t20\ny\t25\t40\n\n# 表2\n\tA群\tB群\n患者数\t28\t60\n',
    ],
    [
      '「A」 and 「実薬群」, listed the other way round, over rows of categories',
      '# 表1\n\tA\tB\nx\t3\t20\ny\t25\t40\n\n# 表2\n\t対照群\t実薬群\n入院\t60\t28\n外来\t12\t19\n',
      '# 表1\n\tA\tB\nx\t3\t20\ny\t25\t40\n\n# 表2\n\tB\tA\n入院\t60\t28\n外来\t12\t19\n',
    ],
    [
      '「第1群」 and 「A」',
      '# 表1\n\tA\tB\nx\t3\t20\ny\t25\t40\n\n# 表2\n\t第1群\t第2群\n入院\t28\t60\n外来\t12\t19\n',
      '# 表1\n\tA\tB\nx\t3\t20\ny\t25\t40\n\n# 表2\n\tA\tB\n入院\t28\t60\n外来\t12\t19\n',
    ],
    [
      '「A and male」 and 「A群・男性」',
      '# 表1\n\tA and male\tA and female\nx\t3\t20\ny\t25\t40\n\n# 表2\n\tA群・男性\tA群・女性\n患者数\t28\t60\n',
      '# 表1\n\tA群・男性\tA群・女性\nx\t3\t20\ny\t25\t40\n\n# 表2\n\tA群・男性\tA群・女性\n患者数\t28\t60\n',
    ],
    [
      '「male in group A」 and 「A群 男性」',
      '# 表1\n\tmale in group A\tfemale in group A\nx\t3\t20\ny\t25\t40\n\n# 表2\n\tA群 男性\tA群 女性\n患者数\t28\t60\n',
      '# 表1\n\tA群 男性\tA群 女性\nx\t3\t20\ny\t25\t40\n\n# 表2\n\tA群 男性\tA群 女性\n患者数\t28\t60\n',
    ],
  ] as const;
  it.each(cases)(
    '%s: each table checked alone hid the 3 alone, and 28 − 25 gave it back; now linked by the numbers and protected together',
    (_, text, attacker) => {
      // Before: the tables were checked one at a time (`tables/look-linked` at most), table 1 with no margins: only the 3 hidden.
      expect(leaked(attacker, ['0:0:0'])).toMatchObject({ lo: 3, hi: 3 });
      const r = holdsAs(text, attacker);
      expect(r.links.map((l) => l.tables)).toEqual([[1, 2]]);
      expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThan(1);
      // 「A群」 and 「Group A」 are one group by their labels since combo (labels.ts: the word for group dropped).
      const note = r.warnings.find((w) => w.code === 'tables/number-linked' || w.code === 'labels/equated')!.message;
      expect(note).toMatch(/と読み、表1と表2をまとめて確かめました（推定：数の一致から|は同じ群を指すと読み/);
    },
  );
  it('the same table printed twice under other labels, one with margins: a cell published in one is the count hidden in the other', () => {
    const text =
      '# 表1\n\tA群\tB群\nx\t3\t20\ny\t25\t40\n\n# 表2\n\tGroup A\tGroup B\t合計\nx\t3\t20\t23\ny\t25\t40\t65\n合計\t28\t60\t88\n';
    const attacker = '# 表1\n\tA群\tB群\nx\t3\t20\ny\t25\t40\n\n# 表2\n\tA群\tB群\t合計\nx\t3\t20\t23\ny\t25\t40\t65\n合計\t28\t60\t88\n';
    const r = holdsAs(text, attacker);
    // The 3 is one count in both tables (hidden in both).
    expect(r.tables[0]!.status[0]).not.toBe('published');
    expect(r.tables[1]!.status[0]).not.toBe('published');
  });
  it('Men / 男性 and Female / 女性 were read as one group already (our reading of group names), and still are', () => {
    const r = holds('# 表1\n\tMen\tWomen\nx\t3\t20\ny\t25\t40\n\n# 表2\n\t男性\t女性\n患者数\t28\t60\n');
    expect(r.links.map((l) => l.tables)).toEqual([[1, 2]]);
    expect(r.warnings.map((w) => w.code)).toContain('labels/equated');
  });
  it('how often two random tables of one input are linked by their numbers by chance (6×3 and 4×3, counts 0–40; 2×2 of 0–20)', () => {
    const next = lcg(12);
    const table = (rows: number, cols: number, max: number, names: string[], prefix: string) => {
      const cells = [...Array(rows)].map(() => [...Array(cols)].map(() => Math.floor(next() * (max + 1))));
      return `\t${names.slice(0, cols).join('\t')}\n${cells.map((r, i) => `${prefix}${i + 1}\t${r.join('\t')}`).join('\n')}\n`;
    };
    let linked = 0;
    const refused: string[] = [];
    for (let t = 0; t < 100; t++) {
      const big = t % 2 === 0;
      const text = `# 表1\n${table(big ? 6 : 2, big ? 3 : 2, big ? 40 : 20, ['A', 'B', 'C'], '項目')}\n# 表2\n${table(big ? 4 : 2, big ? 3 : 2, big ? 40 : 20, ['実薬', '対照', '併用'], '区分')}`;
      const found = errors(text);
      const r = found.length > 0 ? undefined : run(text);
      if (!r) refused.push(...found.map((e) => e.code));
      else if (r.warnings.some((w) => w.code === 'tables/number-linked')) linked++;
    }
    console.log(`tables/number-linked by chance: ${linked} of 100 inputs of two random tables; refused: ${refused.join(' ')}`);
    // Measured on the fixed generator (lcg exact modulo 2^32): 0 linked and none refused. (On the old generator, whose
    // seeds all fell into one cycle: 2 linked — a column of 8 and 19 that the other table's column sums print; a
    // chance link hides more, never less — and 1 refused for a near-subtotal of table 1 alone, `total/almost`.)
    // A near-subtotal by chance is a refusal, never a leak: at most one such is allowed.
    expect(refused.filter((c) => c !== 'total/almost')).toEqual([]);
    expect(refused.length).toBeLessThanOrEqual(1);
    expect(linked).toBeLessThanOrEqual(2);
  });
});

describe('a title listing groups’ Ns under names that are no header’s (「第1群 N=40、第2群 N=60」 over 「実薬」「対照」)', () => {
  const text = '# 第1群 N=40、第2群 N=60\n\t実薬\t対照\nx\t3\t20\ny\t34\t40\n';
  it('passed with the 3 hidden alone (40 read as the table’s N); 第2群’s 60 is 対照’s sum, so 第1群 is 実薬: 3 patients left out, the hidden count at most 6 — now refused', () => {
    // The attacker's arithmetic: column 対照 adds up to 60, so 第1群 names 実薬, whose cells add up to 37.
    const cells = [
      [3, 20],
      [34, 40],
    ];
    expect(cells[0]![1]! + cells[1]![1]!).toBe(60);
    expect(40 - (cells[0]![0]! + cells[1]![0]!)).toBe(3);
    // With x hidden (at least 1 where zeros are published): x ≤ 40 − 34 = 6, under the threshold.
    expect(40 - cells[1]![0]!).toBeLessThan(10);
    const found = errors(text).filter((e) => e.code === 'title/group-n');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      '表1の題名「第1群 N=40、第2群 N=60」の「N=40」は群の人数ですが、その群の名前がどの見出しとも違うため、どの列の人数か決められません（チェッカーの判断）',
    );
    expect(found[0]!.message).toContain('列「実薬」の人数と読む人には、表に載っていない 3 人（40 − 37）');
    expect(found[0]!.hint).toContain('「実薬 (N=40)」');
  });
  it.each([
    ['the Ns are the columns’ sums', '# 第1群 N=37、第2群 N=60\n\t実薬\t対照\nx\t3\t20\ny\t34\t40\n'],
    ['an N far above every line’s sum', '# 第1群 N=200、第2群 N=60\n\t実薬\t対照\nx\t3\t20\ny\t34\t40\n'],
  ])('%s: not refused so', (_, t) => {
    expect(codes(t)).not.toContain('title/group-n');
  });
  it('random tables under a title with one group’s N (「実薬群 N=k」 over adverse events by grade) or a list of the columns’ Ns are never refused so', () => {
    const next = lcg(121);
    let refused = 0;
    for (let t = 0; t < 100; t++) {
      const cells = [...Array(6)].map(() => [0, 1, 2].map(() => Math.floor(next() * 41)));
      const k = 100 + Math.floor(next() * 200);
      const grades = `\tGrade 1\tGrade 2\tGrade 3\n${cells.map((r, i) => `AE${i + 1}\t${r.join('\t')}`).join('\n')}\n`;
      const sums = [0, 1].map((j) => cells.reduce((s, r) => s + r[j]!, 0));
      const groups = `\t実薬\t対照\n${cells.map((r, i) => `項目${i + 1}\t${r[0]}\t${r[1]}`).join('\n')}\n`;
      for (const text of [`# 実薬群 N=${k}\n${grades}`, `# 第1群 N=${sums[0]}、第2群 N=${sums[1]}\n${groups}`])
        if (codes(text).includes('title/group-n')) refused++;
    }
    expect(refused).toBe(0);
  });
});

describe('numbers closing labels that were left in the label', () => {
  it('「死亡 12」 over 3, 9 and 25: read as the count of A and B, 12 − 9 gave the hidden 3; now refused, naming the cells', () => {
    expect(leaked('\tA\tB\tC\n死亡 (N=12)\t3\t9\t25\n生存\t30\t40\t20\n', ['0:0:0'])).toMatchObject({ lo: 3, hi: 3 });
    const found = errors('\tA\tB\tC\n死亡 12\t3\t9\t25\n生存\t30\t40\t20\n').filter((e) => e.code === 'header/count');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(
      '表1の行「死亡 12」の見出しの最後の数 12 は、群の人数（N）とも番号とも読めません（チェッカーの判断',
    );
    expect(found[0]!.message).toContain('「A」の 3、「B」の 9 の和と読め');
    expect(found[0]!.hint).toContain('「死亡 (N=12)」');
  });
  it('「死亡3」 run on without a space over 1, 2 and 25: read as the count of A and B, both shown under the threshold; now refused as 「死亡 3」 is', () => {
    const r = leaked('\tA\tB\tC\n死亡 (N=3)\t1\t2\t25\n生存\t30\t40\t20\n', ['0:0:0', '0:0:1']);
    expect(r.hi).toBeLessThan(10);
    const found = errors('\tA\tB\tC\n死亡3\t1\t2\t25\n生存\t30\t40\t20\n').filter((e) => e.code === 'header/count');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('表1の行「死亡3」の見出しの最後の数 3 は');
    expect(found[0]!.hint).toContain('「死亡 (N=3)」');
    // At least its line's sum, the group's N (as after a space): 「A群28」 over 3 and 25 links with 「A群」.
    const n = run('# 表1\n\tA群28\tB群60\nx\t3\t20\ny\t25\t40\n\n# 表2\n\tA群\tB群\n患者数\t28\t60\n');
    expect(n.tables[0]!.table.cols.map((c) => c.denominator)).toEqual([28, 60]);
  });
  it('「糖尿病（2）」 over 1 and 1 in a numbering from 1: read as the row’s count, both pinned to 1; now refused', () => {
    expect(leaked('\tA\tB\n高血圧\t12\t20\n糖尿病 (N=2)\t1\t1\n腎疾患\t30\t22\n', ['0:1:0', '0:1:1'])).toMatchObject({ lo: 1, hi: 1 });
    const found = errors('\tA\tB\n高血圧（1）\t12\t20\n糖尿病（2）\t1\t1\n腎疾患（3）\t30\t22\n').filter((e) => e.code === 'header/count');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('表1の行「糖尿病（2）」の見出しの番号 2 は、その行の数の和と同じです（チェッカーの判断）');
    expect(found[0]!.hint).toContain('「No.2 糖尿病」');
  });
  it('「項目（13）」 over 3 and 10 in a numbering 1 … 13: 13 − 10 gave the hidden 3; now read as the row’s sum and protected', () => {
    const rows = [...Array(13).keys()].map((i) => (i === 12 ? `項目（13）\t3\t10` : `項目（${i + 1}）\t${20 + i}\t${30 + i}`));
    const text = `\tA\tB\n${rows.join('\n')}\n`;
    const attacker = text.replace('項目（13）', '項目 (N=13)');
    expect(leaked(attacker, ['0:12:0'])).toMatchObject({ lo: 3, hi: 3 });
    const r = holdsAs(text, attacker);
    expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThan(1);
  });
  it.each([
    ['grades and stages run on', '\tA\tB\nGrade3\t12\t20\nステージ4\t13\t21\n'],
    ['numbers after Latin letters', '\tA\tB\nHbA1c\t12\t20\nCD4\t13\t21\nCOVID-19\t3\t40\n'],
    ['「年齢 65」「BMI 25」 whose cells do not add up to them', '\tA\tB\tC\n年齢 65\t12\t30\t33\nBMI 25\t30\t40\t20\n'],
    ['「年齢65」 over 3 and 40', '\tA\tB\n年齢65\t3\t40\n喫煙\t30\t22\n'],
    ['a numbering run on (「施設1」「施設2」)', '\tA\tB\n施設1\t12\t20\n施設2\t13\t21\n'],
  ])('%s: not refused for it', (_, t) => {
    expect(codes(t)).not.toContain('header/count');
  });
  it('how often lists of labels ending in numbers are refused (2–3 columns of counts 0–40, 4–6 labels of 30)', () => {
    const LABELS = [
      'Grade3',
      'Grade 3',
      'ステージ4',
      'ステージ 2',
      '年齢 65',
      '年齢65',
      'BMI 25',
      'BMI25',
      'HbA1c',
      'CD4',
      '第3',
      'PS 1',
      'NYHA 2',
      'Day 7',
      '高血圧',
      '糖尿病',
      '施設1',
      'COVID-19',
      'T2',
      '65歳以上',
      '週3',
      'eGFR 60',
      'eGFR60',
      '体重 50',
      '収縮期血圧 140',
      '血圧140',
      'LDL 140',
      'ALT 30',
      '喫煙',
      '飲酒',
    ];
    const next = lcg(12);
    let refused = 0;
    for (let t = 0; t < 200; t++) {
      const k = 4 + Math.floor(next() * 3);
      const pool = [...LABELS];
      const rows = [...Array(k)].map(() => pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      const cols = 2 + Math.floor(next() * 2);
      const text = `\t${['A', 'B', 'C'].slice(0, cols).join('\t')}\n${rows.map((r) => `${r}\t${[...Array(cols)].map(() => Math.floor(next() * 41)).join('\t')}`).join('\n')}\n`;
      if (codes(text).includes('header/count')) refused++;
    }
    console.log(`header/count on 200 lists of labels ending in numbers: ${refused}`);
    // Measured: 2 of 200 (「BMI 25」 over 5, 8 and 20; 「ALT 30」 over 40, 8 and 22), where none was refused before.
    expect(refused).toBeLessThanOrEqual(3);
  });
  it('「糖尿病（2）」 over 0 and 2 (zeros published): the 2 pinned alike; over 1 and 3 (4) the counts are only shown under the threshold — not refused (README, limits)', () => {
    expect(codes('\tA\tB\n高血圧（1）\t12\t20\n糖尿病（2）\t0\t2\n腎疾患（3）\t30\t22\n')).toContain('header/count');
    expect(codes('\tA\tB\n高血圧（1）\t12\t20\n糖尿病（2）\t13\t21\n腎疾患（3）\t30\t22\n心疾患（4）\t1\t3\n')).toEqual([]);
  });
  it('how often numbered lists 「name（k）」 1 … k are refused because a row adds up to its number (counts 0–40)', () => {
    const NAMES = ['高血圧', '糖尿病', '脂質異常症', '腎疾患', '肝疾患', '心疾患', '喘息', '脳卒中'];
    const next = lcg(122);
    let refused = 0;
    for (let t = 0; t < 200; t++) {
      const k = 3 + Math.floor(next() * 6);
      const text = `\tA\tB\n${NAMES.slice(0, k)
        .map((name, i) => `${name}（${i + 1}）\t${Math.floor(next() * 41)}\t${Math.floor(next() * 41)}`)
        .join('\n')}\n`;
      if (codes(text).includes('header/count')) refused++;
    }
    console.log(`header/count on 200 numbered lists of 3–8 rows: ${refused}`);
    // Measured on the fixed generator (lcg exact modulo 2^32): 4 of 200, each a row whose two cells add up to its
    // number with one under the threshold (「糖尿病（2）」 over 2 and 0, 「腎疾患（4）」 over 4 and 0, 「高血圧（1）」
    // over 0 and 1): the refusal this class asks for, a count pinned by its label. About 1.5% of lists of 3–8 rows of
    // counts 0–40 have such a row, 3 of 200 expected. (The old generator drew 0 of 200.) Of counts 0–5, 44 of 200
    // lists are refused, a count pinned in each.
    expect(refused).toBeLessThanOrEqual(4);
  });
});

describe('cumulative lines the label does not name, and percentage ones whose N is stated per time point', () => {
  it('a 累積発生率 line whose N is in the time points’ headers (「2021年 (N=50)」) passed: 32.0% − 30.0% of 50 is 1 patient who came in; now refused', () => {
    const text = '\t2020年 (N=50)\t2021年 (N=50)\t2022年 (N=50)\n累積発生率\t30.0%\t32.0%\t40.0%\n未発生\t70.0%\t68.0%\t60.0%\n';
    // The arithmetic: 30.0% and 32.0% of 50 are exactly 15 and 16.
    expect([0.3 * 50, 0.32 * 50].map(Math.round)).toEqual([15, 16]);
    const found = errors(text).filter((e) => e.code === 'line/cumulative');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('その間に加わった患者が 1 人と分かり');
  });
  it('a percentage line with no N anywhere is refused as having none (no count can be read from it)', () => {
    expect(codes('\t2020年\t2021年\t2022年\n累積発生率\t10.0%\t12.0%\t15.0%\n')).toEqual(['percent/no-denominator']);
  });
  it('a line over time points that never falls and says nothing of accumulating: checked as the counts it prints, the step said as the checker’s judgement', () => {
    const r = run('\t2020年\t2021年\t2022年\nA群\t100\t103\t110\nB群\t80\t95\t120\n');
    const note = r.warnings.find((w) => w.code === 'line/maybe-cumulative')!.message;
    expect(note).toContain('表1の行「A群」の数は時点の順に減ることなく増えていますが、見出しにも題名にも累積とは書かれていないため');
    expect(note).toContain('「2020年」と「2021年」の差 3 人');
    expect(note).toContain('「累積」と書いて');
    // Marked as cumulative, the same table is refused for the step.
    expect(codes('# 累積患者数\n\t2020年\t2021年\t2022年\nA群\t100\t103\t110\nB群\t80\t95\t120\n')).toContain('line/cumulative');
  });
  it('how often random tables of yearly counts get that note (4 groups × 4 years, counts 0–40), and are never refused for it', () => {
    const next = lcg(123);
    let noted = 0;
    for (let t = 0; t < 100; t++) {
      const text = `\t2020年\t2021年\t2022年\t2023年\n${[1, 2, 3, 4].map((g) => `群${g}\t${[0, 1, 2, 3].map(() => Math.floor(next() * 41)).join('\t')}`).join('\n')}\n`;
      const r = errors(text).length > 0 ? undefined : run(text);
      if (r?.warnings.some((w) => w.code === 'line/maybe-cumulative')) noted++;
    }
    console.log(`line/maybe-cumulative on 100 random yearly tables: ${noted}`);
    expect(noted).toBeLessThan(40);
  });
});
