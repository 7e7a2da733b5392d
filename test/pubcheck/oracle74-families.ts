/**
 * oracle74 (issue #11, seeds 5840–5849): the oracle read no rates — a rate column beside counts and person-time
 * (「発現率（/1,000人年）」「IR per 1000 PY」), a 「死亡率（%）」 beside counts, was free to it (oracle.ts `cellUnder`,
 * review68). Now, with its option `rates`, it reads them apart from the engine (oracle.ts `ratesOf`): a rate r printed
 * to d decimals per unit U over a person-time T bounds its count to [(r − ½·10⁻ᵈ)·T/U, (r + ½·10⁻ᵈ)·T/U] (cut off:
 * [r, r + 10⁻ᵈ)), a percentage its count's share of a base of count lines. This measure runs rates72's and rates70's
 * families through the checker and then the oracle reading every rate the check publishes (a hidden rate blanked).
 *
 * Kinds: rates72's `mixed`, `fine`, `coarse`, `days`, `unwritten` (a table of 患者数, イベント数, person-time, rate) and
 * rates70's `wide`, `innocentWide`, `smallEvent`, `innocentSmallEvent`, `subgroup62`, `innocent62`, `subgroup69`,
 * `innocent69`, `draw69`, `many69` (a 「…率（%）」 line beside counts).
 * Prints per kind: read, refused, rates the oracle read (cases), leaked to the oracle under its first reading (the
 * labels') and under any reading (`attackEveryReading`), and under any reading by an attacker who takes every rate
 * as rounded to nearest (`rates: 'rounded'`): a hidden count pinned or a small one shown under 10; with
 * `--teeth` every rate published (the oracle must find leaks then: it reads the rates); rates72's own interval attack
 * (`attack`) beside it.
 *
 *   npx node test/pubcheck/oracle74-families.ts <kind> [count] [seed] [--teeth] [--show]
 *
 * Seeds 5840–5849. Measured (base 6626e5c2 → branch, ROOT=<tree> for the checker): rates72's five kinds (5840, 5841,
 * 50 each) 0 leaked under any reading; rates70's kinds (5840, 5841, 30 each) 0 but many69 (the oracle's chance sums
 * of 17 columns, without rates too) and innocent62 (redd62's innocentSubgroup: a share whose other base fits only
 * where it is published, rates.ts `leftOut`) — 5840–5845, 180: 16 → 3 (rounded only 3 → 0), rates published
 * 353 → 294 of 606; subgroup62 0 → 0; many69 (5840, 5841) 5 → 0 beside the chance one.
 */
import { checkerOfRoot } from './helpers.ts';
import { ptTables, attack as ptAttack, type Ok, type PtTable } from './rates72-families.ts';
import { KINDS as RATES70 } from './rates70-families.ts';
import type { Joined } from './formats35-families.ts';
import { ratesShown } from './formats33-attack.ts';
import { attackEveryReading, parse, type Ranges } from './oracle.ts';
import { hiddenKeys } from './protection.ts';
import type { Highs } from 'highs';

const PT = ['mixed', 'fine', 'coarse', 'days', 'unwritten'] as const;

/** rates72's text with each rate the check hides blanked (`ratesShown`, by its event count's cell), all with `teeth`. */
export function ptOracleText(t: PtTable, r: Ok, teeth = false): string {
  const shown = ratesShown(r);
  return t.text
    .split('\n')
    .map((line, y) => {
      const f = line.split('\t');
      if (y === 0 || f.length < 5) return line;
      const s = shown.get(`${y + 1}:${f[2]!.trim()}`)?.[0];
      if (s === false && !teeth) f[4] = '';
      return f.join('\t');
    })
    .join('\n');
}

/**
 * rates70's raw text (the rate a line of its own) with each rate the check hides blanked. The joined text (「25 (16%)」)
 * says which count each rate is of: a rate the check set aside (Table.rates) is shown as `ratesShown` says (rates70
 * publishes some beside a hidden count); one it joined to its count (`layout/share`: a cell 「n (p%)」 of its own) is
 * hidden with that count.
 */
export function shareOracleText(c: Joined, r: Ok, teeth = false): string {
  const raw = c.text.split('\n').map((l) => l.split('\t'));
  const joined = c.joined.split('\n').map((l) => l.split('\t'));
  const rateAt = ratesShown(r);
  const hiddenCells = new Set<string>();
  for (const t of r.tables)
    t.table.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        // A joined cell's text is 「n (p%)」 (the engine joined them): keyed by its count.
        if (t.status[i * t.table.cols.length + j] !== 'published') hiddenCells.add(`${cell.line}:${cell.text.trim().split(/\s/)[0]}`);
      }),
    );
  /** Whether the rate joined at line y, position k is published. */
  const shownAt = (y: number, k: number) => {
    const m = /^(\S+) \((.+)%\)$/.exec((joined[y]?.[k] ?? '').trim());
    if (!m) return undefined;
    if (teeth) return true;
    const key = `${y + 1}:${m[1]}`;
    const set = rateAt.get(key);
    return set && set.length > 0 ? set.shift()! : !hiddenCells.has(key);
  };
  const rate = (x?: string) => /率/.test(x ?? '');
  const head = raw.findIndex((l) => l.length > 1);
  const col = raw[head]!.findIndex((x, k) => k > 0 && rate(x));
  if (col > 0)
    for (let y = head + 1; y < raw.length; y++) {
      if (raw[y]!.length <= col) continue;
      const shown = joined[y]!.map((_, k) => shownAt(y, k)).find((x) => x !== undefined);
      if (shown !== true) raw[y]![col] = '';
    }
  else {
    const row = raw.findIndex((l) => rate(l[0]));
    if (row >= 0)
      for (let k = 1; k < raw[row]!.length; k++) {
        const shown = joined.map((_, y) => shownAt(y, k)).find((x) => x !== undefined);
        if (shown !== true) raw[row]![k] = '';
      }
  }
  return raw.map((l) => l.join('\t')).join('\n');
}

/** The hidden keys pinned (or small and shown under 10) in each of `all`: per reading, `key lo-hi`. */
function pinned(all: Ranges[], small: Set<string>): string[][] {
  return all.map((ranges) =>
    [...ranges].flatMap(([k, x]) =>
      !(x.hi === null || x.hi > x.lo) || (small.has(k) && (x.hi ?? Infinity) < 10) ? [`${k} ${x.lo}-${x.hi}`] : [],
    ),
  );
}

export interface OracleRun {
  read: boolean;
  /** The oracle read a rate line of the text. */
  rated: boolean;
  first: string[];
  any: string[];
  /** Under any reading of an attacker who takes every rate as rounded to nearest (none cut off). */
  rounded: string[];
  own?: number;
  /** Count cells hidden; rate cells published and printed. */
  hidden?: number;
  rates?: [number, number];
  codes?: string[];
}

/** One case: checked, then attacked by the oracle reading rates (the engine's keys mapped to the oracle's grid). */
export function runCase(
  highs: Highs,
  check: (text: string) => ReturnType<Awaited<ReturnType<typeof checkerOfRoot>>['check']>,
  c: { pt: PtTable } | { share: Joined },
  teeth = false,
): OracleRun {
  const text = 'pt' in c ? c.pt.text : c.share.text;
  const r = check(text);
  if (!r.ok) return { read: false, rated: false, first: [], any: [], rounded: [], codes: r.errors.map((e) => e.code) };
  const ok = r as Ok;
  const { hidden, small } = hiddenKeys(ok);
  let oracleText: string;
  let keys = hidden;
  let smallKeys = small;
  if ('pt' in c) {
    oracleText = ptOracleText(c.pt, ok, teeth);
    // The engine's one column (イベント数) is the oracle's second (患者数 first, person-time and rate taken out).
    const move = (s: Set<string>) => new Set([...s].map((k) => k.replace(/:0$/, ':1')));
    keys = move(hidden);
    smallKeys = move(small);
  } else oracleText = shareOracleText(c.share, ok, teeth);
  const tables = parse(oracleText, false, false, false, true);
  const rated = tables.some((t) => (t.rates ?? []).some((x) => x.length > 0));
  const all = attackEveryReading(highs, oracleText, keys, { zeroExempt: true, disjointParts: true, rates: true });
  const p = pinned(all, smallKeys);
  const rounded = pinned(
    attackEveryReading(highs, oracleText, keys, { zeroExempt: true, disjointParts: true, rates: 'rounded' }),
    smallKeys,
  );
  const rateCells = (x: string) =>
    x
      .split('\n')
      .map((l) => l.split('\t'))
      .flatMap((l, y, all) => {
        const col = all.find((h) => h.length > 1)!.findIndex((h, k) => k > 0 && /率|IR/.test(h));
        if (col > 0) return y > all.findIndex((h) => h.length > 1) && l.length > col ? [l[col]!] : [];
        return /率|IR/.test(l[0] ?? '') ? l.slice(1) : [];
      });
  const out: OracleRun = {
    read: true,
    rated,
    first: p[0] ?? [],
    any: [...new Set(p.flat())],
    rounded: [...new Set(rounded.flat())],
    hidden: hidden.size,
    rates: [rateCells(oracleText).filter((x) => x.trim() !== '').length, rateCells(text).filter((x) => x.trim() !== '').length],
  };
  if ('pt' in c) out.own = ptAttack(c.pt, ok, 10, teeth).length;
  return out;
}

export function casesOf(kind: string, n: number, seed: number): ({ pt: PtTable } | { share: Joined })[] {
  if ((PT as readonly string[]).includes(kind)) return ptTables(kind as (typeof PT)[number], n, seed).map((pt) => ({ pt }));
  const k = RATES70[kind];
  if (!k) throw new Error(`kind: ${[...PT, ...Object.keys(RATES70)].join('|')}`);
  return k.cases(n, seed).map((share) => ({ share }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const kind = args[0] ?? '';
  const n = Number(args[1] ?? 20);
  const seed = Number(args[2] ?? 5840);
  const teeth = process.argv.includes('--teeth');
  const { check, highs, bundle } = await checkerOfRoot();
  const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  let [read, refused, rated, first, any, rounded, own, errors, hiddenCells, ratesShown, ratesAll] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  const codes = new Map<string, number>();
  for (const [q, c] of casesOf(kind, n, seed).entries()) {
    let o: OracleRun;
    try {
      o = runCase(highs, run, c, teeth);
    } catch (e) {
      errors++;
      console.log('error', seed, q, String(e).slice(0, 200));
      continue;
    }
    if (!o.read) {
      refused++;
      for (const c of o.codes ?? []) codes.set(c, (codes.get(c) ?? 0) + 1);
      continue;
    }
    read++;
    if (o.rated) rated++;
    if (o.first.length > 0) first++;
    if (o.any.length > 0) any++;
    if (o.rounded.length > 0) rounded++;
    hiddenCells += o.hidden ?? 0;
    ratesShown += o.rates?.[0] ?? 0;
    ratesAll += o.rates?.[1] ?? 0;
    if ((o.own ?? 0) > 0) own++;
    if (o.any.length > 0 || process.argv.includes('--show'))
      console.log(
        'case',
        seed,
        q,
        'first',
        o.first.join(' '),
        '| any',
        o.any.join(' '),
        '| rounded',
        o.rounded.join(' '),
        o.own !== undefined ? `| own ${o.own}` : '',
      );
  }
  console.log(
    `${kind} n ${n} seed ${seed}${teeth ? ' teeth' : ''}: read ${read} refused ${refused} rates read by the oracle ${rated} leaked (first reading) ${first} leaked (any reading) ${any} leaked (any reading, rounded only) ${rounded} hidden ${hiddenCells} rates published ${ratesShown} of ${ratesAll}` +
      ((PT as readonly string[]).includes(kind) ? ` leaked to rates72's attack ${own}` : '') +
      (errors > 0 ? ` oracle errors ${errors}` : '') +
      (codes.size > 0 ? ` codes ${JSON.stringify(Object.fromEntries(codes))}` : ''),
  );
}
