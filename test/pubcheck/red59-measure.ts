/**
 * red59's measure: `ROOT=<tree> npx node test/pubcheck/red59-measure.ts` — per family (seeds 3970–3973, 100 each) read /
 * refused / cells hidden / leaked: for `leak` and `patients`, a note published whose count, taken for the cells of the
 * line it is made of (the reader's equation, apart from the engine: n = the chosen cells' sum), bounds a hidden cell of
 * them under 10 — n less the published cells of the set, less 1 for each other hidden cell (a hidden count is at least 1).
 */
import { checkerOfRoot } from './helpers.ts';
import { oracleVerdict } from './attack35-measure.ts';
import { family59, lifeWritten, WRITTEN, type Case59, type LifeCase } from './red59-families.ts';

type Checker = Awaited<ReturnType<typeof checkerOfRoot>>;

export function attack59(k: Checker, c: Case59) {
  const r = k.check(k.highs, k.bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
  if (!r.ok) return { outcome: 'refused' as const, hidden: 0 };
  let hidden = 0;
  for (const tr of r.tables) hidden += tr.status.filter((s) => s !== 'published').length;
  let leaked = false;
  if (c.shape && c.line) {
    const tr = r.tables.find((t) => t.table.rows.some((h) => h.label === c.line))!;
    const C = tr.table.cols.length;
    const i = tr.table.rows.findIndex((h) => h.label === c.line);
    const set = c.shape === 'cell' ? [0] : [0, 1];
    const value = (j: number) => (tr.table.cells[i]![j]!.value as { n: number }).n;
    const hid = set.filter((j) => tr.status[i * C + j] !== 'published');
    const rest = c.n - set.filter((j) => !hid.includes(j)).reduce((s, j) => s + value(j), 0);
    leaked = hid.length > 0 && rest - (hid.length - 1) < 10;
  }
  return { outcome: leaked ? ('leaked' as const) : ('read' as const), hidden };
}

export function measure59(k: Checker, cases: Iterable<Case59>) {
  const out = { n: 0, read: 0, refused: 0, leaked: 0, hidden: 0 };
  for (const c of cases) {
    const a = attack59(k, c);
    out.n++;
    out[a.outcome === 'refused' ? 'refused' : 'read']++;
    if (a.outcome === 'leaked') out.leaked++;
    out.hidden += a.hidden;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] !== 'life') {
  const k = await checkerOfRoot();
  for (const [kind, seed] of [
    ['leak', 3970],
    ['apart', 3971],
    ['chance', 3972],
    ['patients', 3973],
  ] as const)
    console.log(kind, seed, JSON.stringify(measure59(k, family59(kind, seed))));
}

/**
 * red59 `lifeWritten`: each case checked, then judged by the oracle (attack35-measure.ts `oracleVerdict`, oracle.ts
 * `threeWay`) over `truth`, the checker's labels turned back into the truth's (`back`): leaked, held or refused.
 */
export function measureLife(k: Checker, cases: readonly LifeCase[], judge = true) {
  const out = { n: 0, read: 0, refused: 0, leaked: 0, hidden: 0 };
  for (const c of cases) {
    out.n++;
    const r = k.check(k.highs, k.bundle, c.text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
    if (!r.ok) {
      out.refused++;
      continue;
    }
    out.read++;
    out.hidden += r.tables.reduce((s, t) => s + t.status.filter((x) => x !== 'published').length, 0);
    if (!judge) continue;
    const relabel = (hs: (typeof r.tables)[number]['table']['rows']) => hs.map((h) => ({ ...h, label: c.back(h.label) }));
    const r2 = {
      ...r,
      tables: r.tables.map((t) => ({ ...t, table: { ...t.table, rows: relabel(t.table.rows), cols: relabel(t.table.cols) } })),
    };
    if (oracleVerdict(k.highs, r2, c.truth, 'threshold', { oneStep: true, threeWay: true }) === 'leaked') out.leaked++;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'life') {
  const k = await checkerOfRoot();
  const innocent = process.argv[3] === 'innocent';
  WRITTEN.forEach((form, n) => {
    const seed = (innocent ? 3985 : 3980) + n;
    console.log(form, seed, innocent ? 'innocent' : '', JSON.stringify(measureLife(k, lifeWritten(form, 60, seed, innocent), !innocent)));
  });
}
