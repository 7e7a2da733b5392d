/**
 * rates72 probe (issue #11, seed 5739): a share line set aside over the lines' sum (rates69) whose true base takes in a
 * line of ANOTHER table under the same labels (README Limits: "readings mixing a line of another table with this
 * table's hidden lines not tried"): 表1 死亡・生存・追跡不能 (small, hidden) and 死亡率（%）, 表2 under the same columns a
 * line 転院; the share 死亡 ÷ (死亡 + 生存 + 追跡不能 + 転院) rounded. Where the checker reads it over 表1's sum (a
 * chance fit) and publishes it beside the hidden 追跡不能, an attacker taking the true base gets 追跡不能 back.
 * Judged by `mixAttack` (the true reading's interval on 追跡不能 with every published count).
 *
 *   npx node test/pubcheck/rates72-mix.ts [count] [seed] [--innocent]
 *
 * `--innocent`: the share over 表1's sum (the reading the checker takes), 表2 beside it all the same.
 */
import { checkEach, int, lcg, pick } from './helpers.ts';
import { ratesShown } from './formats33-attack.ts';
import { rateCounts, type Ok } from './rates72-families.ts';

/** A column of 表1 (死亡, 生存, 追跡不能), its line of 表2 and the share printed. */
export interface MixColumn {
  d: number;
  s: number;
  x: number;
  t: number;
  p: string;
}

export interface MixTable {
  text: string;
  /** Per column: 死亡, 生存, 追跡不能, 転院 and the share printed. */
  cols: MixColumn[];
  innocent: boolean;
}

/**
 * review75: rates72's and rates73's mix columns of `groups`: 死亡 60–100, 生存 200–400, 追跡不能 1–9 (in 6 of 10) or
 * 10–20, 表2's line 10–20, the share 死亡 ÷ (死亡 + 生存 + 追跡不能 + `sign` × 表2's line) in % to `dec` decimals.
 */
export function mixColumns(next: () => number, groups: readonly string[], dec: number, sign: number): MixColumn[] {
  return groups.map(() => {
    const d = int(next, 60, 100);
    const s = int(next, 200, 400);
    const x = next() < 0.6 ? int(next, 1, 9) : int(next, 10, 20);
    const t = int(next, 10, 20);
    const p = ((100 * d) / (d + s + x + sign * t)).toFixed(dec);
    return { d, s, x, t, p };
  });
}

/** review75: 表1 転帰 (死亡, 生存, 追跡不能, 死亡率（%）) of `cols` under `groups`, then 表2 `title`: one line `label` under `heads`. */
export function mixText(
  groups: readonly string[],
  cols: readonly MixColumn[],
  title: string,
  heads: readonly string[],
  label: string,
): string {
  const text = [
    '表1 転帰',
    ['', ...groups].join('\t'),
    ['死亡', ...cols.map((c) => c.d)].join('\t'),
    ['生存', ...cols.map((c) => c.s)].join('\t'),
    ['追跡不能', ...cols.map((c) => c.x)].join('\t'),
    ['死亡率（%）', ...cols.map((c) => c.p)].join('\t'),
    '',
    title,
    ['', ...heads].join('\t'),
    [label, ...cols.map((c) => c.t)].join('\t'),
  ].join('\n');
  return text + '\n';
}

export function mixTables(n: number, seed: number, innocent = false): MixTable[] {
  const next = lcg(seed ^ 0x7273);
  const out: MixTable[] = [];
  while (out.length < n) {
    const groups = pick(next, [
      ['A群', 'B群'],
      ['男性', '女性'],
    ]);
    const dec = next() < 0.9 ? 0 : 1;
    const cols = mixColumns(next, groups, dec, innocent ? 0 : 1);
    out.push({ text: mixText(groups, cols, '表2 転院', groups, '転院'), cols, innocent });
  }
  return out;
}

/** The columns whose 追跡不能 leaks: the true reading (over the four lines) of each published share, published counts. */
export function mixAttack(m: MixTable, r: Ok): number[] {
  return mixLeaks(m.cols, r, (c) => (m.innocent ? 0 : c.t));
}

/**
 * review75: rates72's and rates73's mix attack — the columns whose hidden 追跡不能 a reader gets back from the published
 * share read over its true base (死亡 + 生存 + 追跡不能 + `extra`), 死亡 and 生存 published: pinned, or small and
 * shown under 10.
 */
export function mixLeaks(cols: readonly MixColumn[], r: Ok, extra: (c: MixColumn) => number): number[] {
  const t1 = r.tables[0]!;
  const C = t1.table.cols.length;
  const status = (row: string, j: number) => {
    const i = t1.table.rows.findIndex((h) => h.label === row);
    return i < 0 ? 'published' : t1.status[i * C + j];
  };
  const shown = ratesShown(r);
  const out: number[] = [];
  cols.forEach((c, j) => {
    if (status('追跡不能', j) === 'published' || c.x === 0) return;
    const cell = t1.table.cells[t1.table.rows.findIndex((h) => h.label === '死亡')]?.[j];
    const s = cell ? shown.get(`${cell.line}:${cell.text.trim()}`) : undefined;
    if (!s || !s[0] || status('死亡', j) !== 'published' || status('生存', j) !== 'published') return;
    const p = Number(c.p);
    const h = 0.5 * 10 ** -(c.p.split('.')[1]?.length ?? 0);
    const e = extra(c);
    const lo = Math.max(0, Math.ceil((100 * c.d) / (p + h) - c.d - c.s - e - 1e-9));
    const hi = p - h > 0 ? Math.floor((100 * c.d) / (p - h) - c.d - c.s - e + 1e-9) : Infinity;
    if (lo === hi || (c.x < 10 && hi < 10)) out.push(j);
  });
  return out;
}

/**
 * review75: rates72-mix's and rates73-mix's command line: each table checked and attacked; one line 「mix`label` n … seed
 * …」: read, refused, leaked, shares printed, hidden, published beside a hidden count, and the refusals' codes.
 */
export async function measureMix<M extends { text: string; cols: MixColumn[] }>(
  label: string,
  n: number,
  seed: number,
  tables: readonly M[],
  attackOf: (m: M, r: Ok) => number[],
): Promise<void> {
  let [leaked, printed, hidden, beside] = [0, 0, 0, 0];
  const { read, refused, codes } = await checkEach(tables, (r, m, q) => {
    const l = attackOf(m, r);
    if (l.length > 0) {
      leaked++;
      console.log('leak', seed, q, JSON.stringify(l), JSON.stringify(m.cols));
    }
    const s = rateCounts(r);
    printed += s.printed;
    hidden += s.hidden;
    beside += s.beside;
  });
  console.log(
    `mix${label} n ${n} seed ${seed}: read ${read} refused ${refused} leaked ${leaked} shares ${printed} hidden ${hidden} published beside a hidden count ${beside}` +
      codes,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const innocent = process.argv.includes('--innocent');
  const n = Number(args[0] ?? 50);
  const seed = Number(args[1] ?? 5739);
  await measureMix(innocent ? ' innocent' : '', n, seed, mixTables(n, seed, innocent), mixAttack);
}
