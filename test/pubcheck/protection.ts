/**
 * The assertion the adversarial tests share: every count the check hides, attacked by the oracle (oracle.ts, written
 * apart from the engine) from the same text, meets the protection — never pinned to one value, and under
 * `threshold` a small count never shown to be under the threshold. Where the check says itself that no suppression
 * can pass (a stated N under the threshold, say), it must offer no route after changes, and nothing is attacked.
 */
import type { Highs } from 'highs';
import { expect } from 'vitest';
import { check, type CheckResult } from '../../src/pubcheck/check.ts';
import { toReport } from '../../src/pubcheck/report.ts';
import { plainRate } from '../../src/pubcheck/rates.ts';
import type { RuleBundle } from '../../src/pubcheck/rules.ts';
import type { Protection } from '../../src/pubcheck/types.ts';
import { attack, attackEveryReading, type Ranges } from './oracle.ts';

/** The fixture's small-counts threshold (test/fixtures/pubcheck/content/rules/small-counts.yaml). */
export const THRESHOLD = 10;

/**
 * The cells a read check hides, keyed 「table:row:col」 as oracle.ts `attack` takes them (`hidden`), and those hidden as
 * small (`small`: primary). review68: `expectProtected`, helpers.ts `heldOrLeaked`, attack34-measure, formats-measure,
 * totals48-families and review68-families built them alike.
 */
export function hiddenKeys(result: { tables: readonly { status: readonly string[]; table: { cols: readonly unknown[] } }[] }): {
  hidden: Set<string>;
  small: Set<string>;
} {
  const hidden = new Set<string>();
  const small = new Set<string>();
  result.tables.forEach((t, ti) =>
    t.status.forEach((s, id) => {
      const key = `${ti}:${Math.floor(id / t.table.cols.length)}:${id % t.table.cols.length}`;
      if (s !== 'published') hidden.add(key);
      if (s === 'primary') small.add(key);
    }),
  );
  return { hidden, small };
}

/** Asserts the protection of `result` (the check of `text`) against the oracle; returns the oracle's ranges. */
export function expectProtected(
  highs: Highs,
  result: Extract<CheckResult, { ok: true }>,
  text: string,
  protection: Protection = 'threshold',
  everyReading = false,
  oracle: { disjointParts?: boolean } = {},
): Ranges {
  if (result.tables.some((t) => t.suppression?.passed === false || t.primary.headers.length > 0)) {
    expect(result.verdict.afterChanges).toBeUndefined();
    return new Map();
  }
  const { hidden, small } = hiddenKeys(result);
  // Under every reading of the percentage tables an attacker may take (`attackEveryReading`), or the one where all
  // readings hold together.
  const all = everyReading
    ? attackEveryReading(highs, text, hidden, { zeroExempt: true, ...oracle })
    : [attack(highs, text, hidden, { zeroExempt: true, ...oracle })];
  for (const [k, ranges] of all.entries()) {
    const under = all.length > 1 ? ` under reading ${k + 1} of ${all.length}` : '';
    for (const [key, range] of ranges) {
      expect(range.hi === null || range.hi > range.lo, `${key} is pinned to ${range.lo}${under}`).toBe(true);
      if (protection === 'threshold' && small.has(key))
        expect(range.hi ?? Infinity, `${key} is shown to be under ${THRESHOLD}${under}`).toBeGreaterThanOrEqual(THRESHOLD);
    }
  }
  return all[0]!;
}

/**
 * Every rate a check read (Table.rates) is hidden in the report exactly where one of its counts (the events, or the
 * base where it is a line of counts) is hidden; returns how many rates are hidden.
 */
export function expectRatesHidden(r: Extract<CheckResult, { ok: true }>, bundle: RuleBundle): number {
  const report = toReport(r, bundle, new Date('2026-12-03T00:00:00Z'));
  let hidden = 0;
  r.tables.forEach((tr, ti) => {
    const cols = tr.table.cols.length;
    (tr.table.rates ?? []).forEach((rate, k) => {
      rate.cells.forEach((c, j) => {
        const shown = [...c.events, ...(c.base ? [c.base] : [])].every(([row, col]) => tr.status[row * cols + col] === 'published');
        const cell = report.tables[ti]!.rates[k]!.cells[j]!;
        // A mean (ratio) its rounding leaves protecting the hidden counts is published (check.ts `meansShown`, means37).
        expect(cell.hidden, `${rate.label} at ${c.at} (${c.text})`).toBe(!shown && !c.shown);
        // rates70/rates72: a share line, or a plain rate per person-time, whose rows under every reading protect, too.
        if (c.shown)
          expect(
            rate.mean !== undefined || rate.ratio === true || rate.weighted !== undefined || rate.lineShare === true || plainRate(rate),
            rate.label,
          ).toBe(true);
        if (cell.hidden) hidden++;
      });
    });
  });
  return hidden;
}

/** A check that read its input. */
export type Ok = Extract<CheckResult, { ok: true }>;

/** An oracle's attack on a read table's lines of means or ratios, `hidden(line, cell)` saying which the report hides. */
export type LineAttack = (highs: Highs, t: Ok['tables'][number], hidden: (k: number, j: number) => boolean) => string[];

/**
 * A family of tables with lines of means or ratios beside counts (attack36, means37, means39): `attack` with the
 * report's hidden cells gives back no hidden count. `strict` (the default) also asserts each table read with its rates
 * hidden as their counts are (`expectRatesHidden`), and counts `bites`: tables the attack breaks with nothing hidden
 * (the oracle's teeth). Returns the tables read, the counts and the mean cells hidden, and the bites.
 */
export function meansFamily(
  highs: Highs,
  bundle: RuleBundle,
  cases: Iterable<{ text: string }>,
  attack: LineAttack,
  at: Date,
  strict = true,
): { read: number; counts: number; means: number; bites: number } {
  const out = { read: 0, counts: 0, means: 0, bites: 0 };
  for (const c of cases) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    if (strict) expect(r.ok, c.text).toBe(true);
    if (!r.ok) continue;
    out.read++;
    if (strict) expectRatesHidden(r, bundle);
    const report = toReport(r, bundle, at);
    out.counts += r.tables[0]!.status.filter((s) => s !== 'published').length;
    out.means += report.tables[0]!.rates.reduce((s, x) => s + x.cells.filter((y) => y.hidden).length, 0);
    expect(
      attack(highs, r.tables[0]!, (k, j) => report.tables[0]!.rates[k]!.cells[j]!.hidden),
      c.text,
    ).toEqual([]);
    if (strict && attack(highs, r.tables[0]!, () => false).length > 0) out.bites++;
  }
  return out;
}

/** The cells a check hides in table `table`, as 「row/column」 labels, sorted. */
export function hiddenLabels(r: Ok, table = 0): string[] {
  const t = r.tables[table]!;
  return [...t.status.entries()]
    .filter(([, s]) => s !== 'published')
    .map(([id]) => `${t.table.rows[Math.floor(id / t.table.cols.length)]!.label}/${t.table.cols[id % t.table.cols.length]!.label}`)
    .sort();
}

/**
 * The text the oracle attacks: the input as pasted, or — where the checker added lines of its own (a うち line's
 * rest, a column's N less a row: ofwhich.ts), which an attacker works out from the lines printed — the tables as the
 * checker read them with those lines written out (so that its cells and the oracle's are the same).
 */
export function asAttacked(r: Ok, text: string): string {
  if (!r.tables.some(({ table }) => [...table.rows, ...table.cols].some((h) => h.rest || h.ns))) return text;
  return r.tables
    .map(({ table }) =>
      [
        ...(table.title !== undefined ? [`# ${table.title}`] : []),
        [table.corner, ...table.cols.map((h) => h.label)].join('\t'),
        // A count's unit (「12人」, csv.ts) is written as the number the checker read, which the oracle reads.
        ...table.rows.map((h, i) => [h.label, ...table.cells[i]!.map((c) => c.text.replace(/(\d)\s*[人例名件]/g, '$1'))].join('\t')),
      ].join('\n'),
    )
    .join('\n\n');
}

/** The checker's own reading written out as it read it (joined shares, heading rows joined, Ns in the headers), for the oracle. */
export const written = (r: Ok) =>
  r.tables
    .map(({ table }) =>
      [
        [table.corner, ...table.cols.map((h) => h.label)].join('\t'),
        ...table.rows.map((h, i) => [h.label, ...table.cells[i]!.map((c) => c.text)].join('\t')),
      ].join('\n'),
    )
    .join('\n\n');

/**
 * How the adversarial tests check a text: with details, under a protection (`threshold` unless said), with a short
 * least-loss search. `run` fails the test on input errors, `holds` also asserts the protection against the oracle
 * (`expectProtected`), `errors` and `codes` give the input errors of a text the check must refuse.
 */
export function adversary(highs: Highs, bundle: RuleBundle) {
  const result = (text: string, protection: Protection = 'threshold') =>
    check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });
  const run = (text: string, protection: Protection = 'threshold'): Ok => {
    const r = result(text, protection);
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
    return r;
  };
  const holds = (text: string, protection: Protection = 'threshold'): Ok => {
    const r = run(text, protection);
    expectProtected(highs, r, asAttacked(r, text), protection);
    return r;
  };
  /**
   * Holds under `threshold` and `not-exact` against the oracle reading lists as disjoint parts (seen2–seen4); the
   * text attacked is `attacked` of each check (the input, or the checker's lines of its own written out).
   */
  const holdsBoth = (text: string, attacked: (r: Ok) => string = (r) => asAttacked(r, text)): Ok => {
    const r = run(text);
    expectProtected(highs, r, attacked(r), 'threshold', false, { disjointParts: true });
    const n = run(text, 'not-exact');
    expectProtected(highs, n, attacked(n), 'not-exact', false, { disjointParts: true });
    return r;
  };
  /** Holds under `threshold` and under `not-exact` (the oracle's default reading); the `threshold` check is returned. */
  const holdsEach = (text: string): Ok => {
    const r = holds(text);
    holds(text, 'not-exact');
    return r;
  };
  /** Holds under `threshold` and `not-exact`, the oracle attacking the checker's reading written out (`written`). */
  const holdsWritten = (text: string): Ok => {
    for (const protection of ['threshold', 'not-exact'] as const) {
      const r = run(text, protection);
      expectProtected(highs, r, written(r), protection);
    }
    return run(text);
  };
  const errors = (text: string) => {
    const r = result(text);
    return r.ok ? [] : r.errors;
  };
  const codes = (text: string) => errors(text).map((e) => e.code);
  /**
   * How a text with a line of rates fares: its input errors where refused (`header/rate` …), or — read (rates.ts
   * `readRate`) — 「layout/rate」 once per line of rates read, after asserting that every rate whose count or base is
   * hidden is hidden in the report (`expectRatesHidden`).
   */
  const rates = (text: string, protection: Protection = 'threshold') => {
    const r = result(text, protection);
    if (!r.ok) return r.errors.map((e) => e.code);
    expectRatesHidden(r, bundle);
    return r.warnings.filter((w) => w.code === 'layout/rate').map((w) => w.code);
  };
  return { result, run, holds, holdsBoth, holdsEach, holdsWritten, errors, codes, rates };
}

/**
 * What an attacker has, in the cells the checker read: the table without its person-years (they give no count), and
 * a line of sizes (患者数, count/sizes) written as each line's N (「曝露群 (N=120)」), so that the oracle's cells are
 * the checker's (the oracle would otherwise read 患者数 as a column of counts, and attack its cells). Rates are set
 * aside as person-time is (rates2): outcome.test and rates2.test attack with it.
 */
export function outcomeAttacked(r: Ok, text?: string): string {
  const { table } = r.tables[0]!;
  // The labels as written (indented under their group), where the rows are the text's; a subgroup's with its group's
  // name (「　曝露群・男性」): the oracle takes cells of one label for one count.
  let group = '';
  const written = text
    ?.split('\n')
    .slice(1, table.rows.length + 1)
    .map((l) => l.split('\t')[0]!)
    .map((l) => (/^\s/.test(l) ? l.replace(/^(\s+)/, `$1${group}・`) : (group = l)));
  const size = table.sizeLine;
  const n = (k: number) => (size && size.texts[k]?.trim() ? ` (N=${size.texts[k]!.trim()})` : '');
  const cols = table.cols.map((h, k) => h.label + (size?.axis === 'rows' ? n(k) : ''));
  return [
    [table.corner, ...cols].join('\t'),
    ...table.rows.map((h, i) =>
      [(written?.[i] ?? h.label) + (size?.axis === 'cols' ? n(i) : ''), ...table.cells[i]!.map((c) => c.text)].join('\t'),
    ),
  ].join('\n');
}

/**
 * What leaks of `text` (one table of whole percentages, checked as `r`) under `reading` (oracle.ts `percentOf`): a
 * hidden count pinned, a count of 1–9 published, or hidden with less than 10 possible, the counts of each cell found
 * by interval arithmetic from its reading's N, `nOf(row, col)`. Empty where nothing does (bothpct, bracketpct).
 */
export function percentLeaks(
  highs: Highs,
  r: Extract<CheckResult, { ok: true }>,
  text: string,
  reading: 'rows' | 'cols',
  nOf: (row: number, col: number) => number,
): string[] {
  return percentLeaksUnder(highs, r, text, [reading], () => nOf);
}

/**
 * percentLeaks over every table of `text` (both2: several tables each fitting both readings), table `t` read as
 * `readings[t]` by the oracle (undefined: as a reader would) and its cells' counts found from `nOf(t)` (a table
 * without one: not looked at for small counts, only for pinned ones).
 */
export function percentLeaksUnder(
  highs: Highs,
  r: Extract<CheckResult, { ok: true }>,
  text: string,
  readings: readonly ('rows' | 'cols' | undefined)[],
  nOf: (table: number) => ((row: number, col: number) => number) | undefined,
  infeasible?: string[],
): string[] {
  const hidden = new Set<string>();
  r.tables.forEach((t, ti) => {
    const C = t.table.cols.length;
    t.status.forEach((s, id) => s !== 'published' && hidden.add(`${ti}:${Math.floor(id / C)}:${id % C}`));
  });
  const said = readings.map((x) => x ?? '-').join('');
  let ranges: Ranges;
  try {
    ranges = attack(highs, text, hidden, { zeroExempt: true, percentOf: readings });
  } catch (e) {
    // No counts fit the oracle's equations under these readings (HiGHS status 8, infeasible: column percentages whose
    // rows add up to 100% by chance, read as row percentages, leave the columns' Ns unmet — the oracle takes each
    // column's N as the sum of its rows where the rows' shares add up to 100%). Only the interval arithmetic below
    // is asked of them; `infeasible` counts them.
    if (!(e instanceof Error && e.message === 'oracle: HiGHS status 8') || !infeasible) throw e;
    infeasible.push(said);
    ranges = new Map();
  }
  const out: string[] = [];
  for (const [k, g] of ranges) if (g.hi !== null && g.hi <= g.lo) out.push(`${k} pinned to ${g.lo} (${said})`);
  r.tables.forEach((t, ti) => {
    const n = nOf(ti);
    if (!n) return;
    t.table.cells.forEach((row, i) =>
      row.forEach((cell, c) => {
        if (cell.value.kind !== 'percent') return;
        const N = n(i, c);
        const h = 0.5 * 10 ** -cell.value.decimals;
        const lo = Math.max(0, Math.ceil((N * (cell.value.percent - h)) / 100 - 1e-9));
        const hi = Math.min(N, Math.floor((N * (cell.value.percent + h)) / 100 + 1e-9));
        if (lo < 1 || hi >= THRESHOLD) return;
        const k = `${ti}:${i}:${c}`;
        if (!hidden.has(k)) out.push(`${k} ${cell.text} published: ${lo}–${hi} (${said})`);
        else if ((ranges.get(k)?.hi ?? Infinity) < THRESHOLD) out.push(`${k} shown under ${THRESHOLD} (${said})`);
      }),
    );
  });
  return out;
}

/**
 * What leaks under every combination of readings of the tables read both ways (`both`: their indices), each table's
 * counts from its headers' Ns under its reading (both2). `infeasible` given: combinations no counts fit under the
 * oracle's equations are collected there (only published small counts asked of them), else they throw.
 */
export function combinedPercentLeaks(
  highs: Highs,
  r: Extract<CheckResult, { ok: true }>,
  text: string,
  both: readonly number[],
  infeasible?: string[],
): string[] {
  const out: string[] = [];
  for (let k = 0; k < 2 ** both.length; k++) {
    const readings: ('rows' | 'cols' | undefined)[] = r.tables.map(() => undefined);
    both.forEach((t, i) => (readings[t] = (k >> i) & 1 ? 'cols' : 'rows'));
    out.push(
      ...percentLeaksUnder(
        highs,
        r,
        text,
        readings,
        (t) => {
          const reading = readings[t];
          if (!reading) return undefined;
          const { rows, cols } = r.tables[t]!.table;
          return (i, c) => (reading === 'rows' ? rows[i]! : cols[c]!).denominator!;
        },
        infeasible,
      ),
    );
  }
  return out;
}

/**
 * The oracle on `text` for a one-table check `r` whose rows are the input's in order (lines of ours left out: the
 * oracle's rows are the input's): no hidden cell pinned, no small count shown under the threshold (denom33, zeros34).
 */
export function expectHeldByRows(highs: Highs, r: Ok, text: string): void {
  const t = r.tables[0]!;
  let n = 0;
  const keys = t.table.rows.map((h) => (h.rest ? undefined : `0:${n++}`));
  const hidden = new Set<string>();
  const small = new Set<string>();
  t.table.rows.forEach((_, row) =>
    t.table.cols.forEach((_, col) => {
      const k = keys[row];
      if (k === undefined) return;
      const s = t.status[row * t.table.cols.length + col];
      if (s !== 'published') hidden.add(`${k}:${col}`);
      if (s === 'primary') small.add(`${k}:${col}`);
    }),
  );
  for (const [key, range] of attack(highs, text, hidden, { zeroExempt: false })) {
    expect(range.hi === null || range.hi > range.lo, `${key} is pinned to ${range.lo} in ${text}`).toBe(true);
    if (small.has(key)) expect(range.hi ?? Infinity, `${key} in ${text}`).toBeGreaterThanOrEqual(THRESHOLD);
  }
}
