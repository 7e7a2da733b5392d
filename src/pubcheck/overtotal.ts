/**
 * attack26 (issue #11): a line that is a total whatever its label, with patients the table does not print.
 *
 * A row (column) of a count table that is, in every position, at least the sum of every other top-level row and more
 * than it by less than the small-count threshold somewhere — 「Gesamt 63 | 40」 over items adding up to 60 | 38 — is
 * read by a reader who knows the word (Gesamt, Totale, 总计, 합계, Итого, Any …) as the total: 63 − 60 = 3 patients
 * the table leaves out (不明, 除外), a count under the threshold no cell holds. A label the checker knows as a total
 * (合計, Total, 全体 …) is refused so already (`total/mismatch`); a label it does not know was read as an item, the
 * rest published unchecked (exit 0). The numbers alone cannot tell a total from an item that happens to outnumber
 * the others by a few in every position, so the table is refused in words (`total/rest`), naming the line, each
 * position's excess, and how to write it: as 「合計」 with the patients left out as a line of their own (then checked,
 * suppressed and audited as any count), or as a table of its own where it is no total.
 *
 * Only where every position is at least the others' sum and every excess is under the threshold (a line far above
 * the others somewhere is an item that dominates, or a total whose rest there is no small count: taken as an item,
 * as before), with two other top-level lines at least (one other line within a few of it is two near categories),
 * in two positions at least: in a list of one column a category outnumbering the others by a few is common (of 200
 * seeded lists of 3–5 categories, one dominating, 7 of the 47 of one column were so; none of two columns or more),
 * so a foreign total over one column is left as an item (README, Limits).
 */
import { quote, some } from './quote.ts';
import { vectors } from './sums.ts';
import type { InputError, Place, Table } from './types.ts';

/** The lines of `table` refused as totals over unprinted patients (see the file's comment). */
export function overTotals(table: Table, threshold: number, place: (line: number, row?: string, col?: string) => Place): InputError[] {
  const errors: InputError[] = [];
  if (table.kind !== 'count') return errors;
  for (const axis of ['rows', 'cols'] as const) {
    const [kind, other, headers, across] =
      axis === 'rows' ? (['行', '列', table.rows, table.cols] as const) : (['列', '行', table.cols, table.rows] as const);
    // Lines of ours (a うち line's rest, a complement: ofwhich.ts) are no printed lines.
    const ours = (j: number) => headers[j]!.rest === true || headers[j]!.ns === true;
    const top = headers.flatMap((h, j) => (h.parent === null && h.kind === 'item' && !ours(j) ? [j] : []));
    if (top.length < 3 || across.length < 2 || headers.some((h) => h.kind === 'total')) continue;
    const vecs = vectors(table, axis);
    for (const i of top) {
      if (table.sums.some((x) => x.axis === axis && x.header === i) || headers[i]!.denominator !== undefined) continue;
      const others = top.filter((j) => j !== i);
      const excess = across.map((_, k) => vecs[i]![k]! - others.reduce((s, j) => s + vecs[j]![k]!, 0));
      if (excess.some((d) => d < 0 || d >= threshold) || !excess.some((d) => d > 0)) continue;
      const at = excess.findIndex((d) => d > 0);
      const cell = axis === 'rows' ? table.cells[i]![at]! : table.cells[at]![i]!;
      const slips = some(
        excess.flatMap((d, k) => (d > 0 ? [`${quote(across[k]!.label)}では ${vecs[i]![k]}、ほかの${kind}の和は ${vecs[i]![k]! - d}（差 ${d}）`] : [])),
        5,
        '。',
      );
      errors.push({
        code: 'total/rest',
        message:
          `${kind}${quote(headers[i]!.label)}は、どの${other}でもほかの${kind}の和以上で、差が閾値 ${threshold} 未満です（${slips}）。` +
          `合計と読む読み手には、表に載らない患者の数（差）が分かります。合計かどうかは数からは決められません（チェッカーの判断）`,
        hint:
          `合計なら見出しを「合計」とし、表に載らない患者を「不明」などの${kind}として加えてください（その${kind}を含めて秘匿を確かめます）。` +
          `合計でなければ、この${kind}を別の表に分けてください`,
        place: place(
          cell.line,
          axis === 'rows' ? headers[i]!.label : table.rows[at]!.label,
          axis === 'rows' ? table.cols[at]!.label : headers[i]!.label,
        ),
      });
    }
  }
  return errors;
}
