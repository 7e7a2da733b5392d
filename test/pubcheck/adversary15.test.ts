/**
 * A fifteenth round of adversarial tables (issue #11), aimed at the readers added last and not attacked together:
 * Table 1s as tools print them (table1.ts: two label columns, 「N = 158¹」, the 「n (%)」 note below, blank-label
 * totals, totals under blocks), outcome tables (rates.ts: person-time, rates, share columns, statistics) and the rest
 * of a うち line (Var.unprinted). What held is asserted against the oracle (oracle.ts, written apart from the engine)
 * on the text as an attacker reads it; what did not is here, each shown before and now read or refused in words,
 * with chance tests on random tables of the same shape.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, int, lcg, solver } from './helpers.ts';
import { attack } from './oracle.ts';
import { adversary, asAttacked, expectProtected, hiddenLabels, written } from './protection.ts';

const highs = await solver();
const { run, holds, codes, rates } = adversary(highs, fixtureBundle());
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
/** The reading's refusals alone (no search): for chance tests over many tables. */
const refusedCodes = (text: string) => readTables(text).errors.map((e) => e.code);
const pct = (n: number, d: number, digits = 1) => ((100 * n) / d).toFixed(digits);

describe('a duration beside counts (「観察期間（日）」「Follow-up (years)」) is no count', () => {
  const table = (label: string) =>
    tsv([
      ['', '患者数', 'イベント数', label],
      ['A群', 120, 3, 250],
      ['B群', 130, 40, 260],
    ]);
  it('before, read as a column of counts and the table passed (exit 0); now refused as not a count, saying how to write it', () => {
    // On main (c29e589) each was read with 250 and 260 as patients beside イベント数 (`header/n-below-sum`, 3 hidden).
    for (const label of ['観察期間（日）', '追跡期間（年）', 'Follow-up (years)', '曝露期間（月）', '投与期間, 日', 'Duration (days)']) {
      // Since refuse6 a duration in years past 120 in every row (250, 260) is read as person-time: no one patient's
      // time, mean or median can be so long. Under it the line is refused as before.
      const text = /年|year/i.test(label) ? table(label).replace('\t250\n', '\t25\n').replace('\t260\n', '\t26\n') : table(label);
      expect(codes(text), label).toEqual(['header/statistic']);
    }
    for (const label of ['追跡期間（年）', 'Follow-up (years)']) expect(codes(table(label)), label).toEqual([]);
  });
  it('a mean follow-up beside subgroups gives their sizes back: why a duration that is not said to be a sum is refused', () => {
    // A群 60 (published) of 男性 and 女性 (hidden, 5 and 55); mean follow-up 410 days overall, 300 and 420 days:
    // n男 = N·(m女 − m)/(m女 − m男) = 60 × 10 / 120 = 5.
    const [n, m, m1, m2] = [60, 410, 300, 420];
    expect((n * (m2 - m)) / (m2 - m1)).toBe(5);
    expect(
      codes(
        tsv([
          ['', '患者数', '観察期間（日）'],
          ['A群', 60, 410],
          ['　男性', 5, 300],
          ['　女性', 55, 420],
        ]),
      ),
    ).toContain('header/statistic');
  });
  it('a sum of follow-up (「総観察期間（年）」「Total follow-up, years」) is person-time: set aside, the rest read', () => {
    for (const label of ['総観察期間（年）', 'Total follow-up, years', '累積追跡期間（日）']) {
      const r = run(table(label));
      expect(r.warnings.map((w) => w.code)).toContain('layout/person-time');
      expect(hiddenLabels(r)).toEqual(['A群/イベント数']);
    }
    // And a rate beside it is a rate per person-time (read as one since rates2: hidden with its count).
    expect(
      rates(
        tsv([
          ['', '患者数', 'イベント数', '総観察期間（年）', '発現率'],
          ['A群', 120, 3, 250, 12],
          ['B群', 130, 40, 260, 154],
        ]),
      ),
    ).toEqual(['layout/rate']);
  });
  it('chance: 200 random count tables whose labels name periods as categories (観察期間1年未満, 1-3年, 期間別): none refused', () => {
    const random = lcg(1501);
    const colWords = [
      '観察期間1年未満',
      '観察期間1年以上',
      '投与期間別',
      '追跡期間3年以上',
      '期間中',
      'Follow-up < 1 year',
      '入院期間30日以上',
    ];
    const rowWords = ['1年未満', '1-3年', '3年以上', '観察期間（年）・1年未満', '期間なし', '30日以内', '入院期間（日）・7日未満'];
    let refused = 0;
    for (let k = 0; k < 200; k++) {
      const cols = [...colWords].sort(() => random() - 0.5).slice(0, int(random, 2, 3));
      const rows = [...rowWords].sort(() => random() - 0.5).slice(0, int(random, 2, 4));
      const text = tsv([['', ...cols], ...rows.map((r) => [r, ...cols.map(() => int(random, 10, 60))])]);
      if (refusedCodes(text).length > 0) refused++;
    }
    expect(refused).toBe(0);
  });
});

describe('a unit note saying 「Mean (SD)」 besides 「n (%)」 (gtsummary)', () => {
  const gts = (note: string, age: string[]) =>
    tsv([
      ['特性', 'A群, N = 120¹', 'B群, N = 130¹'],
      ['男性', '3 (2.5)', '60 (46)'],
      ['女性', '117 (98)', '70 (54)'],
      ['年齢', ...age],
      [note],
    ]);
  it('before, a mean row whose SD happened to be its share (58 (48) with N 120) was read as a count, silently; now refused', () => {
    // On main: 「年齢」 read as 58 patients of A群 (and its complement 「年齢以外」 62 added), exit 0.
    expect(codes(gts('¹ n (%); Mean (SD)', ['58 (48)', '60 (46)']))).toEqual(['header/statistic']);
    expect(codes(gts('¹ n (%); 平均 (SD)', ['58 (12)', '60 (11)']))).toEqual(['header/statistic']);
  });
  it('a note of 「n (%)」 only, or with a median (「45 (38, 52)」 tells itself apart), is read as before', () => {
    const r = run(
      tsv([['特性', 'A群, N = 120¹', 'B群, N = 130¹'], ['男性', '3 (2.5)', '60 (46)'], ['女性', '117 (98)', '70 (54)'], ['¹ n (%)']]),
    );
    expect(r.warnings.map((w) => w.code)).toContain('layout/unit-note');
    expect(codes(gts('¹ n (%); Median (Q1, Q3)', ['58 (48, 66)', '60 (50, 68)']))).toEqual(['header/statistic']); // the row, as before
    expect(
      hiddenLabels(
        run(
          tsv([
            ['特性', 'A群, N = 120¹', 'B群, N = 130¹'],
            ['男性', '3 (2.5)', '60 (46)'],
            ['女性', '117 (98)', '70 (54)'],
            ['¹ n (%); Median (Q1, Q3)'],
          ]),
        ),
      ),
    ).not.toEqual([]);
  });
  it('chance: 150 random gtsummary Table 1s with the note 「n (%)」: none refused', () => {
    const random = lcg(1502);
    let refused = 0;
    for (let k = 0; k < 150; k++) {
      const ns = Array.from({ length: int(random, 1, 3) }, () => int(random, 30, 150));
      const rows: (string | number)[][] = [['Characteristic', ...ns.map((n, j) => `${'ABC'[j]}群, N = ${n}¹`)]];
      for (const [name, levels] of [
        ['性別', ['男性', '女性']],
        ['喫煙', ['あり', 'なし', '不明']],
      ] as const) {
        rows.push([name, ...ns.map(() => '')]);
        const split = ns.map((n) => {
          const a = int(random, 0, n);
          const b = levels.length === 3 ? int(random, 0, n - a) : n - a;
          return levels.length === 3 ? [a, b, n - a - b] : [a, b];
        });
        levels.forEach((l, i) => rows.push([l, ...ns.map((n, j) => `${split[j]![i]!} (${Math.round((100 * split[j]![i]!) / n)}%)`)]));
      }
      rows.push([random() < 0.5 ? 'n (%)' : '¹ n (%)']);
      if (refusedCodes(tsv(rows)).length > 0) refused++;
    }
    expect(refused).toBe(0);
  });
});

describe('statistics written out in words (「Number needed to treat」「Risk difference (%)」「害必要数」)', () => {
  it('before, 「Number needed to treat」 was read as a count: NNT 11 (published, ≥ 10) with 12 of 100 gives the hidden 3 back', () => {
    // On main the column was a column of counts; 11 is no small count and was published. 1/(12/100 − a/100) rounds
    // to 11 for a = 3 alone.
    const fits = Array.from({ length: 101 }, (_, a) => a).filter((a) => a < 12 && Math.round(1 / (0.12 - a / 100)) === 11);
    expect(fits).toEqual([3]);
    const text = tsv([
      ['', '患者数', 'イベント数', 'Number needed to treat'],
      ['A群', 100, 3, 11],
      ['B群', 100, 12, 11],
    ]);
    expect(codes(text)).toEqual(['header/statistic']);
  });
  it('each wording refused as a statistic', () => {
    for (const label of [
      'Number needed to harm',
      '害必要数',
      'Risk difference (%)',
      'Absolute risk reduction',
      '絶対リスク減少（%）',
      'ARR',
      'RRR',
    ]) {
      expect(
        codes(
          tsv([
            ['', '患者数', 'イベント数', label],
            ['A群', 100, 3, 17],
            ['B群', 100, 20, 17],
          ]),
        ),
        label,
      ).toEqual(['header/statistic']);
    }
  });
  it('chance: count tables whose labels hold such letters or words in other senses are read (Arrival, 必要数の内訳 …)', () => {
    for (const label of ['Arrival', 'Carried', '治療あり', 'リスクあり', 'Risk group', '必要度']) {
      expect(
        codes(
          tsv([
            ['', label, 'その他'],
            ['男性', 12, 30],
            ['女性', 15, 20],
          ]),
        ),
        label,
      ).toEqual([]);
    }
  });
});

describe('a rate per a number with no unit of persons or time (「Incidence (per 1,000)」「死亡率（人口10万対）」「‰」)', () => {
  const table = (label: string) =>
    tsv([
      ['', '患者数', 'イベント数', label],
      ['A群', 120, 3, 25],
      ['B群', 130, 40, 308],
    ]);
  it('before, read as a column of counts: 25 published beside 患者数 120 gives the hidden 3 back (25 × 120 ÷ 1,000); now refused', () => {
    // On main each label below was read as counts (`count/sizes`, `header/n-below-sum`): 3 hidden, its rate 25 (≥ 10) published.
    expect((25 * 120) / 1000).toBe(3);
    const labels = [
      'Incidence (per 1,000)',
      '発生頻度（/1000）',
      'Rate per 1,000',
      'Risk (per 1000)',
      'Incidence per 1000',
      '死亡率（人口10万対）',
      'Events per 1000',
      'per mille',
      'Incidence',
      'Cumulative incidence',
      'Rate per 1,000 population',
    ];
    // Each a rate: read as one where it fits the events × its unit ÷ 患者数 (rates2: hidden with the hidden 3), or
    // refused where its base cannot be read (「Incidence」 alone: per person-time, none printed).
    for (const label of labels) expect(['layout/rate', 'header/rate'], label).toContain(rates(table(label)).join());
    expect(rates(table('Incidence (per 1,000)'))).toEqual(['layout/rate']);
    // The rate of the hidden 3 is hidden, said with the equation's numbers.
    const r = run(table('Incidence (per 1,000)'));
    expect(r.warnings.find((w) => w.code === 'layout/rate')!.message).toContain('率 ＝ イベント数 × 1,000 ÷ 患者数');
  });
  it('beside a line of person-time, read as a rate per person-time; in a second table, refused too (person-years published in the first)', () => {
    const one = tsv([
      ['', '患者数', 'イベント数', '人年', 'Rate per 1,000'],
      ['A群', 120, 3, 250, 12],
      ['B群', 130, 40, 260, 154],
    ]);
    // Read as a rate per person-time since rates2: 12 × 250 ÷ 1,000 = 3, hidden with the 3.
    expect(rates(one)).toEqual(['layout/rate']);
    expect(run(one).warnings.find((w) => w.code === 'layout/rate')!.message).toContain('人年');
    const two =
      tsv([
        ['', '患者数', 'イベント数', '人年'],
        ['A群', 120, 3, 250],
        ['B群', 130, 40, 260],
      ]) +
      '\n' +
      tsv([
        ['', 'Incidence (per 1,000)'],
        ['A群', 12],
        ['B群', 154],
      ]);
    // The second table's rates have no base in their table (the person-years are in the first): refused.
    expect(codes(two)).toEqual(['header/rate']);
  });
  it('chance: labels with numbers or words in other senses are read (per protocol, Stage 1/2, 100対照, Incidence, n, 年収1000万以上 …)', () => {
    for (const label of [
      'per protocol',
      'Stage 1/2',
      '100対照',
      'Incidence, n',
      '年収1000万以上',
      '1000mg/日',
      '500mg以上',
      '2020年度',
      'Per group',
    ]) {
      expect(refusedCodes(table(label).replace(/\t25\n/, '\t25\n')), label).not.toContain('header/rate');
    }
  });
});

describe('a line of sizes over a total (tableone 「Overall」 with its 「n」 row; 患者数 with a 合計 row and a share column)', () => {
  it('before, refused as percentages of an unknown base (the total’s N was not read); now read and holding', () => {
    const tableone = tsv([
      ['', 'A群', 'B群', 'Overall'],
      ['n', 50, 60, 110],
      ['sex = 男性 (%)', '3 (6.0)', '30 (50.0)', '33 (30.0)'],
      ['smoke = あり (%)', '20 (40.0)', '5 (8.3)', '25 (22.7)'],
    ]);
    expect(hiddenLabels(run(tableone))).toContain('sex = 男性 (%)/A群');
    const outcome = tsv([
      ['', '患者数', 'イベント数', '発現割合（%）'],
      ['A群', 120, 3, 2.5],
      ['B群', 130, 40, 30.8],
      ['合計', 250, 43, 17.2],
    ]);
    const r = run(outcome);
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['layout/share', 'count/sizes']));
    expect(hiddenLabels(r)).toEqual(['A群/イベント数', 'B群/イベント数']);
    expectProtected(highs, r, `\t${'イベント数 (N)'}\nA群 (N=120)\t3 (2.5%)\nB群 (N=130)\t40 (30.8%)\n合計 (N=250)\t43 (17.2%)\n`);
  });
  it('chance and attack: 60 random outcome tables of 2–4 groups with a 合計 row and a share column: all read, each hidden count holding', () => {
    const random = lcg(1503);
    let refused = 0;
    for (let k = 0; k < 60; k++) {
      const g = int(random, 2, 4);
      const ns = Array.from({ length: g }, () => int(random, 40, 200));
      const es = ns.map((n) => int(random, 0, Math.min(n, 40)));
      es[int(random, 0, g - 1)] = int(random, 1, 9);
      const [N, E] = [ns.reduce((a, b) => a + b), es.reduce((a, b) => a + b)];
      const text = tsv([
        ['', '患者数', 'イベント数', '発現割合（%）'],
        ...ns.map((n, i) => [`${'ABCD'[i]}群`, n, es[i]!, pct(es[i]!, n)]),
        ['合計', N, E, pct(E, N)],
      ]);
      const c = codes(text);
      if (c.length > 0) {
        refused++;
        continue;
      }
      const r = run(text);
      const attacked = [
        '\tイベント数',
        ...ns.map((n, i) => `${'ABCD'[i]}群 (N=${n})\t${es[i]} (${pct(es[i]!, n)}%)`),
        `合計 (N=${N})\t${E} (${pct(E, N)}%)`,
      ].join('\n');
      // A list under its total: chance equalities among the events are no structure an attacker sees (sums.ts
      // `wholeLine`), so the oracle reads the parts as disjoint too.
      expectProtected(highs, r, attacked, 'threshold', false, { disjointParts: true });
    }
    expect(refused).toBe(0);
  });
});

describe('what held: hand-made tables against the oracle', () => {
  it('gtsummary with an 「Overall, N = 110」 column first or last, with groups: the groups’ cells hidden, the Overall published, holding', () => {
    for (const first of [true, false]) {
      const cols = ['A群, N = 50', 'B群, N = 60'];
      const rows = [
        ['男性', '3 (6.0%)', '30 (50%)', '33 (30%)'],
        ['女性', '47 (94%)', '30 (50%)', '77 (70%)'],
      ];
      const text = tsv([
        ['', ...(first ? ['Overall, N = 110', ...cols] : [...cols, 'Overall, N = 110'])],
        ...rows.map(([l, a, b, o]) => [l!, ...(first ? [o!, a!, b!] : [a!, b!, o!])]),
      ]);
      const r = holds(text);
      expect(hiddenLabels(r).some((l) => l.startsWith('男性/A群'))).toBe(true);
    }
  });
  it('heading rows, footnote marks, 「Unknown」 and the note: the reading written out holds', () => {
    const text = tsv([
      ['Characteristic', 'A群, N = 50¹', 'B群, N = 60¹', 'Overall, N = 110¹'],
      ['性別', '', '', ''],
      ['男性', '3 (6.0%)', '30 (50%)', '33 (30%)'],
      ['女性', '47 (94%)', '30 (50%)', '77 (70%)'],
      ['¹ n (%)'],
    ]);
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['layout/footnote-mark', 'layout/unit-note', 'layout/heading']));
    expectProtected(highs, r, written(r));
  });
  it('a 合計 column disagreeing with the headers’ N, and an 「N = 」 header beside a 合計: each cell hidden holds', () => {
    for (const text of [
      tsv([
        ['', 'A群 (N=50)', 'B群 (N=60)', '合計'],
        ['男性', 3, 30, 33],
        ['女性', 45, 30, 75],
      ]),
      tsv([
        ['', 'A群 (N=50)', 'B群 (N=60)', '合計 (N=112)'],
        ['男性', 3, 30, 33],
        ['女性', 47, 30, 77],
      ]),
      tsv([
        ['', 'A群', 'B群'],
        ['軽症', 3, 30],
        ['中等症', 2, 10],
        ['', 5, 40],
      ]),
      tsv([
        ['項目', '区分', 'A群¹', 'B群¹'],
        ['性別', '男性', 3, 30],
        ['', '女性', 47, 30],
        ['年齢', '65歳未満', 20, 25],
        ['', '65歳以上', 30, 35],
        ['', '', 50, 60],
      ]),
    ])
      holds(text);
  });
  it('うち lines with small rests (入院 12, うち死亡 9: the rest 3), under a 小計 and with totals: every hidden count holds', () => {
    for (const text of [
      tsv([
        ['', 'A群', 'B群'],
        ['入院', 12, 40],
        ['　うち死亡', 9, 20],
        ['外来', 25, 30],
      ]),
      tsv([
        ['', 'A群', 'B群', '合計'],
        ['入院', 12, 40, 52],
        ['　うち死亡', 9, 20, 29],
        ['外来', 25, 30, 55],
        ['合計', 37, 70, 107],
      ]),
      tsv([
        ['', 'A群', 'B群'],
        ['入院 小計', 30, 40],
        ['　ICU', 3, 10],
        ['　一般病棟', 27, 30],
        ['　うち死亡', 5, 12],
        ['外来', 25, 30],
      ]),
    ])
      holds(text);
  });
  it('random うち tables (one うち line under 2–4 rows, with or without 合計, rests 1–15): each hidden count holds', () => {
    const random = lcg(1504);
    for (let k = 0; k < 40; k++) {
      const nr = int(random, 2, 4);
      const rows = Array.from({ length: nr }, () => [int(random, 10, 40), int(random, 10, 40)]);
      const at = int(random, 0, nr - 1);
      const part = rows[at]!.map((v) => Math.max(0, v - int(random, 1, 15)));
      const body: (string | number)[][] = [];
      rows.forEach((r, i) => {
        body.push([`区分${i + 1}`, ...r]);
        if (i === at) body.push(['　うち重症', ...part]);
      });
      const total = random() < 0.5;
      const text = tsv([
        ['', 'A群', 'B群', ...(total ? ['合計'] : [])],
        ...body.map((r) => (total ? [...r, (r[1] as number) + (r[2] as number)] : r)),
        ...(total
          ? [['合計', ...[0, 1].map((j) => rows.reduce((s, r) => s + r[j]!, 0)), rows.reduce((s, r) => s + r[0]! + r[1]!, 0)]]
          : []),
      ]);
      const r = run(text);
      expectProtected(highs, r, asAttacked(r, text));
    }
  });
  it('the oracle reads what the checker publishes of a joined share: the count hidden with its share', () => {
    const r = run(
      tsv([
        ['', '患者数', 'イベント数', '発現割合（%）'],
        ['A群', 120, 3, 2.5],
        ['B群', 130, 40, 30.8],
      ]),
    );
    expect(hiddenLabels(r)).toEqual(['A群/イベント数']);
    expect(r.tables[0]!.table.cells[0]![0]!.text).toBe('3 (2.5%)');
    const ranges = attack(highs, 'イベント\tn\nA群 (N=120)\t3 (2.5%)\nB群 (N=130)\t40 (30.8%)\n', new Set(['0:0:0']), { zeroExempt: true });
    const range = ranges.get('0:0:0')!;
    expect(range.hi === null || range.hi > range.lo).toBe(true);
  });
});
