/**
 * The realistic-pages blocks the html9–html44 tests share: each page read as its TSV, every feature drawn, and pages
 * with a small count checked and attacked on what they publish; and html42/44's attack pages read as shown. Each test
 * passes its own families' `realPage` (or `attackPage`), its features and its seeds.
 */
import { expect } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { readTables, type ReadResult } from '../../src/pubcheck/read.ts';
import { leaked } from './html9-judge.ts';
import { fixtureBundle, solver } from './helpers.ts';
import { expectProtected, type Ok } from './protection.ts';

type Page = { html: string; tsv: string; feature: string };
type RealPage<F extends string, P extends Page> = (seed: number, only?: F, small?: boolean) => P;

/** Each table's column labels, then each row's label and cells' text. */
export const cells = (text: string) =>
  readTables(text).tables.map((t) => [t.cols.map((c) => c.label), ...t.rows.map((r, i) => [r.label, ...t.cells[i]!.map((c) => c.text)])]);

/**
 * Pages `from`–`to` (inclusive) each read as its TSV (`also` checks more on each page); no page refused. The refused
 * ones are listed in the failure.
 */
export function expectReadAsTsv<F extends string, P extends Page>(
  realPage: RealPage<F, P>,
  from: number,
  to: number,
  also?: (p: P, r: ReadResult, seed: number) => void,
): void {
  const wrong: string[] = [];
  for (let seed = from; seed <= to; seed++) {
    const p = realPage(seed);
    const r = readTables(p.html);
    if (r.errors.length > 0) wrong.push(`${seed} ${p.feature}: ${r.errors[0]!.message}`);
    else expect(cells(p.html), `${seed} ${p.feature}`).toEqual(cells(p.tsv));
    also?.(p, r, seed);
  }
  expect(wrong).toEqual([]);
}

/** Pages `from`–`to` (inclusive) draw every feature of `features`. */
export function expectEveryFeature<F extends string, P extends Page>(
  realPage: RealPage<F, P>,
  features: readonly F[],
  from: number,
  to: number,
): void {
  const seen = new Set<string>();
  for (let seed = from; seed <= to; seed++) seen.add(realPage(seed).feature);
  expect([...seen].sort()).toEqual([...features].sort());
}

/**
 * Pages `from`–`to` of each feature with a small count and totals: read, and attacked on what they publish (the first
 * table, or every table with `allTables`), every hidden count holds; with `primary`, each hides a small count.
 */
export async function expectRealPagesProtected<F extends string, P extends Page>(
  realPage: RealPage<F, P>,
  features: readonly F[],
  from: number,
  to: number,
  options: { allTables?: boolean; primary?: boolean } = {},
): Promise<void> {
  const bundle = fixtureBundle();
  const highs = await solver();
  const tsvOf = (t: Ok['tables'][number]['table']) =>
    `${['', ...t.cols.map((c) => c.label)].join('\t')}\n${t.rows.map((row, i) => [row.label, ...t.cells[i]!.map((c) => c.text)].join('\t')).join('\n')}\n`;
  for (const f of features)
    for (let seed = from; seed <= to; seed++) {
      const p = realPage(seed, f, true);
      const r = check(highs, bundle, p.html, { details: true }) as Ok;
      expect(r.ok, `${seed} ${f}`).toBe(true);
      if (options.primary)
        expect(
          r.tables.some((t) => t.status.some((s) => s === 'primary')),
          `${seed} ${f}`,
        ).toBe(true);
      const text = options.allTables ? r.tables.map(({ table }) => tsvOf(table)).join('\n') : tsvOf(r.tables[0]!.table);
      expectProtected(highs, r, text);
    }
}

/**
 * html42 and html44's attack pages `from`–`to` (inclusive): none read otherwise than a reader is shown (html9-judge.ts
 * `leaked`); a page whose digits are all shown (`shown` two digits or more) read with no error, any other still
 * refused in words as hidden; every attack of `attacks` drawn. The pages that fail are listed in the failure.
 */
export function expectAttacksReadAsShown<A extends string>(
  attackPage: (seed: number) => Parameters<typeof leaked>[1] & { attack: A; shown?: string },
  attacks: readonly A[],
  from: number,
  to: number,
): void {
  const wrong: string[] = [];
  const seen = new Set<string>();
  for (let seed = from; seed <= to; seed++) {
    const p = attackPage(seed);
    seen.add(p.attack);
    const r = readTables(p.html);
    if (leaked(r, p)) wrong.push(`${seed} ${p.attack}`);
    const hidden = r.errors.filter((e) => e.code === 'input/html-hidden');
    if ((p.shown?.length ?? 0) > 1 ? r.errors.length > 0 : hidden.length === 0)
      wrong.push(`${seed} ${p.attack}: ${r.errors.map((e) => e.code).join(' ')}`);
  }
  expect(wrong).toEqual([]);
  expect([...seen].sort()).toEqual([...attacks].sort());
}
