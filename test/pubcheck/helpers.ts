/** Shared set-up for the checker's tests: the fixture rule bundle, one HiGHS instance, tables as text. */
import loadHighs, { type Highs } from 'highs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadModel } from '../../src/model/load.ts';
import { bundleFromModel } from '../../src/pubcheck/bundle.ts';
import type { CheckResult } from '../../src/pubcheck/check.ts';
import type { RuleBundle } from '../../src/pubcheck/rules.ts';
import type { ParamValue } from '../../schemas/publication-rule.ts';
import type { Protection } from '../../src/pubcheck/types.ts';
import { leaks } from './formats33-attack.ts';
import type { Case as Formats33Case } from './formats33-families.ts';
import { attack } from './oracle.ts';
import { hiddenKeys, type Ok } from './protection.ts';
import type { Checked as SharesChecked } from './stats39-families.ts';

/**
 * The random tables of the adversarial tests' chance measurements: a linear congruential generator in [0, 1), the
 * same sequence every run for a seed (the numbers they print and assert were measured on it). Its product is taken
 * modulo 2³² exactly (`Math.imul`): written as `s * 1103515245` in doubles it passed 2⁵³ and lost its low bits, and
 * every seed fell into one cycle of 10,466 draws (both2 found it) — a measurement of a thousand tables measured a few
 * hundred, and seeds 1–4 the same ones. Now the full period of 2³¹.
 */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 2147483648;
}

/** 1,000 ordinary count tables as TSV (3×3, counts 0–40, a 合計 row and column in half): chance measurements. */
export function chanceCounts(seed: number): string[] {
  const next = lcg(seed);
  return Array.from({ length: 1000 }, () => {
    const cells = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => int(next, 0, 40)));
    return tsv(cells, { total: next() < 0.5 });
  });
}

/** A whole number from lo to hi, both included, drawn from `next` (an `lcg`). */
export const int = (next: () => number, lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
/** One of `xs`, drawn from `next` (an `lcg`). */
export const pick = <T>(next: () => number, xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;

/** In a test file: the environment's `name` set to `value` for the file's tests and removed after them (e.g. NOMEAN). */
export function envForFile(name: string, value = '1'): void {
  beforeAll(() => {
    process.env[name] = value;
  });
  afterAll(() => {
    delete process.env[name];
  });
}

export const FIXTURE_CONTENT = 'test/fixtures/pubcheck/content';

let highs: Promise<Highs> | undefined;
export const solver = () => (highs ??= loadHighs());

export function fixtureBundle(): RuleBundle {
  const { model, diagnostics } = loadModel(FIXTURE_CONTENT);
  if (diagnostics.length > 0) throw new Error(`fixture content has problems: ${diagnostics.map((d) => d.message).join('; ')}`);
  return bundleFromModel(model);
}

/** A parameter as a test may change it: any dated value, any assumption (the schema's per-param types aside). */
export interface ParamForTest {
  values: ParamValue[];
  assumption?: { value: number | boolean | string; note: string };
}

/** The fixture bundle with one parameter's values or assumption changed (a deep copy). */
export function withParam(bundle: RuleBundle, rule: string, param: string, change: (p: ParamForTest) => void): RuleBundle {
  const copy = structuredClone(bundle);
  change(copy.rules.find((r) => r.id === rule)!.params.find((p) => p.id === param) as unknown as ParamForTest);
  return copy;
}

/** A table as TSV: header row, then rows; `total` adds a 合計 row and column computed from the cells. */
export function tsv(cells: number[][], options: { total?: boolean; rows?: string[]; cols?: string[] } = {}): string {
  const rows = options.rows ?? cells.map((_, i) => `r${i + 1}`);
  const cols = options.cols ?? cells[0]!.map((_, j) => `c${j + 1}`);
  const lines = [['', ...cols, ...(options.total ? ['合計'] : [])].join('\t')];
  cells.forEach((row, i) => lines.push([rows[i], ...row, ...(options.total ? [row.reduce((a, b) => a + b, 0)] : [])].join('\t')));
  if (options.total) {
    const colSums = cols.map((_, j) => cells.reduce((s, row) => s + row[j]!, 0));
    lines.push(['合計', ...colSums, colSums.reduce((a, b) => a + b, 0)].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** Counts of `n` patients split at random over shares `ps` (a Table 1 block adding up to n), drawn from `next`. */
export const splitter = (next: () => number) => (n: number, ps: readonly number[]) => {
  const out = ps.map(() => 0);
  for (let i = 0; i < n; i++) {
    let u = next();
    let k = 0;
    while (k < ps.length - 1 && u > ps[k]!) u -= ps[k++]!;
    out[k]!++;
  }
  return out;
};

type Check = typeof import('../../src/pubcheck/check.ts').check;
type Checked = { ok: true } | { ok: false; errors: readonly { code: string }[] };
type Checker = Awaited<ReturnType<typeof checkerIn>>;

/**
 * The checker a families or measure script measures: `check` of the src/pubcheck folder `dir` (another tree's, for a
 * "before" number; this tree's unless given), with the fixture bundle and one HiGHS.
 */
export async function checkerIn(dir?: string): Promise<{ check: Check; highs: Highs; bundle: RuleBundle }> {
  const { check } = (await import(`${dir || new URL('../../src/pubcheck', import.meta.url).pathname}/check.ts`)) as {
    check: Check;
  };
  return { check, highs: await solver(), bundle: fixtureBundle() };
}

/** The checker of the tree the environment's `ROOT` names (this tree unless said): the families scripts' convention. */
export const checkerOfRoot = () => checkerIn(process.env.ROOT && `${process.env.ROOT}/src/pubcheck`);

/**
 * review69: life66's and step68's tests — each named case read as a life table (`table/life-table` said) and `leak`
 * false over the tables' statuses (in their order).
 */
export function readAsLifeTable<C extends { text: string }>(
  run: (
    text: string,
  ) => { ok: true; warnings: readonly { code: string }[]; tables: readonly { status: readonly string[] }[] } | { ok: false },
  cases: readonly (readonly [string, C])[],
  leak: (c: C, status: readonly (readonly string[])[]) => boolean | undefined,
): void {
  for (const [name, c] of cases)
    it(`${name}: read as a life table, nothing given back`, () => {
      const r = run(c.text);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.warnings.some((w) => w.code === 'table/life-table')).toBe(true);
      expect(
        leak(
          c,
          r.tables.map((t) => t.status),
        ),
      ).toBe(false);
    });
}

/**
 * review70: rates66's and rates69's tests — each case refused for a reason other than the rate's base
 * (`percent/missing-base`) or read with nothing given back to formats33-attack.ts; how many were read.
 */
export function readNoneLeaking(checked: (text: string) => CheckResult, cases: Iterable<Formats33Case>): number {
  let read = 0;
  for (const c of cases) {
    const r = checked(c.text);
    if (!r.ok) {
      expect(codesOf(r)).not.toMatch(/percent\/missing-base/);
      continue;
    }
    read++;
    expect(leaks(r, c), c.text).toEqual([]);
  }
  return read;
}

/**
 * review69: ranks66's and ext68's tests — the status of table `table`'s cell at the row and column named `row`, `col`
 * (a label or the label followed by 「 (」…, e.g. 「B病院 (N=415)」), both expected to be found.
 */
export const statusOf = (r: SharesChecked, table: number, row: string, col: string) => {
  const t = r.tables!.find((x) => (x.table as { number?: number }).number === table)!;
  const named = (label: string, name: string) => label === name || label.startsWith(`${name} (`);
  const i = t.table.rows.findIndex((h) => named(h.label, row));
  const j = t.table.cols.findIndex((h) => named(h.label, col));
  expect(i >= 0 && j >= 0, `${row} × ${col}`).toBe(true);
  return t.status[i * t.table.cols.length + j];
};

/** review69: each cell (table, row, column) of `r` hidden (not published), as `statusOf` finds it. */
export const expectHidden = (r: SharesChecked, ...cells: [number, string, string][]) => {
  for (const [table, row, col] of cells) expect(statusOf(r, table, row, col), `表${table} ${row} × ${col}`).not.toBe('published');
};

/**
 * review69: ranks66's and ext68's checker of shares (threshold, MIP 0.3 s over this tree or `ROOT`'s): `run` a text, or
 * `read` it (expected read).
 */
export async function sharesChecker() {
  const { check, highs, bundle } = await checkerOfRoot();
  const run = (text: string) =>
    check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as SharesChecked & {
      warnings?: { code: string; message: string }[];
      errors?: { code: string; message: string; hint?: string }[];
    };
  const read = (text: string) => {
    const r = run(text);
    expect(r.ok).toBe(true);
    return r;
  };
  return { highs, run, read };
}

/** A refusal's error codes, each once, sorted and joined by 「+」. */
export const codesOf = (r: Checked): string => (r.ok ? '' : [...new Set(r.errors.map((e) => e.code))].sort().join('+'));

/**
 * A families script's tally: per family, the tables run, read, read with a count given back (`leaks`: only where the
 * script attacks what is read), and each refusal's codes (a code once a table); `print` writes one line a family.
 */
export function familyTally(options: { width: number; leaks?: boolean }) {
  const rows = new Map<string, { runs: number; read: number; leaked: number; codes: Map<string, number> }>();
  return {
    add(family: string, r: Checked, leaked = false): void {
      const t = rows.get(family) ?? { runs: 0, read: 0, leaked: 0, codes: new Map<string, number>() };
      rows.set(family, t);
      t.runs++;
      if (r.ok) {
        t.read++;
        if (leaked) t.leaked++;
      } else for (const code of new Set(r.errors.map((e) => e.code))) t.codes.set(code, (t.codes.get(code) ?? 0) + 1);
    },
    print(): void {
      for (const [f, t] of rows) {
        const read = options.leaks ? ['read+leaked', t.leaked, 'read+protected', t.read - t.leaked] : ['read', t.read];
        console.log(
          f.padEnd(options.width),
          'runs',
          t.runs,
          ...read,
          'refused',
          t.runs - t.read,
          [...t.codes].map(([k, v]) => `${k}:${v}`).join(' '),
        );
      }
    },
  };
}

/** One case under one protection: 'refused', 'linked' (read, `tables/linked` said) or 'apart' (read, not tied). */
export function linkedOf(
  { check, highs, bundle }: Checker,
  text: string,
  protection: 'threshold' | 'not-exact',
): 'refused' | 'linked' | 'apart' {
  const r = check(highs, bundle, text, { details: true }, { protection, mipSeconds: 0.3 });
  if (!r.ok) return 'refused';
  return r.warnings.some((w) => w.code === 'tables/linked') ? 'linked' : 'apart';
}

/**
 * The linked measure scripts' `chance` mode: unrelated tables of the linked families' shapes, per protection the
 * cases run, refused, and read as linked (`tables/linked` said: a tie the checker reads by chance); one line each.
 */
export function chanceTally(checker: Checker, cases: () => Iterable<{ text: string }>): void {
  for (const protection of ['threshold', 'not-exact'] as const) {
    const tally = { refused: 0, linked: 0, cases: 0 };
    for (const c of cases()) {
      const r = linkedOf(checker, c.text, protection);
      tally.cases++;
      if (r !== 'apart') tally[r]++;
    }
    console.log(`chance\t${protection}\tcases ${tally.cases}\trefused ${tally.refused}\tlinked ${tally.linked}`);
  }
}

/**
 * The life measure scripts' main loop (life37, life38, life40): `<count> <seed,seed…> [kind,kind…]` from the command
 * line (kinds not in `kinds` skipped), every case of each kind's family under each protection judged; one line per kind and protection, each verdict's
 * tally in `verdicts`' order, then each refusal's codes.
 */
export function measureKinds<K extends string, C>(
  kinds: readonly K[],
  family: (kind: K, count: number, seed: number) => C[],
  judge: (c: C, protection: 'threshold' | 'not-exact') => { verdict: string; codes: string },
  options: { seed: string; verdicts?: readonly string[] },
): void {
  const count = Number(process.argv[2] ?? 10);
  const seeds = (process.argv[3] ?? options.seed).split(',').map(Number);
  // The kinds named (in their order), those of `kinds` only: a script measuring two sets of kinds calls this twice.
  const chosen = process.argv[4] ? (process.argv[4].split(',') as K[]).filter((k) => kinds.includes(k)) : kinds;
  const verdicts = options.verdicts ?? ['refused', 'leaked', 'held'];
  for (const kind of chosen)
    for (const protection of ['threshold', 'not-exact'] as const) {
      const tally = new Map(verdicts.map((v) => [v, 0]));
      const codes = new Map<string, number>();
      for (const seed of seeds)
        for (const c of family(kind, count, seed)) {
          const j = judge(c, protection);
          tally.set(j.verdict, (tally.get(j.verdict) ?? 0) + 1);
          if (j.codes) codes.set(j.codes, (codes.get(j.codes) ?? 0) + 1);
        }
      console.log(
        `${kind}\t${protection}\t${[...tally].map(([v, n]) => `${v} ${n}`).join('\t')}\t${[...codes].map(([k, v]) => `${k}:${v}`).join(' ')}`,
      );
    }
}

/**
 * The measures' verdict on a read check (attack38, attack40): 'leaked' where a count from 1 to under
 * `threshold` is published (0 exempt, as the oracle's zeroExempt), or where the oracle (oracle.ts, zeros exempt),
 * attacking `text()` with the cells the checker hides hidden, pins a hidden count or (under 'threshold') shows a small
 * one under `threshold`; else 'held'.
 */
export function heldOrLeaked(highs: Highs, ok: Ok, text: () => string, protection: Protection, threshold: number): 'held' | 'leaked' {
  const { hidden, small } = hiddenKeys(ok);
  const smallShown = ok.tables.some((t) =>
    t.status.some((s, id) => {
      const v = t.table.cells.flat()[id]?.value;
      return s === 'published' && v?.kind === 'count' && v.n > 0 && v.n < threshold;
    }),
  );
  if (smallShown) return 'leaked';
  for (const [key, range] of attack(highs, text(), hidden, { zeroExempt: true })) {
    if (range.hi !== null && range.hi === range.lo) return 'leaked';
    if (protection === 'threshold' && small.has(key) && (range.hi ?? Infinity) < threshold) return 'leaked';
  }
  return 'held';
}

/**
 * review75: the rate families' run (rates70, rates72, rates73 and their mixes): each case checked (threshold, MIP 0.3 s,
 * this tree's checker or `ROOT`'s), a refusal counted with each of its errors' codes (`show`: the refusal printed),
 * `read` called on each read result (with the case's place in `cases`); the codes as the scripts print them
 * (「 codes {…}」, nothing where none).
 */
export async function checkEach<C extends { text: string }>(
  cases: readonly C[],
  read: (r: Ok, c: C, q: number) => void,
  show = false,
): Promise<{ read: number; refused: number; codes: string }> {
  const { check, highs, bundle } = await checkerOfRoot();
  let [n, refused] = [0, 0];
  const codes = new Map<string, number>();
  for (const [q, c] of cases.entries()) {
    const r = check(highs, bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    if (!r.ok) {
      refused++;
      for (const e of r.errors) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
      if (show) console.log('refused', q, r.errors.map((e) => `${e.code} ${e.message}`).join(' | '));
      continue;
    }
    n++;
    read(r, c, q);
  }
  return { read: n, refused, codes: codes.size > 0 ? ` codes ${JSON.stringify(Object.fromEntries(codes))}` : '' };
}

/**
 * review75: notes73's and notes74's family tests — each case stopped (refused, or a count said) where it is `over`,
 * read where `innocent` (`isStopped` of its text); how many were over.
 */
export function expectStoppedWhereOver(cases: Iterable<{ kind: string; text: string }>, isStopped: (text: string) => boolean): number {
  let over = 0;
  for (const c of cases) {
    const s = isStopped(c.text);
    if (c.kind === 'over') (over++, expect(s, c.text).toBe(true));
    else expect(s, c.text).toBe(false);
  }
  return over;
}
