/**
 * Table 1 blocks, second round (issue #11): blocks of rows that `rests.ts` did not see as one variable's.
 * 1. A block whose labels name a variable by words the checker did not know (「現在喫煙」「過去喫煙」「非喫煙」, 「既婚」
 *    「未婚」, 「Stage I」…, 「ECOG 0」…, 「軽症」「中等症」「重症」, 「初発」「再発」, 「外来」「入院」) at the table's start or
 *    end, or two such blocks next to each other, each short of N: N − the block's sum is a small count no cell holds,
 *    and the table passed with exit 0. Now the labels are read as one variable's (families of words, levels of a
 *    scale) and the rest is a blocking finding.
 * Each leak is shown by the attacker's arithmetic (the rest is no cell: N less the block's printed counts) on the
 * table that passed before; chance tests measure how often ordinary tables are so read.
 */
import { describe, expect, it } from 'vitest';
import { countsForPercent } from '../../src/pubcheck/cell.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { blockRests, oneVariable } from '../../src/pubcheck/rests.ts';
import type { HeaderFinding } from '../../src/pubcheck/types.ts';
import { fixtureBundle, lcg, solver, splitter } from './helpers.ts';
import { adversary, type Ok } from './protection.ts';

/**
 * Measured with rests.ts before this round (main at 8301b8b): 2 of 400 on the tests' old generator (helpers.ts `lcg`,
 * whose seeds fell into one cycle); 3 of 400 on the fixed one (8301b8b's rests.ts on the same inputs: the same 3).
 */
const WORDS_BEFORE = 3;
const highs = await solver();
const { run, result: adversaryResult } = adversary(highs, fixtureBundle());

const blocks = (r: Ok): HeaderFinding[] => r.tables.flatMap((t) => t.primary.headers.filter((h) => h.block !== undefined));
const table = (cols: string[], rows: [string, ...(number | string)[]][]) =>
  `\t${cols.join('\t')}\n${rows.map(([label, ...cells]) => `${label}\t${cells.join('\t')}`).join('\n')}\n`;
const AB = ['A群 (N=57)', 'B群 (N=63)'];
const sexAge: [string, ...number[]][] = [
  ['男性', 30, 35],
  ['女性', 27, 28],
  ['65歳未満', 20, 30],
  ['65歳以上', 37, 33],
];
/** A block's printed counts per group and what N leaves out of it. */
const restOf = (rows: [string, ...number[]][], ns = [57, 63]) => ns.map((n, g) => n - rows.reduce((s, r) => s + (r[g + 1] as number), 0));

describe('1. blocks whose labels name a variable the checker did not know, at the start, at the end, or side by side', () => {
  const unknown: [string, [string, ...number[]][]][] = [
    [
      '喫煙（現在・過去・非）',
      [
        ['現在喫煙', 20, 21],
        ['過去喫煙', 15, 20],
        ['非喫煙', 18, 22],
      ],
    ],
    [
      '婚姻',
      [
        ['既婚', 30, 40],
        ['未婚', 19, 20],
      ],
    ],
    [
      '病期',
      [
        ['Stage I', 20, 21],
        ['Stage II', 15, 20],
        ['Stage III', 18, 22],
      ],
    ],
    [
      'ECOG',
      [
        ['ECOG 0', 30, 31],
        ['ECOG 1', 15, 20],
        ['ECOG 2', 6, 12],
      ],
    ],
    [
      '重症度',
      [
        ['軽症', 25, 21],
        ['中等症', 20, 30],
        ['重症', 8, 12],
      ],
    ],
    [
      '初発・再発',
      [
        ['初発', 40, 41],
        ['再発', 12, 22],
      ],
    ],
    [
      '外来・入院',
      [
        ['外来', 33, 40],
        ['入院', 20, 23],
      ],
    ],
    [
      'NYHA',
      [
        ['NYHA Ⅰ', 20, 21],
        ['NYHA Ⅱ', 25, 30],
        ['NYHA Ⅲ', 8, 12],
      ],
    ],
  ];
  for (const [name, block] of unknown) {
    const rest = restOf(block);
    it(`${name} at the start and at the end: N − the block's sum (${rest.join(', ')}) passed with exit 0; now a blocking finding`, () => {
      // The attacker's arithmetic: the sex and age blocks add up to N in both groups, this block leaves `rest` out.
      expect(restOf(sexAge.slice(0, 2))).toEqual([0, 0]);
      expect(rest[0]).toBeGreaterThanOrEqual(1);
      expect(rest[0]).toBeLessThan(10);
      for (const rows of [
        [...block, ...sexAge],
        [...sexAge, ...block],
      ]) {
        const r = run(table(AB, rows));
        expect(blocks(r), table(AB, rows)).toEqual([
          expect.objectContaining({
            label: 'A群 (N=57)',
            rest: rest[0],
            block: expect.objectContaining({ labels: block.map((b) => b[0]), how: 'words' }),
          }),
        ]);
        expect(r.verdict.afterChanges).toBeUndefined();
      }
    });
  }
  it('two such blocks next to each other, each short of N (既婚・未婚 leaves 5, 初発・再発 leaves 5): both found', () => {
    const rows: [string, ...number[]][] = [
      ['男性', 30, 35],
      ['女性', 27, 28],
      ['既婚', 30, 40],
      ['未婚', 22, 20],
      ['初発', 40, 41],
      ['再発', 12, 20],
      ['65歳未満', 20, 30],
      ['65歳以上', 37, 33],
    ];
    expect(restOf(rows.slice(2, 4))).toEqual([5, 3]);
    expect(restOf(rows.slice(4, 6))).toEqual([5, 2]);
    const found = blocks(run(table(AB, rows)));
    expect(found.map((f) => f.block!.labels)).toEqual([
      ['既婚', '未婚'],
      ['初発', '再発'],
    ]);
  });
  it('labels read as one variable’s categories, and not', () => {
    for (const yes of [
      ['現在喫煙', '過去喫煙', '非喫煙'],
      ['既婚', '未婚', '死別'],
      ['Stage I', 'Stage II', 'Stage III', 'Stage IV'],
      ['Stage IA', 'Stage IB'],
      ['ECOG 0', 'ECOG 1', 'ECOG 2'],
      ['PS 0', 'PS 1', 'PS 2以上'],
      ['NYHA Ⅰ', 'NYHA Ⅱ', 'NYHA Ⅲ'],
      ['Child-Pugh A', 'Child-Pugh B', 'Child-Pugh C'],
      ['Ⅰ度', 'Ⅱ度', 'Ⅲ度'],
      ['軽症', '中等症', '重症'],
      ['軽度', '中等度', '重度', '不明'],
      ['初発', '再発'],
      ['外来', '入院'],
      ['陽性', '陰性'],
      ['右', '左', '両側'],
      ['低リスク', '中リスク', '高リスク'],
      ['現在', '過去', 'なし'],
      ['Current smoker', 'Former smoker', 'Never smoker'],
      ['喫煙者', '非喫煙者'],
      ['治療', '未治療'],
    ])
      expect(oneVariable(yes), yes.join(' ')).toBe(true);
    for (const no of [
      ['高血圧', '糖尿病'],
      ['心不全', '腎不全'],
      ['脳梗塞', '心筋梗塞'],
      ['項目1', '項目2'],
      ['A群', 'B群'],
      ['ECOG 1', 'ECOG 1'],
      ['喫煙', '飲酒'],
      ['肝炎', '非肝炎性'],
      ['男性', '女性', '65歳未満'],
    ])
      expect(oneVariable(no), no.join(' ')).toBe(false);
  });
});

const VARIABLES: [string[], number[]][] = [
  [
    ['男性', '女性'],
    [0.5, 0.5],
  ],
  [
    ['65歳未満', '65〜74歳', '75歳以上'],
    [0.4, 0.35, 0.25],
  ],
  [
    ['現在喫煙', '過去喫煙', '非喫煙'],
    [0.25, 0.3, 0.45],
  ],
  [
    ['既婚', '未婚', '死別'],
    [0.6, 0.3, 0.1],
  ],
  [
    ['Stage I', 'Stage II', 'Stage III', 'Stage IV'],
    [0.3, 0.3, 0.25, 0.15],
  ],
  [
    ['ECOG 0', 'ECOG 1', 'ECOG 2'],
    [0.5, 0.35, 0.15],
  ],
  [
    ['軽症', '中等症', '重症'],
    [0.4, 0.4, 0.2],
  ],
  [
    ['初発', '再発'],
    [0.7, 0.3],
  ],
  [
    ['外来', '入院'],
    [0.6, 0.4],
  ],
  [
    ['BMI 18.5未満', 'BMI 18.5〜25', 'BMI 25以上'],
    [0.1, 0.6, 0.3],
  ],
];
const DISEASES = [
  '高血圧',
  '糖尿病',
  '脂質異常症',
  '慢性腎臓病',
  '心不全',
  '腎不全',
  '慢性心不全',
  '脳梗塞',
  '脳出血',
  '心筋梗塞',
  '狭心症',
  '心房細動',
  '高尿酸血症',
  '高脂血症',
  'COPD',
  '喘息',
  '肝硬変',
  '慢性肝炎',
  '悪性腫瘍',
  '認知症',
  'うつ病',
  '骨粗鬆症',
  '関節リウマチ',
  '甲状腺機能低下症',
  '貧血',
  '末梢動脈疾患',
  '低血圧',
  '高血圧症',
  '2型糖尿病',
  '1型糖尿病',
];
/** A Table 1 of 1–3 groups: 2–5 of the variables above (each adding up to N), in random order, then 2–5 diseases. */
function tableOne(next: () => number): string {
  const split = splitter(next);
  const groups = 1 + Math.floor(next() * 3);
  const ns = Array.from({ length: groups }, () => 30 + Math.floor(next() * 121));
  const pool = [...VARIABLES];
  const rows: [string, ...number[]][] = [];
  for (let k = 2 + Math.floor(next() * 4); k > 0; k--) {
    const [labels, ps] = pool.splice(Math.floor(next() * pool.length), 1)[0]!;
    const per = ns.map((n) => split(n, ps));
    labels.forEach((l, i) => rows.push([l, ...per.map((v) => v[i]!)]));
  }
  const ds = [...DISEASES];
  for (let k = 2 + Math.floor(next() * 4); k > 0; k--) {
    const d = ds.splice(Math.floor(next() * ds.length), 1)[0]!;
    const p = 0.05 + next() * 0.4;
    rows.push([d, ...ns.map((n) => split(n, [p, 1 - p])[0]!)]);
  }
  return table(
    ns.map((n, g) => `${'ABC'[g]}群 (N=${n})`),
    rows,
  );
}

describe('how often the new readings fire on ordinary tables', () => {
  it('300 Table 1s whose blocks (the new families among them) all add up to N: no block read', () => {
    const next = lcg(2024);
    let fired = 0;
    let refused = 0;
    for (let t = 0; t < 300; t++) {
      const text = tableOne(next);
      const read = readTables(text, {});
      if (read.errors.length > 0) refused++;
      const found = read.tables.flatMap((tb) => blockRests(tb, 10));
      if (found.length > 0) fired++;
      expect(found, text).toEqual([]);
    }
    console.log(
      `Table 1s with complete blocks of the new families read as leaving patients out: ${fired} of 300 (${refused} refused otherwise)`,
    );
  });
  it('random lists of diseases (several answers per patient) under N: read as blocks no more often than before', () => {
    const next = lcg(77);
    let words = 0;
    let any = 0;
    for (let t = 0; t < 400; t++) {
      const groups = 1 + Math.floor(next() * 3);
      const ns = Array.from({ length: groups }, () => 20 + Math.floor(next() * 131));
      const ds = [...DISEASES];
      const rows: [string, ...number[]][] = [];
      for (let k = 3 + Math.floor(next() * 6); k > 0; k--) {
        const d = ds.splice(Math.floor(next() * ds.length), 1)[0]!;
        const p = next() * 0.6;
        rows.push(
          [d, ...ns.map((n) => Math.round(n * p * (0.7 + 0.6 * next())))].map((x) => (typeof x === 'number' ? Math.min(x, 999) : x)) as [
            string,
            ...number[],
          ],
        );
      }
      const read = readTables(
        table(
          ns.map((n, g) => `${'ABC'[g]}群 (N=${n})`),
          rows,
        ),
        {},
      );
      const found = read.tables.flatMap((tb) => blockRests(tb, 10));
      if (found.some((f) => f.how === 'words')) words++;
      if (found.some((f) => f.how !== 'line')) any++;
    }
    console.log(`random lists of diseases: ${words} of 400 with a block read from the labels, ${any} with any block (rows alone aside)`);
    expect(words).toBeLessThanOrEqual(WORDS_BEFORE);
  });
});

describe('2. ranges of two variables side by side (年齢, then BMI) are two blocks, not one run', () => {
  const rows: [string, ...number[]][] = [
    ['男性', 30, 35],
    ['女性', 27, 28],
    ['65歳未満', 20, 30],
    ['65〜74歳', 22, 10],
    ['75歳以上', 12, 8],
    ['BMI 18.5未満', 2, 4],
    ['BMI 18.5〜25', 35, 40],
    ['BMI 25以上', 20, 9],
  ];
  it('age leaves 3 in A (15 in B), BMI 10 in B: read as one run of ranges with BMI 18.5未満, the 3 passed; now a blocking finding', () => {
    // The attacker's arithmetic: 57 − 54 = 3 of unknown age in A; the BMI block adds up to N in A.
    expect(restOf(rows.slice(2, 5))).toEqual([3, 15]);
    expect(restOf(rows.slice(5))).toEqual([0, 10]);
    // Before, the age block was no whole block (BMI 18.5未満 after it was read as one more range within N), and the age
    // block with it leaves 11 in B: no reading gave 3.
    expect(restOf(rows.slice(2, 6))).toEqual([1, 11]);
    const r = run(table(AB, rows));
    expect(blocks(r)).toEqual([
      expect.objectContaining({
        label: 'A群 (N=57)',
        rest: 3,
        block: expect.objectContaining({ labels: ['65歳未満', '65〜74歳', '75歳以上'], how: 'words' }),
      }),
    ]);
  });
  it('the same without names (「<65」「65-74」「≥75」「<18.5」「18.5-25」「≥25」): the ranges start again', () => {
    const bare = rows.map(([, ...c], i): [string, ...number[]] => [
      ['男性', '女性', '<65', '65-74', '≥75', '<18.5', '18.5-25', '≥25'][i]!,
      ...c,
    ]);
    expect(blocks(run(table(AB, bare)))).toEqual([
      expect.objectContaining({ rest: 3, block: expect.objectContaining({ labels: ['<65', '65-74', '≥75'] }) }),
    ]);
  });
  it('between two blocks adding up to N, the rows read as a run (3 in A, 15 in B: said only where every group’s rest is small) hid the labels’ reading', () => {
    const between = rows.map(([l, ...c], i): [string, ...number[]] => (i === 7 ? [l, 20, 19] : [l, ...c]));
    expect(restOf(between.slice(5))).toEqual([0, 0]);
    expect(blocks(run(table(AB, between)))).toEqual([
      expect.objectContaining({
        label: 'A群 (N=57)',
        rest: 3,
        block: expect.objectContaining({ labels: ['65歳未満', '65〜74歳', '75歳以上'], how: 'words' }),
      }),
    ]);
  });
  // Not a pass before (the table was refused for 再発 alone, 57 − 52 = 5), but the finding named a row, not the block
  // that leaves the 5 out; a block adding up to N was read across two variables.
  it('a block short of N and the first row of the next adding up to N (既婚 30 + 未婚 22 + 初発 5 = 57) were read as one complete block; now two blocks', () => {
    const rows: [string, ...number[]][] = [
      ['男性', 30, 35],
      ['女性', 27, 28],
      ['既婚', 30, 40],
      ['未婚', 22, 20],
      ['初発', 5, 3],
      ['再発', 52, 60],
    ];
    expect(restOf(rows.slice(2, 4))).toEqual([5, 3]);
    expect(restOf(rows.slice(2, 5))).toEqual([0, 0]);
    expect(blocks(run(table(AB, rows)))).toEqual([
      expect.objectContaining({ label: 'A群 (N=57)', rest: 5, block: expect.objectContaining({ labels: ['既婚', '未婚'], how: 'words' }) }),
    ]);
  });
  it('ranges read as one variable, and two', () => {
    for (const yes of [
      ['65歳未満', '65〜74歳', '75歳以上'],
      ['<18.5', '18.5-24.9', '25-29.9', '≥30'],
      ['BMI 18.5未満', 'BMI 18.5以上25未満', 'BMI 25以上'],
      ['20代', '30代', '40代'],
      ['65歳以上', '65歳未満'],
    ])
      expect(oneVariable(yes), yes.join(' ')).toBe(true);
    for (const no of [
      ['75歳以上', 'BMI 18.5未満'],
      ['65〜74歳', '75歳以上', '<18.5'],
      ['<65', '≥65', '<18.5'],
      ['65歳未満', '65〜74歳', '75歳以上', 'BMI 18.5未満'],
    ])
      expect(oneVariable(no), no.join(' ')).toBe(false);
  });
});

describe('3. integer percentages of N over 100: a block is an equation though its counts are ranges', () => {
  /** Per block of rows and group with one cell hidden: that cell's range as N less the other cells' ranges. */
  const singleHidden = (r: Ok, blockRows: number[][], ns: number[]) => {
    const t = r.tables[0]!;
    const out: { label: string; group: number; lo: number; hi: number; small: boolean }[] = [];
    for (const rows of blockRows)
      ns.forEach((n, g) => {
        const hidden = rows.filter((i) => t.status[i * t.table.cols.length + g] !== 'published');
        if (hidden.length !== 1) return;
        const range = (i: number) => {
          const v = t.table.cells[i]![g]!.value;
          return v.kind === 'percent' ? countsForPercent(v.percent, v.decimals, n) : { lo: 0, hi: 0 };
        };
        const others = rows.filter((i) => i !== hidden[0]);
        out.push({
          label: t.table.rows[hidden[0]!]!.label,
          group: g,
          lo: n - others.reduce((s, i) => s + range(i).hi, 0),
          hi: n - others.reduce((s, i) => s + range(i).lo, 0),
          small: t.status[hidden[0]! * t.table.cols.length + g] === 'primary',
        });
      });
    return out;
  };
  const leaks = (found: ReturnType<typeof singleHidden>) => found.filter((f) => f.lo === f.hi || (f.small && f.hi < 10));
  it('N=138: BMI 18.5〜25 64% and 25以上 30% published left the hidden 6% at 138 − (88〜89) − (41〜42) = 7〜9; now more of the block is hidden', () => {
    const text = table(
      ['A群 (N=61)', 'B群 (N=138)'],
      [
        ['男性', '51%', '51%'],
        ['女性', '49%', '49%'],
        ['65歳未満', '33%', '45%'],
        ['65〜74歳', '41%', '39%'],
        ['75歳以上', '26%', '16%'],
        ['喫煙あり', '38%', '29%'],
        ['喫煙なし', '62%', '71%'],
        ['BMI 18.5未満', '7%', '6%'],
        ['BMI 18.5〜25', '49%', '64%'],
        ['BMI 25以上', '44%', '30%'],
        ['高血圧', '10%', '18%'],
        ['糖尿病', '10%', '23%'],
      ],
    );
    // The attacker's arithmetic on the block as its labels name it (the percentages of 138 as counts).
    expect(countsForPercent(64, 0, 138)).toEqual({ lo: 88, hi: 89 });
    expect(countsForPercent(30, 0, 138)).toEqual({ lo: 41, hi: 42 });
    expect([138 - 89 - 42, 138 - 88 - 41]).toEqual([7, 9]);
    const r = run(text);
    expect(r.tables[0]!.suppression?.passed).toBe(true);
    const blockRows = [
      [0, 1],
      [2, 3, 4],
      [5, 6],
      [7, 8, 9],
    ];
    // Before, BMI 18.5未満 of B was the block's only hidden cell: { lo: 7, hi: 9 }.
    expect(leaks(singleHidden(r, blockRows, [61, 138]))).toEqual([]);
  });
  it('N=190: the BMI block (5%, 63%, 33%) lost to sums found by chance (男性 51% = 65歳未満 + BMI 18.5未満 + Stage IV) and left the hidden 5% at 190 − (119〜120) − (62〜63) = 7〜9; now the block is taken first', () => {
    // Found by the random Table 1s below on the fixed generator (helpers.ts `lcg`): shares.ts took each line's first
    // breakdown of N, then sums found by arithmetic, and the other blocks of labels naming one variable last.
    const text = table(
      ['A群 (N=190)', 'B群 (N=200)'],
      [
        ['男性', '51%', '51%'],
        ['女性', '49%', '50%'],
        ['65歳未満', '38%', '38%'],
        ['65〜74歳', '35%', '32%'],
        ['75歳以上', '27%', '31%'],
        ['喫煙あり', '30%', '23%'],
        ['喫煙なし', '70%', '78%'],
        ['BMI 18.5未満', '5%', '6%'],
        ['BMI 18.5〜25', '63%', '67%'],
        ['BMI 25以上', '33%', '27%'],
        ['Stage I', '32%', '30%'],
        ['Stage II', '33%', '32%'],
        ['Stage III', '27%', '31%'],
        ['Stage IV', '7%', '7%'],
        ['高血圧', '25%', '29%'],
        ['糖尿病', '32%', '22%'],
      ],
    );
    expect([190 - 120 - 63, 190 - 119 - 62]).toEqual([7, 9]);
    const r = run(text);
    expect(r.tables[0]!.suppression?.passed).toBe(true);
    const blockRows = [
      [0, 1],
      [2, 3, 4],
      [5, 6],
      [7, 8, 9],
      [10, 11, 12, 13],
    ];
    // Before: [{ label: 'BMI 18.5未満', group: 0, lo: 7, hi: 9, small: true }].
    expect(leaks(singleHidden(r, blockRows, [190, 200]))).toEqual([]);
  });
  // 60 checks with their audits: 26–60 s on the shared two cores (load 3–8), past vitest's 30 s: a safety net, not a timing.
  it('60 random integer-% Table 1s of 1–2 groups (N 101–400): no hidden count shown by its block (13 tables before, on the fixed generator), and fewer refused (20, 22 before)', () => {
    const next = lcg(7);
    const vars: [string[], number[]][] = [
      [
        ['男性', '女性'],
        [0.5, 0.5],
      ],
      [
        ['65歳未満', '65〜74歳', '75歳以上'],
        [0.4, 0.35, 0.25],
      ],
      [
        ['喫煙あり', '喫煙なし'],
        [0.3, 0.7],
      ],
      [
        ['BMI 18.5未満', 'BMI 18.5〜25', 'BMI 25以上'],
        [0.06, 0.64, 0.3],
      ],
      [
        ['Stage I', 'Stage II', 'Stage III', 'Stage IV'],
        [0.3, 0.3, 0.33, 0.07],
      ],
    ];
    const split = splitter(next);
    const stats = { refused: 0, blocking: 0, passed: 0, leaking: 0 };
    for (let t = 0; t < 60; t++) {
      const ns = Array.from({ length: 1 + Math.floor(next() * 2) }, () => 101 + Math.floor(next() * 300));
      const rows: [string, ...string[]][] = [];
      const blockRows: number[][] = [];
      for (const [labels, ps] of vars) {
        blockRows.push(labels.map((_, k) => rows.length + k));
        const per = ns.map((n) => split(n, ps));
        labels.forEach((l, k) => rows.push([l, ...per.map((v, g) => `${Math.round((100 * v[k]!) / ns[g]!)}%`)]));
      }
      for (const d of ['高血圧', '糖尿病']) rows.push([d, ...ns.map(() => `${Math.round(100 * (0.02 + next() * 0.3))}%`)]);
      const text = table(
        ns.map((n, g) => `${'AB'[g]}群 (N=${n})`),
        rows,
      );
      const r = adversaryResult(text);
      if (!r.ok) {
        stats.refused++;
        continue;
      }
      if (r.tables.some((tb) => tb.suppression?.passed === false || tb.primary.headers.length > 0)) {
        stats.blocking++;
        continue;
      }
      stats.passed++;
      if (leaks(singleHidden(r, blockRows, ns)).length > 0) stats.leaking++;
    }
    // Before: {"refused":16,"blocking":2,"passed":42,"leaking":4} (refused: percent/sum-unclear, sets by chance) on the
    // tests' old generator (helpers.ts `lcg`, whose seeds fell into one cycle). Measured on the fixed generator:
    // before this round (8301b8b's src/pubcheck, these tests) {"refused":22,"blocking":2,"passed":36,"leaking":13};
    // main after it (70d7bf2) {"refused":19,"blocking":2,"passed":39,"leaking":1} — the N=190 table above; now, the
    // blocks of labels naming one variable taken before sums found by chance (shares.ts `shareCounts`),
    // {"refused":20,"blocking":3,"passed":37,"leaking":0}.
    console.log(`integer-% Table 1s: ${JSON.stringify(stats)}`);
    expect(stats.leaking).toBe(0);
    expect(stats.refused).toBeLessThanOrEqual(20);
  }, 300_000);
});
