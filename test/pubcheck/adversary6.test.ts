/**
 * A sixth round of adversarial tables (issue #11), the classes the fifth left open: an N in the title that names a
 * group, an N below the sum of its items, and a small bare number in brackets closing a label. Each table the checker
 * passes is attacked by the oracle (oracle.ts, written apart from the engine), which must find every hidden count
 * protected; each table it cannot read safely is refused in words (exit 2), naming what to fix. Counts published
 * beside the cells (N − the sum, a number in a label) are no hidden cells the oracle could attack: there the tests
 * assert the finding or the refusal itself. The oracle reads an N in the title after a word naming a header as that
 * header's N (`titleGroups`, as an attacker reads 「A群（N=60）、B群（N=40）」).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary } from './protection.ts';
import { saysSeveralAnswers } from '../../src/pubcheck/table.ts';

const bundle = fixtureBundle();
const highs = await solver();

const { run, holds, errors, codes } = adversary(highs, bundle);

/** The oracle's range of `cell` when only `hidden` are hidden (what the checker hid before the fix). */
const leaked = (text: string, hidden: string[], cell = hidden[0]!) => attack(highs, text, new Set(hidden), { zeroExempt: true }).get(cell)!;

describe('an N in the title or the corner naming a group', () => {
  it('a title’s N equal to the sums of two columns is the N of each (it was tied to the first only)', () => {
    // Column A adds up to 40 and so does B: a reader of 「N=40」 takes B's hidden 3 for 40 − 37.
    for (const text of ['# 表1 N=40\n\tA群\tB群\nx\t15\t3\ny\t25\t37\n', '# 表1 B群 N=40\n\tA群\tB群\nx\t15\t3\ny\t25\t37\n']) {
      expect(leaked(text, ['0:0:1'])).toMatchObject({ lo: 3, hi: 3 });
      const r = holds(text);
      expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThan(1);
    }
  });
  it.each([
    ['「A群 N=40」', '# 表1 A群 N=40\n\tA群\tB群\nx\t12\t20\ny\t25\t40\n'],
    ['「A群（N=40）、B群（N=60）」', '# 表1 A群（N=40）、B群（N=60）\n\tA群\tB群\nx\t12\t20\ny\t25\t40\n'],
    ['「A群 40例」', '# 表1 A群 40例\n\tA群\tB群\nx\t12\t20\ny\t25\t40\n'],
    ['the corner 「A群 N=40」', 'A群 N=40\tA群\tB群\nx\t12\t20\ny\t25\t40\n'],
  ])('%s over a column 「A群」 adding up to 37 is A群’s N: 3 patients out of the table, a count under the threshold', (_, text) => {
    const r = run(text);
    expect(r.tables[0]!.primary.headers).toEqual([expect.objectContaining({ axis: 'col', label: 'A群', denominator: 40, rest: 3 })]);
    expect(r.warnings.find((w) => w.code === 'title/group-n')!.message).toMatch(/を、列「A群」の人数（N）として読み、確かめました（推定/);
    expect(r.verdict.afterChanges).toBeUndefined();
  });
  it('the second N of a title is read too (it was dropped without a word)', () => {
    // B群's N=64 over 60: 4 out of the table.
    const r = run('# 表1 A群（N=37）、B群（N=64）\n\tA群\tB群\nx\t12\t20\ny\t25\t40\n');
    expect(r.tables[0]!.primary.headers).toEqual([expect.objectContaining({ label: 'B群', denominator: 64, rest: 4 })]);
    // Two Ns naming no header: the second is placed nowhere, and said so.
    expect(codes('# 表1 男（N=45）、女（N=70）\n\tA群\tB群\nx\t12\t20\ny\t25\t40\n')).toContain('title/count');
  });
  it.each([
    // 「A群」 over 「A」 and 「実薬」 over 「実薬群」 name the same group since combo (labels.ts: the word for group dropped).
    ['the title', '# 表1 A薬 N=40\n\tA\tB\nx\t12\t20\ny\t25\t40\n', '列「A」', 'A (N=40)', 1],
    ['the title, two groups', '# 表1 A薬（N=40）、B薬（N=60）\n\tA\tB\nx\t12\t20\ny\t25\t40\n', '列「A」', 'A (N=40)', 1],
    ['the corner', 'A薬 N=40\tA\tB\nx\t12\t20\ny\t25\t40\n', '列「A」', 'A (N=40)', 1],
    ['a row', '# 表1 実薬剤 N=40\n\t男性\t女性\n実薬群\t12\t25\nプラセボ群\t20\t40\n', '行「実薬群」', '実薬群 (N=40)', 1],
  ])('over a group named otherwise (%s) it is refused, naming the line and how to write it', (_, text, where, write, line) => {
    const found = errors(text).filter((e) => e.code === 'title/group-n');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.message).toMatch(new RegExp(`${where}の人数(?:のようですが|とも読めますが)`));
    expect(found[0]!.message).toContain('（チェッカーの判断）');
    expect(found[0]!.hint).toContain(`「${write}」`);
    expect(found[0]!.place).toMatchObject({ line, table: 1 });
  });
  it('an N written in the header as the refusal says passes where it is the column’s sum', () => {
    holds('# 表1\n\tA (N=40)\tB\nx\t3\t20\ny\t37\t40\n');
  });
  it('a percentage table: each group’s N in the title is the base of its own column (the first was taken for both)', () => {
    // B群's 20.0% is 8 of its 40; read of the title's first N (60) it was 12, and published.
    const text = '# 表1 A群（N=60）、B群（N=40）\n\tA群\tB群\nあり\t15.0%\t20.0%\nなし\t85.0%\t80.0%\n';
    const r = holds(text);
    expect(r.tables[0]!.table.cols.map((h) => h.denominator)).toEqual([60, 40]);
    expect(r.tables[0]!.status[1]).toBe('primary');
    expect(r.tables[0]!.primary.findings.get(1)![0]!.message).toContain('分母 40 から患者数が 8');
    // 8.3% of 60 is 5; of 40 it is no whole count.
    const other = holds('# 表1 A群（N=40）、B群（N=60）\n\tA群\tB群\nあり\t7.5%\t8.3%\nなし\t92.5%\t91.7%\n');
    expect(other.tables[0]!.status.slice(0, 2)).toEqual(['primary', 'primary']);
  });
  it('a title’s N for the whole table is read as before', () => {
    const r = holds(
      '# 重症度 (N=110)\n\t投与前\t投与後\n軽度\t36.4%\t50.0%\n中等度\t2.7%\t20.0%\n重度\t22.7%\t10.0%\n不明\t38.2%\t20.0%\n',
    );
    expect(r.tables[0]!.table.denominator).toBe(110);
  });
});

describe('an N below the sum of its items', () => {
  it('where the cells published beside a hidden count add up to less than N by less than the threshold: refused', () => {
    // A (N=20) over a hidden 3 and 18: a reader who takes the rows for disjoint reads the hidden one as 20 − 18 = 2.
    // Refused as before (the disjoint reading); in a table said to be of several answers (複数回答), where the
    // reading is not taken, the 18 is hidden for its complement (N − 18 = 2 without it, primary.ts `complements`).
    const text = '\tA (N=20)\tB\nx\t3\t20\ny\t18\t40\n';
    expect(errors(text).map((e) => e.code)).toContain('header/n-below-sum');
    const r = holds(`# 複数回答\n${text}`);
    expect(r.tables[0]!.primary.findings.get(2)!.map((f) => f.via)).toEqual(['complement']);
    expect(r.tables[0]!.status.filter((s, id) => id % 2 === 0 && s !== 'published')).toHaveLength(2);
    // Two published cells, each far from N, whose sum is not: the reading shows 30 − 12 − 16 = 2 for the hidden 3.
    const found = errors('\tA (N=30)\tB\nx\t3\t20\ny\t12\t40\nz\t16\t30\n').filter((e) => e.code === 'header/n-below-sum');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('表1の列「A (N=30)」の N=30 は、その数の和 31 より 1 小さい値です');
    expect(found[0]!.message).toContain('「N − 公表した数」= 2 と、閾値 10 未満に見えます');
    expect(found[0]!.hint).toContain('N か数を直してください');
    // The title's N of the whole table alike: 95 over 97, 94 published.
    expect(codes('# 表1 N=95\n\tA\tB\nx\t3\t20\ny\t34\t40\n')).toContain('header/n-below-sum');
  });
  it('every title that says several answers turns the same readings off and on (one list, 重複を含む too)', () => {
    // check.ts and rests.ts each had their list of these words, and they had drifted: 「重複を含む」 turned the blocks
    // off but not the disjoint reading. One list now (table.ts MULTIPLE_ANSWERS): the 18 is hidden for its complement
    // (N − 18 = 2 without it), no block is read, and the table passes with the proposal.
    const text = '\tA (N=20)\tB\nx\t3\t20\ny\t18\t40\n';
    for (const title of ['複数回答', '重複を含む', '重複あり', '複数選択', '重複回答', 'multiple responses']) {
      expect(saysSeveralAnswers({ title: `併存疾患（${title}）`, corner: '' })).toBe(true);
      const r = holds(`# 併存疾患（${title}）\n${text}`);
      expect(r.tables[0]!.primary.findings.get(2)!.map((f) => f.via)).toEqual(['complement']);
    }
    expect(saysSeveralAnswers({ title: '併存疾患', corner: '' })).toBe(false);
  });
  it('where the published cells alone pass N, the table is read as several answers per patient, said as our reading', () => {
    // 25 alone is over 20: no reader can take the rows for disjoint, and N bounds nothing.
    const r = holds('\tA (N=20)\tB\nx\t3\t20\ny\t25\t40\n');
    const said = r.warnings.filter((w) => w.code === 'header/n-below-sum');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toMatch(/複数回答）と読みました（推定）/);
    // The fraction table of adversary3 (3/31 beside 25/31 and 10/31): the same reading.
    expect(holds('\tA\tB\n発熱\t3/31\t20/60\n咳\t25/31\t40/60\n頭痛\t10/31\t12/60\n').warnings.map((w) => w.code)).toContain(
      'header/n-below-sum',
    );
  });
  it('where N less the published cells is the threshold or more, the disjoint reading shows no small count: our reading, not refused', () => {
    const r = holds('\tA (N=20)\tB\nx\t3\t20\ny\t18\t40\nz\t11\t5\n');
    expect(r.warnings.map((w) => w.code)).toContain('header/n-below-sum');
  });
  it('how often it refuses random tables with several answers per patient (6×4, counts 0–40)', () => {
    const next = lcg(6);
    // Each column's N is its sum less `over`: by the threshold or more (several answers, as such tables are), or by 1–9
    // (nearly disjoint: a reader taking the rows for disjoint is off by less than the threshold).
    const refusedOf = (over: () => number) => {
      let refused = 0;
      for (let k = 0; k < 200; k++) {
        const cells = Array.from({ length: 6 }, () => Array.from({ length: 4 }, () => Math.floor(next() * 41)));
        const ns = [0, 1, 2, 3].map((j) => cells.reduce((s, r) => s + r[j]!, 0) - over());
        const text = `${['', ...ns.map((n, j) => `c${j + 1} (N=${n})`)].join('\t')}\n${cells.map((r, i) => [`r${i + 1}`, ...r].join('\t')).join('\n')}\n`;
        const found = codes(text);
        if (found.includes('header/n-below-sum')) refused++;
        else expect(found).toEqual([]);
      }
      return refused;
    };
    const wide = refusedOf(() => 10 + Math.floor(next() * 40));
    const near = refusedOf(() => 1 + Math.floor(next() * 9));
    console.log(`header/n-below-sum refused ${wide} of 200 (N 10–49 under the sum), ${near} of 200 (N 1–9 under the sum)`);
    // Measured (README).
    expect(wide).toBe(0);
    expect(near).toBeGreaterThan(0);
  }, 120_000);
});

describe('a bare number in brackets closing a label, smaller than its line’s sum', () => {
  it.each([
    ['\tA\tB\n死亡（3）\t12\t20\n生存\t25\t40\n', '行「死亡（3）」', 3, '「No.3 死亡」'],
    ['\tA\tB (2)\nx\t12\t20\ny\t25\t40\n', '列「B (2)」', 2, '「No.2 B」'],
    ['\tA\tB\n薬剤（1）\t12\t20\ny\t25\t40\n', '行「薬剤（1）」', 1, '「No.1 薬剤」'],
    ['\tA\tB\n死亡（3）\t12\t20\n生存（5）\t25\t40\n', '行「死亡（3）」', 3, '「No.3 死亡」'],
  ])('%j under the threshold is refused, naming the label and how to write it', (text, where, n, write) => {
    const found = errors(text).filter((e) => e.code === 'header/count');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.message).toContain(`表1の${where}の見出しの括弧内の数 ${n} は、群の人数（N）とも番号とも読めません（チェッカーの判断`);
    expect(found[0]!.hint).toContain(write);
    expect(found[0]!.hint).toContain(`(N=${n})`);
  });
  it.each([
    ['a numbering 1, 2, 3', '\tA\tB\n薬剤（1）\t12\t20\n薬剤（2）\t25\t40\n薬剤（3）\t30\t22\n'],
    ['a numbering of other names', '\tA\tB\n高血圧（1）\t12\t20\n糖尿病（2）\t25\t40\n'],
    ['a numbering with a row taken out', '\tA\tB\n高血圧（1）\t12\t20\n糖尿病（2）\t25\t40\n腎疾患（4）\t30\t22\n'],
    ['one name numbered with gaps', '\tA\tB\n薬剤（1）\t12\t20\n薬剤（4）\t25\t40\n'],
    // A number at the threshold or over below its line's sum (「死亡（12）」 over 32) is refused since the eighth round
    // (adversary8.test.ts): a reader may take it for a count of some of the line's cells.
    ['0, exempt', '\tA\tB\n死亡（0）\t12\t20\n生存\t25\t40\n'],
    ['the group’s N (at least the sum)', '\tA群（28）\tB群（60）\nx\t3\t20\ny\t25\t40\n'],
  ])('%s is read as before', (_, text) => {
    expect(codes(text)).toEqual([]);
    holds(text);
  });
  it('how often numbered labels of random tables are refused (1 … 6 with one row taken out at random, counts 0–40)', () => {
    const next = lcg(7);
    const names = ['高血圧', '糖尿病', '脂質異常症', '腎疾患', '肝疾患', '心疾患', '喘息'];
    let refused = 0;
    for (let k = 0; k < 100; k++) {
      const out = Math.floor(next() * 6);
      const rows = [1, 2, 3, 4, 5, 6].filter((i) => i !== out + 1);
      const text = `\tA\tB\n${rows.map((i) => `${names[i]}（${i}）\t${Math.floor(next() * 41)}\t${Math.floor(next() * 41)}`).join('\n')}\n`;
      if (codes(text).includes('header/count')) refused++;
    }
    console.log(`header/count (a number in brackets) refused ${refused} of 100 numbered tables`);
    // A row of 0 and 1 under 「腎疾患（3）」 is no N there either (three numbered labels or more): never.
    expect(refused).toBe(0);
  });
});
