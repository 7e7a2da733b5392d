/**
 * Lines that count part of the line above them (「入院」 then 「うち重症」, 「全体」 then 「うち男性」, 「重症（再掲）」): the
 * うち line is no item of its own, and the difference of the two (patients hospitalised but not severe) is a count of
 * patients the table publishes without a cell — 入院 20, うち重症 18 shows 2 by subtraction. Read as an item, such a
 * table passed with that 2 shown; beside a 合計 it was refused as a total that does not add up.
 *
 * A うち line under its parent is rewritten, before the table is read, as the parent's first part, indented under it,
 * with the rest (「入院のうち重症以外」, parent − うち at every position) added as its second part: the parent becomes a
 * subtotal of the two, and the rest is checked, suppressed and audited as any cell is (a rest under the threshold is
 * a primary cell). The rest line is ours: the report says so, and it need not be printed (what it holds follows from
 * the two lines printed, so printing it or not changes nothing an attacker knows where both are published; where
 * either is hidden, so is the rest, or the audit shows what the two leave open). Columns alike (「全体」「うち男性」).
 *
 * The parent is the nearest line before the うち line that is not one itself. Refused in words (the checker cannot
 * tell how the parts overlap, or has no line to hold the rest): two or more うち lines under one parent (「うち重篤」
 * 「うち死亡」 may overlap), a うち line under a total (合計) or a 小計, or with no line above it, a うち line of bare
 * percentages, and a うち count larger than its parent's.
 */
import { normalise, readCell } from './cell.ts';
import { trimEnd, type CsvRecord } from './csv.ts';
import { buildHeaders, DENOMINATOR_TEXT, indentOf } from './header.ts';
import type { InputError, Warning } from './types.ts';

/** A label saying its line is part of the line above: 「うち重症」「（うち）重症」「再掲：重症」「重症（再掲）」「of which severe」. */
const PREFIX =
  /^[(（[［]?\s*(?:うち(?!わけ)|内数(?=[\s、,:：)）\]］])|再掲(?=[\s、,:：)）\]］])|of\s+which\b)\s*[)）\]］]?\s*[、,:：]?\s*(.*?)\s*[)）\]］]?$/i;
const SUFFIX = /^(.+?)\s*[(（[［]\s*(?:再掲|うち数|内数)\s*[)）\]］]$/;
/** 再掲 (listed again): a part of the line above, or a sum of lines above printed again. */
const REPEATED = /再掲/;
/** 「A群（うち男性）」 under 「A群」: the part in brackets names the subset of the line above. */
const BRACKETED = /^(.+?)\s*[(（[［]\s*(?:の)?うち\s*(.+?)\s*[)）\]］]$/;

/** What a うち label names (「重症」 of 「うち重症」), or undefined where the label is no うち label. */
function partName(label: string, parent: string | undefined): string | undefined {
  const t = normalise(label);
  const suffix = SUFFIX.exec(t);
  if (suffix) return suffix[1]!;
  const prefix = PREFIX.exec(t);
  if (prefix) return prefix[1]!.trim() === '' ? t : prefix[1]!;
  const bracketed = BRACKETED.exec(t);
  if (bracketed && parent !== undefined && normalise(bracketed[1]!) === normalise(parent)) return bracketed[2]!;
  return undefined;
}

const bare = (label: string) => normalise(label).replace(DENOMINATOR_TEXT, '').trim();

export interface OfWhich {
  records: CsvRecord[];
  warnings: Warning[];
  errors: InputError[];
}

interface Grid {
  /** grid[0] is the header line (corner first); grid[i][0] the label of line i. */
  cells: string[][];
  /** The input line of each grid line (for rows), or of the header (for columns). */
  lines: number[];
}

/**
 * Rewrites the うち rows, then the うち columns, of one table's records (header row first, labels in the first column).
 */
export function readOfWhich(records: readonly CsvRecord[], table: number): OfWhich {
  const out: OfWhich = { records: [...records], warnings: [], errors: [] };
  if (records.length < 2) return out;
  // Most tables have none: looked for before anything is copied.
  const found = (labels: string[]) => labels.some((l, i) => i > 0 && partName(l, i > 1 ? labels[i - 1] : undefined) !== undefined);
  if (!found(records.map((r) => r.fields[0] ?? '')) && !found(trimEnd(records[0]!.fields))) return out;
  // A table of bare percentages is read by shares.ts, うち lines too (README limits).
  const percent = records.slice(1).some((r) =>
    r.fields.slice(1).some((f) => {
      const c = readCell(f);
      return c.ok && c.value.kind === 'percent';
    }),
  );
  if (percent) {
    // 33.0% of 重症 and 30.0% of うち死亡 show 3 of N = 100 severe who did not die: a count no cell holds, which a
    // table of percentages cannot carry as a line (the rest's percentage stands for a count only within rounding).
    // 「（再掲）」 is left to shares.ts: in such tables it lists again a sum of rows above (found by arithmetic).
    const lines = [
      ...records.slice(1).map((r) => ({ label: r.fields[0] ?? '', line: r.line, kind: '行' })),
      ...trimEnd(records[0]!.fields)
        .slice(1)
        .map((label) => ({ label, line: records[0]!.line, kind: '列' })),
    ];
    const first = lines.find((l) => partName(l.label, undefined) !== undefined && !REPEATED.test(normalise(l.label)));
    if (first)
      out.errors.push({
        code: 'table/of-which',
        message:
          `${first.kind}「${first.label.trim()}」は${first.kind === '行' ? '上の行' : '左の列'}の一部（うち数）のようです（チェッカーの判断）。割合だけの表では、` +
          `${first.kind === '行' ? '上の行' : '左の列'}との差（うち数に入らない患者の数）がいくつの患者数に当たるかを確かめられないため、判定しません`,
        hint: '人数を「8 (3.2%)」の形で書いてください（うち数とその残りを人数で確かめ、秘匿を提案します）',
        place: { table, line: first.line, ...(first.kind === '行' ? { row: first.label.trim() } : { col: first.label.trim() }) },
      });
    return out;
  }
  const width = records.reduce((w, r) => Math.max(w, trimEnd(r.fields).length), 0);
  let grid: Grid = {
    cells: records.map((r) => Array.from({ length: width }, (_, i) => r.fields[i] ?? '')),
    lines: records.map((r) => r.line),
  };
  const byRows = rewrite(grid, 'rows', table, out);
  grid = byRows;
  const transposed: Grid = {
    cells: grid.cells[0]!.map((_, c) => grid.cells.map((row) => row[c]!)),
    lines: grid.cells[0]!.map(() => grid.lines[0]!),
  };
  const back = rewrite(transposed, 'cols', table, out);
  if (back === transposed && byRows.cells.length === records.length) return out;
  const cells = back.cells[0]!.map((_, r) => back.cells.map((col) => col[r]!));
  out.records = cells.map((fields, r) => ({ fields, line: grid.lines[r]! }));
  return out;
}

function rewrite(grid: Grid, axis: 'rows' | 'cols', table: number, out: OfWhich): Grid {
  const kind = axis === 'rows' ? '行' : '列';
  const labels = grid.cells.map((l) => l[0]!);
  const headers = buildHeaders(labels.slice(1)).headers;
  const place = (i: number) => ({
    table,
    line: grid.lines[i]!,
    ...(axis === 'rows' ? { row: labels[i]!.trim() } : { col: labels[i]!.trim() }),
  });
  // Each うち line with its parent (the nearest line above that is none).
  const parts = new Map<number, number[]>();
  let parent: number | undefined;
  for (let i = 1; i < labels.length; i++) {
    const name = partName(labels[i]!, parent === undefined ? undefined : labels[parent]!);
    if (name === undefined) {
      parent = i;
      continue;
    }
    if (parent === undefined) {
      out.errors.push({
        code: 'table/of-which',
        message: `${kind}「${labels[i]!.trim()}」は${axis === 'rows' ? '上の行' : '左の列'}の一部（うち数・再掲）のようですが、その${axis === 'rows' ? '上に行' : '左に列'}がありません（チェッカーの判断）`,
        hint: `うち数なら、その元になる${kind}の直後に置いてください。独立した項目なら見出しから「うち」「再掲」を外してください`,
        place: place(i),
      });
      continue;
    }
    parts.set(parent, [...(parts.get(parent) ?? []), i]);
  }
  if (parts.size === 0) return grid;
  const inserted = new Map<number, { label: string; values: string[] }>();
  for (const [p, subs] of parts) {
    const name = labels[p]!.trim();
    const subNames = subs.map((s) => `「${labels[s]!.trim()}」`).join('');
    const refuse = (message: string, hint: string) => out.errors.push({ code: 'table/of-which', message, hint, place: place(subs[0]!) });
    const h = headers[p - 1]!;
    // A total alone with its うち lines (「合計」「うち重症」, split off as the hint below says) is their parent as any line.
    const alone = labels.length - 1 - [...parts.values()].reduce((n, l) => n + l.length, 0) === 1;
    if ((h.kind === 'total' && !alone) || /^(?:小計|subtotal)/i.test(bare(name))) {
      refuse(
        `${kind}${subNames}は${h.kind === 'total' ? '合計' : '小計'}の${kind}「${name}」の一部（うち数・再掲）のようです（チェッカーの判断）。合計・小計の一部と、その残り（「${name}」から引いた数）を同じ表の式に表せないため、判定しません`,
        `うち数の${kind}を、「${name}」の${kind}とその${kind}だけの別の表に分けて貼り付けてください（同じ見出しの表は一緒に確かめます）`,
      );
      continue;
    }
    if (subs.length > 1) {
      refuse(
        `${kind}「${name}」の下に、その一部（うち数・再掲）の${kind}が ${subs.length} つあります: ${subNames}（チェッカーの判断）。それぞれの残り（「${name}」から引いた数）も公表される患者数ですが、うち数どうしが重なるかどうかが分からず、同じ表の式に表せないため、判定しません`,
        `うち数の${kind}ごとに表を分け、どの表にも「${name}」の${kind}を入れて貼り付けてください（同じ見出しの表は一緒に確かめます）`,
      );
      continue;
    }
    const s = subs[0]!;
    const values: string[] = [];
    let skip = false;
    for (let c = 1; c < grid.cells[0]!.length; c++) {
      const [a, b] = [grid.cells[p]![c]!, grid.cells[s]![c]!];
      const [ra, rb] = [readCell(a).ok ? readCell(a) : readCell(a, true), readCell(b).ok ? readCell(b) : readCell(b, true)];
      // A cell that fails to read refuses the table where it is read (its own message); nothing to add here.
      if (!ra.ok || !rb.ok) {
        skip = true;
        break;
      }
      // A percentage among counts (a count table has none): the table is refused where its cells are read.
      if (ra.value.kind !== 'count' || rb.value.kind !== 'count') {
        skip = true;
        break;
      }
      const rest = ra.value.n - rb.value.n;
      // 「（再掲）重度・中等度」 may list again the sum of rows above, not a part of the line above: read as written
      // (sums.ts finds the sum by arithmetic).
      if (rest < 0 && REPEATED.test(normalise(labels[s]!))) {
        skip = true;
        break;
      }
      if (rest < 0) {
        const other = grid.cells[0]![c]!.trim();
        refuse(
          `${kind}「${labels[s]!.trim()}」は${kind}「${name}」の一部（うち数・再掲）と読みましたが（チェッカーの判断）、「${other}」で ${rb.value.n} と、元の ${ra.value.n} より多くなっています`,
          `値を確かめてください。いくつかの${kind}を合わせた数の一部なら、その合計の${kind}をすぐ前に置いてください。うち数でなければ、見出しから「うち」を外してください`,
        );
        skip = true;
        break;
      }
      values.push(String(rest));
    }
    if (skip) continue;
    // Under a total the rest is named by the part alone: 「合計のうち重症以外」 would read as a total of its own.
    const restLabel = h.kind === 'total' ? `${partName(labels[s]!, name)}以外` : `${bare(name)}のうち${partName(labels[s]!, name)}以外`;
    inserted.set(s, { label: restLabel, values });
    out.warnings.push({
      code: 'layout/of-which',
      message:
        `表${table}: ${kind}「${labels[s]!.trim()}」を${kind}「${name}」の一部（うち数・再掲）と読み、残りの${kind}「${restLabel}」` +
        `（「${name}」から「${labels[s]!.trim()}」を引いた数）を加えて確かめました（チェッカーの判断）。残りは表にないセルですが、2つの${kind}から引き算で分かる患者数です。` +
        `公表する表に、この${kind}を載せる必要はありません`,
      place: place(s),
    });
  }
  if (inserted.size === 0) return grid;
  const cells: string[][] = [];
  const lines: number[] = [];
  const parentOf = new Map([...parts].flatMap(([p, subs]) => subs.map((s) => [s, p] as const)));
  grid.cells.forEach((line, i) => {
    const rest = inserted.get(i);
    if (!rest) {
      cells.push(line);
      lines.push(grid.lines[i]!);
      return;
    }
    const indent = ' '.repeat(indentOf(labels[parentOf.get(i)!]!) + 2);
    cells.push([indent + line[0]!.trim(), ...line.slice(1)]);
    lines.push(grid.lines[i]!);
    cells.push([indent + rest.label, ...rest.values]);
    lines.push(grid.lines[i]!);
  });
  return { cells, lines };
}
