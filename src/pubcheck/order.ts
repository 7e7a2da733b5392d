/**
 * A list said to be in order of its counts (attack31): 「施設別の件数（多い順）」「降順」「上位10施設」「ranked by」 in the
 * title, the corner, a column's label or a note under the table. The order is published with the table: an attacker
 * reads x₁ ≥ x₂ ≥ … down the rows, and two hidden counts at the end of a list whose sum the total gives (E + F = 16)
 * are each at most half of it (F ≤ 8) — a small count under the threshold whatever else is hidden there. Read as
 * inequalities between neighbouring rows (`Table.order`, system.ts), in each column the words name (a column's own
 * label), else each column whose counts are in that order down the rows (the title names no column; an attacker may
 * take any such one), only where the counts are so ordered (the words are true of them): the suppression and the
 * audit then protect against it. Said as our reading (`table/order`). A column of ranks (「順位」「Rank」) is no
 * count: refused in words (`header/rank`), its order to be written as words instead.
 */
import { quote, some } from './quote.ts';
import { countsForPercent, normalise } from './cell.ts';
import { countOf, denominatorOf, topLevel } from './table.ts';
import type { InputError, Table, Warning } from './types.ts';

/** Words that say the rows are in order of their counts. */
export const ORDER_WORDS =
  /多い順|少ない順|大きい順|小さい順|高い順|低い順|降順|昇順|(?:件|人|例|患者|症例|頻度|報告)数?の?順(?!位)|数の順|順に並|並び順|ランキング|上位\s*\d|上位(?:の|から)|(?:数|件数|人数)上位|\branked\b|\branking\b|\bdescending\b|\bascending\b|\bsorted\b|\bin (?:the )?order of\b|\btop\s*\d+\b|\bmost (?:common|frequent)\b|\b(?:de|in)creasing (?:order|frequency|counts?|numbers?)\b|\bordered by\b|\b(?:highest|largest|most|lowest|smallest|least|fewest) (?:to|first)\b/i;
/** The order is from the least up. */
const ASCENDING =
  /少ない順|小さい順|低い順|昇順|\bascending\b|\bincreasing (?:order|frequency|counts?|numbers?)\b|\b(?:lowest|smallest|least|fewest) (?:to|first)\b/i;
/** The order is from the most down (else either, as the counts show). */
const DESCENDING =
  /多い順|大きい順|高い順|降順|上位|\bdescending\b|\btop\s*\d+\b|\bmost (?:common|frequent)\b|\bdecreasing\b|\b(?:highest|largest|most) (?:to|first)\b/i;
/** Lines printed last whatever their size: 「その他」「不明」. */
const OTHER = /^(?:その他|他|それ以外|不明|未記載|欠測|other|others|unknown|missing)/i;
/** A rank written before each line's label (「1位 A病院」「第2位 B病院」): the lines are said to be in order. */
const RANK_PREFIX = /^第?\s?(\d{1,3})\s?位/;
/** Every line but 「その他」「不明」 and totals opens with a rank, from 1 and never falling (ties repeat one). */
function ranked(headers: readonly { label: string; kind: string; parent: number | null }[]): boolean {
  const lines = topLevel(headers).filter((i) => headers[i]!.kind !== 'total' && !OTHER.test(normalise(headers[i]!.label)));
  const ranks = lines.map((i) => RANK_PREFIX.exec(normalise(headers[i]!.label))?.[1]);
  if (ranks.length < 2 || ranks.some((r) => r === undefined)) return false;
  const ns = ranks.map(Number);
  return ns[0] === 1 && ns.every((n, k) => k === 0 || n >= ns[k - 1]!);
}
/** A column of ranks. */
const RANK_LABEL = /^(?:順位|ランク|ランキング|rank|ranking)$/i;

/**
 * A column of ranks (「順位」「Rank」 over 1, 2, 3 … down the rows, attack33): no count, but it says the rows are in
 * order. Its ranks are written before the rows' labels (「1位 A病院」) and the column taken out, so that the order is
 * read as a rank before each label is; a row with no rank keeps its label (「合計」 under a blank rank). Where the rank
 * column is the first, the next column holds the labels. Only where every rank is a whole number from 1 never falling
 * (else the column is left, and refused as before).
 */
export function rankColumn<R extends { fields: string[]; line: number }>(
  records: readonly R[],
): { records: R[]; label: string } | undefined {
  const header = records[0];
  if (header === undefined || records.length < 3) return undefined;
  const at = header.fields.findIndex((f, j) => (j > 0 || header.fields.length > 2 ? RANK_LABEL.test(normalise(f)) : false));
  if (at < 0) return undefined;
  const labelAt = at === 0 ? 1 : 0;
  const ranks = records.slice(1).map((r) => normalise(r.fields[at] ?? '').replace(/位$/, ''));
  const numbered = ranks.flatMap((x) => (/^\d{1,3}$/.test(x) ? [Number(x)] : []));
  if (numbered.length < 2 || numbered[0] !== 1 || numbered.some((n, k) => k > 0 && n < numbered[k - 1]!)) return undefined;
  // A rank cell holds a rank, nothing, or (the first column) a word for a line that has none (「合計」).
  if (ranks.some((x) => x !== '' && !/^\d{1,3}$/.test(x) && (at !== 0 || /\d/.test(x)))) return undefined;
  const out = records.map((r, i) => {
    const rank = normalise(r.fields[at] ?? '').replace(/位$/, '');
    const label = r.fields[labelAt] ?? '';
    const head = i === 0 ? label : /^\d{1,3}$/.test(rank) ? `${rank}位 ${label.trim()}` : `${rank} ${label.trim()}`.trim();
    return { ...r, fields: [head, ...r.fields.filter((_, j) => j !== at && j !== labelAt)] };
  });
  return { records: out, label: header.fields[at]! };
}

export interface OrderReading {
  warning?: Warning;
  error?: InputError;
}

/**
 * Reads the order `texts` (the title, notes) and the table's corner and columns say, onto `table.order`; a column of
 * ranks is refused.
 */
export function readOrder(table: Table, texts: readonly (string | undefined)[], threshold: number, rankColumn?: string): OrderReading {
  // A column of ranks written before the labels whose rows the reading did not take as ranked throughout: refused.
  const lost = rankColumn !== undefined && (table.kind !== 'count' || !ranked(table.rows));
  if (table.kind !== 'count' && !lost) return percentOrder(table, texts, threshold);
  const rank = lost ? -1 : table.cols.findIndex((c) => RANK_LABEL.test(normalise(c.label)));
  if (rank >= 0 || lost)
    return {
      error: {
        code: 'header/rank',
        message: `表${table.number}: 列${quote(lost ? rankColumn : table.cols[rank]!.label)}は順位のようで、患者数として確かめられません。順位は行の件数の大小を示すため、秘匿した件数の範囲が狭まります（最後の2行を秘匿しても、合計から引いた和の半分以下と分かります）`,
        hint: '順位の列を除いて確かめてください。並び順を示すなら、題名に「件数の多い順」のように書いてください（チェッカーはその順も秘匿と監査に使います）',
        place: { table: table.number, line: table.line, col: lost ? rankColumn : table.cols[rank]!.label },
      },
    };
  const general = [...texts, table.corner].filter((t): t is string => t !== undefined && ORDER_WORDS.test(normalise(t)));
  // A line whose label says the order (「件数（降順）」): the lines across are in order in it.
  // Lines whose labels open with their rank (「1位 A病院」, attack33): in order in each line across them that is so ordered.
  const byRank = { rows: ranked(table.rows), cols: ranked(table.cols) };
  const named = {
    rows: byRank.rows ? table.cols.map((_, j) => j) : table.cols.flatMap((c, j) => (ORDER_WORDS.test(normalise(c.label)) ? [j] : [])),
    cols: byRank.cols ? table.rows.map((_, i) => i) : table.rows.flatMap((r, i) => (ORDER_WORDS.test(normalise(r.label)) ? [i] : [])),
  };
  if (general.length === 0 && named.rows.length === 0 && named.cols.length === 0) return {};
  // The words said of the order (a rank before each label says none of which way: the counts show it).
  const wordsOf = (axis: 'rows' | 'cols') =>
    byRank[axis] ? [] : axis === 'rows' ? named.rows.map((j) => table.cols[j]!.label) : named.cols.map((i) => table.rows[i]!.label);
  const rankLabels = [...(byRank.rows ? table.rows : []), ...(byRank.cols ? table.cols : [])]
    .filter((h) => RANK_PREFIX.test(normalise(h.label)))
    .slice(0, 2)
    .map((h) => h.label);
  const said = [...general, ...wordsOf('rows'), ...wordsOf('cols')].map(normalise).join(' ');
  const ascending = ASCENDING.test(said);
  const descending = DESCENDING.test(said);
  const order: NonNullable<Table['order']> = [];
  for (const axis of ['rows', 'cols'] as const) {
    const [own, across] = axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
    const sums = new Set(table.sums.filter((s) => s.axis === axis && s.header !== null).map((s) => s.header));
    // The lines in order: top-level items, not a sum, not a line of ours, not 「その他」 or 「不明」 (printed last, whatever their size).
    const lines = topLevel(own).filter((i) => !sums.has(i) && !own[i]!.rest && !own[i]!.ns && !OTHER.test(normalise(own[i]!.label)));
    if (lines.length < 2) continue;
    const candidates = named[axis].length > 0 ? named[axis] : general.length > 0 ? across.map((_, k) => k) : [];
    for (const at of candidates) {
      const xs = lines.map((i) => countOf(axis === 'rows' ? table.cells[i]![at]! : table.cells[at]![i]!));
      const down = xs.every((x, k) => k === 0 || xs[k - 1]! >= x);
      const up = xs.every((x, k) => k === 0 || xs[k - 1]! <= x);
      if (down && up) continue;
      if (down && !ascending) order.push({ axis, at, lines, descending: true });
      else if (up && !descending) order.push({ axis, at, lines, descending: false });
    }
  }
  if (order.length === 0) return {};
  table.order = order;
  const o = order[0]!;
  const [own, across] = o.axis === 'rows' ? [table.rows, table.cols] : [table.cols, table.rows];
  const where = `${o.axis === 'rows' ? '列' : '行'}${some(
    order.filter((x) => x.axis === o.axis).map((x) => quote(across[x.at]!.label)),
    5,
  )}の${o.axis === 'rows' ? '行' : '列'}${quote(own[o.lines[0]!]!.label)}〜${quote(own[o.lines.at(-1)!]!.label)}`;
  const words = general.length > 0 ? general : byRank.rows || byRank.cols ? rankLabels : [...wordsOf('rows'), ...wordsOf('cols')];
  return {
    warning: {
      code: 'table/order',
      message:
        `表${table.number}: 「${some([...new Set(words.map((t) => t.trim()))], 2, '」「')}」とあるため、${where}が件数の${o.descending ? '多い' : '少ない'}順に並んでいると読みました（チェッカーの判断）。` +
        '並び順は秘匿したセルの大小を示すため（隣の行以下・以上）、その関係も使う読み手に対して秘匿を決め、監査しました。並び順が件数によらないなら、その語を除いてください',
      place: { table: table.number, line: table.line },
    },
  };
}

/**
 * A table of bare percentages said to be in order (「施設別の割合（多い順）」 over 4.0% and 4.0% of N = 202): the order
 * bounds the hidden counts as in a count table (E + F = 16 from 100% less the rest, F ≤ E: F ≤ 8), but the counts a
 * percentage stands for are ranges the system chooses within, not the true counts the order is true of. Not read:
 * refused in words where the words are true of the percentages and a cell may stand for a count under the threshold.
 */
function percentOrder(table: Table, texts: readonly (string | undefined)[], threshold: number): OrderReading {
  const words = [
    ...[...texts, table.corner, ...table.cols.map((c) => c.label), ...table.rows.map((r) => r.label)].filter(
      (t): t is string => t !== undefined && ORDER_WORDS.test(normalise(t)),
    ),
    // A rank before each line's label (「1位 A病院」) says the order as words do.
    ...(ranked(table.rows) ? [table.rows[0]!.label] : []),
    ...(ranked(table.cols) ? [table.cols[0]!.label] : []),
  ];
  if (words.length === 0) return {};
  const pct = (i: number, j: number) => {
    const v = table.cells[i]![j]!.value;
    return v.kind === 'percent' ? v.percent : undefined;
  };
  const lines = (headers: readonly { kind: string; parent: number | null; label: string }[]) =>
    topLevel(headers).filter((i) => !OTHER.test(normalise(headers[i]!.label)));
  const rows = lines(table.rows);
  const cols = lines(table.cols);
  const monotone = (xs: (number | undefined)[]) =>
    xs.length >= 2 &&
    xs.every((x) => x !== undefined) &&
    (xs.every((x, k) => k === 0 || xs[k - 1]! >= x!) || xs.every((x, k) => k === 0 || xs[k - 1]! <= x!));
  const ordered =
    table.cols.some((_, j) => monotone(rows.map((i) => pct(i, j)))) || table.rows.some((_, i) => monotone(cols.map((j) => pct(i, j))));
  if (!ordered) return {};
  const small = table.cells.flat().find((c) => {
    const v = c.value;
    const n = denominatorOf(table, c.row, c.col);
    return v.kind === 'percent' && n !== undefined && countsForPercent(v.percent, v.decimals, n).lo < threshold;
  });
  if (small === undefined) return {};
  return {
    error: {
      code: 'table/order',
      message: `表${table.number}: 「${words[0]!.trim()}」とあり、割合が件数の順に並んでいます。並び順は秘匿したセルの大小を示しますが（隣の行以下・以上）、割合だけの表ではその関係を使う読み手に対して秘匿を確かめられません（行${quote(table.rows[small.row]!.label)}・列${quote(table.cols[small.col]!.label)}は閾値 ${threshold} 未満の数を示すことがあります）`,
      hint: '件数の表（「8 (4.0%)」や件数の列）として貼り付けるか（チェッカーは並び順も秘匿と監査に使います）、並び順を示す語を除いてください',
      place: { table: table.number, line: table.line },
    },
  };
}
