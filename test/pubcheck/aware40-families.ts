/**
 * aware40: what `aware: 'prefer'` costs and says on ordinary tables (helpers.ts `chanceCounts`: 3 × 3 counts 0–40, a
 * 合計 row and column in half), per tree: tables refused, `suppress/choice-open` warnings (proved / tried), tables whose
 * choice moved from the least choice (`aware: false`), hidden cells, and seconds. With `attack`, each warned table with
 * margins is attacked (aware37-families.ts `attack`, under 'prefer') to tell a warning the attack bears out from a needless one.
 * `ROOT=<tree> npx node test/pubcheck/aware40-families.ts <n> <seed> [attack]`.
 */
import { checkerOfRoot, chanceCounts, lcg, int } from './helpers.ts';
import { attack } from './aware37-families.ts';

type Checker = Awaited<ReturnType<typeof checkerOfRoot>>;

/** chanceCounts' tables as numbers (the same draws): the cells, and whether the 合計 row and column are printed. */
export function chanceGrids(seed: number): { x: number[][]; total: boolean }[] {
  const next = lcg(seed);
  return Array.from({ length: 1000 }, () => {
    const x = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => int(next, 0, 40)));
    return { x, total: next() < 0.5 };
  });
}

export interface PreferTally {
  tables: number;
  refused: number;
  warned: number;
  proved: number;
  moved: number;
  hidden: number;
  seconds: number;
  /** With `attack`: warned tables where the attack finds a count shown under 10 by the choice, and where it finds none. */
  borne: number;
  needless: number;
}

const hiddenOf = (r: ReturnType<Checker['check']>) =>
  r.ok ? r.tables.flatMap((t) => t.status.map((s) => (s === 'published' ? '.' : 'X'))).join('') : 'refused';

/** The tally of the first `n` of chanceCounts(seed) under `aware: 'prefer'`. */
export function preferTally(c: Checker, n: number, seed: number, attacked = false): PreferTally {
  const t: PreferTally = { tables: 0, refused: 0, warned: 0, proved: 0, moved: 0, hidden: 0, seconds: 0, borne: 0, needless: 0 };
  const texts = chanceCounts(seed).slice(0, n);
  const grids = chanceGrids(seed);
  texts.forEach((text, k) => {
    const options = { protection: 'threshold' as const, mipSeconds: 0.3 };
    const t0 = performance.now();
    const r = c.check(c.highs, c.bundle, text, { details: true }, { ...options, aware: 'prefer' });
    t.seconds += (performance.now() - t0) / 1000;
    const least = c.check(c.highs, c.bundle, text, { details: true }, { ...options, aware: false });
    t.tables++;
    if (!r.ok) return void t.refused++;
    const p = hiddenOf(r);
    t.hidden += [...p].filter((ch) => ch === 'X').length;
    if (p !== hiddenOf(least)) t.moved++;
    const open = r.warnings.find((w) => w.code === 'suppress/choice-open');
    if (!open) return;
    t.warned++;
    if (open.message.includes('確かめ済み')) t.proved++;
    console.log(text.replace(/\n/g, ' | '), open.message.includes('確かめ済み') ? 'proved' : 'tried');
    if (!attacked || !grids[k]!.total) return;
    const a = attack(c, grids[k]!.x, 10, 'prefer');
    if (a.underByChoice.length > 0) t.borne++;
    else t.needless++;
    console.log(JSON.stringify(grids[k]!.x), a.underByChoice.length > 0 ? 'borne out' : 'needless');
  });
  t.seconds = Math.round(t.seconds * 10) / 10;
  return t;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const c = await checkerOfRoot();
  const [n, seed, attacked] = [Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 1891), process.argv[4] === 'attack'];
  console.log(JSON.stringify(preferTally(c, n, seed, attacked)));
}
