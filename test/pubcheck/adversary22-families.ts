/**
 * adversary22's random families (adversary22.test.ts), plain data so that the same tables can be checked against an
 * older tree by hand (the numbers the test quotes for main were measured so):
 *
 * - `totalRowSpec`: combo.ts specs forced to a Table 1 of two blocks (性別, 年齢) in bare percentages with a total row
 *   (「Total 100.0% …」, each column's whole) and a total column: the total row's sum of all rows cannot hold (the
 *   blocks add up to 200%), and shares.ts dropped every declared sum with it, the total column's too — a hidden share
 *   came back as the total's count less the other groups' (refuse3-classes seed 81). Attacked by combo's own attacker.
 * - `wordsCases`: a count table with a count written in words where no table shows it — a note or a title in English
 *   words (「Note: seven died in group A.」), a label's bare count beside うち / excluding / 除外 (「死亡（うち3）」) —
 *   read as no number before (the note 「line/not-read」, the title nothing, the label nothing), so the count was
 *   published unchecked.
 * - `rateLabels`: rates3's 「orphan」 family (a rate of deaths the table does not print) under English labels naming
 *   the event (「Mortality rate」「Death rate」「Rate of death」 …), read as イベント数's rate where its numbers fitted by
 *   chance, as 「死亡率」 was before refuse4.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Spec } from './combo.ts';
import { unitTables } from './refuse4-families.ts';
import type { RateTable } from './rates3-families.ts';

const TOTALS = ['合計', 'Total', '計（人）', '全体', '全症例', '総数', ''];
/** A Table 1 of two blocks in bare percentages with a total row and a total column (labelled or blank), combo's generator. */
export const totalRowSpec = (random: () => number): Spec => ({
  kind: 'table1',
  format: 'percent',
  total: { label: pick(random, TOTALS.slice(0, -1)), where: pick(random, ['first', 'middle', 'last'] as const) },
  totalCol: { label: pick(random, TOTALS), where: pick(random, ['first', 'middle', 'last'] as const) },
  n: pick(random, ['header', 'row-first', 'row-last'] as const),
  zeros: random() < 0.3,
});

export interface WordsCase {
  text: string;
  /** Where the count in words stands. */
  where: 'note' | 'title' | 'label';
  /** The count it says. */
  count: number;
}

const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'eleven', 'twelve', 'twenty-one'];
const VALUE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 21];

/** `count` tables of two groups, each with one count in words in a note, the title or a label (seeded). */
export function wordsCases(count: number, seed: number): WordsCase[] {
  const random = lcg(seed);
  const out: WordsCase[] = [];
  for (let k = 0; k < count; k++) {
    const w = int(random, 0, WORDS.length - 1);
    const word = WORDS[w]!;
    const Word = word[0]!.toUpperCase() + word.slice(1);
    const where = pick(random, ['note', 'title', 'label'] as const);
    const cells = [int(random, 10, 90), int(random, 10, 90), int(random, 10, 90), int(random, 10, 90)];
    let label = '入院';
    let title = '# 患者背景';
    let note = '';
    if (where === 'note')
      note = pick(random, [
        `Note: ${Word} died in group A.`,
        `Note: ${word} deaths in group A were excluded.`,
        `※ Deaths in group A: ${word}.`,
        `Note: of these, ${word} withdrew.`,
      ]);
    else if (where === 'title')
      title = pick(random, [`# ${Word} deaths in group A`, `# 入院 (deaths: ${word})`, `# Table 2. Admissions, ${word} excluded`]);
    else {
      const d = String(VALUE[w]!);
      label = pick(random, [
        `入院（うち${d}）`,
        `入院 (of whom ${word} died)`,
        `入院（${d}除外）`,
        `Admission (excluding ${word})`,
        `入院 (${word} excluded)`,
      ]);
    }
    const text =
      [title, ['', 'A群', 'B群'].join('\t'), [label, cells[0], cells[1]].join('\t'), ['外来', cells[2], cells[3]].join('\t')].join('\n') +
      '\n' +
      (note ? `\n${note}\n` : '');
    out.push({ text, where, count: VALUE[w]! });
  }
  return out;
}

export const RATE_LABELS = [
  'Mortality rate',
  'Death rate',
  'Rate of death',
  'Incidence of death',
  'Case fatality rate',
  'Mortality rate (95% CI)',
];

/** rates3's orphan family (a rate of deaths the table does not print) under each English label naming death. */
export function rateLabels(count: number, seed: number): RateTable[] {
  return unitTables('orphan', count, seed).map((t, k) => {
    const label = RATE_LABELS[k % RATE_LABELS.length]!;
    return { ...t, text: t.text.replace('死亡率', label), label };
  });
}

export interface TableShare {
  /** As printed: each group's N in its header, every share of the whole table's patients (their sum). */
  text: string;
  /** The same shares with the table's N in the corner and no N in the headers: the true reading, for the oracle. */
  truth: string;
  /** The same shares with no N, beside a count table of the same counts (their sizes borrowed, read.ts). */
  borrowed: string;
  n: number;
}

/**
 * `count` tables of 2–3 groups × 2–4 rows whose shares (0 or 1 decimal) are of all the table's patients, each group's N
 * in its header (「A群 (N=120)」): every column's shares add up to its N's share, the whole table to 100% — a reader
 * sees they are shares of the headers' sum. Small counts (1–9) in a fifth of the cells.
 */
export function tableShares(count: number, seed: number): TableShare[] {
  const random = lcg(seed);
  const out: TableShare[] = [];
  for (let k = 0; k < count; k++) {
    const groups = ['A群', 'B群', 'C群'].slice(0, int(random, 2, 3));
    const rows = ['男性', '女性', '不明', 'その他'].slice(0, int(random, 2, 4));
    // Shares that are whole counts of each group's N too (as a reader of column percentages finds them): whole
    // percentages of groups of 100 or more, or one decimal of groups of 1,000 or more.
    const decimals = random() < 0.5 ? 0 : 1;
    const big = decimals === 0 ? 60 : 400;
    const counts = rows.map(() => groups.map(() => (random() < 0.2 ? int(random, 1, 9) : int(random, big, 3 * big))));
    const ns = groups.map((_, g) => counts.reduce((s, r) => s + r[g]!, 0));
    const n = ns.reduce((a, b) => a + b, 0);
    const share = (v: number) => `${((100 * v) / n).toFixed(decimals)}%`;
    const body = rows.map((label, r) => [label, ...groups.map((_, g) => share(counts[r]![g]!))].join('\t'));
    const text = [['', ...groups.map((x, g) => `${x} (N=${ns[g]})`)].join('\t'), ...body].join('\n') + '\n';
    const truth = [[`N=${n}`, ...groups].join('\t'), ...body].join('\n') + '\n';
    const counted = [['', ...groups].join('\t'), ...rows.map((label, r) => [label, ...counts[r]!].join('\t'))].join('\n');
    const borrowed = `${counted}\n\n${[['', ...groups].join('\t'), ...body].join('\n')}\n`;
    out.push({ text, truth, borrowed, n });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { fixtureBundle, solver } = await import('./helpers.ts');
  const { check } = await import('../../src/pubcheck/check.ts');
  const { judgeFamily } = await import('./adversary21-families.ts');
  const highs = await solver();
  const bundle = fixtureBundle();
  const n = Number(process.argv[2] ?? 100);
  const seed = Number(process.argv[3] ?? 2201);
  const o = judgeFamily(highs, bundle, lcg(seed), totalRowSpec, n);
  console.log(
    `total row over blocks in percentages: runs ${o.runs}, refused ${o.refused}, blocked ${o.blocked}, leaking ${o.leaks.length}`,
  );
  if (process.env.SHOW) console.log(o.leaks.slice(0, Number(process.env.SHOW)).join('\n'));
  const words = { note: { tables: 0, unsaid: 0 }, title: { tables: 0, unsaid: 0 }, label: { tables: 0, unsaid: 0 } };
  for (const c of wordsCases(n, seed)) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 });
    const said = r.ok
      ? r.warnings.some((w) => w.code === 'title/number')
      : r.errors.some((e) => ['line/count', 'header/count', 'title/count'].includes(e.code));
    words[c.where].tables++;
    if (!said) words[c.where].unsaid++;
  }
  console.log(`counts in words: ${JSON.stringify(words)}`);
  let read = 0;
  for (const t of rateLabels(n, seed))
    if (check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 }).ok) read++;
  console.log(`English rates of deaths not printed: ${n} tables, read by chance ${read}`);
  const { attack } = await import('./oracle.ts');
  const shares = { refused: 0, blocked: 0, leaking: 0, held: 0 };
  for (const t of tableShares(n, seed)) {
    const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
    if (!r.ok) {
      shares.refused++;
      continue;
    }
    const tr = r.tables[0]!;
    if (tr.suppression?.passed === false || tr.primary.headers.length > 0) {
      shares.blocked++;
      continue;
    }
    const C = tr.table.cols.length;
    const hidden = new Set(tr.status.flatMap((s, id) => (s === 'published' ? [] : [`0:${Math.floor(id / C)}:${id % C}`])));
    const ranges = attack(highs, t.truth, hidden, { zeroExempt: true });
    const bad = [...ranges.values()].some((g) => g.hi !== null && (g.hi <= g.lo || g.hi < 10));
    if (bad) shares.leaking++;
    else shares.held++;
  }
  console.log(`shares of the table's N under each group's N: ${JSON.stringify(shares)}`);
  const borrowed = { refused: 0, blocked: 0, leaking: 0, held: 0 };
  for (const t of tableShares(n, seed)) {
    const r = check(highs, bundle, t.borrowed, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
    if (!r.ok) {
      borrowed.refused++;
      continue;
    }
    if (r.tables.some((x) => x.suppression?.passed === false || x.primary.headers.length > 0)) {
      borrowed.blocked++;
      continue;
    }
    // The attacker on the shares alone, read as of their sum (the shares' table with N in its corner; the oracle
    // takes the two tables together as no whole-number table fits: it links their labels' counts as the same).
    const tr = r.tables[1]!;
    const C = tr.table.cols.length;
    const hidden = new Set(tr.status.flatMap((st, id) => (st === 'published' ? [] : [`0:${Math.floor(id / C)}:${id % C}`])));
    const ranges = attack(highs, t.truth, hidden, { zeroExempt: true });
    const bad = [...ranges.values()].some((g) => g.hi !== null && (g.hi <= g.lo || g.hi < 10));
    if (bad) borrowed.leaking++;
    else borrowed.held++;
  }
  console.log(`shares of the borrowed sizes' sum beside a count table: ${JSON.stringify(borrowed)}`);
}
