/**
 * aware38: the choice under `aware: 'prefer'` against an attacker who knows it (attack of aware37-families.ts, run with `aware: 'prefer'`): per table, the small counts the choice alone shows under 10, and whether the report
 * says so (`suppress/choice-open`); warnings where the attack finds nothing are counted as said needlessly.
 * `ROOT=<tree> npx node test/pubcheck/aware38-families.ts <n> <seed>[,<seed>…] [small|narrow]`.
 */
import { checkerOfRoot } from './helpers.ts';
import { attack, tables, text } from './aware37-families.ts';

type Checker = Awaited<ReturnType<typeof checkerOfRoot>>;

export interface Tally {
  tables: number;
  refused: number;
  hidden: number;
  smalls: number;
  /** Small counts shown under 10 by the choice alone, and of them those the report names. */
  under: number;
  said: number;
  /** Tables warned where the attack found no count shown. */
  needless: number;
}

/** The tally under `aware: 'prefer'` over `xs` (each table checked once for its warnings, then attacked). */
export function tally(c: Checker, xs: number[][][]): Tally {
  const t: Tally = { tables: 0, refused: 0, hidden: 0, smalls: 0, under: 0, said: 0, needless: 0 };
  for (const x of xs) {
    t.tables++;
    const r = c.check(c.highs, c.bundle, text(x), { details: true }, { protection: 'threshold', mipSeconds: 0.3, aware: 'prefer' });
    const open = r.warnings.find((w) => w.code === 'suppress/choice-open');
    const a = attack(c, x, 10, 'prefer');
    if (a.refused) t.refused++;
    t.hidden += a.hidden;
    t.smalls += a.smalls;
    t.under += a.underByChoice.length;
    const C = x[0]!.length;
    for (const u of a.underByChoice) if (open?.message.includes(`「R${u.cell[0] + 1}」・「G${u.cell[1] + 1}」`)) t.said++;
    if (open && a.underByChoice.length === 0) t.needless++;
    if (a.underByChoice.length > 0 || open)
      console.log(JSON.stringify(x), a.underByChoice.map((u) => `${u.cell.join(',')}=${u.value}`).join(' '), open ? 'warned' : '', C);
  }
  return t;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const c = await checkerOfRoot();
  const [n, seeds, shape] = [
    Number(process.argv[2] ?? 12),
    (process.argv[3] ?? '1601').split(',').map(Number),
    (process.argv[4] ?? 'small') as 'small' | 'narrow',
  ];
  const xs = seeds.flatMap((s) => tables(n, s, shape));
  console.log(JSON.stringify(tally(c, xs)));
}
