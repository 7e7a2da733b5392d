/**
 * ext74 families (issue #11, seeds 5900–5909): a sum's bare word (「合計」「Total」「全体」「Overall」「計」) over lines
 * sharing patients (ICU 30, 人工呼吸 12, 合計 35: their sum 42 over 35). 2b87fdfb refused it (`total/mismatch`, whole68:
 * 「a slip as likely as a union」); the brief asks to read it where provably safe to BOTH readers:
 * - the union reader (means48's `mipAttack` with `union`: each line at most the 合計, the 合計 at most their sum);
 * - the sum reader (`sumAttack` here): takes the 合計 as the exact sum of its lines wherever the printed cells do not
 *   contradict it (a position with a hidden cell: 合計 = Σ lines there, dropped where no whole counts fit), with the
 *   Total row; a hidden count it pins to its true value, or shows under 10 (its range holding the truth), leaks.
 *   Where the 合計 is under the sum the reader's equation is wrong (the overlap) and gives a wrong value: no leak.
 * Kinds: `bare` (the class: whole68's `sharedLines` under the bare words, some patients in two lines or more),
 * `apart` (innocent: the same with no shared patient — the 合計 their sum: a total as before), `innocent` (red61's
 * `innocentPatients` under the bare words: a line of its own beside lines not inside it), `over` (kept refused: the
 * 合計 under one line somewhere — no union).
 * `npx node test/pubcheck/ext74-families.ts <kind> [n] [seeds]` (`ROOT=<tree>` for another tree). Prints per family
 * runs / refused / leaked (either reader) / hidden, and the leaks of each reader apart.
 */
import type { Highs } from 'highs';
import { type MipCase, mipAttack, shownAt } from './means48-families.ts';
import { innocentPatients } from './red61-families.ts';
import type { Checked, Reported } from './stats39-families.ts';
import { BARE, sharedLines } from './whole68-families.ts';

/**
 * The sum reader: the 合計 (line 0) the exact sum of the other lines at every position holding a hidden cell where the
 * whole counts allow it (a position whose equation no whole counts fit is dropped, as a reader sees the slip), the
 * Total row's sums where published. A hidden count pinned to its value, or whose range holds it under 10, leaks.
 */
export function sumAttack(c: MipCase, r: Checked, report: Reported | undefined, highs: Highs): string[] {
  if (!r.ok || !r.tables) return [];
  const shown = shownAt(c, r, report);
  const G = c.groups.length;
  const K = c.countLines.length;
  const hid = (i: number, k: number) => !shown(c.countLines[k]!.table, c.groups[i]!, c.countLines[k]!.label);
  const x = (i: number, k: number) => `x${i}_${k}`;
  const base: string[] = [];
  for (let i = 0; i < G; i++) for (let k = 0; k < K; k++) if (!hid(i, k)) base.push(`${x(i, k)} = ${c.counts[i]![k]}`);
  for (let k = 0; k < K; k++)
    if (c.total && shown(c.countLines[k]!.table, c.totalLabel, c.countLines[k]!.label))
      base.push(`${c.groups.map((_, i) => x(i, k)).join(' + ')} = ${c.counts.reduce((a, row) => a + row[k]!, 0)}`);
  const vars = c.groups.flatMap((_, i) => c.countLines.map((_, k) => x(i, k)));
  const solve = (cons: string[], sense: 'Maximize' | 'Minimize', v: string): number | undefined => {
    const lp = `${sense}\n obj: ${v}\nSubject To\n${cons.map((s, q) => ` c${q}: ${s}`).join('\n')}\nBounds\n${vars
      .map((w) => ` 0 <= ${w} <= 500`)
      .join('\n')}\nGeneral\n ${vars.join(' ')}\nEnd\n`;
    const s = highs.solve(lp, {});
    return s.Status === 'Optimal' ? Math.round(s.ObjectiveValue) : undefined;
  };
  const cons = [...base];
  for (let i = 0; i < G; i++) {
    if (![...Array(K).keys()].some((k) => hid(i, k))) continue;
    const eq = `${x(i, 0)} ${c.countLines
      .slice(1)
      .map((_, k) => `- ${x(i, k + 1)}`)
      .join(' ')} = 0`;
    if (solve([...cons, eq], 'Minimize', x(i, 0)) !== undefined) cons.push(eq);
  }
  const leaks: string[] = [];
  for (let i = 0; i < G; i++)
    for (let k = 0; k < K; k++) {
      if (!hid(i, k)) continue;
      const v = c.counts[i]![k]!;
      const hi = solve(cons, 'Maximize', x(i, k));
      const lo = solve(cons, 'Minimize', x(i, k));
      if (hi === undefined || lo === undefined || v < lo || v > hi) continue;
      if (hi === lo) leaks.push(`${c.groups[i]} ${c.countLines[k]!.label} pinned to ${v} (as the sum)`);
      else if (v < 10 && hi < 10) leaks.push(`${c.groups[i]} ${c.countLines[k]!.label} (${v}) shown under 10 (≤ ${hi}, as the sum)`);
    }
  return leaks;
}

/** Both readers: the union reader's leaks (`union`: the 合計 at most the lines' sum) and the sum reader's. */
export function bothAttack(c: MipCase, r: Checked, report: Reported | undefined, highs: Highs): string[] {
  return [...mipAttack(c, r, report, highs).map((l) => `union: ${l}`), ...sumAttack(c, r, report, highs)];
}

export const bareCases = (n: number, seed: number): MipCase[] => sharedLines(n, seed, BARE);
export const apartCases = (n: number, seed: number): MipCase[] => sharedLines(n, seed, BARE, false);
export const innocentCases = (n: number, seed: number): MipCase[] => innocentPatients(n, seed, BARE);
export const overCases = (n: number, seed: number): MipCase[] => sharedLines(n, seed, BARE, true, true);

if (import.meta.url === `file://${process.argv[1]}`) {
  const which = process.argv[2] ?? 'bare';
  const n = Number(process.argv[3] ?? 40);
  const seeds = (process.argv[4] ?? '5900').split(',').map(Number);
  const make = { bare: bareCases, apart: apartCases, innocent: innocentCases, over: overCases }[which]!;
  const { measure } = await import('./means53-families.ts');
  process.env.NOMEAN = '1';
  const cases = seeds.flatMap((s) => make(n, s)).map((c) => ({ ...c, family: `${which}/${c.family.split('/').slice(-2).join('/')}` }));
  let [u, s] = [0, 0];
  await measure(cases, (c, r, report, highs) => {
    const leaks = bothAttack(c, r, report, highs);
    if (leaks.some((l) => l.startsWith('union: '))) u++;
    if (leaks.some((l) => !l.startsWith('union: '))) s++;
    return leaks;
  });
  console.log(`leaked to the union reader ${u}, to the sum reader ${s}`);
}
