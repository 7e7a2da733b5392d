/**
 * means59 (issue #11): 「All」 beside other lines, and nesting named by a bare compound of the whole.
 *
 * - 「All」 under the sum of the lines beside it at some site (read.ts `allNotWhole`): a3601f36 read it as the total
 *   (header.ts) and refused the table (`total/mismatch`); it cannot be their whole, so it is read as an item line and
 *   said (`header/all-item`, チェッカーの判断). 「All」 at least the sum everywhere (a whole with a line left out) is refused
 *   as before; 「All」 the sum is the total as before.
 * - A line inside a whole that is a TOTAL line (「All, of whom died」 inside the total 「All」): system.ts `nestedAcross`
 *   took item lines only as wholes; a3601f36 gave a small 「All」 back to a reader taking the nesting.
 * - Nesting named by a bare compound (「入院死亡」「手術死亡」「ICU死亡」「Surgical deaths」 beside 「入院」「手術」「ICU」
 *   「Surgery」 lines): system.ts `partOfLabel` read none of these (a3601f36: 8 of 100 bareNest tables leaked).
 * The attacker is means48's `mipAttack` (HiGHS MIP, written apart from the engine, taking the nesting the label names).
 * `ROOT=/tmp/means59-base npx vitest run test/pubcheck/means59.test.ts` runs it against the base (fails).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { mipAttack, type MipCase } from './means48-families.ts';
import { allCases, bareNest, innocentNest } from './means59-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

const ROOT = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
const { check, highs, bundle } = await checkerOfRoot();
const { toReport } = (await import(`${ROOT}/src/pubcheck/report.ts`)) as { toReport: (r: unknown, b: unknown, d: Date) => Reported };
const { partOfLabel } = (await import(`${ROOT}/src/pubcheck/system.ts`)) as { partOfLabel: (part: string, whole: string) => boolean };
type Result = Checked & { errors?: { code: string; message: string }[]; warnings?: { code: string; message: string }[] };
const result = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Result;
const reported = (r: Result) => (r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined);
const attack = (c: MipCase) => {
  const r = result(c.text);
  return { r, leaks: mipAttack(c, r, reported(r), highs) };
};
const codes = (r: Result, kind: 'errors' | 'warnings') => (r[kind] ?? []).map((e) => e.code);

beforeAll(() => {
  process.env.NOMEAN = '1';
});
afterAll(() => {
  delete process.env.NOMEAN;
});

/** 表1 All | ICU | Ward by site, 表2 「All, of whom died」 | Ward deaths. */
function allTable(all: number[], icu: number[], ward: number[], died: number[]): MipCase {
  const groups = ['Site A', 'Site B', 'Site C'];
  const t1 = ['\tAll\tICU\tWard', ...groups.map((g, i) => `${g}\t${all[i]}\t${icu[i]}\t${ward[i]}`)].join('\n');
  const t2 = ['\tAll, of whom died\tWard deaths', ...groups.map((g, i) => `${g}\t${died[i]}\t${[4, 11, 14][i]}`)].join('\n');
  return {
    family: 'fixture',
    text: `# Table 1\n${t1}\n\n# Table 2\n${t2}\n`,
    transposed: false,
    groups,
    totalLabel: 'Total',
    total: false,
    countLines: [
      { label: 'All', table: 0 },
      { label: 'All, of whom died', table: 1 },
    ],
    counts: groups.map((_, i) => [all[i]!, died[i]!]),
    sum: { label: '', table: 0, values: [], total: 0 },
    mean: { label: '', table: 0, values: [], total: '', perPatient: false },
    free: false,
  };
}

describe('「All」 beside other lines', () => {
  it('under the sum at one site (6 < 14 + 33): read as an item line, said as チェッカーの判断, nothing given back (a3601f36: refused)', () => {
    const c = allTable([25, 6, 31], [5, 14, 8], [40, 33, 52], [12, 4, 20]);
    const { r, leaks } = attack(c);
    expect(r.ok).toBe(true);
    const said = (r.warnings ?? []).filter((w) => w.code === 'header/all-item').map((w) => w.message);
    expect(said.join()).toContain('チェッカーの判断');
    expect(said.join()).toContain('列「All」');
    expect(leaks).toEqual([]);
  });

  it('read as an item, where it equals the others by chance (Site A 43 = 3 + 40) that position is held as a sum: ICU 3 not given back', () => {
    const r = result('# Table 1\n\tAll\tICU\tWard\nSite A\t43\t3\t40\nSite B\t6\t14\t33\nSite C\t31\t18\t52\n');
    expect(r.ok).toBe(true);
    const status = r.tables![0]!.status;
    expect(status[1]).not.toBe('published');
    expect(status.slice(0, 3).filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(2);
  });

  it('must pass: 「All」 the sum of ICU + Ward is the total, no word of an item', () => {
    const r = result(allTable([45, 47, 60], [5, 14, 8], [40, 33, 52], [12, 4, 20]).text);
    expect(r.ok).toBe(true);
    expect(codes(r, 'warnings')).not.toContain('header/all-item');
  });

  it('must fail: 「All」 at least the sum everywhere and over it at one site (a line left out): refused as before', () => {
    const r = result(allTable([45, 50, 60], [5, 14, 8], [40, 33, 52], [12, 4, 20]).text);
    expect(r.ok).toBe(false);
    expect(codes(r, 'errors')).toContain('total/mismatch');
  });

  it('must fail: 「Total」 under its parts is still refused (only the bare 「All」 names a population)', () => {
    const r = result(allTable([25, 6, 31], [5, 14, 8], [40, 33, 52], [12, 4, 20]).text.replace('\tAll\tICU', '\tTotal\tICU'));
    expect(r.ok).toBe(false);
  });

  it('the total 「All」 with 「Died among all」 inside it (allCases 4071 #80): the small All not bounded under 10 (a3601f36: ≤ 7)', () => {
    const c = allCases(100, 4071)[80]!;
    expect(c.family).toBe('all/whole');
    expect(attack(c).leaks).toEqual([]);
  });

  it('allCases (seed 4077, 100 tables): none given back; apart read, over refused, whole read', () => {
    const rows = new Map<string, { runs: number; refused: number; leaked: number }>();
    for (const c of allCases(100, 4077)) {
      const { r, leaks } = attack(c);
      const x = rows.get(c.family) ?? { runs: 0, refused: 0, leaked: 0 };
      rows.set(c.family, x);
      x.runs++;
      if (!r.ok) x.refused++;
      if (leaks.length > 0) x.leaked++;
    }
    for (const [, x] of rows) expect(x.leaked).toBe(0);
    expect(rows.get('all/apart')!.refused).toBe(0);
    expect(rows.get('all/whole')!.refused).toBe(0);
    expect(rows.get('all/over')!.refused).toBe(rows.get('all/over')!.runs);
  }, 600_000);
});

describe('nesting named by a bare compound of the whole', () => {
  it('partOfLabel reads the whole run on to a word of death, and the adjective of the whole then deaths', () => {
    for (const [p, w] of [
      ['入院死亡', '入院'],
      ['手術死亡数', '手術'],
      ['ICU死亡', 'ICU'],
      ['ICU死亡例', 'ICU'],
      ['Surgical deaths', 'Surgery'],
      ['Surgical death', 'Surgery'],
      ['Emergency deaths', 'Emergency'],
    ])
      expect(partOfLabel(p!, w!), p).toBe(true);
  });

  it('must pass: labels only beginning with the whole, or naming another whole, are no nesting', () => {
    for (const [p, w] of [
      ['入院日数', '入院'],
      ['外来死亡', '入院'],
      ['入院死亡率', '入院'],
      ['死亡', '入院'],
      ['Surgical days', 'Surgery'],
      ['Surgery', 'Surgery'],
      ['Deaths', 'Surgery'],
    ])
      expect(partOfLabel(p!, w!), p).toBe(false);
  });

  it('bareNest 4072 #2 #23 #32 #39 #62 #92 #98: none given back (a3601f36: every one)', () => {
    const cases = bareNest(100, 4072);
    for (const k of [2, 23, 32, 39, 62, 92, 98]) expect(attack(cases[k]!).leaks, `#${k}`).toEqual([]);
  }, 600_000);

  it('bareNest (seed 4078, 100 tables) none given back, none refused; innocentNest (4079, 60) none refused', () => {
    let [leaked, refused] = [0, 0];
    for (const c of bareNest(100, 4078)) {
      const { r, leaks } = attack(c);
      if (!r.ok) refused++;
      if (leaks.length > 0) leaked++;
    }
    expect([leaked, refused]).toEqual([0, 0]);
    for (const c of innocentNest(60, 4079)) expect(result(c.text).ok).toBe(true);
  }, 600_000);
});
