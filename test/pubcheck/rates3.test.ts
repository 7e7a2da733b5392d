/**
 * Rates per units the checker did not try before (issue #11, branch rates3; rates.ts `scaleOf`, `timeOf`, `Scale`):
 * a rate per a million person-years (「100万人年あたり」「/10^6人年」「/10⁶人年」「per million person-years」), a rate per
 * person-years over a base of person-days (「観察人日」: 1 year = 365 to 365.25 days) or person-months (「人月」: 12), a rate
 * per 100 patient-months — with the unit written, and with none beside a line of person-time. Before, the units tried
 * were 1, 10, …, 100,000 of the base's own unit of time: a written unit of these was misread (「10^6」 as 6) or not
 * tried, the table refused (`header/rate`); and where no unit was written, a rate fitting another line of counts under
 * one of those units (死亡数 ten times the events, per 100,000) was read as that line's, and published where its own
 * count was hidden — an attacker knowing the true unit (per a million) had the count back.
 *
 * The attacker is the interval arithmetic of a published rate with its printed base under the true unit, against the
 * true counts (rates3-families.ts `attack`; the oracle reads no rates).
 */
import { describe, expect, it } from 'vitest';
import { toReport } from '../../src/pubcheck/report.ts';
import { readTables } from '../../src/pubcheck/read.ts';
import { fixtureBundle, lcg as lcgOf, solver } from './helpers.ts';
import { adversary, expectProtected, hiddenLabels, outcomeAttacked } from './protection.ts';
import { attack, countsFrom, familyTables, type Family } from './rates3-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, run, rates } = adversary(highs, bundle);
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';
const AT = new Date('2026-12-03T01:00:00Z');
/** Ordinary pairs refused by chance (measured). */
const CHANCE = 0;

/** A table of 2 groups: A群 40 events in 5,000 person-years, B群 3 in 2,500, person-time in `unit` (years × `per`). */
const table = (rateLabel: string, baseLabel: string, bases: string[], values: string[], more: (string | number)[][] = []) =>
  tsv([
    ['', '患者数', 'イベント数', ...more.map((m) => m[0]!), baseLabel, rateLabel],
    ['A群', 500, 40, ...more.map((m) => m[1]!), bases[0]!, values[0]!],
    ['B群', 300, 3, ...more.map((m) => m[2]!), bases[1]!, values[1]!],
  ]);
/** The printed rates of the first table: [row, text, hidden]. */
const rateCells = (r: ReturnType<typeof run>) => toReport(r, bundle, AT).tables[0]!.rates[0]!.cells.map((c) => [c.row, c.text, c.hidden]);

describe('a rate per a million, no unit written, fitting another line per 100,000', () => {
  // 発現率 8,000 and 1,200 per a million person-years of イベント数 (40 of 5,000; 3 of 2,500); 死亡数 400 and 30 fit the
  // same rates per 100,000 — tried before, so the rate was read as 死亡数's.
  const text = table('発現率', '人年', ['5000.0', '2500.0'], ['8000', '1200'], [['死亡数', 400, 30]]);
  it('before, read as 死亡数 per 100,000 and published beside the hidden 3: 1,200 × 2,500 ÷ 1,000,000 = 3 (2.99–3.00); now hidden', () => {
    // On main (17f3ee0): rates [死亡数 per 100,000], also [] — B群's 1,200 published, its イベント数 3 hidden.
    expect(countsFrom('1200', '2500.0', 1e6)).toEqual([3]);
    const r = run(text);
    const rate = r.tables[0]!.table.rates![0]!;
    // Since rates5 the line of events (イベント数) is read first, the other line of counts it fits (死亡数) hidden with it.
    expect(rate.events).toEqual(['イベント数']);
    expect(rate.also).toEqual(['死亡数']);
    expect(hiddenLabels(r)).toContain('B群/イベント数');
    expect(rateCells(r)).toEqual([
      ['A群', '8000', false],
      ['B群', '1200', true],
    ]);
    expectProtected(highs, r, outcomeAttacked(r, text));
  });
});

describe('units written that were misread or not tried: refused before, read now', () => {
  const forms: [string, string, string[], string[], number][] = [
    // [rate label, base label, bases, rates, the unit as read (its lower end)]
    ['発現率（/10^6人年）', '人年', ['5000.0', '2500.0'], ['8000', '1200'], 1e6],
    ['発現率（/10⁶人年）', '人年', ['5000.0', '2500.0'], ['8000', '1200'], 1e6],
    ['IR per million person-years', '人年', ['5000.0', '2500.0'], ['8000', '1200'], 1e6],
    ['Incidence rate (per 1 000 000 PY)', 'PY', ['5000.0', '2500.0'], ['8000', '1200'], 1e6],
    ['発現率', '人年', ['5000.0', '2500.0'], ['8000', '1200'], 1e6],
    // 5,000 years of 365.25 days: 1,826,250 person-days.
    ['発現率（/1,000人年）', '観察人日', ['1826250', '913125'], ['8.0', '1.2'], 365_000],
    ['発現率', '観察人日', ['1826250', '913125'], ['8.0', '1.2'], 365_000],
    ['発現率（/人年）', 'Person-days', ['1826250', '913125'], ['0.008', '0.0012'], 365],
    ['発現率（/1,000人年）', '人月', ['60000', '30000'], ['8.0', '1.2'], 12_000],
    ['発現率', '人月', ['60000', '30000'], ['8.0', '1.2'], 12_000],
  ];
  for (const [label, base, bases, values, scale] of forms)
    it(`「${label}」 over 「${base}」: read per ${scale.toLocaleString('en-US')}, B群's rate hidden with its 3`, () => {
      const text = table(label, base, bases, values);
      const r = run(text);
      const rate = r.tables[0]!.table.rates![0]!;
      expect(rate.scale).toBe(scale);
      expect(rate.events).toEqual(['イベント数']);
      expect(rateCells(r)).toEqual([
        ['A群', values[0], false],
        ['B群', values[1], true],
      ]);
      const note = r.warnings.find((w) => w.code === 'layout/rate')!.message;
      if (base !== '人年' && base !== 'PY') expect(note).toMatch(/1年＝(?:12か月|365〜365\.25日)として/);
    });
  it('per 100 patient-months over patient-months, and 「100万人年あたり」, read as before', () => {
    expect(rates(table('Rate per 100 patient-months', 'Patient-months', ['60000', '30000'], ['0.067', '0.010']))).toEqual(['layout/rate']);
    expect(rates(table('発現率（100万人年あたり）', '人年', ['5000.0', '2500.0'], ['8000', '1200']))).toEqual(['layout/rate']);
  });
  it('a rate per 人年 over 人日 says the conversion in its reason (÷ (1,000 × 365〜365.25))', () => {
    const r = run(table('発現率（/1,000人年）', '観察人日', ['1826250', '913125'], ['8.0', '1.2']));
    const why = toReport(r, bundle, AT).tables[0]!.rates[0]!.cells[1]!.why!;
    expect(why).toContain('÷ （1,000 × 365〜365.25）');
  });
  it('a footnote mark on an N (「N = 10¹」) is still a footnote; a power of ten after 「/」 is no mark', () => {
    const r = result(
      tsv([
        ['', 'A群 (N = 10¹)', 'B群'],
        ['男性', 4, 12],
        ['女性', 6, 13],
      ]),
    );
    expect(r.ok && r.tables[0]!.table.cols[0]!.denominator).toBe(10);
  });
});

describe('a rate no unit under the checker’s tries fits: refused in words', () => {
  it('a rate per 50 person-years with no unit written (no unit of ours) fitting no line: header/rate, the line named', () => {
    // Person-weeks (人週), refused here before, are person-time since refuse4, and per 2,000 and per 10⁷ are tried.
    const r = result(table('発現率', '人年', ['5000.0', '2500.0'], ['0.40', '0.06']));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.code)).toContain('header/rate');
  });
});

/**
 * The three families (rates3-families.ts), 100 tables each, attacked under the true unit. Measured on main (17f3ee0)
 * with the same families (tmp measure run by hand): million 60 refused, 4 rates leaked in 2 tables; days 80 refused,
 * 2 leaked in 1; months 42 refused, 1 leaked in 1 (those main figures drawn by the tests' generator before its fix,
 * which repeated tables; not re-measured).
 */
describe('random families per unit, attacked by the interval arithmetic under the true unit', () => {
  // [family, seed, held, kept, lost] as measured now, on the tests' fixed generator (lcg exact modulo 2^32; before its
  // fix, drawing repeated tables: million 163, 185, 0; days 126, 177, 2; months 81, 183, 6).
  // `refused`: since rates5, tables whose rates are all 0 to their precision with no unit written (header/rate: such a
  // line fits any count under a unit large enough, and its own count may be one the table does not print).
  const families: [Family, number, number, number, number, number][] = [
    ['million', 301, 156, 185, 0, 0],
    ['days', 302, 116, 180, 0, 0],
    ['months', 303, 96, 174, 3, 5],
  ];
  for (const [family, seed, held, kept, lost, refused] of families)
    it(`${family}: 100 tables, ${refused} refused (rates all 0), none leaked (${held} rates hidden that would give their count back)`, () => {
      const total = { refused: 0, leaked: 0, held: 0, kept: 0, lost: 0 };
      for (const t of familyTables(family, 100, seed)) {
        const o = attack(t, result(t.text));
        total.refused += o.refused ? 1 : 0;
        total.leaked += o.leaked;
        total.held += o.held;
        total.kept += o.kept;
        total.lost += o.lost;
      }
      // `lost`: rates of a published count hidden with another line they fit under another unit (more than need be).
      expect(total).toEqual({ refused, leaked: 0, held, kept, lost });
    });
});

/**
 * Rates in a table of their own (class 2). Labelled with a unit (「発現率（/1,000人年）」「IR per 1000 PY」「Incidence」),
 * or 「発現率」 unmarked, they were refused on main (`header/rate`: no base in the table; `cell/percent-unmarked`) and still
 * are. Labelled 「頻度」「Frequency」「発生頻度」「Rate」 with whole numbers, they were read as counts in their own table:
 * 10 beside a first table's hidden 3 of 300 patients (10 × 300 ÷ 1,000 = 3) was published. Now refused in words where
 * the line is, row by row, a count of another table (linked by the same labels) times a unit over its 患者数 or
 * person-time (rates.ts `linkedRates`); read across tables it is not (Limits).
 */
describe('a table of rates whose counts are in another table of the input', () => {
  const first = tsv([
    ['', '患者数', 'イベント数', '人年'],
    ['A群', 500, 40, '5000.0'],
    ['B群', 300, 3, '2500.0'],
  ]);
  const own = (label: string, a: string, b: string) =>
    `${first}\n${tsv([
      ['', label],
      ['A群', a],
      ['B群', b],
    ])}`;
  it('before, 「頻度」「Frequency」「発生頻度」「Rate」 of whole numbers were counts (10 published beside the hidden 3 of 300); now header/rate', () => {
    // On main (17f3ee0): each read, table 2's 80 and 10 published, table 1's 3 hidden: 10 × 300 ÷ 1,000 = 3.
    expect(countsFrom('10', '300', 1000)).toEqual([3]);
    for (const [label, a, b] of [
      ['頻度', '80', '10'],
      ['Frequency', '80', '10'],
      ['発生頻度', '80', '10'],
      ['Rate', '80', '10'],
      // per 10,000 person-years: 40 × 10,000 ÷ 5,000 = 80, 3 × 10,000 ÷ 2,500 = 12.
      ['頻度', '80', '12'],
    ]) {
      const r = result(own(label!, a!, b!));
      expect(r.ok, label).toBe(false);
      if (r.ok) continue;
      const e = r.errors.find((x) => x.code === 'header/rate')!;
      expect(e.place).toMatchObject({ table: 2, col: label });
      expect(e.message).toContain('表1の列「イベント数」の数');
      expect(e.message).toContain('チェッカーの判断');
      expect(e.hint).toContain('並べて貼り付けてください');
    }
  });
  it('the base beside the rate in its own table (患者数 or 人年), the events in the other: header/rate as well', () => {
    // On main (17f3ee0): read, 80 and 10 (12) published as counts beside table 1's hidden 3.
    const events = tsv([
      ['', 'イベント数'],
      ['A群', 40],
      ['B群', 3],
    ]);
    for (const second of [
      tsv([
        ['', '患者数', '頻度'],
        ['A群', 500, 80],
        ['B群', 300, 10],
      ]),
      tsv([
        ['', '人年', '頻度'],
        ['A群', '5000.0', 80],
        ['B群', '2500.0', 12],
      ]),
    ]) {
      const r = result(`${events}\n${second}`);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.message).toMatch(/表1の列「イベント数」の数 × [\d,]+ ÷ 表2の列「(?:患者数|人年)」に/);
    }
  });
  it('a table whose title or corner says rates (「発現率（/1万人年）」「頻度」「Rate」 over a row 「全体」): header/rate, the title named', () => {
    // On main (17f3ee0): read as counts, 80 and 12 published beside table 1's hidden 3 (12 × 2,500 ÷ 10,000 = 3).
    const first = tsv([
      ['', 'A群', 'B群'],
      ['患者数', 500, 300],
      ['イベント数', 40, 3],
      ['人年', '5000.0', '2500.0'],
    ]);
    for (const said of ['発現率（/1万人年）', '頻度', 'Rate', '発現率'])
      for (const text of [
        `${first}\n${tsv([
          [said, 'A群', 'B群'],
          ['全体', 80, 12],
        ])}`,
        `${first}\n# ${said}\n${tsv([
          ['', 'A群', 'B群'],
          ['全体', 80, 12],
        ])}`,
      ]) {
        const r = result(text);
        expect(r.ok, text).toBe(false);
        if (!r.ok)
          expect(r.errors[0]!.message).toContain(
            `表2（「${said.normalize('NFKC')}」）の行「全体」は、表1の行「イベント数」の数 × 10,000 ÷ 行「人年」に`,
          );
      }
  });
  it('labels linked as the tables are (「A群 (N=500)」 and 「A群」), and the N stated in the labels as the base', () => {
    // On main (17f3ee0): both read as counts, 12 (10) published beside the hidden 3.
    const withPT = tsv([
      ['', 'イベント数', '人年'],
      ['A群 (N=500)', 40, '5000.0'],
      ['B群 (N=300)', 3, '2500.0'],
    ]);
    const withN = tsv([
      ['', 'イベント数'],
      ['A群 (N=500)', 40],
      ['B群 (N=300)', 3],
    ]);
    for (const [first, b, base] of [
      [withPT, 12, '列「人年」'],
      [withN, 10, '見出しの N '],
    ] as const) {
      const r = result(
        `${first}\n${tsv([
          ['', '頻度'],
          ['A群', 80],
          ['B群', b],
        ])}`,
      );
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]!.message).toContain(`÷ ${base}に、どの行でも丸めの範囲で合います`);
    }
  });
  it('rows as well: a row 「頻度」 under the groups as columns', () => {
    const text = `${tsv([
      ['', 'A群', 'B群'],
      ['患者数', 500, 300],
      ['イベント数', 40, 3],
    ])}\n${tsv([
      ['', 'A群', 'B群'],
      ['頻度', '80', '10'],
    ])}`;
    const r = result(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.place).toMatchObject({ table: 2, row: '頻度' });
  });
  it('still refused as before: units written, 「発現率」 unmarked, decimals under 「Rate」 (cell/decimal)', () => {
    for (const label of ['発現率（/1,000人年）', 'IR per 1000 PY', 'Incidence rate', '発現率', 'Rate'])
      expect(result(own(label, '8.0', '1.2')).ok, label).toBe(false);
  });
  it('the rate beside its counts in one table, as the hint says: read, B群’s rate hidden with its 3', () => {
    const text = tsv([
      ['', '患者数', 'イベント数', '人年', '頻度'],
      ['A群', 500, 40, '5000.0', '8.0'],
      ['B群', 300, 3, '2500.0', '1.2'],
    ]);
    expect(rates(text)).toEqual(['layout/rate']);
  });

  /**
   * Random pairs: a first table of 患者数 and events (2–4 groups, some events under 10; in a third the 患者数 or 人年
   * printed beside the rate in the second table instead), a second of its rates per
   * 1,000 or 10,000 patients or person-years under 「頻度」「Frequency」「Rate」「発生頻度」, whole or to one decimal.
   * Leaked: a rate published (the table read) whose count is hidden in the first table and which pins it or shows it
   * under 10. And 200 ordinary pairs whose second table counts something else (its own counts, 0–200, none over the
   * N) under the same labels — its own 患者数 in half, a title 「# 発現頻度」 in a third, the first table's Ns in its
   * labels in a third: refused by chance.
   */
  it('chance: 100 random pairs (78 rates in 41 leaked on main), none now; 200 ordinary pairs: none refused by chance', () => {
    const random = lcgOf(3107);
    let leaked = 0;
    let refused = 0;
    let pairsLeaking = 0;
    for (let k = 0; k < 100; k++) {
      const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, 2 + Math.floor(random() * 3));
      const perPT = random() < 0.5;
      const scale = random() < 0.5 ? 1000 : 10_000;
      const decimals = random() < 0.5 ? 0 : 1;
      const label = ['頻度', 'Frequency', 'Rate', '発生頻度'][Math.floor(random() * 4)]!;
      const rows = groups.map((g) => {
        const n = 100 + Math.floor(random() * 900);
        const e = random() < 0.5 ? 1 + Math.floor(random() * 9) : 10 + Math.floor(random() * 60);
        const py = (n * (1 + random() * 4)).toFixed(1);
        return { g, n, e, py, rate: ((e * scale) / (perPT ? Number(py) : n)).toFixed(decimals) };
      });
      // In a third, the base (患者数 or 人年) is printed beside the rate in the second table, not in the first.
      const beside = random() < 1 / 3;
      const baseLabel = perPT ? '人年' : '患者数';
      const base = (x: (typeof rows)[number]) => (perPT ? x.py : x.n);
      const text = beside
        ? `${tsv([['', 'イベント数'], ...rows.map((x) => [x.g, x.e])])}\n${tsv([['', baseLabel, label], ...rows.map((x) => [x.g, base(x), x.rate])])}`
        : `${tsv([['', '患者数', 'イベント数', ...(perPT ? ['人年'] : [])], ...rows.map((x) => [x.g, x.n, x.e, ...(perPT ? [x.py] : [])])])}\n${tsv(
            [['', label], ...rows.map((x) => [x.g, x.rate])],
          )}`;
      const r = result(text);
      if (!r.ok) {
        refused++;
        continue;
      }
      const t = r.tables[0]!;
      const ev = t.table.cols.findIndex((h) => h.label === 'イベント数');
      let leaks = false;
      rows.forEach((x, i) => {
        const status = t.status[i * t.table.cols.length + ev]!;
        if (status === 'published') return;
        const values = countsFrom(x.rate, perPT ? x.py : String(x.n), scale).filter((v) => !perPT || v >= 0);
        if (values.length <= 1 || (status === 'primary' && Math.max(...values) < 10)) {
          leaked++;
          leaks = true;
        }
      });
      if (leaks) pairsLeaking++;
    }
    // Measured on main (17f3ee0; the same run without linkedRates): 49 refused (cell/decimal: rates to one decimal),
    // 51 read as counts, 78 rates in 41 pairs leaked. Now all 100 refused (header/rate where whole).
    expect({ leaked, pairsLeaking, refused }).toEqual({ leaked: 0, pairsLeaking: 0, refused: 100 });
    let chance = 0;
    for (let k = 0; k < 200; k++) {
      const groups = ['A群', 'B群', 'C群', 'D群'].slice(0, 2 + Math.floor(random() * 3));
      const label = ['頻度', 'Frequency', 'Rate', '発生頻度'][Math.floor(random() * 4)]!;
      const rows = groups.map((g) => {
        const n = 100 + Math.floor(random() * 900);
        // Counts of patients, none over the line's N (a value over it makes 「頻度」 a rate within its own table, reading16).
        return [g, n, Math.floor(random() * 60), Math.floor(random() * Math.min(200, n))] as const;
      });
      // In half, the second table prints its own 患者数 beside its counts (a base the rate's reading tries too).
      const own = random() < 0.5;
      // In a third, a title saying rates over the second table (「# 発現頻度」): each of its lines is tried.
      const title = random() < 1 / 3 ? '# 発現頻度\n' : '';
      // In a third, the first table's Ns in its labels (「A群 (N=500)」) rather than a column of 患者数.
      const first =
        random() < 1 / 3
          ? tsv([['', 'イベント数'], ...rows.map((x) => [`${x[0]} (N=${x[1]})`, x[2]])])
          : tsv([['', '患者数', 'イベント数'], ...rows.map((x) => [x[0], x[1], x[2]])]);
      const text = `${first}\n${title}${tsv([
        ['', ...(own ? ['患者数'] : []), label],
        ...rows.map((x) => [x[0], ...(own ? [x[1]] : []), x[3]]),
      ])}`;
      if (readTables(text).errors.some((e) => e.code === 'header/rate')) chance++;
    }
    expect(chance).toBe(CHANCE);
  });
});
