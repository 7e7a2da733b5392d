/**
 * life42 (issue #11): what life40 left open over one step under no word, and the cost of `line/maybe-at-risk`.
 * Measured with life42-measure.ts (`npx node test/pubcheck/life42-measure.ts 10 2071,…,2080`: 100 cases per family;
 * "main" is 9cae2f7, `ROOT=<its tree>`):
 * - `life/later-one`, `life/later-across` (at risk under 「人数」「n」, two lines under no word, over two points after
 *   follow-up's start, 「3か月」「6か月」「1年」「2年」): main leaked 100 of 100 under each protection, now 0. A reader of the
 *   published cells (life42-guess.ts 100 2071, on main) gets 100 of the 200 hidden small counts right and none wrong,
 *   and on 200 ordinary tables over the same or start points none right (1 wrong of 331): as from 「0か月」 (life40).
 * - `life/two-arms` (two arms in one table, the small count's arm not the largest line): main leaked 99 of 100 (a
 *   reader who knows the arms), now 0 (arm by arm: the largest arm set aside, every set that fits its fall pushed).
 * - `line/maybe-at-risk` (a lone at-risk line under no word): said on 137 of life40-chance's 600 tables from 「0か月」
 *   on main, now 9 (every other line must never rise, be no larger or say it accumulates); life40's `life/alone` 100 of
 *   100 warned on main and now; `life/alone-beside` (beside another arm, a line among them, the events so far): 100 of
 *   100 said or refused on main and now.
 * Cost: life42-chance.ts 1000 2071 (two-point tables over later points, calendar years, six lines, across): none read
 * on main or now, one table hides another cell (the same count); life37/38-chance identical; life40-chance: the same
 * hidden cells, only the notes above.
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, int, lcg, pick, solver } from './helpers.ts';
import { adversary, hiddenLabels } from './protection.ts';
import { ALONE, family, KINDS } from './life42-families.ts';
import { judge } from './life42-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run } = adversary(highs, bundle);
const said = (r: ReturnType<typeof run>, code: string) => r.warnings.filter((w) => w.code === code);

describe('life42: one step under no word from a time point after follow-up starts, and arm by arm', () => {
  it('人数 over 3か月 and 6か月 falling by two lines: read, the small count hidden with a complement (main: alone)', () => {
    const r = run('\t3か月\t6か月\n人数\t120\t102\n区分1\t3\t25\n区分2\t15\t17\n');
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
    expect(said(r, 'table/life-table').length).toBe(1);
    // life44: calendar years read alike where possible as a life table (not read before life44: a reader took the count
    // back alike, life44-guess.ts); not where the last year's lines outnumber the largest (life38's chance table).
    expect(said(run('\t2023年\t2024年\n人数\t120\t102\n区分1\t3\t25\n区分2\t15\t17\n'), 'table/life-table').length).toBe(1);
    expect(said(run('\t2023年\t2024年\n区分1\t40\t30\n区分2\t4\t12\n区分3\t6\t20\n'), 'table/life-table')).toEqual([]);
  });
  it('two arms: the smaller arm read once the larger is set aside (main: its small count alone)', () => {
    const r = run('\t0か月\t6か月\nA群\t99\t74\nA群a\t9\t25\nA群b\t16\t18\nB群\t138\t92\nB群a\t31\t19\nB群b\t15\t11\n');
    expect(hiddenLabels(r, 0).length).toBeGreaterThanOrEqual(2);
    expect(said(r, 'table/life-table')[0]!.message).toContain('「A群」が「A群a」と「A群b」の分だけ');
  });
});

describe('life42: line/maybe-at-risk only where the table reads as numbers at risk', () => {
  it('not said where another line rises above the falling one (counts per period: main said it)', () => {
    expect(said(run('\t0か月\t6か月\t12か月\n区分1\t40\t35\t30\n区分2\t10\t38\t55\n'), 'line/maybe-at-risk')).toEqual([]);
  });
  it('said beside another arm, a line among those at risk, the events so far, or a line said events', () => {
    for (const beside of ['B群\t118\t100\t90', 'うち男性\t60\t48\t44', '累積イベント\t0\t20\t40', 'イベント\t13\t15\t100'])
      expect(said(run(`# 図1\n\t0か月\t6か月\t12か月\nA群\t120\t97\t92\n${beside}\n`), 'line/maybe-at-risk').length).toBe(1);
  });
  it('ordinary tables over 0か月… (life40-chance shapes, seed 2071): said on none (main: 11 of 40)', () => {
    const next = lcg(2071);
    let n = 0;
    for (let t = 0; t < 40; t++) {
      const points = Array.from({ length: int(next, 3, 5) }, (_, k) => `${k * 6}か月`);
      const lines = Array.from({ length: int(next, 3, 8) }, (_, i) => `${pick(next, ['区分', '群', '施設'])}${i + 1}`);
      const text = [['', ...points].join('\t'), ...lines.map((l) => [l, ...points.map(() => int(next, 0, 60))].join('\t'))].join('\n');
      if (said(run(`${text}\n`), 'line/maybe-at-risk').length) n++;
    }
    expect(n).toBe(0);
  });
});

describe('life42 families (seeds 2071–2080, 1 each)', () => {
  it.each(KINDS)('%s: none refused, none leaks', (kind) => {
    const seen = { refused: 0, leaked: 0, held: 0 };
    for (let seed = 2071; seed <= 2080; seed++)
      for (const c of family(kind, 1, seed))
        for (const p of ['threshold', 'not-exact'] as const) seen[judge(c, p).verdict as keyof typeof seen]++;
    expect(seen).toEqual({ refused: 0, leaked: 0, held: 20 });
  });
  it.each(ALONE)('%s: every lone line said or refused', (kind) => {
    for (let seed = 2071; seed <= 2080; seed++)
      for (const c of family(kind, 1, seed)) expect(judge(c, 'threshold').verdict).not.toBe('silent');
  });
});
