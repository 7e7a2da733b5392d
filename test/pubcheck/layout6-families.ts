/**
 * layout6: tables with a spanner row over the header and the stub's name in the lower row, as pandas (columns of two
 * levels with an index name), kableExtra's add_header_above, gt's spanners and SAS/Stata print them: 1–3 spanners
 * over 2–4 groups each, counts or 「n (%)」 of each group's N. Each table is written in the shapes those tools write
 * (`lower`: blanks continuing a span; `repeated`: each column's spanner written again, as to_csv writes it; `html`:
 * colspan), and as the same table with the stub's name in the upper row (`upper`), which main read and the oracle
 * reads (oracle.ts `twoHeaderRows`).
 */
import { pick } from './helpers.ts';
export interface SpannerTable {
  lower: string;
  repeated: string;
  html: string;
  upper: string;
}

const SPANNERS = ['投与群', '対照群', '年齢', 'Treatment', 'Dose', '2021年', '地域'];
const GROUPS = ['A群', 'B群', 'C群', 'D群', 'Low', 'High', '男性', '女性', '65歳未満', '65歳以上', 'Placebo', 'Active'];
const STUBS = ['項目', 'Characteristic', '有害事象', 'Variable', '区分'];
const ITEMS = ['発熱', '頭痛', '悪心', '発疹', '下痢', 'めまい', '倦怠感'];

export const shuffled = <T>(next: () => number, xs: readonly T[]): T[] => {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

export function spannerTable(next: () => number): SpannerTable {
  const spanners = shuffled(next, SPANNERS).slice(0, 1 + Math.floor(next() * 3));
  const under = spanners.map(() => 2 + Math.floor(next() * 3));
  const percent = next() < 0.5;
  const stub = pick(next, STUBS);
  const items = shuffled(next, ITEMS).slice(0, 3 + Math.floor(next() * 3));
  const groups = spanners.flatMap((s, i) =>
    shuffled(next, GROUPS)
      .slice(0, under[i]!)
      .map((g) => ({ spanner: s, group: g })),
  );
  // Each column's counts: some small, some large.
  const counts = groups.map(() => items.map(() => (next() < 0.3 ? 1 + Math.floor(next() * 9) : 10 + Math.floor(next() * 40))));
  const ns = counts.map((c) => c.reduce((a, x) => a + x, 0));
  const total = !percent && next() < 0.6;
  const lowerHeader = groups.map((g, j) => (percent ? `${g.group} (N=${ns[j]})` : g.group));
  const cell = (j: number, i: number) => {
    const n = counts[j]![i]!;
    return percent ? `${n} (${((100 * n) / ns[j]!).toFixed(1)}%)` : String(n);
  };
  const body = [...items.map((item, i) => [item, ...groups.map((_, j) => cell(j, i))]), ...(total ? [['合計', ...ns.map(String)]] : [])];
  const spanRow = (repeat: boolean) => groups.map((g, j) => (repeat || j === 0 || groups[j - 1]!.spanner !== g.spanner ? g.spanner : ''));
  const tsv = (rows: string[][]) => `${rows.map((r) => r.join('\t')).join('\n')}\n`;
  const lower = tsv([['', ...spanRow(false)], [stub, ...lowerHeader], ...body]);
  const repeated = tsv([['', ...spanRow(true)], [stub, ...lowerHeader], ...body]);
  const upper = tsv([[stub, ...spanRow(false)], ['', ...lowerHeader], ...body]);
  const th = (t: string, span = 1) => `<th${span > 1 ? ` colspan="${span}"` : ''}>${t}</th>`;
  const html = [
    '<table>',
    `<tr>${th('')}${spanners.map((s, i) => th(s, under[i])).join('')}</tr>`,
    `<tr>${th(stub)}${lowerHeader.map((h) => th(h)).join('')}</tr>`,
    ...body.map(
      (r) =>
        `<tr>${th(r[0]!)}${r
          .slice(1)
          .map((v) => `<td>${v}</td>`)
          .join('')}</tr>`,
    ),
    '</table>',
    '',
  ].join('\n');
  return { lower, repeated, html, upper };
}
