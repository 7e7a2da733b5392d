/**
 * attack26 (issue #11): seeded families of the classes found by attacking the checker.
 *
 * - `restTotals`: a count table with a total line (row or column; first, in the middle or last) labelled in a
 *   language the checker does not read (Gesamt, Totale, 总计, 합계, Итого, Any …) that is the items' sum plus
 *   patients the table does not print — in every position 0 to 9 more, in one at least 1 to 9 — as TSV, CSV,
 *   Markdown or HTML. A reader who knows the word has the rest (63 − 60 = 3). `known` is the same table with the
 *   label 「合計」, which the checker refused already (`total/mismatch`).
 * - `innocentTables`: count tables with no total, one category outnumbering the others in many (a Table 1's 「なし」
 *   beside 「あり」 and 「不明」): what `total/rest` refuses by chance.
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads `count` tables of seed `seed`
 * of each family: `ROOT=/work/main node test/pubcheck/attack26-families.ts 200 601`.
 */
import { int, lcg, pick } from './helpers.ts';

export const FOREIGN_TOTALS = [
  'Gesamt',
  'Insgesamt',
  'Summe',
  'Totale',
  '总计',
  '合计',
  '합계',
  'Итого',
  'Всего',
  'Totaal',
  'Tous',
  'Todos',
  'Any',
  'Yhteensä',
  '總數',
];
const GROUPS = ['A群', 'B群', 'C群', 'D群'];
const ITEMS = ['発熱', '頭痛', '悪心', '発疹', '下痢', 'めまい'];

export type Shape = 'tsv' | 'csv' | 'md' | 'html';

/** Lines of cells written as pasted text of `shape`. */
export function written(lines: readonly (readonly string[])[], shape: Shape): string {
  if (shape === 'tsv') return lines.map((l) => l.join('\t')).join('\n') + '\n';
  if (shape === 'csv') return lines.map((l) => l.join(',')).join('\n') + '\n';
  if (shape === 'md')
    return lines.map((l, i) => `| ${l.join(' | ')} |` + (i === 0 ? `\n|${l.map(() => '---|').join('')}` : '')).join('\n') + '\n';
  const cell = (t: string, h: boolean) => (h ? `<th>${t}</th>` : `<td>${t}</td>`);
  return `<table>\n${lines.map((l, i) => `<tr>${l.map((t, k) => cell(t, i === 0 || k === 0)).join('')}</tr>`).join('\n')}\n</table>\n`;
}

export interface RestTotal {
  text: string;
  /** The same table with the line labelled 「合計」. */
  known: string;
  label: string;
  axis: 'rows' | 'cols';
  /** The patients the line holds beyond the items, per position. */
  rests: number[];
  shape: Shape;
}

/** Seeded count tables with a total line under a foreign label that is the items' sum plus a few unprinted patients. */
export function restTotals(count: number, seed: number): RestTotal[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const groups = GROUPS.slice(0, int(next, 2, 4));
    const items = ITEMS.slice(0, int(next, 2, 5));
    const cells = items.map(() => groups.map(() => (next() < 0.15 ? 0 : next() < 0.25 ? int(next, 1, 9) : int(next, 10, 60))));
    const axis = next() < 0.6 ? ('rows' as const) : ('cols' as const);
    const across = axis === 'rows' ? groups.length : items.length;
    const rests: number[] = Array.from({ length: across }, () => (next() < 0.3 ? 0 : int(next, 1, 9)));
    if (!rests.some((d) => d > 0)) rests[int(next, 0, across - 1)] = int(next, 1, 9);
    const label = pick(next, FOREIGN_TOTALS);
    const where = pick(next, ['first', 'middle', 'last'] as const);
    const shape = pick(next, ['tsv', 'csv', 'md', 'html'] as const);
    const build = (name: string) => {
      let grid = items.map((it, i) => [it, ...cells[i]!.map(String)]);
      let head = ['', ...groups];
      if (axis === 'rows') {
        const line = [name, ...groups.map((_, j) => String(cells.reduce((s, r) => s + r[j]!, 0) + rests[j]!))];
        const at = where === 'first' ? 0 : where === 'last' ? grid.length : int(next, 1, grid.length - 1);
        grid.splice(at, 0, line);
      } else {
        const at = where === 'first' ? 1 : where === 'last' ? head.length : int(next, 2, head.length - 1);
        head = [...head.slice(0, at), name, ...head.slice(at)];
        grid = grid.map((l, i) => [...l.slice(0, at), String(cells[i]!.reduce((s, x) => s + x, 0) + rests[i]!), ...l.slice(at)]);
      }
      return written([head, ...grid], shape);
    };
    const text = build(label);
    // The same draws for the middle place: rebuilt with the same `where` only where it is not random.
    const known = where === 'middle' ? text.replace(label, '合計') : build('合計');
    return { text, known, label, axis, rests, shape };
  });
}

/** Seeded count tables with no total: 3–5 categories, one outnumbering the rest in many (Table 1s' なし・あり・不明). */
export function innocentTables(count: number, seed: number): string[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const groups = GROUPS.slice(0, int(next, 1, 4));
    const items = ['なし', 'あり', '不明', 'その他', '未回答'].slice(0, int(next, 3, 5));
    const cells = items.map((_, i) => groups.map(() => (i === 0 ? int(next, 10, 80) : next() < 0.2 ? 0 : int(next, 1, 30))));
    return written([['', ...groups], ...items.map((it, i) => [it, ...cells[i]!.map(String)])], pick(next, ['tsv', 'csv'] as const));
  });
}

/** How a group's N is written in words the checker did not read as one (`{n}` the number). */
export const WORDED_NS = [
  '{g} (Anzahl {n})',
  '{g} ({n} Patienten)',
  '{g} (总数{n})',
  '{g} ({n}명)',
  '{g} (#{n})',
  '{g} – {n}',
  '{g} (patients: {n})',
  '{g} (Gesamt {n})',
  '{g} ({n} sujets)',
  '{g} [n {n}]',
  '{g}（全体{n}）',
];

export interface WordedN {
  text: string;
  /** The same table with each N written 「(N=…)」, as the oracle reads an N. */
  standard: string;
  form: string;
  shape: Shape;
}

/**
 * Seeded count tables of 2–3 groups whose header states each group's N in words of `WORDED_NS`: in half the tables the
 * N is the column's sum (a hidden item is N less the others), in the others more by 1–9 in some columns (patients
 * the table leaves out). Items 10–60, one in four 1–9.
 */
export function wordedNs(count: number, seed: number): WordedN[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const groups = GROUPS.slice(0, int(next, 2, 3));
    const items = ITEMS.slice(0, int(next, 3, 5));
    const cells = items.map(() => groups.map(() => (next() < 0.25 ? int(next, 1, 9) : int(next, 10, 60))));
    const whole = next() < 0.5;
    const ns = groups.map((_, j) => cells.reduce((s, r) => s + r[j]!, 0) + (whole || next() < 0.4 ? 0 : int(next, 1, 9)));
    const form = pick(next, WORDED_NS);
    const shape = pick(next, ['tsv', 'csv', 'md', 'html'] as const);
    const grid = items.map((it, i) => [it, ...cells[i]!.map(String)]);
    const head = (f: string) => ['', ...groups.map((g, j) => f.replace('{g}', g).replace('{n}', String(ns[j])))];
    return {
      text: written([head(form), ...grid], shape),
      standard: written([head('{g} (N={n})'), ...grid], 'tsv'),
      form,
      shape,
    };
  });
}

/**
 * Seeded count tables whose labels hold numbers that are no N (ages, bounds, grades, years, doses, stages): what
 * `layout/label-n` reads as an N by chance.
 */
export function numberedLabels(count: number, seed: number): string[] {
  const next = lcg(seed);
  const COLS = [
    ['65歳未満', '65-74歳', '75歳以上'],
    ['<65', '65-74', '≥75'],
    ['Grade 1', 'Grade 2', 'Grade 3', 'Grade 4'],
    ['2021年', '2022年', '2023年'],
    ['5 mg', '10 mg', '20 mg'],
    ['A群', 'B群'],
    ['1回', '2回', '3回以上'],
    ['第1期', '第2期', '第3期'],
  ];
  const ROWS = [
    ['男性', '女性'],
    ['Stage 1', 'Stage 2', 'Stage 3'],
    ['BMI 25未満', 'BMI 25以上'],
    ['CYP2C19 EM', 'CYP2C19 PM', 'CYP2C19 IM'],
    ['HbA1c 7.0%未満', 'HbA1c 7.0%以上'],
    ['なし', 'あり', '不明'],
  ];
  return Array.from({ length: count }, () => {
    const cols = pick(next, COLS);
    const rows = pick(next, ROWS);
    const cells = rows.map(() => cols.map(() => (next() < 0.2 ? int(next, 1, 9) : int(next, 10, 60))));
    return written([['', ...cols], ...rows.map((r, i) => [r, ...cells[i]!.map(String)])], pick(next, ['tsv', 'csv'] as const));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { check } = await import(`${root}/src/pubcheck/check.ts`);
  const { fixtureBundle, solver } = await import(`${root}/test/pubcheck/helpers.ts`);
  const highs = await solver();
  const bundle = fixtureBundle();
  const [count, seed] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 601)];
  const tally = new Map<string, number>();
  const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  const codes = (text: string) => {
    const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    return r.ok ? 'read' : `refused ${[...new Set(r.errors.map((e: { code: string }) => e.code))].sort().join('+')}`;
  };
  for (const t of restTotals(count, seed)) {
    add(`rest-total: ${codes(t.text)}`);
    add(`rest-total as 合計: ${codes(t.known)}`);
  }
  for (const text of innocentTables(count, seed)) add(`innocent: ${codes(text)}`);
  // Worded Ns: the hidden cells the checker under ROOT chooses, attacked by this tree's oracle on the table with each N
  // written 「(N=…)」 (a reader who knows the words); a leak is a hidden count pinned, or a small one shown under 10;
  // a rest under the threshold that the check neither flags nor refuses is a leak too.
  const { attack } = await import('./oracle.ts');
  for (const t of wordedNs(count, seed)) {
    const r = check(highs, bundle, t.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    if (!r.ok) {
      add(`worded N: refused ${r.errors[0].code}`);
      continue;
    }
    const tr = r.tables[0];
    if (tr.primary.headers.length > 0) {
      add('worded N: rest flagged');
      continue;
    }
    const hidden = new Set<string>();
    const small = new Set<string>();
    tr.status.forEach((s: string, id: number) => {
      const key = `0:${Math.floor(id / tr.table.cols.length)}:${id % tr.table.cols.length}`;
      if (s !== 'published') hidden.add(key);
      if (s === 'primary') small.add(key);
    });
    const ranges = hidden.size > 0 ? attack(highs, t.standard, hidden, { zeroExempt: true }) : new Map();
    const header = t.standard.split('\n')[0]!.split('\t').slice(1);
    const items = t.standard
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t').slice(1).map(Number));
    const rest = header.some((h, j) => {
      const d = Number(/N=(\d+)/.exec(h)![1]) - items.reduce((s, r) => s + r[j]!, 0);
      return d > 0 && d < 10;
    });
    const leak = rest || [...ranges].some(([k, g]) => g.hi !== null && (g.hi === g.lo || (small.has(k) && g.hi < 10)));
    add(`worded N: ${leak ? 'leaked' : 'held'}`);
  }
  for (const text of numberedLabels(count, seed)) {
    const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    add(
      `numbered labels: ${r.ok ? (r.warnings.some((w: { code: string }) => w.code === 'layout/label-n') ? 'read an N' : 'read') : `refused ${r.errors[0].code}`}`,
    );
  }
  for (const [k, n] of [...tally].sort()) console.log(`${n}\t${k}`);
}
