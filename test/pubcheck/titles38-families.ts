/**
 * titles38 (issue #11): small counts a table's title, corner cell or caption publishes in words the checker only
 * reported as numbers (`title/number`, the table read) — English nouns of patients and events (「3 deaths」「three
 * deaths」「one death」「3 serious adverse events」「Seven died」), a name before 「: n」 or 「= n」 (「Deaths: 3」
 * 「(deaths=3)」「死亡：3」), 「a dozen deaths」 — against titles whose numbers count nothing (a table's number, a year, a
 * version, a grade or a stage, a time point, a dose, a percentage, a CI, an age band, 「Grade 3 adverse events」
 * 「COVID-19 deaths」「3 or more events」「Deaths: 3%」).
 *
 * - `counted`: the title (a # line, a plain caption line right above the table, an HTML caption) or the corner states
 *   a count of 1–9 that no sum of the table holds (every cell is 10 or more): a reader learns a count under 10. Each
 *   must be refused.
 * - `innocent`: the same tables under a title with a number that counts no patients: read as int reads them.
 * - `summed`: a title stating a line's sum (「Adverse events (7 deaths)」 over a line of deaths adding up to 7, cells
 *   1–6): read as that line's sum; the independent oracle attacks the published table with that sum known.
 */
import { int, lcg, pick } from './helpers.ts';

export type Where = 'title' | 'caption' | 'html' | 'corner';
export interface Case {
  text: string;
  where: Where;
  title: string;
}

const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const NOUNS = [
  'deaths',
  'events',
  'cases',
  'subjects',
  'persons',
  'people',
  'individuals',
  'participants',
  'users',
  'children',
  'women',
  'men',
  'adverse events',
  'serious adverse events',
  'SAEs',
  'withdrawals',
  'hospitalizations',
];
const SINGULAR = ['death', 'event', 'case', 'subject', 'person', 'individual', 'participant', 'user', 'child', 'woman', 'man', 'patient'];
const LABELS = ['Deaths', 'Events', 'deaths', 'AEs', 'Cases', 'Withdrawals', '死亡', '有害事象', '死亡者', '脱落'];
const LEADS = ['Adverse events', 'Table 2. Adverse events', '有害事象', 'Outcomes by arm', '表3 転帰', 'Safety population'];

/** A count of `n` (1–9) in one of the forms a title writes it in. */
function counted(next: () => number, n: number): string {
  const word = WORDS[n - 1]!;
  const digits = pick(next, [String(n), word]);
  switch (int(next, 0, 7)) {
    case 0:
      return `${digits} ${n === 1 ? pick(next, SINGULAR) : pick(next, NOUNS)}`;
    case 1:
      return `${pick(next, LABELS)}: ${pick(next, [String(n), word])}`;
    case 2:
      return `${pick(next, LABELS)}=${n}`;
    case 3:
      return `${pick(next, [String(n), word[0]!.toUpperCase() + word.slice(1)])} ${pick(next, ['died', 'withdrew', 'were excluded', 'patients died'])}`;
    case 4:
      return `${n} ${pick(next, ['treatment-related deaths', 'fatal events', 'new cases', 'confirmed cases'])}`;
    case 5:
      return `${pick(next, ['a dozen', 'half a dozen'])} ${pick(next, ['deaths', 'events', 'cases'])}`;
    case 6:
      return `${pick(next, ['No. of deaths', 'Number of events', 'Serious AEs'])}: ${n}`;
    default:
      return `(${pick(next, LABELS)} ${n})`;
  }
}

/** A number that counts no patients, as titles write them. */
function innocent(next: () => number): string {
  const n = int(next, 1, 9);
  return pick(next, [
    `Table ${n}`,
    `表${n}`,
    `${int(next, 2015, 2025)}年`,
    `FY${int(next, 2015, 2025)}`,
    `Version ${n}`,
    `Grade ${n}`,
    `Grade ${n} adverse events`,
    `Grade ≥${n} events`,
    `Stage ${n} cases`,
    `Phase ${n} trial`,
    `${n} months`,
    `at ${n} months`,
    `${n}年`,
    `${n} mg`,
    `${n}%`,
    `95% CI`,
    `${n}歳以上`,
    `COVID-19 deaths`,
    `patients with ${n} or more events`,
    `Deaths at ${n} months`,
    `Deaths: ${n}%`,
    `${n} deaths per 1,000 person-years`,
    `Type ${n} diabetes patients`,
    `Day ${n} events`,
    `Cycle ${n}`,
    `${n}-year mortality`,
    `${n} arms`,
    `Deaths ${int(next, 2015, 2020)}–${int(next, 2021, 2025)}`,
    `Adverse events ${int(next, 2015, 2025)}`,
    `Events (≥${n})`,
    `Deaths (${n} years)`,
    `死亡（${n}年以内）`,
  ]);
}

/** A table of counts all 10 or more: no sum of it is under 10. */
function big(next: () => number, corner: string): string {
  const rows = ['Deaths', 'Admissions', 'Other'].slice(0, int(next, 2, 3));
  return [[corner, 'A群', 'B群'].join('\t'), ...rows.map((r) => [r, int(next, 10, 60), int(next, 10, 60)].join('\t'))].join('\n') + '\n';
}

const HTML = (caption: string, body: string) => {
  const [head, ...rows] = body
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  return (
    `<table><caption>${caption}</caption><tr>${head!.map((c) => `<th>${c}</th>`).join('')}</tr>` +
    rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('') +
    '</table>\n'
  );
};

function place(next: () => number, title: string, where: Where): string {
  if (where === 'corner') return big(next, title);
  const body = big(next, '');
  if (where === 'title') return `# ${title}\n${body}`;
  if (where === 'caption') return `${title}\n${body}`;
  return HTML(title, body);
}

const PLACES: Where[] = ['title', 'caption', 'html', 'corner'];

/** `size` tables whose title, caption or corner states a count of 1–9 no sum holds (each must be refused). */
export function countedCases(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const c = counted(next, int(next, 1, 9));
    const title = pick(next, [`${pick(next, LEADS)} (${c})`, `${pick(next, LEADS)}（${c}）`, c, `${pick(next, LEADS)}: ${c}`]);
    const where = pick(next, PLACES);
    return { text: place(next, title, where), where, title };
  });
}

/** `size` tables under a title (or caption, corner) whose number counts nothing (read as int reads them). */
export function innocentCases(seed: number, size: number): Case[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const title = pick(next, [`${pick(next, LEADS)} (${innocent(next)})`, `${pick(next, LEADS)}, ${innocent(next)}`, innocent(next)]);
    const where = pick(next, PLACES);
    return { text: place(next, title, where), where, title };
  });
}

/**
 * `size` tables whose title states the sum of the line of deaths (cells 1–6, two or three columns), the other lines
 * large: `text` as published, `truth` with a total column holding every line's sum (the oracle's reader knows the
 * deaths' sum from the title; the other lines' sums are hidden from it: `hiddenTotals`).
 */
export function summedCases(seed: number, size: number): { text: string; truth: string; cols: number; rows: number }[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const cols = ['A群', 'B群', 'C群'].slice(0, int(next, 2, 3));
    const deaths = cols.map(() => int(next, 1, 6));
    const others = ['Admissions', 'Other'].map((r) => [r, ...cols.map(() => int(next, 10, 60))] as (string | number)[]);
    const sum = deaths.reduce((a, b) => a + b, 0);
    const title = pick(next, [`Adverse events (${sum} deaths)`, `Deaths: ${sum}`, `Adverse events (deaths=${sum})`]);
    const lines = [['Deaths', ...deaths], ...others];
    const text = `# ${title}\n${['', ...cols].join('\t')}\n${lines.map((l) => l.join('\t')).join('\n')}\n`;
    const sumOf = (l: (string | number)[]) => (l.slice(1) as number[]).reduce((a, b) => a + b, 0);
    const truth = `${['', ...cols, '合計'].join('\t')}\n${lines.map((l) => [...l, sumOf(l)].join('\t')).join('\n')}\n`;
    return { text, truth, cols: cols.length, rows: lines.length };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { checkerOfRoot, familyTally } = await import('./helpers.ts');
  const { check, highs, bundle } = await checkerOfRoot();
  const n = Number(process.argv[2] ?? 200);
  const seed = Number(process.argv[3] ?? 1501);
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.05 });
  const tally = familyTally({ width: 18 });
  for (const c of countedCases(seed, n)) {
    const r = run(c.text);
    tally.add(`counted/${c.where}`, r);
    if (r.ok && process.env.SHOW) console.log('PASSED', JSON.stringify(c.title), c.where);
  }
  for (const c of innocentCases(seed + 1, n)) {
    const r = run(c.text);
    tally.add(`innocent/${c.where}`, r);
    if (!r.ok && process.env.SHOW) console.log('REFUSED', JSON.stringify(c.title), c.where, r.errors.map((e) => e.code).join('+'));
  }
  tally.print();
  const { attack } = await import('./oracle.ts');
  const summed = { refused: 0, blocked: 0, leaking: 0, held: 0 };
  for (const c of summedCases(seed + 2, Math.min(n, 60))) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
    if (!r.ok) {
      summed.refused++;
      continue;
    }
    const tr = r.tables[0]!;
    if (tr.suppression?.passed === false) {
      summed.blocked++;
      continue;
    }
    const C = tr.table.cols.length;
    const hidden = new Set(tr.status.flatMap((s, id) => (s === 'published' ? [] : [`0:${Math.floor(id / C)}:${id % C}`])));
    // The other lines' sums are not in the title: hidden from the oracle's reader (the deaths' sum, row 0, is known).
    for (let i = 1; i < c.rows; i++) hidden.add(`0:${i}:${c.cols}`);
    const ranges = attack(highs, c.truth, hidden, { zeroExempt: true });
    const bad = [...ranges].some(([id, g]) => Number(id.split(':')[2]) < c.cols && g.hi !== null && (g.hi <= g.lo || g.hi < 10));
    if (bad) summed.leaking++;
    else summed.held++;
  }
  console.log(`title states the deaths' sum: ${JSON.stringify(summed)}`);
}
