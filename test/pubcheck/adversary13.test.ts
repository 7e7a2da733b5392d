/**
 * A thirteenth round of adversarial tables (issue #11): the readings that landed one by one — うち lines
 * (ofwhich.ts), several answers per patient with a line of Ns (`severalAnswers`), Table 1 blocks (rests.ts), tables
 * linked by their numbers (labels.ts), Markdown, ;-CSV and units (csv.ts) — attacked together. Each leak is shown by
 * arithmetic on what the checker hid before (nothing, or the wrong rest) or with the oracle (oracle.ts, written apart
 * from the engine); then the checker now holds against the oracle on the tables as it read them with its own lines
 * written out (`asAttacked`: what an attacker works out from the lines printed), or refuses the table in words.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary, asAttacked, expectProtected, hiddenLabels, type Ok } from './protection.ts';

const highs = await solver();
const { run, holds, errors, codes } = adversary(highs, fixtureBundle());

const hidden = hiddenLabels;
const labels = (r: Ok, axis: 'rows' | 'cols', table = 0) => r.tables[table]!.table[axis].map((h) => h.label);

describe('several answers per patient (the rows add up past each column’s N) with うち lines', () => {
  const text = '\tA群 (N=40)\tB群 (N=50)\n高血圧\t38\t20\nうち重症\t30\t12\nうち入院\t25\t11\n糖尿病\t20\t35\n脂質異常症\t15\t30\n';
  it('before, a うち line turned the several-answers reading off: 40 − 38 = 2 without hypertension was shown', () => {
    // What the checker hid before (the うち rests only, the line of Ns never added): the oracle, on the table with the
    // line of Ns and the complement written out, pins the complement (asked as hidden) at 2.
    const attacked =
      '\tA群 (N=40)\tB群 (N=50)\n全体\t40\t50\n高血圧\t38\t20\n高血圧以外\t2\t30\nうち重症\t30\t12\n' +
      '高血圧のうち重症以外\t8\t8\nうち入院\t25\t11\n高血圧のうち入院以外\t13\t9\n糖尿病\t20\t35\n脂質異常症\t15\t30\n';
    const before = ['0:3:0', '0:3:1', '0:4:0', '0:4:1', '0:5:1', '0:6:1', '0:2:0'];
    expect(attack(highs, attacked, new Set(before), { zeroExempt: true }).get('0:2:0')).toMatchObject({ lo: 2, hi: 2 });
  });
  it('now each row’s complement of N and each うち line’s rest are read, and the table holds', () => {
    const r = holds(text);
    expect(labels(r, 'rows')).toEqual([
      '全体（見出しの N）',
      '高血圧',
      'うち重症',
      '高血圧のうち重症以外',
      'うち入院',
      '高血圧のうち入院以外',
      '高血圧以外',
      '糖尿病',
      '糖尿病以外',
      '脂質異常症',
      '脂質異常症以外',
    ]);
    expect(hidden(r)).toContain('高血圧以外/A群 (N=40)');
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['layout/complement', 'layout/of-which']));
  });
  it('nested うち lines (「　うち重症」 then 「　　うち入院」), and under a title saying 複数回答', () => {
    const nested = '\tA群 (N=40)\tB群 (N=50)\n高血圧\t38\t20\n　うち重症\t30\t12\n　　うち入院\t25\t11\n糖尿病\t20\t35\n';
    expect(hidden(holds(nested))).toContain('高血圧以外/A群 (N=40)');
    expect(hidden(holds(`# 既往歴（複数回答）\n${text}`))).toContain('高血圧以外/A群 (N=40)');
  });
  it('lines indented under a row without うち (「　重症」「　軽症」): refused in words, not passed with 2 shown', () => {
    const e = errors('\tA群 (N=40)\tB群 (N=50)\n高血圧\t38\t20\n　重症\t30\t12\n　軽症\t8\t8\n糖尿病\t20\t35\n');
    expect(e.map((x) => x.code)).toEqual(['table/several-answers']);
    expect(e[0]!.message).toContain('字下げした行「重症」');
    expect(e[0]!.message).toContain('チェッカーの判断');
  });
  it('in Markdown, with units (「38人」), in a ;-CSV, and with n (%) cells: read alike and hold', () => {
    for (const t of [
      '| | A群 (N=40) | B群 (N=50) |\n|---|---|---|\n| 高血圧 | 38人 | 20人 |\n| うち重症 | 30人 | 12人 |\n| 糖尿病 | 20人 | 35人 |\n',
      ';A群 (N=40);B群 (N=50)\n高血圧;38例;20例\nうち重症;30例;12例\n糖尿病;20例;35例\n',
      '\tA群 (N=40)\tB群 (N=50)\n高血圧\t38 (95.0%)\t20 (40.0%)\nうち重症\t30 (75.0%)\t12 (24.0%)\n糖尿病\t20 (50.0%)\t35 (70.0%)\n',
    ])
      expect(hidden(holds(t))).toEqual(expect.arrayContaining(['高血圧以外/A群 (N=40)', '高血圧のうち重症以外/A群 (N=40)']));
  });
  it('chance: 30 random several-answers tables with a うち line under a random row are read and hold', () => {
    const random = lcg(1313);
    let read = 0;
    for (let k = 0; k < 30; k++) {
      const ns = [20 + Math.floor(random() * 40), 20 + Math.floor(random() * 40)];
      const rows = 3 + Math.floor(random() * 3);
      const counts = Array.from({ length: rows }, () => ns.map((n) => Math.floor(n / 2 + (random() * n) / 2)));
      const at = Math.floor(random() * rows);
      const lines = counts.flatMap((row, i) => [
        [`項目${i + 1}`, ...row].join('\t'),
        ...(i === at ? [['うち重症', ...row.map((n) => Math.floor(random() * (n + 1)))].join('\t')] : []),
      ]);
      const text = `\tA群 (N=${ns[0]})\tB群 (N=${ns[1]})\n${lines.join('\n')}\n`;
      const r = holds(text);
      if (r.warnings.some((w) => w.code === 'layout/complement')) read++;
    }
    // Rows of N/2 to N each add past N in every table of three rows or more.
    expect(read).toBe(30);
  });
});

describe('several answers per patient with a うち column (「A群 (N=40)」 then 「うち男性 (N=25)」)', () => {
  it('before, the うち column was read only where the rows did not add past N, and 40 − 38 = 2 was shown beside it', () => {
    // Before: with a total column the うち column's N was added to the total's (90 ≠ 40 + 50 + 30), the table read as
    // one of うち columns only: 高血圧 38 of A群 (N=40) published, 2 without hypertension by arithmetic.
    expect(40 - 38).toBeLessThan(10);
    const r = holds('\t全体 (N=90)\tA群 (N=40)\tB群 (N=50)\tうち男性 (N=30)\n高血圧\t58\t38\t20\t15\n糖尿病\t55\t20\t35\t20\n');
    expect(labels(r, 'cols')).toEqual(['全体 (N=90)', 'A群 (N=40)', 'B群 (N=50)', 'うち男性 (N=30)', 'B群のうち男性以外 (N=20)']);
    expect(hidden(r)).toContain('高血圧以外/A群 (N=40)');
  });
  it('each row’s complement and the うち column’s rest read together (rows and columns), with うち rows too', () => {
    // Before: the several-answers reading returned before the columns were read: 糖尿病 20 − うち男性 12 = 8 women shown.
    expect(20 - 12).toBeLessThan(10);
    const r = holds('\tA群 (N=40)\tうち男性 (N=25)\tB群 (N=50)\n高血圧\t38\t24\t20\nうち重症\t20\t15\t10\n糖尿病\t20\t12\t35\n');
    expect(labels(r, 'cols')).toEqual(['A群 (N=40)', 'うち男性 (N=25)', 'A群のうち男性以外 (N=15)', 'B群 (N=50)']);
    expect(hidden(r)).toEqual(expect.arrayContaining(['糖尿病/A群のうち男性以外 (N=15)', '高血圧以外/A群 (N=40)']));
  });
  it('a うち column without its N: refused in words (the line of Ns has no value there)', () => {
    const e = errors('\tA群 (N=40)\tうち男性\tB群 (N=50)\n高血圧\t38\t30\t20\n糖尿病\t20\t12\t35\n');
    expect(e.map((x) => x.code)).toEqual(['table/several-answers']);
    expect(e[0]!.message).toContain('うち数の列「うち男性」に N がなく');
  });
  it('a うち column whose rest’s N is under the threshold (40 − 32 = 8 women): refused in words as any such N', () => {
    expect(codes('\tA群 (N=40)\tうち男性 (N=32)\tB群 (N=50)\n高血圧\t38\t30\t20\n糖尿病\t20\t12\t35\n')).toContain('header/n-below-sum');
  });
});

describe('a table titled 複数回答 with its N in the title, with うち lines or indented parts (primary.ts complements)', () => {
  // Before, 高血圧 (made a subtotal by its うち line) was left out of the complements: 40 − 38 = 2 shown. Then it was
  // hidden for its complement, with the rest of its うち line (8): but 高血圧 = うち重症 30 + the rest (at least 1
  // where hidden) and at most N = 40 leaves 0 to 9 without it, which the audit of the cell's own range did not see
  // (check.ts `complementsSqueezed`): refused in words, saying to paste the parts apart.
  it('高血圧 with its うち line: its complement 0 to 9 under the sum and N, refused in words', () => {
    expect(40 - (30 + 1)).toBeLessThan(10);
    for (const text of [
      '# 既往歴（複数回答） N=40\n\t人数\n高血圧\t38\nうち重症\t30\n糖尿病\t20\n',
      '# 既往歴（複数回答） N=40\n\tn (%)\n高血圧\t38 (95.0)\nうち重症\t30 (75.0)\n糖尿病\t20 (50.0)\n',
    ]) {
      const found = errors(text);
      expect(found.map((e) => e.code)).toEqual(['table/several-answers']);
      expect(found[0]!.message).toContain('行「高血圧」');
      expect(found[0]!.message).toContain('うち数の行や字下げした内訳があるため');
    }
    // Pasted apart as the hint says: the answers alone are read with their complements (ofwhich.ts).
    const r = holds('# 既往歴（複数回答） N=40\n\t人数\n高血圧\t38\n糖尿病\t20\n\n\t人数\n高血圧\t38\nうち重症\t30\n');
    expect(hidden(r, 0)).toContain('高血圧以外/人数');
  });
  it('an indented subtotal (循環器 over 高血圧 and 心不全) is one of the several answers too: refused alike', () => {
    const found = errors('# 既往歴（複数回答） N=40\n\t人数\n循環器\t38\n　高血圧\t30\n　心不全\t8\n糖尿病\t20\n');
    expect(found.map((e) => e.code)).toEqual(['table/several-answers']);
    expect(found[0]!.message).toContain('行「循環器」');
  });
});

describe('うち lines in two header rows or two label columns joined (layout.ts)', () => {
  it('「入院」 over 「全体」「うち重症」: before read as two items, 20 − 18 = 2 shown; now the rest is hidden', () => {
    expect(20 - 18).toBeLessThan(10);
    const r = run('\t入院\t\t退院\n\t全体\tうち重症\t\nA群\t20\t18\t30\nB群\t25\t12\t28\n');
    expect(labels(r, 'cols')).toEqual(['入院・全体', '入院・うち重症', '入院・全体のうち重症以外', '退院']);
    expect(hidden(r)).toEqual(['A群/入院・うち重症', 'A群/入院・全体のうち重症以外']);
    expectProtected(highs, r, asAttacked(r, ''));
  });
  it('「うち重症」 over 「A群」「B群」 beside 「入院」 over them: part of 入院・A群, not of the column before it (入院・B群)', () => {
    // Before: the rest was taken of 入院・B群 (35 − 18 = 17, wrong), and 入院・A群 − うち重症・A群 = 2 was shown.
    expect(20 - 18).toBeLessThan(10);
    const r = run('\t入院\t\tうち重症\t\n\tA群\tB群\tA群\tB群\n男性\t20\t35\t18\t12\n女性\t30\t38\t20\t20\n');
    expect(labels(r, 'cols')).toEqual([
      '入院・A群',
      '入院・B群',
      'うち重症・A群',
      '入院・A群のうち重症以外',
      'うち重症・B群',
      '入院・B群のうち重症以外',
    ]);
    expect(r.tables[0]!.table.cells[0]![3]!.text).toBe('2');
    expect(hidden(r)).toContain('男性/入院・A群のうち重症以外');
    expectProtected(highs, r, asAttacked(r, ''));
  });
  it('rows alike: 「入院」「退院」 each over 「全体」「うち重症」, and 「うち重症」 over 「男性」「女性」', () => {
    const a = run('\t\tA群\tB群\n入院\t全体\t20\t25\n\tうち重症\t18\t12\n退院\t全体\t30\t28\n\tうち重症\t20\t13\n');
    expect(hidden(a)).toContain('入院・全体のうち重症以外/A群');
    expectProtected(highs, a, asAttacked(a, ''));
    const b = run('\t\tA群\tB群\n入院\t男性\t20\t25\n\t女性\t30\t28\nうち重症\t男性\t18\t12\n\t女性\t25\t20\n');
    expect(hidden(b)).toEqual(expect.arrayContaining(['入院・男性のうち重症以外/A群', '入院・女性のうち重症以外/A群']));
    expectProtected(highs, b, asAttacked(b, ''));
  });
});

describe('a うち line stating its own N', () => {
  it('全体 (N=50) and うち男性 (N=42): the rest states N = 8, under the threshold, and the table cannot pass', () => {
    // Before: the rest column was named 「男性 (N=42以外」 and stated no N; 50 − 42 = 8 patients not men was shown.
    const r = run('\t全体 (N=50)\tうち男性 (N=42)\n入院\t25\t20\n退院\t25\t22\n');
    expect(labels(r, 'cols')).toEqual(['全体 (N=50)', 'うち男性 (N=42)', '男性以外 (N=8)']);
    expect(r.verdict.afterChanges).toBeUndefined();
    const rows = run('\t入院\t退院\n全体 (N=50)\t25\t25\nうち男性 (N=42)\t20\t22\n');
    expect(labels(rows, 'rows')).toEqual(['全体 (N=50)', 'うち男性 (N=42)', '男性以外 (N=8)']);
  });
  it('at the threshold or over, the rest’s N is stated and the table holds', () => {
    const r = holds('\t全体 (N=50)\tうち男性 (N=30)\nA群\t25 (50.0%)\t14 (46.7%)\nB群\t25 (50.0%)\t16 (53.3%)\n');
    expect(labels(r, 'cols')).toEqual(['全体 (N=50)', 'うち男性 (N=30)', '男性以外 (N=20)']);
  });
});

describe('the readings together, already holding (kept so)', () => {
  it.each([
    [
      'a Table 1 with a うち line under 女性',
      '\t全体 (N=60)\tA群 (N=30)\tB群 (N=30)\n男性\t35\t18\t17\n女性\t25\t12\t13\nうち妊娠\t20\t9\t11\n喫煙\t40\t20\t20\n',
    ],
    [
      'うち lines in Markdown, indented with &nbsp;',
      '| | A群 | B群 |\n|---|---|---|\n| **入院** | 20 | 25 |\n| &nbsp;&nbsp;うち重症 | 18 | 12 |\n| 退院 | 30 | 28 |\n',
    ],
    ['うち lines in a CSV with units', ',A群,B群\n入院,20人,25人\nうち重症,18人,12人\n退院,30人,28人\n'],
    [
      'a several-answers table linked by its numbers to a table printing a row',
      '# 表1\n\tA群 (N=40)\tB群 (N=50)\n高血圧\t38\t20\n糖尿病\t20\t35\n\n# 表2\n\tA群\tB群\n高血圧\t38\t20\n',
    ],
    [
      'another table printing the complement',
      '# 表1\n\tA群 (N=40)\tB群 (N=50)\n高血圧\t38\t20\n糖尿病\t20\t35\n\n# 表2\n\tA群\tB群\n高血圧なし\t2\t30\n',
    ],
    [
      'another table printing the rest of a うち line',
      '# 表1\n\tA群\tB群\n入院\t20\t25\nうち重症\t15\t12\n\n# 表2\n\tA群\tB群\n入院のうち重症以外\t5\t13\n',
    ],
    [
      'a table linked by numbers, its rows the other’s columns',
      '# 表1\n\tA群\tB群\n入院\t20\t25\nうち重症\t18\t12\n\n# 表2\n\t入院\t重症\nA群\t20\t18\nB群\t25\t12\n',
    ],
    [
      'n (%) under うち, n (%) said in the header',
      '\tA群 (N=50) n (%)\tB群 (N=50) n (%)\n入院\t20 (40.0)\t25 (50.0)\nうち重症\t18 (36.0)\t12 (24.0)\n',
    ],
    ['a rest of 0 (zeros exempt)', '\tA群\tB群\n入院\t20\t25\nうち重症\t20\t12\n退院\t30\t28\n'],
    [
      'a うち line under a line that is itself a complement (高血圧なし)',
      '\tA群\tB群\n高血圧あり\t38\t20\n高血圧なし\t12\t30\nうち治療歴あり\t10\t25\n合計\t50\t50\n',
    ],
    [
      'two うち lines under a 合計',
      '\tA群\tB群\t合計\n入院\t20\t25\t45\nうち重症\t18\t12\t30\nうち死亡\t15\t5\t20\n退院\t30\t28\t58\n合計\t50\t53\t103\n',
    ],
    ['a うち column under 合計 and うち rows under 入院', '\t全体\tうち男性\n入院\t50\t45\nうち重症\t48\t44\n'],
  ])('%s', (_, text) => {
    holds(text);
  });
  it('a bare-percentage table with a うち line, and cells already hidden (「<10」), are refused in words', () => {
    expect(codes('\tA群\tB群\n入院\t20.0%\t25.0%\nうち重症\t18.0%\t12.0%\n合計 (N=100)\t100.0%\t100.0%\n')).toContain('table/of-which');
    expect(codes('\tA群\tB群\n入院\t20\t25\nうち重症\t18\t<10\n退院\t30\t28\n')).toContain('cell/hidden');
  });
});
