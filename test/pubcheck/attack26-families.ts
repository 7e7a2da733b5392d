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
import { lcg } from './helpers.ts';

const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
const int = (next: () => number, lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));

export const FOREIGN_TOTALS = ['Gesamt', 'Insgesamt', 'Summe', 'Totale', '总计', '合计', '합계', 'Итого', 'Всего', 'Totaal', 'Tous', 'Todos', 'Any', 'Yhteensä', '總數'];
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
  for (const [k, n] of [...tally].sort()) console.log(`${n}\t${k}`);
}
