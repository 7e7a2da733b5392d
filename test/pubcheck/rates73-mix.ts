/**
 * rates73 probe (issue #11, seeds 5818–5819): README Limits "a line of another table left out of it, or one under
 * another label, not tried" — a share line set aside over 表1's sum (rates69) whose true base is NOT that sum:
 * - `out`: 表1's sum less 表2's 「除外」 under the same labels (死亡 ÷ (死亡 + 生存 + 追跡不能 − 除外));
 * - `label`: 表1's sum and 表2's 「転院」 under other labels (表2's columns 「A」「B」 beside 表1's 「A群」「B群」);
 * - `labelInnocent`: the share over 表1's sum (the checker's reading), 表2 under other labels beside it all the same.
 * Where the checker reads the share over 表1's sum (a chance fit) and publishes it beside the hidden 追跡不能, an
 * attacker taking the true base may get 追跡不能 back. Judged by `mixAttack` (the true reading's interval on 追跡不能
 * with every published count).
 *
 *   npx node test/pubcheck/rates73-mix.ts <out|label|labelInnocent> [count] [seed]
 *
 * Seeds: out 5818, label 5819, labelInnocent 5818.
 */
import { int, lcg, pick, checkerOfRoot } from './helpers.ts';
import { ratesShown } from './formats33-attack.ts';
import { rateCounts, type Ok } from './rates72-families.ts';

export type MixKind = 'out' | 'label' | 'labelInnocent';
export interface MixTable {
  text: string;
  cols: { d: number; s: number; x: number; t: number; p: string }[];
  sign: number;
}

export function mixTables(kind: MixKind, n: number, seed: number): MixTable[] {
  const next = lcg(seed ^ 0x7373);
  const out: MixTable[] = [];
  const sign = kind === 'out' ? -1 : kind === 'label' ? 1 : 0;
  while (out.length < n) {
    const [groups, other] = pick(next, [
      [
        ['A群', 'B群'],
        ['A', 'B'],
      ],
      [
        ['男性', '女性'],
        ['男', '女'],
      ],
    ] as const);
    const dec = next() < 0.9 ? 0 : 1;
    const cols = groups.map(() => {
      const d = int(next, 60, 100);
      const s = int(next, 200, 400);
      const x = next() < 0.6 ? int(next, 1, 9) : int(next, 10, 20);
      const t = int(next, 10, 20);
      const p = ((100 * d) / (d + s + x + sign * t)).toFixed(dec);
      return { d, s, x, t, p };
    });
    const text = [
      '表1 転帰',
      ['', ...groups].join('\t'),
      ['死亡', ...cols.map((c) => c.d)].join('\t'),
      ['生存', ...cols.map((c) => c.s)].join('\t'),
      ['追跡不能', ...cols.map((c) => c.x)].join('\t'),
      ['死亡率（%）', ...cols.map((c) => c.p)].join('\t'),
      '',
      kind === 'out' ? '表2 解析から除外' : '表2 転院',
      ['', ...(kind === 'out' ? groups : other)].join('\t'),
      [kind === 'out' ? '除外' : '転院', ...cols.map((c) => c.t)].join('\t'),
    ].join('\n');
    out.push({ text: text + '\n', cols, sign });
  }
  return out;
}

export function mixAttack(m: MixTable, r: Ok): number[] {
  const t1 = r.tables[0]!;
  const C = t1.table.cols.length;
  const status = (row: string, j: number) => {
    const i = t1.table.rows.findIndex((h) => h.label === row);
    return i < 0 ? 'published' : t1.status[i * C + j];
  };
  const shown = ratesShown(r);
  const out: number[] = [];
  m.cols.forEach((c, j) => {
    if (status('追跡不能', j) === 'published' || c.x === 0) return;
    const cell = t1.table.cells[t1.table.rows.findIndex((h) => h.label === '死亡')]?.[j];
    const s = cell ? shown.get(`${cell.line}:${cell.text.trim()}`) : undefined;
    if (!s || !s[0] || status('死亡', j) !== 'published' || status('生存', j) !== 'published') return;
    const p = Number(c.p);
    const h = 0.5 * 10 ** -(c.p.split('.')[1]?.length ?? 0);
    const extra = m.sign * c.t;
    const lo = Math.max(0, Math.ceil((100 * c.d) / (p + h) - c.d - c.s - extra - 1e-9));
    const hi = p - h > 0 ? Math.floor((100 * c.d) / (p - h) - c.d - c.s - extra + 1e-9) : Infinity;
    if (lo === hi || (c.x < 10 && hi < 10)) out.push(j);
  });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const kind = args[0] as MixKind;
  if (kind !== 'out' && kind !== 'label' && kind !== 'labelInnocent') throw new Error('kind: out|label|labelInnocent');
  const n = Number(args[1] ?? 50);
  const seed = Number(args[2] ?? (kind === 'out' ? 5818 : 5819));
  const { check, highs, bundle } = await checkerOfRoot();
  let [read, refused, leaked, printed, hidden, beside] = [0, 0, 0, 0, 0, 0];
  const codes = new Map<string, number>();
  for (const [q, m] of mixTables(kind, n, seed).entries()) {
    const r = check(highs, bundle, m.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    if (!r.ok) {
      refused++;
      for (const e of r.errors) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
      continue;
    }
    read++;
    const l = mixAttack(m, r);
    if (l.length > 0) {
      leaked++;
      console.log('leak', seed, q, JSON.stringify(l), JSON.stringify(m.cols));
    }
    const s = rateCounts(r);
    printed += s.printed;
    hidden += s.hidden;
    beside += s.beside;
  }
  console.log(
    `mix ${kind} n ${n} seed ${seed}: read ${read} refused ${refused} leaked ${leaked} shares ${printed} hidden ${hidden} published beside a hidden count ${beside}` +
      (codes.size > 0 ? ` codes ${JSON.stringify(Object.fromEntries(codes))}` : ''),
  );
}
