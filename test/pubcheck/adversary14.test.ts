/**
 * A fourteenth round of adversarial tables (issue #11): a fresh sweep over the issue's original classes — totals by
 * arithmetic, published denominators, nothing dropped silently, linked tables, zeros, scope — written as a test author
 * who reads the issue would write them. Most variations held already (README, Suppression and audit); what did not is
 * here: each shown before (refused for a wrong reason, or the oracle pinning a count), then read and holding against
 * the oracle (oracle.ts, written apart from the engine), with chance tests on random tables of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary, expectProtected, hiddenLabels } from './protection.ts';

const highs = await solver();
const { result, run, holds, codes, errors } = adversary(highs, fixtureBundle());

/** A random table of `rows` × `cols` counts in [lo, hi], one small count at least. */
function counts(random: () => number, rows: number, cols: number, lo = 0, hi = 40): number[][] {
  const t = Array.from({ length: rows }, () => Array.from({ length: cols }, () => lo + Math.floor(random() * (hi - lo + 1))));
  t[Math.floor(random() * rows)]![Math.floor(random() * cols)] = 1 + Math.floor(random() * 8);
  return t;
}
const colSums = (t: number[][]) => t[0]!.map((_, j) => t.reduce((s, r) => s + r[j]!, 0));
const pct = (n: number, d: number) => ((100 * n) / d).toFixed(1);

describe('a table number before a word that starts with a unit (「表1 患者数」) is no count of 1', () => {
  const body = '\tA\tB\n男\t3\t20\n女\t27\t30\n';
  it('before, 「表1 件数」「表1 患者数」「Table 2 patients by sex」 were refused as titles stating a count of 1 or 2', () => {
    // The count the title was read to state: 1 (「1 件」), no sum of the table — refused (`title/count`), a wrong
    // reason for a table every paper titles so. Now each is read and checked.
    for (const title of [
      '表1 件数',
      '表1 人数',
      '表1 例数',
      '表1　患者数',
      '表2 名前別',
      'Table 2 patients by sex',
      '表3 例数の内訳',
      '表1 件数（人）',
    ]) {
      const r = holds(`# ${title}\n${body}`);
      expect(r.warnings.map((w) => w.code)).not.toContain('title/count');
      expect(hiddenLabels(r)).toEqual(['男/A']);
    }
  });
  it('a count in a title is still one (「表1 3例を除く」 refused; 「表1 患者数（全80例）」 the table’s N)', () => {
    expect(codes(`# 表1 3例を除く\n${body}`)).toEqual(['title/count']);
    expect(holds(`# 表1 患者数（全80例）\n${body}`).tables[0]!.table.denominator).toBe(80);
    // The N a title states after a table number: 「表1 N=83」 over a table of 80 leaves 3 out (a blocking finding).
    expect(run(`# 表1 患者数 N=83\n${body}`).tables[0]!.primary.headers.length).toBeGreaterThan(0);
  });
  it('chance: 100 random tables titled 「表k <word>」: none refused for the title (all were before)', () => {
    const random = lcg(1401);
    const words = ['患者数', '人数', '件数', '例数', '症例数', '例数の内訳', '患者数（人）', '件数（件）', '名称別'];
    let refused = 0;
    for (let k = 0; k < 100; k++) {
      const t = counts(random, 2 + Math.floor(random() * 4), 2 + Math.floor(random() * 3));
      const title = `${random() < 0.5 ? '表' : random() < 0.5 ? 'Table ' : '図'}${1 + Math.floor(random() * 9)} ${words[Math.floor(random() * words.length)]}`;
      const text = `# ${title}\n\t${t[0]!.map((_, j) => `c${j + 1}`).join('\t')}\n${t.map((r, i) => `r${i + 1}\t${r.join('\t')}`).join('\n')}\n`;
      if (codes(text).includes('title/count')) refused++;
    }
    expect(refused).toBe(0);
  });
});

describe('「10.0% (3)」: the percentage first, the count in brackets', () => {
  const text = '\tA\tB\n男\t10.0% (3)\t40.0% (20)\n女\t90.0% (27)\t60.0% (30)\n';
  it('before, refused as text in a cell; now read as 「3 (10.0%)」 is, and holds against the oracle', () => {
    const r = holds(text);
    expect(hiddenLabels(r)).toEqual(['女/A', '男/A']);
    // The same table written count first is read alike.
    expect(hiddenLabels(holds('\tA\tB\n男\t3 (10.0%)\t20 (40.0%)\n女\t27 (90.0%)\t30 (60.0%)\n'))).toEqual(hiddenLabels(r));
  });
  it('the oracle reads it too: published, the 3 is in plain view; its column’s other cell hidden alone is pinned by the shares', () => {
    const ranges = attack(highs, text, new Set(['0:1:0']), { zeroExempt: true });
    expect(ranges.get('0:1:0')).toMatchObject({ lo: 27, hi: 27 });
  });
  it('a percentage that is no whole count of its N is an input error (「10.0% (4)」 under N=30)', () => {
    expect(codes('\tA (N=30)\tB\nx\t10.0% (4)\t20\ny\t90.0% (26)\t30\n')).toContain('percent/not-whole');
  });
  it('chance: 100 random tables of 「p% (n)」 cells, column percentages: none refused', () => {
    const random = lcg(1402);
    let refused = 0;
    for (let k = 0; k < 100; k++) {
      const t = counts(random, 2 + Math.floor(random() * 3), 2 + Math.floor(random() * 2), 5);
      const sums = colSums(t);
      const lines = t.map((r, i) => `r${i + 1}\t${r.map((n, j) => `${pct(n, sums[j]!)}% (${n})`).join('\t')}`);
      if (errors(`\t${sums.map((_, j) => `c${j + 1}`).join('\t')}\n${lines.join('\n')}\n`).length > 0) refused++;
    }
    expect(refused).toBe(0);
  });
});

describe('a count column and its share’s column side by side in one header row (「A群 n」「A群 %」)', () => {
  const text = '\tA群 n\tA群 %\tB群 n\tB群 %\n男\t3\t10.0\t20\t40.0\n女\t27\t90.0\t30\t60.0\n';
  const joined = '\tA群\tB群\n男\t3 (10.0%)\t20 (40.0%)\n女\t27 (90.0%)\t30 (60.0%)\n';
  it('before, refused (decimals under a count, or counts and shares in separate cells); now one column of 「3 (10.0%)」', () => {
    const r = run(text);
    expect(r.tables[0]!.table.cols.map((h) => h.label)).toEqual(['A群', 'B群']);
    expect(r.warnings.map((w) => w.code)).toContain('layout/joined');
    expect(hiddenLabels(r)).toEqual(['女/A群', '男/A群']);
    // Attacked as the table it is (the oracle reads one header row of values; the two columns hold the same numbers).
    expect(hiddenLabels(holds(joined))).toEqual(hiddenLabels(r));
    expectProtected(highs, r, joined);
  });
  it('the other ways to write it: 「n」「%」 alone, 「A群（n）」「A群（%）」, 「人数」「割合（%）」, N in the group, % marks', () => {
    for (const t of [
      '\tn\t%\nx\t3\t10.0\ny\t27\t90.0\n',
      '\tA群（n）\tA群（%）\tB群（n）\tB群（%）\nx\t3\t10.0\t20\t40.0\ny\t27\t90.0\t30\t60.0\n',
      '\t人数\t割合（%）\nx\t3\t10.0\ny\t27\t90.0\n合計\t30\t100.0\n',
      '\tA (N=30) n\tA (N=30) %\tB (N=50) n\tB (N=50) %\nx\t3\t10.0%\t20\t40.0%\ny\t27\t90.0%\t30\t60.0%\n',
    ]) {
      const r = run(t);
      expect(r.warnings.map((w) => w.code)).toContain('layout/joined');
      expect(hiddenLabels(r).length).toBeGreaterThanOrEqual(2);
    }
  });
  it('a share that is no share of its base is still an input error; columns of different groups are not joined', () => {
    expect(codes('\tA n\tA %\nx\t3\t20.0\ny\t27\t80.0\n')).toContain('percent/unknown-base');
    // Not joined, its 10.0 under 「B %」 is a percentage without its mark (outcome: said so, no longer 「整数でない数」).
    expect(codes('\tA n\tB %\nx\t3\t10.0\ny\t27\t90.0\n')).toContain('cell/percent-unmarked');
  });
  it('chance: 100 random tables of 2–3 groups with n and % columns: none refused (all were before)', () => {
    const random = lcg(1403);
    let refused = 0;
    for (let k = 0; k < 100; k++) {
      const t = counts(random, 2 + Math.floor(random() * 4), 2 + Math.floor(random() * 2), 5);
      const sums = colSums(t);
      const mark = random() < 0.5 ? '%' : '';
      const head = sums.flatMap((_, j) => [`G${j + 1} n`, `G${j + 1} %`]).join('\t');
      const lines = t.map((r, i) => `r${i + 1}\t${r.flatMap((n, j) => [n, `${pct(n, sums[j]!)}${mark}`]).join('\t')}`);
      if (errors(`\t${head}\n${lines.join('\n')}\n`).length > 0) refused++;
    }
    expect(refused).toBe(0);
  });
});

describe('「3 (10.0)」 with no 「n (%)」 written: read where every bracket is its count’s share of a base the table shows', () => {
  const text = '\tA (N=30)\tB (N=50)\n男\t3 (10.0)\t20 (40.0)\n女\t27 (90.0)\t30 (60.0)\n';
  it('before, refused as text in a cell; now read as n (%) (our reading, said) and holds against the oracle, which reads it so', () => {
    const r = holds(text);
    expect(r.warnings.map((w) => w.code)).toContain('cell/bracket-percent');
    expect(r.warnings.find((w) => w.code === 'cell/bracket-percent')!.message).toContain('チェッカーの判断');
    expect(hiddenLabels(r)).toEqual(['女/A (N=30)', '男/A (N=30)']);
    // Published as it stands, the oracle reads the 3 from its share: 10.0% of 30.
    expect(attack(highs, text, new Set(['0:0:0']), { zeroExempt: true }).get('0:0:0')).toMatchObject({ lo: 3, hi: 3 });
  });
  it('over the column’s sum (no N written), row percentages, a total row, full-width brackets, units', () => {
    for (const t of [
      '\tA\tB\n男\t3 (7.5)\t20 (33.3)\n女\t30 (75.0)\t30 (50.0)\nその他\t7 (17.5)\t10 (16.7)\n',
      '\tA\tB\n男\t3 (13.0)\t20 (87.0)\n女\t30 (50.0)\t30 (50.0)\n',
      '\tA\tB\n男\t3 (10.0)\t20 (40.0)\n女\t27 (90.0)\t30 (60.0)\n合計\t30 (100.0)\t50 (100.0)\n',
      '\tA\tB\n男\t3（10.0）\t20（40.0）\n女\t27（90.0）\t30（60.0）\n',
      '\tA\tB\n男\t3例 (10.0)\t20例 (40.0)\n女\t27例 (90.0)\t30例 (60.0)\n',
    ]) {
      const r = run(t);
      expect(r.warnings.map((w) => w.code)).toContain('cell/bracket-percent');
      expect(hiddenLabels(r).length).toBeGreaterThanOrEqual(2);
    }
  });
  it('a mean and its SD (「65 (12.3)」), or brackets that are no share of any base, stay refused as text', () => {
    expect(codes('\tA\tB\n年齢\t65 (12.3)\t70 (10.1)\n体重\t60 (8.2)\t58 (9.0)\n')).toContain('cell/text');
    expect(codes('\tA (N=30)\tB (N=50)\n男\t3 (12.0)\t20 (40.0)\n女\t27 (88.0)\t30 (60.0)\n')).toContain('cell/text');
  });
  it('chance: 100 of 100 random tables of 「n (p)」 cells (column shares, one decimal) read (none before); 100 of 「mean (SD)」 cells none read', () => {
    const random = lcg(1404);
    let read = 0;
    let misread = 0;
    const other: string[] = [];
    for (let k = 0; k < 100; k++) {
      const t = counts(random, 2 + Math.floor(random() * 4), 2 + Math.floor(random() * 2), 5);
      const sums = colSums(t);
      const stated = random() < 0.5;
      const head = sums.map((n, j) => `G${j + 1}${stated ? ` (N=${n})` : ''}`).join('\t');
      const lines = t.map((r, i) => `r${i + 1}\t${r.map((n, j) => `${n} (${pct(n, sums[j]!)})`).join('\t')}`);
      const e = errors(`\t${head}\n${lines.join('\n')}\n`).map((x) => x.code);
      if (e.length === 0) read++;
      else other.push(...e);
      const stats = t.map(
        (r, i) => `r${i + 1}\t${r.map(() => `${20 + Math.floor(random() * 60)} (${(1 + random() * 20).toFixed(1)})`).join('\t')}`,
      );
      const r = errors(`\t${head}\n${stats.join('\n')}\n`);
      if (r.length === 0) misread++;
    }
    // Measured on the fixed generator (lcg exact modulo 2^32): all 100 read. (On the old one, whose seeds fell into one
    // cycle: 99, one refused for another reason — a row that adds up to three others in two columns of three,
    // `total/almost`, chance.)
    expect(read).toBe(100);
    expect(other).toEqual([]);
    expect(misread).toBe(0);
  });
});

describe('a total labelled with a percent unit (「計（％）」, one of the labels the issue names) holding the counts’ sums', () => {
  it('before, refused as percentages without their mark; now read as the total it adds up to, and holds', () => {
    for (const t of [
      '\tA\tB\t計（％）\n男\t3\t20\t23\n女\t30\t40\t70\n',
      '\tA\tB\n男\t3\t20\n女\t30\t40\n計（％）\t33\t60\n',
      '\tA\tB\tTotal (%)\n男\t3\t20\t23\n女\t30\t40\t70\n',
    ]) {
      const r = holds(t);
      expect(hiddenLabels(r).length).toBe(2);
      expect(r.tables[0]!.table[t.includes('\n計（％）') ? 'rows' : 'cols'].some((h) => h.kind === 'total')).toBe(true);
    }
  });
  it('one that is no sum is refused as a total that does not add up; 「割合(%)」 (no total) as before', () => {
    expect(codes('\tA\tB\t計（％）\n男\t3\t20\t25\n女\t30\t40\t75\n')).toContain('total/mismatch');
    // Not red55's unit-alone pair: 「割合(%)」 right of 「B」 beside 「A」 is no header of pairs alone, nor of a total's
    // column (a share of B's, or a rate over each row's N: layout.ts `oneRowPairs`), so refused as before.
    expect(codes('\tA\tB\t割合(%)\n男\t3\t20\t25\n女\t30\t40\t75\n')).toContain('cell/percent-unmarked');
  });
  it('chance: 100 random tables with a 計（％）-like total row or column: none refused (70 were before)', () => {
    const random = lcg(1405);
    const names = ['計（％）', '合計(%)', 'Total (%)', '合計（％）', '総数(%)'];
    let refused = 0;
    for (let k = 0; k < 100; k++) {
      const t = counts(random, 2 + Math.floor(random() * 3), 2 + Math.floor(random() * 3));
      const name = names[Math.floor(random() * names.length)]!;
      const text =
        random() < 0.5
          ? `\t${t[0]!.map((_, j) => `c${j + 1}`).join('\t')}\t${name}\n${t.map((r, i) => `r${i + 1}\t${r.join('\t')}\t${r.reduce((a, b) => a + b, 0)}`).join('\n')}\n`
          : `\t${t[0]!.map((_, j) => `c${j + 1}`).join('\t')}\n${t.map((r, i) => `r${i + 1}\t${r.join('\t')}`).join('\n')}\n${name}\t${colSums(t).join('\t')}\n`;
      if (errors(text).length > 0) refused++;
    }
    expect(refused).toBe(0);
  });
});

describe('two tables of the same groups broken down by different things, no margin printed (by sex, by age)', () => {
  const text = '# 性別\n\tA群\tB群\n男性\t3\t25\n女性\t30\t40\n\n# 年齢\n\tA群\tB群\n65歳未満\t15\t30\n65歳以上\t18\t35\n';
  it('before, only the 3 was hidden: each table takes all of A群, so 33 (15 + 18 in the other) − 30 = 3 (oracle)', () => {
    expect(attack(highs, text, new Set(['0:0:0']), { zeroExempt: true }).get('0:0:0')).toMatchObject({ lo: 3, hi: 3 });
  });
  it('now the groups’ sums are equations (our reading, said), and the tables hold together', () => {
    const r = holds(text);
    expect(r.warnings.map((w) => w.code)).toContain('tables/same-groups');
    expect(r.warnings.find((w) => w.code === 'tables/same-groups')!.message).toContain('推定');
    expect(hiddenLabels(r, 1).length).toBeGreaterThan(0);
  });
  it('transposed, without titles, three tables (性別×群, 年齢×群, 性別×年齢), in Markdown: hold', () => {
    for (const t of [
      '\t男性\t女性\nA群\t3\t30\nB群\t25\t40\n\n\t65歳未満\t65歳以上\nA群\t15\t18\nB群\t30\t35\n',
      '\tA群\tB群\n男性\t3\t25\n女性\t30\t40\n\n\tA群\tB群\n65歳未満\t15\t30\n65歳以上\t18\t35\n',
      `${text}\n# 性別×年齢\n\t65歳未満\t65歳以上\n男性\t12\t16\n女性\t33\t37\n`,
      '| | A群 | B群 |\n|---|---|---|\n| 男性 | 3 | 25 |\n| 女性 | 30 | 40 |\n\n| | A群 | B群 |\n|---|---|---|\n| 65歳未満 | 15 | 30 |\n| 65歳以上 | 18 | 35 |\n',
    ]) {
      const r = run(t);
      expect(r.warnings.map((w) => w.code)).toContain('tables/same-groups');
      if (!t.startsWith('|')) holds(t);
    }
  });
  it('tables whose groups’ sums differ (events, several per patient) are not so read', () => {
    const r = run('# 性別\n\tA群\tB群\n男性\t3\t25\n女性\t30\t40\n\n# 有害事象\n\tA群\tB群\n発熱\t15\t30\n咳\t22\t35\n');
    expect(r.warnings.map((w) => w.code)).not.toContain('tables/same-groups');
  });
  it('chance: 60 random pairs of breakdowns of 2–3 groups hold against the oracle; 60 pairs whose sums differ are not linked', () => {
    const random = lcg(1406);
    const split = (total: number, parts: number) => {
      const cuts = Array.from({ length: parts - 1 }, () => Math.floor(random() * (total + 1))).sort((a, b) => a - b);
      return [...cuts, total].map((c, i) => c - (i ? cuts[i - 1]! : 0));
    };
    const table = (title: string, labels: string[], cols: number[][]) =>
      `# ${title}\n\t${cols.map((_, j) => `${'ABC'[j]}群`).join('\t')}\n${labels.map((l, i) => `${l}\t${cols.map((c) => c[i]).join('\t')}`).join('\n')}\n`;
    let linked = 0;
    let apart = 0;
    let protectedPairs = 0;
    for (let k = 0; k < 60; k++) {
      const ns = Array.from({ length: 2 + Math.floor(random() * 2) }, () => 15 + Math.floor(random() * 40));
      const sex = ns.map((n) => split(n, 2));
      const age = ns.map((n) => split(n, 3));
      const text = `${table('性別', ['男性', '女性'], sex)}\n${table('年齢', ['65歳未満', '65〜74歳', '75歳以上'], age)}`;
      const r = result(text);
      if (!r.ok) continue;
      if (r.warnings.some((w) => w.code === 'tables/same-groups')) linked++;
      expectProtected(highs, r, text);
      protectedPairs++;
      // Events: each group's counts drawn apart, their sums all equal only by chance.
      const events = ns.map((n) => [0, 1].map(() => Math.floor(random() * n)));
      const other = `${table('性別', ['男性', '女性'], sex)}\n${table('有害事象', ['発熱', '咳'], events)}`;
      const o = result(other);
      if (o.ok && o.warnings.some((w) => w.code === 'tables/same-groups')) apart++;
    }
    expect(protectedPairs).toBe(60);
    expect(linked).toBe(60);
    expect(apart).toBe(0);
  });
});

describe('one table of blocks of the same patients (性別 then 年齢 under A群 and B群), no N written', () => {
  const text = '\tA群\tB群\n男性\t3\t25\n女性\t30\t40\n65歳未満\t15\t30\n65歳以上\t18\t35\n';
  it('before, only the 3 was hidden: each block is all of A群 to a reader, 15 + 18 − 30 = 3 (oracle)', () => {
    expect(attack(highs, text, new Set(['0:0:0']), { zeroExempt: true }).get('0:0:0')).toMatchObject({ lo: 3, hi: 3 });
  });
  it('now runs of adjacent rows adding up alike in every column are equations (our reading, said), and the table holds', () => {
    const r = holds(text);
    const w = r.warnings.find((x) => x.code === 'tables/same-groups')!;
    expect(w.message).toContain('「男性・女性」と「65歳未満・65歳以上」');
    expect(hiddenLabels(r)).toEqual(['65歳未満/A群', '男性/A群']);
    // Joined label columns (性別 | 男性), three blocks, a single column (a chance sum 3 + 15 = 18 beside the blocks).
    // Joined label columns: read as 「性別・男性」…, attacked as read (the oracle reads one label column).
    const joined = run('\t\tA群\tB群\n性別\t男性\t3\t25\n\t女性\t30\t40\n年齢\t65歳未満\t15\t30\n\t65歳以上\t18\t35\n');
    expect(joined.warnings.map((x) => x.code)).toContain('tables/same-groups');
    expectProtected(highs, joined, '\tA群\tB群\n性別・男性\t3\t25\n性別・女性\t30\t40\n年齢・65歳未満\t15\t30\n年齢・65歳以上\t18\t35\n');
    for (const t of [`${text}喫煙あり\t12\t20\n喫煙なし\t21\t45\n`, '\t人数\n男性\t3\n女性\t30\n65歳未満\t15\n65歳以上\t18\n'])
      expect(holds(t).warnings.map((x) => x.code)).toContain('tables/same-groups');
  });
  it('chance: 60 random Table 1s of 2–3 blocks (no N) hold; of 200 random 6×4 tables of counts 0–40, few read so', () => {
    const random = lcg(1407);
    const split = (total: number, parts: number) => {
      const cuts = Array.from({ length: parts - 1 }, () => Math.floor(random() * (total + 1))).sort((a, b) => a - b);
      return [...cuts, total].map((c, i) => c - (i ? cuts[i - 1]! : 0));
    };
    const blocks = [
      ['男性', '女性'],
      ['65歳未満', '65〜74歳', '75歳以上'],
      ['喫煙あり', '喫煙なし'],
    ];
    let held = 0;
    for (let k = 0; k < 60; k++) {
      const ns = Array.from({ length: 1 + Math.floor(random() * 3) }, () => 15 + Math.floor(random() * 40));
      const used = blocks.slice(0, 2 + Math.floor(random() * 2));
      const lines = used.flatMap((labels) => {
        const cols = ns.map((n) => split(n, labels.length));
        return labels.map((l, i) => `${l}\t${cols.map((c) => c[i]).join('\t')}`);
      });
      const t = `\t${ns.map((_, j) => `${'ABC'[j]}群`).join('\t')}\n${lines.join('\n')}\n`;
      const r = result(t);
      if (!r.ok) continue;
      expectProtected(highs, r, t);
      held++;
    }
    let read = 0;
    let refused = 0;
    for (let k = 0; k < 200; k++) {
      const rows = counts(random, 6, 4);
      const t = `\t${rows[0]!.map((_, j) => `c${j + 1}`).join('\t')}\n${rows.map((r, i) => `r${i + 1}\t${r.join('\t')}`).join('\n')}\n`;
      const r = result(t);
      if (!r.ok) refused++;
      else if (r.warnings.some((w) => w.code === 'tables/same-groups')) read++;
    }
    // Measured on the fixed generator (lcg exact modulo 2^32): all 60 held. (On the old one: 59, one Table 1 refused
    // for another reason — a near-total by chance, `total/almost`.)
    expect(held).toBe(60);
    expect(read).toBe(0);
    expect(refused).toBe(0);
    console.log(`Table 1s of blocks held: ${held} of 60; random 6×4: ${read} read as blocks, ${refused} refused`);
  });
});
