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
import { lcg } from './helpers.ts';
import type { Spec } from './combo.ts';
import { unitTables } from './refuse4-families.ts';
import type { RateTable } from './rates3-families.ts';

const int = (random: () => number, lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(random: () => number, xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

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
      label = pick(random, [`入院（うち${d}）`, `入院 (of whom ${word} died)`, `入院（${d}除外）`, `Admission (excluding ${word})`, `入院 (${word} excluded)`]);
    }
    const text =
      [title, ['', 'A群', 'B群'].join('\t'), [label, cells[0], cells[1]].join('\t'), ['外来', cells[2], cells[3]].join('\t')].join('\n') +
      '\n' +
      (note ? `\n${note}\n` : '');
    out.push({ text, where, count: VALUE[w]! });
  }
  return out;
}

export const RATE_LABELS = ['Mortality rate', 'Death rate', 'Rate of death', 'Incidence of death', 'Case fatality rate', 'Mortality rate (95% CI)'];

/** rates3's orphan family (a rate of deaths the table does not print) under each English label naming death. */
export function rateLabels(count: number, seed: number): RateTable[] {
  return unitTables('orphan', count, seed).map((t, k) => {
    const label = RATE_LABELS[k % RATE_LABELS.length]!;
    return { ...t, text: t.text.replace('死亡率', label), label };
  });
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
  console.log(`total row over blocks in percentages: runs ${o.runs}, refused ${o.refused}, blocked ${o.blocked}, leaking ${o.leaks.length}`);
  if (process.env.SHOW) console.log(o.leaks.slice(0, Number(process.env.SHOW)).join('\n'));
  const words = { note: [0, 0], title: [0, 0], label: [0, 0] };
  for (const c of wordsCases(n, seed)) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 });
    const said = r.ok
      ? r.warnings.some((w) => w.code === 'title/number')
      : r.errors.some((e) => ['line/count', 'header/count', 'title/count'].includes(e.code));
    words[c.where][0]++;
    if (!said) words[c.where][1]++;
  }
  console.log(`counts in words (tables, unsaid): ${JSON.stringify(words)}`);
  let read = 0;
  for (const t of rateLabels(n, seed)) if (check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 }).ok) read++;
  console.log(`English rates of deaths not printed: ${n} tables, read by chance ${read}`);
}
