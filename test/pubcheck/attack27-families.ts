/**
 * attack27 (issue #11): seeded families of the total labels attacked.
 *
 * - `writtenTotals`: a count table with a total line (a row or a column; first, in the middle or last) whose label is
 *   a total in another language, a spelled or decorated form (「TOTAL」「- Total -」「＜合計＞」「【計】」「**合計**」), or
 *   the total with a footnote's mark (「Total†」「合計※」「合計*1」「Total¹」), over the items' sum plus patients the
 *   table does not print (in every position 0 to 9 more, in one at least 1 to 9). Any shape (TSV, CSV, Markdown,
 *   HTML) and any size, one column or two lines included: the sizes attack26's `total/rest` left as items (17 of 200).
 * - `categoryLabels`: count tables whose labels hold a total's word as part of a category (「Total cholesterol」
 *   「総数不明」「全体的に良好」「合計点 10点以上」「Subtotal gastrectomy」「Sumatriptan」…) with no total, and tables of
 *   several answers under a line 「Any」 (patients with any event: under the others' sum): what a word list refuses by
 *   chance.
 *
 * Run as a script, it prints how the checker under `ROOT` (this tree unless said) reads `count` tables of seed `seed`
 * of each family: `ROOT=/tmp/base27 node test/pubcheck/attack27-families.ts 200 641`.
 */
import { int, lcg, pick } from './helpers.ts';
import { written, type Shape } from './attack26-families.ts';

/** Totals as written in other languages, spelled, decorated, or with a footnote's mark. */
export const WRITTEN_TOTALS = [
  'Gesamt',
  'Totale',
  'Total général',
  '总计',
  '合计',
  '합계',
  'Итого',
  'Suma',
  'Totaal',
  'Σύνολο',
  'Toplam',
  'Jumlah',
  'ทั้งหมด',
  'Summe',
  'Tous',
  'Todos',
  '總數',
  'TOTAL',
  'Total:',
  '- Total -',
  '＜合計＞',
  '【計】',
  '計 (n)',
  '**合計**',
  'Total†',
  '合計※',
  '合計*1',
  'Total¹',
  'Totals',
  'All subjects',
  'Grand total',
  'Any',
  'Combined',
  'Pooled',
  'Both sexes',
  'トータル',
  '全群',
];
const GROUPS = ['A群', 'B群', 'C群', 'D群'];
const ITEMS = ['発熱', '頭痛', '悪心', '発疹', '下痢', 'めまい'];

export interface WrittenTotal {
  text: string;
  label: string;
  axis: 'rows' | 'cols';
  shape: Shape;
  /** Item positions and other lines (the sizes attack26's total/rest did not cover: fewer than 3 positions). */
  positions: number;
}

/** Seeded count tables with a total line under a label of `WRITTEN_TOTALS`, over the items by a few unprinted patients. */
export function writtenTotals(count: number, seed: number): WrittenTotal[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const groups = GROUPS.slice(0, int(next, 1, 3));
    const items = ITEMS.slice(0, int(next, 2, 4));
    const cells = items.map(() => groups.map(() => (next() < 0.15 ? 0 : next() < 0.25 ? int(next, 1, 9) : int(next, 10, 60))));
    const axis = next() < 0.6 ? ('rows' as const) : ('cols' as const);
    const across = axis === 'rows' ? groups.length : items.length;
    const rests: number[] = Array.from({ length: across }, () => (next() < 0.3 ? 0 : int(next, 1, 9)));
    if (!rests.some((d) => d > 0)) rests[int(next, 0, across - 1)] = int(next, 1, 9);
    const label = pick(next, WRITTEN_TOTALS);
    const where = pick(next, ['first', 'middle', 'last'] as const);
    const shape = label.startsWith('**') ? 'md' : pick(next, ['tsv', 'csv', 'md', 'html'] as const);
    let grid = items.map((it, i) => [it, ...cells[i]!.map(String)]);
    let head = ['', ...groups];
    if (axis === 'rows') {
      const line = [label, ...groups.map((_, j) => String(cells.reduce((s, r) => s + r[j]!, 0) + rests[j]!))];
      const at = where === 'first' ? 0 : where === 'last' ? grid.length : int(next, 1, grid.length - 1);
      grid.splice(at, 0, line);
    } else {
      const at = where === 'first' ? 1 : where === 'last' ? head.length : int(next, 2, head.length - 1);
      head = [...head.slice(0, at), label, ...head.slice(at)];
      grid = grid.map((l, i) => [...l.slice(0, at), String(cells[i]!.reduce((s, x) => s + x, 0) + rests[i]!), ...l.slice(at)]);
    }
    return { text: written([head, ...grid], shape), label, axis, shape, positions: across };
  });
}

/** Categories that hold a total's word (no total), and 「Any」 over several answers. */
export const CATEGORY_LABELS = [
  'Total cholesterol',
  'Total bilirubin 高値',
  '総数不明',
  '全体的に良好',
  '合計点 10点以上',
  'Subtotal gastrectomy',
  'Totale colectomy',
  'Sumatriptan',
  'All-cause death',
  'Any AE',
  '計画外来院',
  'Combined therapy',
  '全身倦怠感',
  '総合感冒薬',
  'Alles andere',
  'Total knee arthroplasty',
  '合計スコア上昇',
  'Overall survival event',
  'すべて',
  '総合',
  'Tous',
];

/**
 * Seeded count tables with no total: 3–5 rows, one or two a category of `CATEGORY_LABELS`, counts 0–60; and (one in
 * four) tables of several answers under a first line 「Any」 at least each row and under their sum.
 */
export function categoryLabels(count: number, seed: number): string[] {
  const next = lcg(seed);
  return Array.from({ length: count }, () => {
    const groups = GROUPS.slice(0, int(next, 1, 4));
    const items = ITEMS.slice(0, int(next, 3, 5));
    const cells = items.map(() => groups.map(() => (next() < 0.15 ? 0 : int(next, 1, 60))));
    const labels = [...items];
    labels[int(next, 0, labels.length - 1)] = pick(next, CATEGORY_LABELS);
    if (next() < 0.3) labels[int(next, 0, labels.length - 1)] = pick(next, CATEGORY_LABELS);
    const lines = [['', ...groups], ...labels.map((l, i) => [l, ...cells[i]!.map(String)])];
    if (next() < 0.25) {
      // 「Any」: patients with any of the events, each counted once: at least the largest row, under the rows' sum.
      const any = groups.map((_, j) => {
        const col = cells.map((r) => r[j]!);
        const sum = col.reduce((s, x) => s + x, 0);
        return Math.max(...col) + Math.floor((sum - Math.max(...col)) * next() * 0.8);
      });
      lines.splice(1, 0, ['Any', ...any.map(String)]);
    }
    return written(lines, pick(next, ['tsv', 'csv', 'md', 'html'] as const));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
  const { check } = await import(`${root}/src/pubcheck/check.ts`);
  const { fixtureBundle, solver } = await import(`${root}/test/pubcheck/helpers.ts`);
  const highs = await solver();
  const bundle = fixtureBundle();
  const [count, seed] = [Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 641)];
  const tally = new Map<string, number>();
  const add = (k: string) => tally.set(k, (tally.get(k) ?? 0) + 1);
  const codes = (text: string) => {
    const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    return r.ok ? 'read' : `refused ${[...new Set(r.errors.map((e: { code: string }) => e.code))].sort().join('+')}`;
  };
  for (const t of writtenTotals(count, seed)) {
    const c = codes(t.text);
    add(`written total: ${c === 'read' ? 'read (rest published)' : 'refused'}`);
    if (c === 'read') add(`written total read: ${t.label} (${t.positions} positions)`);
  }
  for (const text of categoryLabels(count, seed)) add(`category label: ${codes(text)}`);
  for (const [k, n] of [...tally].sort()) console.log(`${n}\t${k}`);
}
