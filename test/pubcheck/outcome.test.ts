/**
 * Outcome tables of pharmacoepidemiology studies (issue #11: published denominators are equations, nothing dropped
 * silently, an attacker who knows the rules): by exposure group, 患者数, イベント数, 人年 (person-years, not integers),
 * 発現率（/1,000人年）, 発現割合（%）, ハザード比 (95%CI), p値, subgroup rows. Earlier sweeps had none of them. Found:
 * (a) a rate per person-time whose header the checker did not read (「IR per 1000 PY」, 「Incidence rate」) with whole
 *     numbers was read as counts, and the table passed with the event count hidden while rate × person-years ÷ 1,000
 *     gives it back (12 × 250 ÷ 1,000 = 3);
 * (b) messages wrong for what the user wrote: 「人年」 250.0 and 「発現率」 12.0 refused as 「整数でない数」 with the hint
 *     「患者数は整数で、割合は…」; 「発現率（/1,000人年）」 refused as stating a count of 1,000 patients (`header/count`);
 *     「発現割合（%）」 2.5 as a decimal; a 「P」 column of p values as decimals; 「リスク差（%）」 −5.8 as a negative count;
 * (c) person-years in whole numbers read as counts (患者数 120 over イベント 3 and 人年 250: 「複数回答」 by our
 *     reading).
 * Now (rates.ts): person-time is an exposure, set aside and said (`layout/person-time`); a rate per person-time is
 * refused (`header/rate`), showing the equation with the user's numbers; 「P」「リスク差」 are statistics; a decimal under
 * a header of percentages is a percentage without its mark.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { adversary, expectProtected, hiddenLabels, outcomeAttacked, type Ok } from './protection.ts';

const highs = await solver();
const { result, run, codes, errors, rates } = adversary(highs, fixtureBundle());

/** The text without its column `col` (1-based among the values). */
const withoutColumn = (text: string, col: number) =>
  text
    .split('\n')
    .map((l) =>
      l.includes('\t')
        ? l
            .split('\t')
            .filter((_, k) => k !== col)
            .join('\t')
        : l,
    )
    .join('\n');

describe('(a) a rate per person-time beside its person-years gives the hidden event count back', () => {
  // Refused (`header/rate`) from branch outcome to rates2; since rates2 read as rates (rates.ts `readRate`), each rate
  // hidden with its count (`rates` asserts it: protection.ts `expectRatesHidden`); test/pubcheck/rates2.test.ts attacks them.
  const english = '\t患者数\tイベント数\t人年\tIR per 1000 PY\nExposed\t120\t3\t250\t12\nUnexposed\t300\t25\t800\t31\n';
  it('before, 「IR per 1000 PY」 in whole numbers was read as counts and the table passed with the 3 hidden; now the 12 is hidden too', () => {
    // The attacker's arithmetic on what was published: the rate times its person-years is the hidden count.
    expect((12 * 250) / 1000).toBe(3);
    expect(rates(english)).toEqual(['layout/rate']);
    const w = run(english).warnings.find((x) => x.code === 'layout/rate')!;
    expect(w.message).toContain('列「IR per 1000 PY」は、列「イベント数」のイベント数の列「人年」（人年）あたりの率');
    expect(w.message).toContain('イベント数を秘匿する行では率も秘匿します');
  });
  it('English headers with no unit at all (「Incidence rate」, 「IR」) are rates too, not counts', () => {
    for (const h of ['Incidence rate (per 1,000 person-years)', 'Incidence rate', 'IR', 'Event rate'])
      expect(rates(`\tPatients\tEvents\tPerson-years\t${h}\nExposed\t120\t3\t250\t12\nUnexposed\t300\t25\t800\t31\n`), h).toEqual([
        'layout/rate',
      ]);
  });
  it('each form of a rate is read as one, not as a count of 1,000 patients or a decimal', () => {
    const forms: [string, string][] = [
      ['発現率（/1,000人年）', '12.0'],
      ['発現率（/1000人年）', '12'],
      ['発現率（千人年あたり）', '12.0'],
      ['発生率（/1,000 PY）', '12.0'],
      ['発現率（/100人年）', '1.2'],
      ['発現率（1万人年あたり）', '120'],
      ['発現率', '12.0'],
    ];
    for (const [h, v] of forms) {
      const other = h.includes('/100人') ? '3.1' : h.includes('1万') ? '313' : '31.3';
      const text = `\t患者数\tイベント数\t人年\t${h}\n曝露群\t120\t3\t250.0\t${v}\n非曝露群\t300\t25\t800.0\t${other}\n`;
      expect(rates(text), h).toEqual(['layout/rate']);
      // 「発現率」 alone is a rate per person-time only by the person-years beside it, its unit by the numbers: said.
      if (h === '発現率')
        expect(run(text).warnings.find((x) => x.code === 'layout/rate')!.message).toContain('合う単位 1,000 と読みました');
    }
  });
  it('rows as well as columns, with a confidence interval in the cells; a rate with no person-years printed is refused', () => {
    const rows = '\t曝露群\t非曝露群\n患者数\t120\t300\nイベント数\t3\t25\n人年\t250.0\t800.0\n発現率（/1,000人年）\t12.0\t31.3\n';
    expect(rates(rows)).toEqual(['layout/rate']);
    expect(
      rates(
        '\t患者数\tイベント数\t人年\t発現率（/1,000人年, 95%CI）\n曝露群\t120\t3\t250.0\t12.0 (3.9-37.2)\n非曝露群\t300\t25\t800.0\t31.3 (21.1-46.3)\n',
      ),
    ).toEqual(['layout/rate']);
    // No person-years beside it: still no count; published elsewhere, the person-years give the events back.
    const alone = errors('\t患者数\tイベント数\t発現率（/1,000人年）\n曝露群\t120\t3\t12.0\n非曝露群\t300\t25\t31.3\n');
    expect(alone.map((x) => x.code)).toEqual(['header/rate']);
    expect(alone[0]!.hint).toContain('人年を別に公表しても');
  });
  it('a rate per patients (「発現率（/1,000人）」「Rate per 1,000 patients」) is read as one, not as a count of 1,000 patients', () => {
    // Before: 「/1,000人」 was refused as a header stating 1,000 patients (`header/count`).
    const text = '\t患者数\tイベント数\t発現率（/1,000人）\n曝露群\t120\t3\t25\n非曝露群\t300\t25\t83\n';
    expect(rates(text)).toEqual(['layout/rate']);
    expect(run(text).warnings.find((x) => x.code === 'layout/rate')!.message).toContain('列「患者数」（患者数）あたりの率');
    expect(rates('\tPatients\tEvents\tRate per 1,000 patients\nA\t120\t3\t25\nB\t300\t25\t83\n')).toEqual(['layout/rate']);
    expect(rates('\t曝露群\t非曝露群\n患者数\t120\t300\nイベント数\t3\t25\n発現率（1,000人あたり）\t25.0\t83.3\n')).toEqual([
      'layout/rate',
    ]);
    // A count in a label that is no rate stays what it was (「1人暮らし」 a word; 「（3人）」 an N).
    expect(codes('\t患者数\tイベント数\t1人暮らし\n曝露群\t120\t3\t25\n非曝露群\t300\t25\t83\n')).not.toContain('header/rate');
  });
  it('the subgroup rows of each group (性別) with 「n」「%」 joined: the rate read against the joined cell', () => {
    const text =
      '\t患者数\t発現例数\t発現割合（%）\t人年\t発現率（/1,000人年）\n' +
      '曝露群\t120\t13\t10.8\t250.0\t52.0\n　男性\t70\t8\t11.4\t140.0\t57.1\n　女性\t50\t5\t10.0\t110.0\t45.5\n' +
      '非曝露群\t300\t25\t8.3\t800.0\t31.3\n　男性\t160\t15\t9.4\t420.0\t35.7\n　女性\t140\t10\t7.1\t380.0\t26.3\n';
    expect(rates(text)).toEqual(['layout/rate']);
  });
});

describe('(c) person-years are an exposure, not a count', () => {
  const whole = '\t患者数\tイベント数\t人年\n曝露群\t120\t3\t250\n非曝露群\t300\t25\t800\n';
  it('before, 人年 250 was read as a count (患者数 120 over 3 and 250: 「複数回答」); now set aside and said', () => {
    const r = run(whole);
    const w = r.warnings.find((x) => x.code === 'layout/person-time')!;
    expect(w.message).toContain('列「人年」は人年（患者数ではなく観察期間の和）と読み');
    expect(w.message).toContain('チェッカーの判断');
    expect(r.warnings.map((x) => x.code)).not.toContain('header/n-below-sum');
    expect(r.tables[0]!.table.cols.map((h) => h.label)).toEqual(['イベント数']);
    expect(hiddenLabels(r)).toEqual(['曝露群/イベント数']);
    // Person-years give no count: the attacker's text is the table without them.
    expectProtected(highs, r, outcomeAttacked(r));
    expect(outcomeAttacked(r)).toBe('\tイベント数\n曝露群 (N=120)\t3\n非曝露群 (N=300)\t25');
  });
  it('two outcomes and subgroups (性別) under each group, person-years beside them: holds against the oracle', () => {
    const text =
      '\t患者数\t発現例数\t重篤例数\t観察人年\n' +
      '曝露群\t120\t23\t14\t250.4\n　男性\t70\t15\t5\t140.1\n　女性\t50\t8\t9\t110.3\n' +
      '非曝露群\t300\t45\t32\t800.2\n　男性\t160\t25\t20\t420.0\n　女性\t140\t20\t12\t380.2\n';
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toContain('layout/person-time');
    expect(hiddenLabels(r).length).toBeGreaterThan(0);
    expectProtected(highs, r, outcomeAttacked(r, text));
  });
  it('before, 人年 250.0 was refused as 「整数でない数」 with a hint for counts and shares; now read', () => {
    for (const h of ['人年', '観察人年', '追跡期間（人年）', '総観察期間（人・年）', 'Person-years', 'PY', 'person-time', '患者年']) {
      const text = `\t患者数\tイベント数\t${h}\n曝露群\t120\t3\t250.5\n非曝露群\t300\t25\t800.2\n`;
      const r = result(text);
      expect(r.ok, h).toBe(true);
      if (r.ok)
        expect(
          r.warnings.map((x) => x.code),
          h,
        ).toContain('layout/person-time');
    }
  });
  it('person-years written with their unit in the cells (「250.0人年」) are set aside too (before: text in a count’s cell)', () => {
    const r = run('\t患者数\tイベント数\t観察期間\n曝露群\t120\t3\t250.0人年\n非曝露群\t300\t25\t800.0人年\n');
    expect(r.warnings.map((w) => w.code)).toContain('layout/person-time');
  });
  it('a table of person-years only is refused in words, and a row of person-years is set aside as a column is', () => {
    expect(codes('\t曝露群\t非曝露群\n人年\t250.0\t800.0\n')).toEqual(['header/person-time']);
    const r = run('\t曝露群\t非曝露群\n患者数\t120\t300\nイベント数\t3\t25\n人年\t250.0\t800.0\n');
    // 患者数 is each column's N (count/sizes), as without the person-years.
    expect(r.tables[0]!.table.rows.map((h) => h.label)).toEqual(['イベント数']);
    expect(r.warnings.map((w) => w.code)).toContain('layout/person-time');
  });
});

describe('(c) a share column whose base is the same row’s 患者数 (「イベント数」「発現割合（%）」)', () => {
  it('before, refused as counts and shares in separate cells (`table/mixed`) or as decimals; now one column of 「3 (2.5%)」', () => {
    for (const text of [
      '\t患者数\tイベント数\t発現割合（%）\n曝露群\t120\t3\t2.5\n非曝露群\t300\t25\t8.3\n',
      '\t患者数\tイベント数\t発現割合（%）\n曝露群\t120\t3\t2.5%\n非曝露群\t300\t25\t8.3%\n',
      '\t曝露群\t非曝露群\n患者数\t120\t300\nイベント数\t3\t25\n発現割合（%）\t2.5\t8.3\n',
    ]) {
      const r = run(text);
      const w = r.warnings.find((x) => x.code === 'layout/share')!;
      expect(w.message, text).toContain('チェッカーの判断：どの');
      expect(r.tables[0]!.table.cells.flat().map((c) => c.text)).toEqual(['3 (2.5%)', '25 (8.3%)']);
      expect(hiddenLabels(r)).toHaveLength(1);
      expectProtected(highs, r, outcomeAttacked(r));
    }
  });
  it('with subgroups and person-years: joined, person-years set aside, holding', () => {
    const text =
      '\t患者数\tイベント数\t発現割合（%）\t重篤例数\t重篤割合（%）\t人年\n' +
      '曝露群\t120\t23\t19.2\t14\t11.7\t250.0\n　男性\t70\t15\t21.4\t5\t7.1\t140.0\n　女性\t50\t8\t16.0\t9\t18.0\t110.0\n' +
      '非曝露群\t300\t45\t15.0\t32\t10.7\t800.0\n　男性\t160\t25\t15.6\t20\t12.5\t420.0\n　女性\t140\t20\t14.3\t12\t8.6\t380.0\n';
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['layout/person-time', 'layout/share']));
    // 「重篤例数」「重篤割合（%）」 share their words: joined by layout.ts as before (「重篤」).
    expect(r.tables[0]!.table.cols.map((h) => h.label)).toEqual(['イベント数', '重篤']);
    expectProtected(highs, r, outcomeAttacked(r, text));
  });
  it('a share of another base is not joined: refused as before (the hint leads to 「3 (25.0%)」, then to the N)', () => {
    expect(codes('\t患者数\tイベント数\t発現割合（%）\n曝露群\t120\t3\t25.0\n非曝露群\t300\t25\t8.3\n')).toEqual([
      'cell/percent-unmarked',
      'cell/percent-unmarked',
    ]);
    expect(codes('\t患者数\tイベント数\n曝露群\t120\t3 (25.0%)\n非曝露群\t300\t25 (8.3%)\n')).toEqual(['percent/not-whole']);
  });
  it('chance: 100 random tables of counts and a share column of another base (the column’s sum): none joined', () => {
    const random = lcg(1105);
    let joined = 0;
    for (let k = 0; k < 100; k++) {
      const rows = 2 + Math.floor(random() * 4);
      const ns = Array.from({ length: rows }, () => 20 + Math.floor(random() * 200));
      const es = ns.map((n) => Math.floor(random() * Math.min(n, 40)));
      const sum = es.reduce((a, b) => a + b, 0) || 1;
      const text = `\t患者数\tイベント数\t割合（%）\n${ns.map((n, i) => `g${i + 1}\t${n}\t${es[i]}\t${((100 * es[i]!) / sum).toFixed(1)}`).join('\n')}\n`;
      if (readTables(text).warnings.some((w) => w.code === 'layout/share')) joined++;
    }
    // Measured: 0 (a share of the column's sum fits every row's 患者数 only by chance).
    expect(joined).toBe(0);
  });
});

describe('(b) person-time stated in a label or a title is no count of patients', () => {
  it('before, 「曝露群（250人年）」 was refused as stating a count of 250 patients, and a title’s 「1,050人年」 as 1,050', () => {
    const body = '男性\t8\t15\n女性\t5\t10\n';
    for (const head of ['\t曝露群（250人年）\t非曝露群（800人年）\n', '\t曝露群 (N=120, 250.0人年)\t非曝露群 (N=300, 800.0人年)\n']) {
      const r = run(head + body);
      expect(hiddenLabels(r).length, head).toBeGreaterThan(0);
      expect(r.warnings.map((w) => w.code)).not.toContain('layout/person-time');
    }
    const titled = run(`# 表2 イベント数（総観察期間 1,050人年）\n\t曝露群\t非曝露群\n${body}`);
    expect(titled.warnings.map((w) => w.code)).not.toContain('title/count');
    // A count of patients in the same places is still one.
    expect(codes(`\t曝露群（3人）\t非曝露群\n${body}`)).toEqual(['header/n-below-sum']);
    expect(codes(`# 表2 イベント数（3人を除く）\n\t曝露群\t非曝露群\n${body}`)).toContain('title/count');
  });
});

describe('(b) subgroup rows of two breakdowns under each group', () => {
  const two =
    '\t患者数\t発現例数\n曝露群\t120\t13\n　男性\t70\t8\n　女性\t50\t5\n　65歳未満\t60\t4\n　65歳以上\t60\t9\n' +
    '非曝露群\t300\t25\n　男性\t160\t15\n　女性\t140\t10\n　65歳未満\t150\t12\n　65歳以上\t150\t13\n';
  it('before, refused per cell as totals with a slip (「合計・小計の値か内訳の値を確かめてください」); now named as breakdowns', () => {
    const e = errors(two);
    expect(e.map((x) => x.code)).toEqual(['total/mismatch', 'total/mismatch']);
    expect(e[0]!.message).toBe(
      '行「曝露群」の内訳は、「男性」「女性」と「65歳未満」「65歳以上」の2組がどれも行「曝露群」と同じ和になり、同じ患者を2通りに分けた区分のようです（チェッカーの判断）。字下げした行は一つの区分の内訳と読むため、和が行「曝露群」の2倍になって合いません',
    );
    expect(e[0]!.hint).toContain('区分ごとに別の表にしてください');
  });
  it('written as the hint says (a table per breakdown), the two tables are linked and hold', () => {
    const [sex, age] = [
      [0, 1, 2, 5, 6, 7],
      [0, 3, 4, 5, 8, 9],
    ].map((keep) =>
      two
        .split('\n')
        .filter((_, k) => k === 0 || keep.includes(k - 1))
        .join('\n'),
    );
    const text = `# 表1 性別\n${sex}\n\n# 表2 年齢区分\n${age}\n`;
    const r = run(text);
    expect(r.warnings.map((w) => w.code)).toContain('tables/linked');
    expect(hiddenLabels(r, 0).length + hiddenLabels(r, 1).length).toBeGreaterThan(0);
  });
  it('a slip is still a slip (a total off by one: the cell named, as before)', () => {
    const e = errors(two.replace('曝露群\t120\t13', '曝露群\t120\t14'));
    expect(e.map((x) => x.message)).toContain(
      '行「曝露群」が内訳の和と合いません: 行「曝露群」・列「発現例数」の値は 14、内訳「男性」「女性」「65歳未満」「65歳以上」の和は 26',
    );
  });
});

describe('(b) messages for what the user wrote', () => {
  it('「発現割合（%）」 25.0 (no share of the row’s 患者数) is a percentage without its mark, not a count that is no whole number', () => {
    // Before: 「整数でない数」, 「患者数は整数で…」. (2.5, the share of 3 in 120, is read: above.)
    const e = errors('\t曝露群\t非曝露群\n患者数\t120\t300\n発現例数\t3\t25\n発現割合（%）\t25.0\t8.3\n');
    expect(e.map((x) => x.code)).toEqual(['cell/percent-unmarked', 'cell/percent-unmarked']);
    expect(e[0]!.message).toBe('行「発現割合（%）」・列「曝露群」: 見出し「発現割合（%）」は割合ですが、値「25.0」に % がありません');
    expect(e[0]!.hint).toContain('「3 (2.5%)」');
  });
  it('a 「P」 column of p values and a 「リスク差（%）」 column are statistics', () => {
    expect(codes('\t患者数\t発現例数\tP\n曝露群\t120\t3\t0.03\n非曝露群\t300\t25\t-\n')).toEqual(['header/statistic']);
    expect(codes('\t患者数\t発現例数\tリスク差（%）\n曝露群\t120\t3\t-5.8\n非曝露群\t300\t25\t-\n')).toEqual(['header/statistic']);
    expect(codes('\t患者数\t発現例数\tNNT\n曝露群\t120\t3\t17\n非曝露群\t300\t25\t-\n')).toEqual(['header/statistic']);
  });
  it('hazard ratios and their intervals stay statistics; 「<10」 stays a cell already hidden', () => {
    expect(
      codes(
        '\t患者数\tイベント数\t人年\t調整ハザード比 (95%CI)\n曝露群\t120\t3\t250.0\t0.45 (0.20-1.01)\n非曝露群\t300\t25\t800.0\t1.00\n',
      ),
    ).toEqual(['header/statistic']);
    expect(codes('\t患者数\tイベント数\n曝露群\t120\t<10\n非曝露群\t300\t25\n')).toEqual(['cell/hidden']);
  });
});

/** A random outcome table: 2–3 exposure groups, optional subgroup rows, 患者数, イベント数, person-years, a rate or not. */
function outcome(random: () => number, withRate: boolean): { text: string; rate: boolean } {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const groups = ['曝露群', '非曝露群', '過去曝露群'].slice(0, 2 + Math.floor(random() * 2));
  const pyLabel = pick(['人年', '観察人年', '追跡人年', '総観察期間（人年）', 'Person-years', 'PY', '人・年']);
  const rate = pick<[string, number]>([
    ['発現率（/1,000人年）', 1000],
    ['発生率（1,000人年あたり）', 1000],
    ['発現率（/100人年）', 100],
    ['IR per 1,000 PY', 1000],
    ['Incidence rate (per 1,000 person-years)', 1000],
    ['発現率', 1000],
  ]);
  const decimals = random() < 0.5 ? 1 : 0;
  const sub = random() < 0.5;
  const lines: string[] = [['', '患者数', pick(['イベント数', '発現例数', 'Events']), pyLabel, ...(withRate ? [rate[0]] : [])].join('\t')];
  const row = (label: string, n: number, e: number, py: number) =>
    [label, n, e, py.toFixed(decimals), ...(withRate ? [((e / py) * rate[1]).toFixed(1)] : [])].join('\t');
  for (const g of groups) {
    const parts = sub ? [30 + Math.floor(random() * 150), 30 + Math.floor(random() * 150)] : [50 + Math.floor(random() * 300)];
    const events = parts.map((n) => Math.floor(random() * Math.min(n, 30)));
    const py = parts.map((n) => n * (0.5 + random() * 2.5));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    lines.push(row(g, sum(parts), sum(events), sum(py)));
    if (sub) ['男性', '女性'].forEach((s, k) => lines.push(row(`　${s}`, parts[k]!, events[k]!, py[k]!)));
  }
  return { text: `${lines.join('\n')}\n`, rate: withRate };
}

describe('chance: random outcome tables and ordinary tables', () => {
  it('60 random outcome tables with a rate per person-time: every one read with its rate (refused before rates2), hidden with its count', () => {
    const random = lcg(1101);
    for (let k = 0; k < 60; k++) {
      const { text } = outcome(random, true);
      expect(rates(text), text).toEqual(['layout/rate']);
    }
  });
  it('60 random outcome tables with person-years and no rate: read, and judged as the same table without them', () => {
    // Person-years give no count: set aside, the table is the one the user would paste without them (its protection
    // is that table's; the oracle is run on such tables above — in one column it takes chance sums, 34 = 26 + 7 + 1,
    // for equations no attacker can know, README Limits).
    const random = lcg(1102);
    let refused = 0;
    for (let k = 0; k < 60; k++) {
      const { text } = outcome(random, false);
      const r = result(text);
      if (!r.ok) {
        refused++;
        continue;
      }
      expect(r.warnings.map((w) => w.code)).toContain('layout/person-time');
      // The same cells, the same small counts and findings, and both pass (the cells hidden beside them may differ:
      // the search has a time limit).
      const without = run(withoutColumn(text, 3));
      const primary = (x: Ok) => [...x.tables[0]!.status.entries()].filter(([, st]) => st === 'primary').map(([id]) => id);
      expect(
        r.tables[0]!.table.cells.map((l) => l.map((c) => c.text)),
        text,
      ).toEqual(without.tables[0]!.table.cells.map((l) => l.map((c) => c.text)));
      expect(primary(r), text).toEqual(primary(without));
      expect(r.tables[0]!.primary.headers.length).toBe(without.tables[0]!.primary.headers.length);
      expect(r.tables[0]!.suppression?.passed).toBe(without.tables[0]!.suppression?.passed);
    }
    // Measured: none refused (main: 31 refused as 「整数でない数」, 4 as totals that do not add up — person-years
    // rounded —, 25 read with person-years as counts, 「複数回答」).
    expect(refused).toBe(0);
  });
  it('400 random count tables labelled with words of age, years and people (年齢, 成人, 1人暮らし, 2020年 …): none read so', () => {
    const random = lcg(1103);
    const words = [
      '年齢',
      '成人',
      '1人暮らし',
      '2人以上',
      '2020年',
      '初年度',
      '年代',
      '20歳代',
      '人数',
      '患者年齢',
      '老人年金',
      '個人年収',
      '入院日数',
      '率',
      '比率（人）',
      'Year 1',
      'Py',
      'Rate group',
    ];
    const rows = ['男性', '女性', '65歳未満', '65歳以上', 'あり', 'なし', '不明'];
    let read = 0;
    for (let k = 0; k < 400; k++) {
      const cols = Array.from({ length: 2 + Math.floor(random() * 3) }, (_, j) => `${words[Math.floor(random() * words.length)]}${j}`);
      const rs = rows.slice(0, 2 + Math.floor(random() * 5));
      const text = `\t${cols.join('\t')}\n${rs.map((r) => `${r}\t${cols.map(() => Math.floor(random() * 41)).join('\t')}`).join('\n')}\n`;
      const read1 = readTables(text);
      if (
        [...read1.errors, ...read1.warnings].some((x) =>
          ['header/rate', 'layout/rate', 'layout/person-time', 'header/person-time'].includes(x.code),
        )
      )
        read++;
    }
    expect(read).toBe(0);
  });
});
