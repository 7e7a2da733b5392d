/**
 * Reading gaps closed (issue #11, branch reading16), each read or refused in words, never read silently as counts of
 * patients where it may be something that gives a hidden count back: a rate whose label says nothing of a rate
 * (「頻度」「Frequency」, read by its numbers), rates per 1–99 or per a word other than patients (「/10」「per 1,000
 * admissions」「100患者日当たり」), a duration with no unit (「観察期間」), gtsummary's `add_n()` column 「N」 and a note
 * of 「n/N (%)」. Each shown as it was on main (in the comments, `main:`) and as it is now, with chance tests on
 * random ordinary tables of the same words, and what is read attacked by the oracle (oracle.ts).
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, int, lcg, pick, solver } from './helpers.ts';
import { adversary, expectRatesHidden, expectProtected, hiddenLabels, written } from './protection.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run, holds, codes, result, rates, errors: errorsOf } = adversary(highs, bundle);
/**
 * What the checker says of a line of rates: its input errors where refused, or (read as a rate since rates2, the rate
 * hidden with its count: `expectRatesHidden`) its `layout/rate` notes.
 */
const said = (text: string): { code: string; message: string }[] => {
  const r = result(text);
  if (!r.ok) return r.errors;
  expectRatesHidden(r, bundle);
  return r.warnings.filter((w) => w.code === 'layout/rate');
};
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
const refusedCodes = (text: string) => readTables(text).errors.map((e) => e.code);
const outcome = (label: string, a: number | string, b: number | string, n1 = 120, n2 = 130) =>
  tsv([
    ['', '患者数', 'イベント数', label],
    ['A群', n1, 3, a],
    ['B群', n2, 40, b],
  ]);

describe('a rate whose label says nothing of a rate (「頻度」「発症頻度」「Frequency」): read by its numbers', () => {
  it('before, whole numbers were read as counts: 頻度 25 beside 患者数 120 gives the hidden 3 back (25 × 120 ÷ 1,000); now a rate, saying why', () => {
    // main: read as counts, exit 0 with イベント数 3 hidden and 頻度 25 (≥ 10) published. reading16: refused as a rate;
    // rates2: read as the rate it is (25 = 3 × 1,000 ÷ 120), hidden with the hidden 3.
    expect((25 * 120) / 1000).toBe(3);
    const over = said(outcome('頻度', 25, 308));
    expect(over.map((e) => e.code)).toEqual(['layout/rate']);
    expect(over[0]!.message).toContain('308 がその行の人数 130 より大きいため');
    expect(over[0]!.message).toContain('「頻度（例数）」');
    // Every value under its N: told by the event counts (3 × 1,000 ÷ 1,200 = 2.5 ≈ 3, 40 × 1,000 ÷ 1,300 ≈ 31).
    const fit = said(outcome('頻度', 3, 31, 1200, 1300));
    expect(fit.map((e) => e.code)).toEqual(['layout/rate']);
    expect(fit[0]!.message).toContain('3 × 1,000 ÷ 1,200 = 2.5');
    expect(rates(outcome('Frequency', 25, 308))).toEqual(['layout/rate']);
    // In rows, the N in the column headers: no line of 患者数 to read the rate by, refused as before.
    expect(
      codes(
        tsv([
          ['', 'A群 (N=120)', 'B群 (N=130)'],
          ['イベント', 3, 40],
          ['発現頻度', 25, 308],
        ]),
      ),
    ).toEqual(['header/rate']);
  });
  it('before, decimals were refused as 「整数でない数」 with a hint for counts; now as a rate, saying so', () => {
    // main: cell/decimal twice.
    const r = said(outcome('発症頻度', 2.5, 30.8));
    expect(r.map((e) => e.code)).toEqual(['layout/rate']);
    expect(r[0]!.message).toContain('2.5 が整数でないため');
    expect(rates(outcome('Frequency', 0.025, 0.308))).toEqual(['layout/rate']);
  });
  it('chance: 200 random tables where 頻度 is a count column (adverse events by group, 頻度 beside 患者数 under the N, with a 合計 row): none refused', () => {
    const random = lcg(1601);
    let refused = 0;
    let attacked = 0;
    for (let k = 0; k < 200; k++) {
      const shape = k % 3;
      let text: string;
      if (shape === 0) {
        // 副作用 | 頻度 (one column of counts) with a 合計 row.
        const rows = ['悪心', '頭痛', '発疹', 'めまい', '下痢'].slice(0, int(random, 2, 5));
        const vs = rows.map(() => int(random, 0, 80));
        text = tsv([
          ['副作用', pick(random, ['頻度', '発現頻度', 'Frequency', '発症頻度'])],
          ...rows.map((r, i) => [r, vs[i]!]),
          ['合計', vs.reduce((a, b) => a + b, 0)],
        ]);
      } else if (shape === 1) {
        // Groups across, 頻度 rows of counts under each group's N.
        const ns = [int(random, 40, 200), int(random, 40, 200)];
        const rows = ['悪心', '頭痛', '発疹'].slice(0, int(random, 2, 3));
        text = tsv([
          ['頻度', `A群 (N=${ns[0]})`, `B群 (N=${ns[1]})`],
          ...rows.map((r) => [r, int(random, 0, ns[0]!), int(random, 0, ns[1]!)]),
        ]);
      } else {
        // 患者数, イベント数 and 頻度 as a second count (patients with the event more than once, say): under the N.
        const g = int(random, 2, 4);
        const ns = Array.from({ length: g }, () => int(random, 30, 300));
        text = tsv([
          ['', '患者数', 'イベント数', pick(random, ['頻度', '発現頻度', 'Frequency'])],
          ...ns.map((n, i) => {
            const e = int(random, 0, Math.min(n, 50));
            return [`${'ABCD'[i]}群`, n, e, int(random, 0, e)];
          }),
        ]);
      }
      if (refusedCodes(text).length > 0) {
        refused++;
        continue;
      }
      // A few read as counts, attacked by the oracle.
      if (attacked < 6 && shape !== 1) {
        attacked++;
        holds(text);
      }
    }
    expect(refused).toBe(0);
  });
});

describe('rates per 1–99 and per a word other than patients (「/10」「per 1,000 admissions」「100患者日当たり」)', () => {
  it('before, read as counts (or as shares with no mark); now refused as rates, with the equation where the table has the base', () => {
    // main: 「/10」 cell/percent-unmarked; 「Rate per 10」「per 1,000 admissions」「1,000入院あたり」「100患者日当たり」
    // 「Rate per 1,000 bed-days」 read as counts, exit 0 (3 hidden, the rate published).
    for (const [label, a, b] of [
      ['発生率（/10）', 3, 3],
      ['Rate per 10', 3, 3],
      ['発現率（10人当たり）', 3, 3],
      ['Rate per 1,000 admissions', 25, 308],
      ['1,000入院あたり', 25, 308],
      ['/100 patient-days', 3, 31],
      ['100患者日当たり', 3, 31],
      ['Rate per 1,000 bed-days', 25, 308],
    ] as const)
      // A rate (refused where its base is no line of the table; read where it is: rates2).
      expect(['header/rate', 'layout/rate'], label).toContain(rates(outcome(label, a, b)).join());
    const r = said(
      tsv([
        ['', '入院数', 'イベント数', '1,000入院あたり'],
        ['A群', 1200, 3, 3],
        ['B群', 1300, 40, 31],
      ]),
    );
    // Per 入院: 3 × 1,000 ÷ 1,200 = 2.5 ≈ 3 (read since rates2, hidden with the 3).
    expect(r.map((e) => e.code)).toEqual(['layout/rate']);
    expect(r[0]!.message).toContain('「入院」の数');
  });
  it('chance: 200 random count tables whose labels hold slashes, 「per」 or 「あたり」 in other senses: none refused as rates', () => {
    const words = [
      'Stage 1/2',
      'Grade 3/4',
      'ECOG PS 0/1',
      '1日あたり3回以上',
      '1/3以下',
      'Hb 10g/dL未満',
      'per protocol',
      '2群対照',
      '年齢/10歳',
      '100mg/日以上',
      '1日2回',
      'NYHA I/II',
      'Per group',
      '用量 5mg/kg',
    ];
    const random = lcg(1602);
    let refused = 0;
    for (let k = 0; k < 200; k++) {
      const cols = [...words].sort(() => random() - 0.5).slice(0, int(random, 2, 3));
      const rows = ['男性', '女性', '不明'].slice(0, int(random, 2, 3));
      const text = tsv([['', ...cols], ...rows.map((r) => [r, ...cols.map(() => int(random, 10, 60))])]);
      if (refusedCodes(text).includes('header/rate')) refused++;
    }
    expect(refused).toBe(0);
  });
});

describe('a duration with no unit in its label (「観察期間」 250 beside counts)', () => {
  it('before, read as a column of counts (exit 0); now refused as no count, saying how to write it', () => {
    // main: each read as patients (`count/sizes`), 3 hidden.
    for (const [label, a, b] of [
      ['観察期間', 250, 260],
      ['追跡期間', 25, 26],
      ['在院日数', 14, 20],
      ['Length of stay', 14, 20],
      ['Duration', 14, 20],
      ['Follow-up time', 250, 260],
      ['Follow-up', 250, 260],
    ] as const)
      expect(codes(outcome(label, a, b)), label).toEqual(['header/statistic']);
    const r = errorsOf(outcome('観察期間', 250, 260));
    expect(r[0]!.message).toContain('250 がその行の人数 120 より大きいため');
    expect(r[0]!.message).toContain('単位（日・月・年）もありません');
    expect(r[0]!.hint).toContain('「観察期間（人年）」');
    expect(r[0]!.hint).toContain('「観察期間の患者数」');
    // Written as person-time or as a count, read.
    expect(run(outcome('総観察期間（年）', 250, 260)).warnings.map((w) => w.code)).toContain('layout/person-time');
    expect(codes(outcome('観察期間の患者数', 25, 26))).toEqual([]);
  });
  it('「Follow-up」 beside 「Baseline」 counting patients at each visit (under the N) is read as counts', () => {
    const r = run(
      tsv([
        ['', 'Baseline', 'Follow-up'],
        ['男性', 30, 25],
        ['女性', 40, 3],
      ]),
    );
    expect(hiddenLabels(r)).toContain('女性/Follow-up');
  });
  it('chance: 200 random count tables whose labels mention a period (観察期間中の死亡, 期間中, 追跡期間1年未満 …): none refused', () => {
    const words = [
      '観察期間中の死亡',
      '観察期間1年未満',
      '期間中',
      '追跡期間中の入院',
      '投与期間別',
      '入院期間30日以上',
      'Deaths during follow-up',
      'Follow-up',
      'Baseline',
      '観察期間（1年以上）',
      '在院日数14日以上',
      '第1期間',
      '第2期間',
    ];
    const random = lcg(1603);
    let refused = 0;
    for (let k = 0; k < 200; k++) {
      const cols = [...words].sort(() => random() - 0.5).slice(0, int(random, 2, 3));
      const rows = ['A群', 'B群', 'C群'].slice(0, int(random, 2, 3));
      const text = tsv([['', ...cols], ...rows.map((r) => [r, ...cols.map(() => int(random, 0, 60))])]);
      if (refusedCodes(text).length > 0) refused++;
    }
    expect(refused).toBe(0);
  });
});

describe('gtsummary’s add_n() column 「N」 (each variable’s N on its heading row)', () => {
  const addN = (nSmoke: number, unknown?: [number, number]) =>
    tsv([
      ['Characteristic', 'N', 'A群, N = 50¹', 'B群, N = 60¹'],
      ['性別', 110, '', ''],
      ['男性', '', '3 (6.0%)', '30 (50%)'],
      ['女性', '', '47 (94%)', '30 (50%)'],
      ['喫煙', nSmoke, '', ''],
      ...(unknown
        ? [
            ['あり', '', '20 (40%)', '5 (8.3%)'],
            [
              'なし',
              '',
              `${30 - unknown[0]} (${2 * (30 - unknown[0])}%)`,
              `${55 - unknown[1]} (${Math.round((100 * (55 - unknown[1])) / 60)}%)`,
            ],
            ['不明', '', `${unknown[0]} (${2 * unknown[0]}%)`, `${unknown[1]} (${Math.round((100 * unknown[1]) / 60)}%)`],
          ]
        : [
            ['あり', '', '20 (40%)', '5 (8.3%)'],
            ['なし', '', '30 (60%)', '55 (92%)'],
          ]),
      ['¹ n (%)'],
    ]);
  it('before, refused as short rows and blank cells; now read where each N is the groups’ N and each block whole: the reading holds', () => {
    // main: row/short (性別, 喫煙) and cell/empty under 「N」.
    const r = run(addN(110));
    expect(r.warnings.map((w) => w.code)).toContain('layout/variable-n');
    expect(r.tables[0]!.table.cols.map((h) => h.label)).toEqual(['A群, N = 50', 'B群, N = 60']);
    expect(hiddenLabels(r)).toContain('性別・男性/A群, N = 50');
    expectProtected(highs, r, written(r));
  });
  it('a variable with patients of no value (N 105 of 110): the N gives the sum of the hidden 不明 back; refused in words where no 不明 row holds it', () => {
    // Without the column, 不明 2 and 3 are both hidden (small); the N 105 gives 2 + 3 = 110 − 105 = 5: each under 10.
    const text = addN(105, [2, 3]);
    const without = text
      .split('\n')
      .map((l) =>
        l
          .split('\t')
          .filter((_, k) => k !== 1)
          .join('\t'),
      )
      .join('\n');
    expect(hiddenLabels(run(without))).toEqual(expect.arrayContaining(['喫煙・不明/A群, N = 50', '喫煙・不明/B群, N = 60']));
    expect(110 - 105).toBe(2 + 3);
    // Since reading17 read as the equation it is (不明 over the groups = 5: reading17.test.ts); refused still where no
    // row of patients with no value is printed (the blocks whole, the 5 nowhere).
    expect(errorsOf(text)).toEqual([]);
    const e = errorsOf(addN(105));
    expect(e.map((x) => x.code)).toEqual(['table/variable-n']);
    expect(e[0]!.message).toContain('その差 5');
    expect(e[0]!.hint).toContain('列「N」を除いて');
  });
  it('chance: 200 random gtsummary Table 1s with a whole add_n() column: none refused, each read as without the column', () => {
    const random = lcg(1604);
    let refused = 0;
    let differ = 0;
    for (let k = 0; k < 200; k++) {
      const ns = Array.from({ length: int(random, 1, 3) }, () => int(random, 30, 150));
      const total = ns.reduce((a, b) => a + b, 0);
      const rows: (string | number)[][] = [['Characteristic', 'N', ...ns.map((n, j) => `${'ABC'[j]}群, N = ${n}¹`)]];
      for (const [name, levels] of [
        ['性別', ['男性', '女性']],
        ['喫煙', ['あり', 'なし', '不明']],
      ] as const) {
        rows.push([name, total, ...ns.map(() => '')]);
        const split = ns.map((n) => {
          const a = int(random, 0, n);
          const b = levels.length === 3 ? int(random, 0, n - a) : n - a;
          return levels.length === 3 ? [a, b, n - a - b] : [a, b];
        });
        levels.forEach((l, i) => rows.push([l, '', ...ns.map((n, j) => `${split[j]![i]!} (${Math.round((100 * split[j]![i]!) / n)}%)`)]));
      }
      rows.push(['¹ n (%)']);
      const text = tsv(rows);
      if (refusedCodes(text).length > 0) {
        refused++;
        continue;
      }
      const plain = tsv(rows.map((r) => r.filter((_, c) => c !== 1)));
      if (k % 20 === 0 && JSON.stringify(hiddenLabels(run(text))) !== JSON.stringify(hiddenLabels(run(plain)))) differ++;
    }
    expect(refused).toBe(0);
    expect(differ).toBe(0);
  });
});

describe('a note of 「n/N (%)」 (shares of each line’s own N)', () => {
  const table = (cells: string[][], note = '¹ n/N (%)') =>
    tsv([['Characteristic', 'A群, N = 50¹', 'B群, N = 60¹'], ...cells.map((c, i) => [['軽症', '中等症', '重症'][i]!, ...c]), [note]]);
  it('before, shares of another base (48 with a value of 50) were read as shares of the header’s N, silently; now refused, saying how to write them', () => {
    // main: read as 「n (%)」 of N = 50 (`layout/unit-note`), exit 0; 39 (81%) published gives its base 48 (39 ÷ 0.81).
    expect(Math.round(39 / 0.81)).toBe(48);
    const e = errorsOf(
      table([
        ['3 (6.3%)', '20 (34%)'],
        ['6 (13%)', '20 (34%)'],
        ['39 (81%)', '19 (32%)'],
      ]),
    );
    expect(e.map((x) => x.code)).toEqual(['header/unit-note']);
    expect(e[0]!.hint).toContain('「3/48 (6.3%)」');
  });
  it('cells written 「n/N (%)」, or shares that fit the header’s N, are read; the reading holds', () => {
    for (const cells of [
      [
        ['3 / 48 (6.3%)', '20 / 59 (34%)'],
        ['6 / 48 (13%)', '20 / 59 (34%)'],
        ['39 / 48 (81%)', '19 / 59 (32%)'],
      ],
      [
        ['3 (6.0%)', '20 (33%)'],
        ['6 (12%)', '20 (33%)'],
        ['41 (82%)', '20 (33%)'],
      ],
    ]) {
      const r = run(table(cells));
      expect(r.warnings.map((w) => w.code)).toContain('layout/unit-note');
      expectProtected(highs, r, written(r));
    }
  });
  it('chance: 150 random gtsummary Table 1s with the note 「n/N (%)」, shares of the header’s N or cells with their N: none refused', () => {
    const random = lcg(1605);
    let refused = 0;
    for (let k = 0; k < 150; k++) {
      const ns = Array.from({ length: int(random, 1, 3) }, () => int(random, 30, 150));
      const own = k % 2 === 0;
      const rows: (string | number)[][] = [['Characteristic', ...ns.map((n, j) => `${'ABC'[j]}群, N = ${n}¹`)]];
      const split = ns.map((n) => {
        const m = own ? n - int(random, 0, 5) : n;
        const a = int(random, 0, m);
        return { m, parts: [a, m - a] };
      });
      ['男性', '女性'].forEach((l, i) =>
        rows.push([
          l,
          ...split.map(({ m, parts }) => `${parts[i]!}${own ? ` / ${m}` : ''} (${m === 0 ? 0 : ((100 * parts[i]!) / m).toFixed(1)}%)`),
        ]),
      );
      rows.push([pick(random, ['¹ n/N (%)', '¹ n / N (%)', 'n/N (%)'])]);
      if (refusedCodes(tsv(rows)).length > 0) refused++;
    }
    expect(refused).toBe(0);
  });
});
