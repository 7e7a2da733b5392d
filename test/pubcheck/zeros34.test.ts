/**
 * zeros34 (issue #11): tables the suppression left unprotected though hiding more would protect them (denom33 left
 * them open: exit 2 in words). In each, a chance equation through a 「n/N」 block (65〜74歳 0/70 + 喫煙あり + 喫煙なし
 * = 70 beside the block's N) and a line of ours the search kept published — a zero the rules let be shown
 * (「値なし（喫煙あり・喫煙なし）」 0, 「65歳未満・65〜74歳以外」 0) — pinned the hidden 「0/N」: the search never hid
 * such a zero, so no choice it tried passed. The suppression's last stage (secondary.ts `escalate`) now hides more
 * before it says so — every line of ours, then every count it may hide, then every count — and publishes again
 * whatever the audit lets; a table is unprotectable only where every count hidden still leaves a count pinned, by the
 * published structure alone (an N in a header equal to a sum of lines, blocks read as the same patients), and the
 * message says so (report `audit.structural`).
 * Measured (`npx node test/pubcheck/zeros34-measure.ts 100 1461`; int 1785a29 with `ROOT=`):
 * - denom31 `zeros` family, seeds 1461–1480 (2,000 tables, no MIP): int 4 unprotected, now 0; seeds 1121–1126 int 2
 *   of 600, now 0; seeds 1262 and 1267 int 1 of 200, now 0.
 * - every families generator of test/pubcheck taking (count, seed), 47 of them, 100 tables each at seed 1461 (4,700
 *   tables): int 13 unprotected, now 13, every one structural (hiding every count still pins it: chance relations
 *   and Ns the reader is taken to know — refuse4 `headingTables` 4, attack25 5, formats34 `proportions` 2, attack26 1,
 *   denom31 `gaps` 1); at seed 1462, 50 each: int 7, now 6, all structural (the one turned protectable a `zeros`
 *   table, of the family attacked below). None newly unprotected. Chance tables (denom33-chance.ts 500 1471): the same
 *   refusals on int and now, none unprotected.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, fixtureBundle, solver } from './helpers.ts';
import { adversary, expectHeldByRows, type Ok } from './protection.ts';
import { zeros } from './denom31-families.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { result } = adversary(highs, bundle);

const expectOracle = (r: Ok, text: string) => expectHeldByRows(highs, r, text);

/** Whether the check hides a zero on a line of ours (what only the escalation hides). */
const hidesZeroOfOurs = (r: Ok) =>
  r.tables.some((t) =>
    t.table.rows.some(
      (h, row) =>
        h.rest === true &&
        t.table.cols.some((_, col) => {
          const cell = t.table.cells[row]![col]!;
          return cell.value.kind === 'count' && cell.value.n === 0 && t.status[row * t.table.cols.length + col] !== 'published';
        }),
    ),
  );

describe('1. a zero of ours that pins a hidden 「0/N」: hidden too, the table protected', () => {
  // The four tables the zeros family of seeds 1461–1480 left unprotected on int (seeds 1462, 1463, 1465, 1466).
  const tables = [
    '\tA群\tB群\tC群\n男性\t88/88\t71/119\t53/107\n女性\t0/88\t48/119\t54/107\n65歳未満\t33/86\t108/110\t100/109\n65〜74歳\t9/86\t1/110\t7/109\n75歳以上\t44/86\t1/110\t2/109\n喫煙あり\t16/97\t50/110\t64/103\n喫煙なし\t81/97\t60/110\t39/103\n',
    '\tA群\tB群\n男性\t54/54\t43/48\n女性\t0/54\t5/48\n65歳未満\t1/62\t5/43\n65〜74歳\t28/62\t18/43\n75歳以上\t33/62\t20/43\n喫煙あり\t3/55\t23/42\n喫煙なし\t52/55\t19/42\n',
    '\tA群 (N=79)\tB群 (N=136)\n男性\t76/76\t77/126\n女性\t0/76\t49/126\n65歳未満\t76/79\t126/136\n65〜74歳\t2/79\t7/136\n75歳以上\t1/79\t3/136\n喫煙あり\t38/79\t45/136\n喫煙なし\t41/79\t91/136\n',
    '\tA群 (N=119)\tB群 (N=67)\n男性\t18/119\t4/65\n女性\t101/119\t61/65\n65歳未満\t117/117\t51/57\n65〜74歳\t0/117\t2/57\n',
    // denom33's example left exit 2 (seed 1122): 値なし（喫煙あり・喫煙なし）/A 0 pinned 65〜74歳 0/68.
    '\tA群 (N=70)\tB群 (N=49)\n男性\t47/66\t7/42\n女性\t19/66\t35/42\n65歳未満\t68/68\t32/49\n65〜74歳\t0/68\t11/49\n喫煙あり\t33/70\t28/38\n喫煙なし\t37/70\t10/38\n',
  ];
  it.each(tables)('protected (int: unprotected, exit 2), the oracle pins nothing printed: %s', (text) => {
    const r = result(text);
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    expect(r.tables[0]!.suppression?.passed).toBe(true);
    expectOracle(r, text);
  });
  it('the CLI gives exit 1 (hide and publish), not exit 2', () => {
    const r = spawnSync('node_modules/.bin/node', ['scripts/pubcheck.js', '--content', FIXTURE_CONTENT, '--details', '-'], {
      input: tables[4],
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
  });
  it('random family (zeros, seeds 1461–1470, 100 each): none unprotected (int: 4 of 2,000 over 1461–1480), every table whose zero of ours is hidden holds against the oracle', () => {
    let unprotected = 0;
    let escalated = 0;
    for (let seed = 1461; seed <= 1470; seed++)
      for (const c of zeros(100, seed)) {
        const r = result(c.text);
        if (!r.ok) continue;
        if (r.tables.some((x) => x.suppression?.passed === false)) unprotected++;
        else if (hidesZeroOfOurs(r)) {
          escalated++;
          expectOracle(r, c.text);
        }
      }
    expect(unprotected).toBe(0);
    expect(escalated).toBeGreaterThan(0);
  }, 600_000);
});

describe('2. unprotectable only where every count hidden still pins one: said why', () => {
  // refuse4 `headingTables` (seed 1461): blocks read as the same 30 patients and chance sums (男性 9 = 65歳未満 6 +
  // 65-74歳 3) pin 65-74歳 with every cell hidden.
  const text =
    '\t全体\n性別 (N=30)\t\n男性\t9\n女性\t21\n年齢 (N=30)\t\n65歳未満\t6\n65-74歳\t3\n75歳以上\t21\n喫煙 (N=30)\t\nあり\t9\nなし\t21\nBMI (N=30)\t\n25未満\t2\n25以上\t28\n';
  it('every cell hidden, the audit still fails: exit 2, the message names the structure (int: 「どのセルを秘匿しても」 only)', () => {
    const r = result(text);
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    const t = r.tables[0]!;
    expect(t.suppression?.passed).toBe(false);
    expect(t.suppression?.structural).toBe(true);
    expect(t.status.every((s) => s !== 'published')).toBe(true);
    const cli = spawnSync('node_modules/.bin/node', ['scripts/pubcheck.js', '--content', FIXTURE_CONTENT, '--details', '-'], {
      input: text,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('表のすべてのセルを秘匿しても、表の構造から値が割り出せます');
  });
});
