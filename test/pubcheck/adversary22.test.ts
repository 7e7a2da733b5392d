/**
 * Adversary sweep 22 (issue #11): the readings of the last stop attacked (refuse3, refuse4, both3, attack21). Each
 * class below leaked or published a count unchecked on main (78dfba8) and is read or refused in words now:
 * - a Table 1 of two blocks in bare percentages with a total row (「Total 100.0%」, each column's whole) and a total
 *   column: the total row's sum of all rows cannot hold (the blocks add up to 200%), and shares.ts dropped every
 *   declared sum with it — the total column's too — so 合計 11.7% of 257 less 対照群 16.8% of 173 gave 実薬群's hidden
 *   1.2% of 84 (one patient) back (refuse3-classes seed 81; its unlabelled total column is refuse3's reading);
 * - counts in English words where no table shows them: a note or a title (「Note: Seven died in group A.」「# Seven
 *   deaths in group A」), where 「7 deaths」 was refused (notes) or said (titles); a label's bare count beside うち /
 *   excluding / 除外 (「死亡（うち3）」「(seven excluded)」), where 「うち3例」 was refused;
 * - shares of the whole table's patients under each group's N (「A群 (N=120)」「B群 (N=80)」 over 57.5%, 2.5% and
 *   25.0%, 15.0%), no table N written: read as column percentages, though every column's shares add up to its N's
 *   share of the headers' sum (200) and the table to 100% — a reader sees they are of 200, and the hidden 2.5% is
 *   100 − 57.5 − 25.0 − 15.0 (5 patients); refused now as when the table's N is written (`percent/table-n`);
 * - HTML cells shown otherwise than the file has them in ways html4 and adversary21 did not look for: a digit raised
 *   or lowered by CSS (「3<span style="vertical-align:super">1</span>」, shown 3¹ as 「3<sup>1</sup>」 is, read 31), a
 *   font too small to read but not 0 (「font-size:1px」, 0.1em, 20%), text all but transparent (「opacity:0.01」,
 *   「filter:opacity(0)」): 「3<span style="font-size:1px">0</span>」 shown 3 was read 30;
 * - an English rate naming death (「Mortality rate」「Death rate」「Rate of death」「Incidence of death」「Case fatality
 *   rate」) of deaths the table does not print, read as イベント数's rate where its numbers fitted by chance and
 *   published beside them (refuse4 closed this for 「死亡率」 only).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, lcg, solver } from './helpers.ts';
import { adversary, expectProtected, hiddenLabels } from './protection.ts';
import { judgeFamily } from './adversary21-families.ts';
import { rateLabels, tableShares, totalRowSpec, wordsCases } from './adversary22-families.ts';
import { attack } from './oracle.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result, run, codes } = adversary(highs, bundle);
const tsv = (rows: (string | number)[][]) => rows.map((r) => r.join('\t')).join('\n') + '\n';

describe('a total row of 100% over two blocks in bare percentages, beside a total column', () => {
  const rows = [
    ['男性', '82.1%', '67.1%', '72.0%'],
    ['女性', '17.9%', '32.9%', '28.0%'],
    ['65歳未満', '1.2%', '16.8%', '11.7%'],
    ['65-74歳', '26.2%', '50.9%', '42.8%'],
    ['75歳以上', '72.6%', '32.4%', '45.5%'],
    ['Total', '100.0%', '100.0%', '100.0%'],
  ];
  const headed = tsv([['', '実薬群 (N=84)', '対照群 (N=173)', '合計 (N=257)'], ...rows]);
  const blank = tsv([['', '実薬群', '対照群', ''], ...rows, ['N', 84, 173, 257]]);
  // The oracle reads 「Total」 as the sum of every row (200%, no whole-number table): attacked without it (it says
  // nothing the Ns do not, each column's whole), the rows' and columns' places unchanged.
  const attacked = tsv([['', '実薬群 (N=84)', '対照群 (N=173)', '合計 (N=257)'], ...rows.slice(0, -1)]);
  for (const [name, text] of [
    ['Ns in the headers', headed],
    ['a blank total column last over a row of Ns (refuse3’s reading, combo seed 81)', blank],
  ] as const)
    it(`${name}: on main 1.2% and 26.2% of 実薬群 hidden, 対照群’s 16.8% published (30 − 29 = 1 back); now hidden too`, () => {
      for (const protection of ['threshold', 'not-exact'] as const) {
        const r = run(text, protection);
        expect(hiddenLabels(r)).toEqual(expect.arrayContaining(['65歳未満/実薬群 (N=84)', '65歳未満/対照群 (N=173)']));
        expectProtected(highs, r, attacked, protection);
      }
    });
  /**
   * 100 combo specs forced to the class (adversary22-families.ts `totalRowSpec`, seed 2201), both protections,
   * attacked by combo's attacker (the true structure): on main 36 of 200 runs leaked; now 0, none refused.
   */
  it('random: 40 such tables, both protections, attacked with the true structure: none leaks', () => {
    const o = judgeFamily(highs, bundle, lcg(2201), totalRowSpec, 40);
    expect(o.leaks).toEqual([]);
    expect(o.refused).toBe(0);
  });
});

describe('counts in words where no table shows them: refused (notes, labels) or said (titles) as their digits are', () => {
  const table = (note: string, label = '入院', title = '') =>
    `${title ? `${title}\n` : ''}${tsv([
      ['', 'A群', 'B群'],
      [label, 30, 45],
      ['外来', 42, 38],
    ])}${note ? `\n${note}\n` : ''}`;
  it('a note in English words: line/not-read on main (passed), line/count now naming the number', () => {
    for (const note of [
      'Note: Seven died in group A.',
      'Note: eleven deaths, three in A.',
      'Note: zero deaths in A.',
      '※ Deaths in A: nine.',
    ]) {
      expect(codes(table(note))).toEqual(['line/count']);
    }
    const r = result(table('Note: Seven died in group A.'));
    expect(!r.ok && r.errors[0]!.message).toContain('Seven（7）');
  });
  it('words that say no count stay notes read as before (no one, one or more, one-sided, two-thirds)', () => {
    for (const note of [
      'Note: no one was excluded.',
      'Note: one or more events.',
      'Note: one-sided test.',
      'Note: two-thirds were male.',
      'Note: patients may have more than one comorbidity.',
      'Note: at least one event.',
    ])
      expect(result(table(note)).ok).toBe(true);
  });
  // titles38: a count of deaths in a title is a count (title/count, refused where no sum of the table holds it), no
  // longer only a number reported (title/number, the table read with the 7 in plain view).
  it('a title in English words: nothing said on main, title/number at adversary22, title/count now (as 「Deaths: 3」)', () => {
    for (const title of ['# Seven deaths in group A', '# Admissions (deaths: seven)'])
      expect(codes(table('', '入院', title))).toEqual(['title/count']);
  });
  it('a label’s bare count beside うち / excluding / 除外: passed on main, header/count now; units and steps stay labels', () => {
    for (const label of [
      '入院（うち3）',
      '入院 (of whom seven died)',
      '入院（3除外）',
      'Admission (excluding two)',
      '入院 (seven excluded)',
    ])
      expect(codes(table('', label))).toEqual(['header/count']);
    for (const label of [
      '入院（うち2型）',
      '入院（うち65歳以上）',
      '入院（うち3回以上）',
      'Grade 3 (excluding grade 4)',
      '入院（うち1年以内）',
    ])
      expect(result(table('', label)).ok).toBe(true);
  });
  /** 100 random tables (`wordsCases`, seed 2201): on main 100 of 100 passed with the count unsaid; now 0. */
  it('random: 60 tables with a count in words in a note, a title or a label: each refused or said', () => {
    let unsaid = 0;
    for (const c of wordsCases(60, 2202)) {
      const r = result(c.text);
      const said = r.ok
        ? r.warnings.some((w) => w.code === 'title/number')
        : r.errors.some((e) => ['line/count', 'header/count', 'title/count'].includes(e.code));
      if (!said) unsaid++;
    }
    expect(unsaid).toBe(0);
  });
});

describe('an English rate naming death fits only a line of deaths', () => {
  const rateTable = (label: string, events = 'イベント数') =>
    tsv([
      ['', '患者数', events, '人年', label],
      ['A群', 500, 40, '5000.0', '8.0'],
      ['B群', 300, 3, '2500.0', '1.2'],
    ]);
  it('「Mortality rate」 fitting イベント数 only: read on main (its deaths unprinted), refused now; beside 死亡数 or Deaths read', () => {
    for (const label of ['Mortality rate', 'Death rate', 'Rate of death', 'Incidence of death', 'Case fatality rate']) {
      expect(codes(rateTable(label))).toEqual(['header/rate']);
      expect(result(rateTable(label, '死亡数')).ok).toBe(true);
      expect(result(rateTable(label, 'Deaths')).ok).toBe(true);
    }
    expect(result(rateTable('死亡率', 'Deaths')).ok).toBe(true);
    expect(result(rateTable('Incidence rate')).ok).toBe(true);
  });
  /** rates3's orphan family under these labels (`rateLabels`, seed 2201, 100 tables): 3 read by chance on main, 0 now. */
  it('random: 150 tables of a rate of deaths the table does not print, under English labels: none read by chance', () => {
    let read = 0;
    for (const t of rateLabels(150, 2203)) if (result(t.text).ok) read++;
    expect(read).toBe(0);
  });
});

describe('shares of the whole table under each group’s N, no table N written (the headers’ sum, a reader adds it)', () => {
  const text = tsv([
    ['', 'A群 (N=120)', 'B群 (N=80)'],
    ['男性', '57.5%', '25.0%'],
    ['女性', '2.5%', '15.0%'],
  ]);
  const truth = tsv([
    ['N=200', 'A群', 'B群'],
    ['男性', '57.5%', '25.0%'],
    ['女性', '2.5%', '15.0%'],
  ]);
  it('on main read as column percentages, 2.5% of A群 hidden alone and pinned to 5 of 200 by the oracle; refused now', () => {
    // What main published, attacked under the true reading: the hidden cell is 100% less the others.
    const pinned = attack(highs, truth, new Set(['0:1:0']), { zeroExempt: true }).get('0:1:0')!;
    expect(pinned.hi).toBe(pinned.lo);
    const e = result(text);
    expect(!e.ok && e.errors.map((x) => x.code)).toEqual(['percent/table-n']);
    expect(!e.ok && e.errors[0]!.message).toContain('N=200（見出しの N の和');
    expect(!e.ok && e.errors[0]!.hint).toContain('「N=200」と書き');
  });
  it('said 「列%」 in the corner: read as column percentages, as before; complete breakdowns per column: read', () => {
    expect(result(text.replace(/^\t/, '列%\t')).ok).toBe(true);
    const whole = tsv([
      ['', 'A群 (N=120)', 'B群 (N=80)'],
      ['男性', '95.8%', '31.3%'],
      ['女性', '4.2%', '68.8%'],
    ]);
    expect(result(whole).ok).toBe(true);
  });
  /**
   * 100 random tables (`tableShares`, seed 2201: 2–3 groups, 2–4 rows, whole percentages of groups of 100+ or one
   * decimal of 1,000+): on main 89 read, 4 of them leaking against the oracle under the true reading (a hidden count
   * pinned or shown under 10), 11 refused (percent/not-whole); now 100 refused (percent/table-n).
   */
  it('random: 40 such tables: each refused in words', () => {
    for (const t of tableShares(40, 2204)) expect(codes(t.text), t.text).toContain('percent/table-n');
  });
  const borrowed = `${tsv([
    ['', 'A群', 'B群'],
    ['男性', 115, 50],
    ['女性', 5, 30],
  ])}\n${tsv([
    ['', 'A群', 'B群'],
    ['男性', '57.5%', '25.0%'],
    ['女性', '2.5%', '15.0%'],
  ])}`;
  it('the sizes borrowed from a count table (its columns’ 120 and 80): read so on main, 2.5% hidden and 5 of 200 back; refused now', () => {
    const e = result(borrowed);
    expect(!e.ok && e.errors.map((x) => x.code)).toEqual(['percent/table-n']);
    expect(!e.ok && e.errors[0]!.message).toContain('ほかの表から借りた行や列の N');
  });
  /**
   * The same 100 tables without Ns beside a count table of their counts (`tableShares` `borrowed`, seed 2201),
   * attacked on the shares alone under the true reading: on main 2 leaking, 1 blocked, 97 held; now 73 refused
   * (percent/table-n), 27 linked to the count table (no size borrowed) and holding.
   */
  it('random: 30 such pairs: none read with the borrowed sizes (refused, or linked to the counts)', () => {
    for (const t of tableShares(30, 2205)) {
      const r = result(t.borrowed);
      if (r.ok)
        expect(
          r.warnings.map((w) => w.code),
          t.borrowed,
        ).not.toContain('percent/borrowed-n');
      else expect(r.errors.map((x) => x.code)).toContain('percent/table-n');
    }
  });
});

describe('HTML: a digit raised by CSS, a font too small to read, text all but transparent (read run on on main)', () => {
  const page = (cell: string, css = '', td = '<td>') =>
    `<html><head><style>${css}</style></head><body><table><tr><th>性別</th><th>A群</th><th>B群</th></tr>` +
    `<tr><td>男性</td>${td}${cell}</td><td>45</td></tr><tr><td>女性</td><td>42</td><td>38</td></tr></table></body></html>`;
  const shownOtherwise = [
    '3<span style="vertical-align:super">1</span>',
    '3<span style="vertical-align: 4px">1</span>',
    '3<span class="fn">1</span>',
    '3<span style="vertical-align:super"><b>1</b></span>',
    '3<span style="font-size:1px">0</span>',
    '3<span style="font-size:0.1em">0</span>',
    '3<span style="font-size:20%">0</span>',
    '3<span style="font: bold 2px Arial">0</span>',
    '3<span style="opacity:0.01">0</span>',
    '3<span style="filter:opacity(0)">0</span>',
  ];
  it('each refused in words (input/html-hidden), naming how', () => {
    for (const cell of shownOtherwise) {
      const r = result(page(cell, cell.includes('fn') ? '.fn{vertical-align:super}' : ''));
      expect(!r.ok && r.errors.map((e) => e.code), cell).toEqual(['input/html-hidden']);
    }
    const r = result(page('3<span style="vertical-align:super">1</span>'));
    expect(!r.ok && r.errors[0]!.message).toContain('vertical-align（上付き・下付き）');
  });
  it("a raised span over a 「sup」 is read as the 「sup」 is (gt's footnote marks: refused after attack22 alone)", () => {
    const gt = page('30', '.gt_footnote_marks{font-size:75%;vertical-align:0.4em}').replace(
      '<th>A群</th>',
      '<th>A群<span class="gt_footnote_marks"><sup>1</sup></span></th>',
    );
    const r = result(gt);
    expect(r.ok, JSON.stringify(!r.ok && r.errors)).toBe(true);
  });
  it('what shows the text as the file has it is read: cells placed by vertical-align, a small but legible font, half opacity', () => {
    for (const [cell, css, td] of [
      ['30', 'td{vertical-align:top}', '<td>'],
      ['30', '', '<td style="vertical-align:text-top">'],
      ['3<span style="font-size:80%">0</span>', '', '<td>'],
      ['3<span style="font-size:11px">0</span>', '', '<td>'],
      ['3<span style="font: 12px/1.5 Arial">0</span>', '', '<td>'],
      ['3<span style="opacity:0.5">0</span>', '', '<td>'],
      ['3<span style="vertical-align:baseline">0</span>', '', '<td>'],
    ] as const)
      expect(result(page(cell, css, td)).ok, cell).toBe(true);
  });
});
