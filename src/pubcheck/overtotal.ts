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
 * in three item positions, or two beside three other lines: in a list of one column a category outnumbering the
 * others by a few is common (of 200 seeded lists of 3–5 categories, one dominating, 7 of the 47 of one column were
 * so), and in two columns beside two lines too (below), so such a foreign total is left as an item (README, Limits).
 * Not in a table of shares: there a total line is printed 100% (sharetotal.ts) and an item's share refutes it.
 */
import { isLooseTotalLabel } from './header.ts';
import { quote, some } from './quote.ts';
import { vectors } from './sums.ts';
import type { InputError, Place, Table } from './types.ts';

/** The lines of `table` refused as totals over unprinted patients (see the file's comment). */
export function overTotals(table: Table, threshold: number, place: (line: number, row?: string, col?: string) => Place): InputError[] {
  const errors: InputError[] = [];
  // In a table of shares (「n (p%)」 cells) a total line is printed 100% (sharetotal.ts reads it): a line whose shares
  // are those of an item is none.
  if (table.kind !== 'count' || table.cells.some((r) => r.some((c) => c.value.kind !== 'count' || c.value.percent !== undefined)))
    return errors;
  for (const axis of ['rows', 'cols'] as const) {
    const [kind, other, headers, across] =
      axis === 'rows' ? (['行', '列', table.rows, table.cols] as const) : (['列', '行', table.cols, table.rows] as const);
    // Lines of ours (a うち line's rest, a complement: ofwhich.ts) are no printed lines.
    const ours = (j: number) => headers[j]!.rest === true || headers[j]!.ns === true;
    const top = headers.flatMap((h, j) => (h.parent === null && h.kind === 'item' && !ours(j) ? [j] : []));
    // Where the positions state their N (「A (N=31)」, a fraction's 3/31), the whole is that N: a line near the others'
    // sum is one of several answers (咳 21 beside 発熱 3 and 頭痛 17 of 31), not the total.
    const positions = across.flatMap((h, k) => (h.kind === 'item' ? [k] : []));
    // Three positions, or two beside three other lines at least: in two positions beside two lines a line so near
    // their sum is common by chance (adversary14's 100 random tables of counts 0–40 with a 計（％）: 2 refused so; 8 of
    // 1,000 random 3–6 × 2–4 tables; with this, none and 3 of 1,000). Left as items there (README, Limits).
    const enough = positions.length >= 3 || (positions.length >= 2 && top.length >= 4);
    if (headers.some((h) => h.kind === 'total') || across.some((h) => h.denominator !== undefined)) continue;
    const vecs = vectors(table, axis);
    for (const i of top) {
      // A word that names the total where the line is at least the others' sum (「Any」, header.ts `LOOSE_TOTAL`): so
      // read whatever the number of positions and lines (attack27); other labels only where chance is rare (above).
      if (!(isLooseTotalLabel(headers[i]!.label) ? top.length >= 2 && positions.length >= 1 : top.length >= 3 && enough)) continue;
      if (table.sums.some((x) => x.axis === axis && x.header === i) || headers[i]!.denominator !== undefined) continue;
      const others = top.filter((j) => j !== i);
      const excess = across.map((_, k) => (positions.includes(k) ? vecs[i]![k]! - others.reduce((s, j) => s + vecs[j]![k]!, 0) : 0));
      if (excess.some((d) => d < 0 || d >= threshold) || !excess.some((d) => d > 0)) continue;
      const at = excess.findIndex((d) => d > 0);
      const cell = axis === 'rows' ? table.cells[i]![at]! : table.cells[at]![i]!;
      const slips = some(
        excess.flatMap((d, k) =>
          d > 0 ? [`${quote(across[k]!.label)}では ${vecs[i]![k]}、ほかの${kind}の和は ${vecs[i]![k]! - d}（差 ${d}）`] : [],
        ),
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
