/**
 * 「n/N」 cells whose N is each variable's own (a Table 1 with missing data, reading17): under 「A群 (N=30)」 the rows of
 * 性別 say 男性 12/28 and 女性 16/28 — 28 patients with a value, 2 with none — and the rows of 年齢 14/30, 16/30. Each
 * variable's rows share one N per column (N_row), and add up to it: N_row is the published total of that block, and
 * where the header states N, N − N_row (the patients with no value) is a published count too.
 *
 * Read here, before the table is read, where it is unambiguous: the rows split, from the first, into runs of adjacent
 * rows whose cells are all fractions sharing one N per column and adding up to it in every column (a run ends where
 * its sums reach their Ns together). After each run whose N_row is below the header's N in some column, a line of
 * ours is added: 「値なし（男性・女性）」 with N − N_row per column — the block and that line add up to the
 * header's N, an equation; each published cell of the run states its block's sum (N_row, system.ts `statedRows`).
 * Percentages written beside (「12/28 (42.9%)」) are shares of N_row; they are taken off where they are (they tell
 * nothing n and N_row do not), and the cell is refused as before where they are not. Since refuse4: a row alone
 * under Ns that neither neighbour shares in any column (「男性 50/110」, 女性 not printed) is a binary variable's row,
 * its block with the rest of N_row (「男性以外」 60) as a line of ours after it (`FractionBlock.complement`); a row of
 * 0 in every column under the Ns of the block just before it (「不明 0/110」), where no run starts at it, is in that
 * block. Since denom30: adjacent rows under the same Ns, neither neighbour sharing one, that stay under them (「重症
 * 20/55」「軽症 34/55」: a category not printed, or binary variables) are a block with their rest as a line of ours
 * (`FractionBlock.complement`, 「重症・軽症以外」 1) — unless they hold every fraction of the table and no header states
 * an N: each column's N then, as before (read.ts `fractionNs`, fixd). Anything else — a run whose sums
 * pass their N, one ending before it adds up, a column with an N and another without where N_row is short of it,
 * fractions beside plain counts in a run — is left as written (refused by read.ts `fractionNs`, naming the cell).
 */
import { readCell, countsForPercent } from './cell.ts';
import { trimEnd, type CsvRecord } from './csv.ts';
import { headerDenominator } from './header.ts';

/** A run of rows read as one variable's block, by the lines its rows are printed on. */
export interface FractionBlock {
  /** Input lines of the block's rows, in order. */
  lines: number[];
  /** The block's N per value column (0-based among the value columns). */
  ns: number[];
  /** The label of the line of ours added after it (patients with no value), if any. */
  missing?: string;
  /**
   * A binary variable's one row (「男性 50/110」): the label of the line of ours after it, N_row less the row
   * (「男性以外」), a row of the block; of several rows under one N_row that stay under it (「重症 20/55」「軽症
   * 34/55」, denom30), N_row less their sum (「重症・軽症以外」).
   */
  complement?: string;
  /**
   * Where no header states an N and the blocks' Ns differ (denom31): each column's N taken as its largest block's
   * (our reading), from which `missing` is counted.
   */
  largest?: number[];
  /** A row among adjacent rows under its Ns that pass them (several answers per patient; denom31), read alone. */
  several?: true;
}

export interface FractionReading {
  records: CsvRecord[];
  blocks: FractionBlock[];
  /** Lines of 「n/N」 rows whose N may be the row's or the column's alike (fracn38): refused by read.ts. */
  unknownBase?: number[];
}

type Fraction = { n: number; d: number; percent?: number; decimals?: number };

const fractionOf = (text: string): Fraction | undefined => {
  const c = readCell(text);
  if (!c.ok || c.value.kind !== 'count' || c.value.denominator === undefined) return undefined;
  const { n, denominator: d, percent, decimals, rate } = c.value;
  if (rate !== undefined) {
    // 「50/110 (45.5%)」 is read by cell.ts as a rate with its fraction: a share of N_row where it is one.
    // 「50/110 (45.5)」 with no unit (attack28): the bracket taken as a percentage, which the blocks' check below asks
    // to be a share of N_row (otherwise the table is left as written).
    const written = /(?<!\d)(\d+(?:\.(\d+))?)\s*[%％]/.exec(text) ?? /\(\s*(\d+(?:\.(\d+))?)\s*\)\s*$/.exec(text.normalize('NFKC'));
    if (!written || Number(written[1]) !== rate) return undefined;
    return { n, d, percent: rate, decimals: written[2]?.length ?? 0 };
  }
  return { n, d, ...(percent !== undefined && { percent, decimals: decimals ?? 0 }) };
};

/** The label of the line of ours after a block: the rows it stands beside, as printed. */
export const missingLabel = (labels: readonly string[]) => {
  const at = labels[0]!.indexOf('・');
  const group = at > 0 && labels.every((l) => l.startsWith(labels[0]!.slice(0, at + 1))) ? labels[0]!.slice(0, at) : undefined;
  const names = labels.length <= 3 ? labels.join('・') : `${labels[0]}〜${labels[labels.length - 1]}`;
  return `値なし（${group ?? names}）`;
};

export function readFractionBlocks(records: readonly CsvRecord[]): FractionReading {
  const same: FractionReading = { records: [...records], blocks: [] };
  const head = records[0];
  if (head === undefined || records.length < 2) return same;
  const width = records.reduce((w, r) => Math.max(w, trimEnd(r.fields).length), 0);
  const cols = Array.from({ length: width - 1 }, (_, k) => k + 1);
  if (cols.length === 0) return same;
  const ns = cols.map((k) => headerDenominator(head.fields[k] ?? ''));
  const body = records.slice(1);
  const cells = body.map((r) => cols.map((k) => fractionOf(r.fields[k] ?? '')));
  // Only where some fraction's N is no header's N nor its column's sum (one block whose fractions share an N they add
  // up to is read as before: that N is the column's sum, read.ts `bases`).
  const loose = cols.some((_, j) => {
    const fs = cells.flatMap((row) => (row[j] === undefined ? [] : [row[j]!]));
    const oneBlock = fs.length > 0 && fs.every((f) => f.d === fs[0]!.d) && fs.reduce((a, f) => a + f.n, 0) === fs[0]!.d;
    return fs.some((f) => f.d !== ns[j]) && !oneBlock;
  });
  if (!loose) return same;
  // A row of fractions in every column, or none.
  if (cells.some((row) => row.some((f) => f !== undefined) && row.some((f) => f === undefined))) return same;
  // fracn38: 「n/N」 whose N is each ROW's (groups as rows, bands as columns: 「男性 | 3/75 | 40/75 | 32/75」): every
  // row's cells share one N and add up to it or less. Where no reading by columns fits as well (one N per column its
  // cells stay within, or runs of rows adding up to their Ns in every column), the table is left to read.ts
  // `fractionNs`, which takes each row's N (row cells + rest = N); where runs of rows add up as well, which N is whose
  // is not known: refused.
  const full = cells.filter((row) => row.some((f) => f !== undefined)) as Fraction[][];
  const rowWise =
    cols.length >= 2 &&
    ns.every((n) => n === undefined) &&
    full.length > 0 &&
    full.every((row) => row.every((f) => f.d === row[0]!.d) && row.reduce((a, f) => a + f.n, 0) <= row[0]!.d);
  if (rowWise) {
    const perColumn = cols.every(
      (_, j) => full.every((row) => row[j]!.d === full[0]![j]!.d) && full.reduce((a, row) => a + row[j]!.n, 0) <= full[0]![j]!.d,
    );
    let runs = full.length === cells.length;
    for (let i = 0; runs && i < full.length;) {
      let j = i;
      while (j + 1 < full.length && full[j + 1]!.every((f, k) => f.d === full[i]![k]!.d)) j++;
      runs = cols.every((_, k) => full.slice(i, j + 1).reduce((a, row) => a + row[k]!.n, 0) === full[i]![k]!.d);
      i = j + 1;
    }
    // One N in every cell (「A群 40/95 37/95」「B群 42/95 53/95」): each column's N, as before (read.ts `fractionNs`) —
    // groups of one size are common, and refusing them stopped 377 of 1,000 ordinary tables by chance.
    if (perColumn || !runs) return same;
    return { ...same, unknownBase: body.filter((_, r) => cells[r]!.some((f) => f !== undefined)).map((r) => r.line) };
  }
  const blocks: { from: number; to: number; ds: number[]; complement?: true; several?: true }[] = [];
  const sameNs = (r: number, ds: readonly number[]) => cells[r]?.every((f, k) => f !== undefined && f.d === ds[k]) === true;
  /**
   * Whether row `r` shares no N with `ds` in any column (or is no row of fractions): a neighbour sharing one (男性
   * 20/38 beside 女性 18/38 in one column, 12/28 and 16/29 in the other) may make a block with the row there, which a
   * reader takes (男性 = 38 − 女性) and the row's rest alone would not say.
   */
  const apart = (r: number, ds: readonly number[]) => cells[r] === undefined || cells[r]!.every((f, k) => f === undefined || f.d !== ds[k]);
  /** The run of rows from `i` under Ns `ds`: the row it adds up to them at, or the row where it fails. */
  const runFrom = (i: number, ds: readonly number[]): { to: number } | { over: true } | { differs: number } => {
    const sums = ds.map(() => 0);
    for (let j = i; j < body.length; j++) {
      if (!sameNs(j, ds)) return { differs: j };
      cells[j]!.forEach((f, k) => (sums[k]! += f!.n));
      if (sums.some((s, k) => s > ds[k]!)) return { over: true };
      if (sums.every((s, k) => s === ds[k])) return { to: j };
    }
    return { differs: body.length };
  };
  let i = 0;
  while (i < body.length) {
    const row = cells[i]!;
    if (row.every((f) => f === undefined)) {
      i++;
      continue;
    }
    const ds = row.map((f) => f!.d);
    const run = runFrom(i, ds);
    const prev = blocks[blocks.length - 1];
    if ('to' in run) blocks.push({ from: i, to: run.to, ds });
    // A row of 0 in every column under the Ns of the block just before it, which already adds up to them (「不明
    // 0/110」 after 男性 50/110, 女性 60/110): part of that block (it adds nothing), where no run starts at it.
    else if (prev !== undefined && prev.to === i - 1 && !prev.complement && row.every((f, k) => f!.n === 0 && f!.d === prev.ds[k]))
      prev.to = i;
    // One row alone under its Ns, its neighbours under others (「男性 50/110」, 女性 not printed): a binary variable's
    // row, the rest of its N (N_row − n: 「男性以外」) a line of ours after it, protected as any count.
    else if ('differs' in run && run.differs === i + 1 && apart(i - 1, ds) && apart(i + 1, ds))
      blocks.push({ from: i, to: i, ds, complement: true });
    // Several adjacent rows under the same Ns that stay under them (「重症 20/55」「軽症 34/55」, denom30): one variable
    // with a category not printed, or binary variables each (喫煙, 飲酒) — the block and its rest N_row − Σn
    // (「重症・軽症以外」, a line of ours) hold both: each row's complement is the other rows and the rest, so the
    // rest a reader of the first reading takes, and every complement of the second, are protected as counts.
    else if ('differs' in run && run.differs > i + 1 && apart(i - 1, ds) && apart(run.differs, ds)) {
      // Unless these rows hold every fraction of the table and no header states an N (「x 3/31」「y 25/31」 alone):
      // each column's one N is then its column's N, as if written 「A (N=31)」 (read.ts `fractionNs`,
      // `fraction/line-n`), and what it leaves out the column's rest (primary.ts) — the reading before denom30, which
      // adds no rest of 0 where a column's rows reach its N.
      const alone = cells.every((row, r) => (r >= i && r < run.differs) || row.every((f) => f === undefined));
      if (alone && ns.every((n) => n === undefined)) return same;
      blocks.push({ from: i, to: run.differs - 1, ds, complement: true });
    } else if ('over' in run) {
      // Adjacent rows under the same Ns, neither neighbour sharing one, whose counts pass them (「重症 40/55」「軽症
      // 34/55」: several answers per patient, or binary variables each; denom31): no partition of N_row, so no rest of
      // the rows together; but each count is within [0, N_row] and its complement N_row − n (「重症以外」 15) is published
      // whatever the grouping — each row is read as a binary variable's row, its complement a line of ours protected as
      // a count (as a row alone, refuse4). Left as written (refused, `fraction/unknown-base`) where some adjacent rows
      // among them add up to N_row exactly in a column (a block a reader may take, with a rest) or a count passes N_row.
      let end = i;
      while (end + 1 < body.length && sameNs(end + 1, ds)) end++;
      if (end === i || !apart(i - 1, ds) || !apart(end + 1, ds)) return same;
      const alone = cells.every((row, r) => (r >= i && r <= end) || row.every((f) => f === undefined));
      if (alone && ns.every((n) => n === undefined)) return same;
      for (let r = i; r <= end; r++) if (cells[r]!.some((f, k) => f!.n > ds[k]!)) return same;
      for (let a = i; a < end; a++)
        for (let b = a + 1; b <= end; b++)
          if (ds.some((d, k) => cells.slice(a, b + 1).reduce((sum, row) => sum + row[k]!.n, 0) === d)) return same;
      for (let r = i; r <= end; r++) blocks.push({ from: r, to: r, ds, complement: true, several: true });
    } else return same;
    i = blocks[blocks.length - 1]!.to + 1;
  }
  for (const b of blocks) {
    // An N_row above the header's N, or a share that is no share of N_row: no reading.
    if (b.ds.some((d, k) => ns[k] !== undefined && d > ns[k]!)) return same;
    for (let r = b.from; r <= b.to; r++)
      for (const f of cells[r]!) {
        if (f!.percent === undefined) continue;
        const { lo, hi } = countsForPercent(f!.percent, f!.decimals!, f!.d);
        if (f!.n < lo || f!.n > hi) return same;
      }
  }
  // No header states an N and the blocks' Ns differ in a column (男性 12/28, 女性 16/28; 65歳未満 14/30, 65歳以上
  // 16/30; denom31): the difference between two blocks' Ns (30 − 28 = 2) is published — read as patients with a value
  // of one variable and none of the other. Each column's N is taken as its largest block's (our reading, as
  // sharetotal.ts `blockNs` does for blocks of 100%: a reader takes the largest block for the whole group), written
  // into the header as 「A群 (N=30)」, so what each other block leaves out of it is a line of ours protected as a count
  // (before, nothing: a gap of 1 or 2 was shown with the table passing).
  let top = head;
  let largest: number[] | undefined;
  if (!ns.some((n) => n !== undefined) && blocks.length >= 2 && cols.some((_, k) => blocks.some((b) => b.ds[k] !== blocks[0]!.ds[k]))) {
    largest = cols.map((_, k) => Math.max(...blocks.map((b) => b.ds[k]!)));
    largest.forEach((m, k) => (ns[k] = m));
    top = {
      ...head,
      fields: head.fields.map((f, k) => {
        const at = cols.indexOf(k);
        return at < 0 ? f : `${f.trim()} (N=${largest![at]})`;
      }),
    };
  }
  // A line of ours where a block is short of a header's N: every column then states one.
  const short = (b: { ds: number[] }) => b.ds.some((d, k) => ns[k] !== undefined && d < ns[k]!);
  if (blocks.some(short) && ns.some((n) => n === undefined)) return same;
  const out: CsvRecord[] = [top];
  const read: FractionBlock[] = [];
  let next = 0;
  for (const b of blocks) {
    out.push(...body.slice(next, b.from));
    const rows = body.slice(b.from, b.to + 1);
    // The cell as 「n/N」: a share beside it is taken off (it is n ÷ N_row, told by the two).
    for (const [r, rec] of rows.entries())
      out.push({
        ...rec,
        fields: rec.fields.map((f, k) => {
          const at = cols.indexOf(k);
          const fr = at < 0 ? undefined : cells[b.from + r]![at];
          return fr === undefined ? f : `${fr.n}/${fr.d}`;
        }),
      });
    const labels = rows.map((r) => (r.fields[0] ?? '').trim());
    const block: FractionBlock = { lines: rows.map((r) => r.line), ns: b.ds, ...(b.several && { several: true }) };
    if (b.complement) {
      block.complement = `${labels.length <= 3 ? labels.join('・') : `${labels[0]}〜${labels[labels.length - 1]}`}以外`;
      const n = b.ds.map((_, k) => rows.reduce((sum, _r, j) => sum + cells[b.from + j]![k]!.n, 0));
      out.push({ line: rows[0]!.line, fields: [block.complement, ...b.ds.map((d, k) => String(d - n[k]!))] });
    }
    // Rows under one N_row whose counts pass it (`several`), each a block with its complement: their patients with no
    // value are one count, N − N_row, said once — one line of ours after the last of them (denom32: a line per row
    // showed the same count several times in the report), its label naming them all; each block keeps its equation
    // with it (sums.ts knows a block by its Ns).
    const group = b.several ? blocks.filter((x) => x.several && x.ds.every((d, k) => d === b.ds[k])) : [b];
    const adjacent = group.every((x, k) => k === 0 || x.from === group[k - 1]!.to + 1);
    const last = !adjacent || group[group.length - 1] === b;
    if (short(b) && last) {
      const named = adjacent && group.length > 1 ? group.map((x) => (body[x.from]!.fields[0] ?? '').trim()) : labels;
      block.missing = missingLabel(named);
      if (largest !== undefined) block.largest = largest;
      out.push({ line: rows[rows.length - 1]!.line, fields: [block.missing, ...b.ds.map((d, k) => String(ns[k]! - d))] });
    }
    read.push(block);
    next = b.to + 1;
  }
  out.push(...body.slice(next));
  return { records: out, blocks: read };
}
