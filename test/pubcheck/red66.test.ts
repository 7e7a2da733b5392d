/**
 * red66 (issue #11): a red team of what earlier rounds built and never attacked (red66-families.ts).
 * - red61's `namesWholeGroup` read the whole group's bare word only: 「Patients (n)」「対象患者数」「No. of patients」 over
 *   「ICU」「Ward」 sharing patients were no union, and a small site came back from means48's `mipAttack` (whole 5350/5351:
 *   13 + 9 of 200 leaked on 121a65ac). Now the word once a count's mark is set aside (overtotal.ts `wholeGroupWord`).
 * - rede62's cumulative columns were read only where every column sat at an at-risk point: one more (「3か月」 between,
 *   「15か月」 past the last) left them unread and 「6か月」's 死亡 was the fall less 打ち切り (cum 5362: 12 of 60). Now the
 *   columns at the at-risk points are read so where the lines rise along every column (lifetable.ts `lifeSpans`, `rise`).
 * - A fall over THREE lines or more (「死亡」「打ち切り」「転院」, 「その他」, 「区分A」…) was read by no one line or pair
 *   (lifetable.ts `pairs` and `lifeSpans`' sets, life62 `pairOf`): three 5370 84 of 90 leaked. Now sets of three lines
 *   or more of a table of up to 8 lines (`largerSets`), under life38–62's rules.
 * `ROOT=/tmp/base-red66 npx vitest run test/pubcheck/red66.test.ts` runs it against the base (fails).
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, envForFile } from './helpers.ts';
import { mipChecker, wholeTable as table } from './red60-families.ts';
import { OVERLAP as overlap } from './red61-families.ts';
import { cumCases, cumLeak, threeCases, threeLeak, wholeCases, wholeInnocentCases, type ThreeCase } from './red66-families.ts';

const { result, attack, hiddenOf } = await mipChecker();
const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const codes = (r: { warnings?: { code: string }[] }) => (r.warnings ?? []).map((w) => w.code);

envForFile('NOMEAN');

describe('the whole group with a count mark (「Patients (n)」「対象患者数」)', () => {
  it('must fail on 121a65ac: 「Patients (n)」「Patients, n」「対象患者数」 over ICU and Ward sharing patients: tied, said', () => {
    for (const whole of ['Patients (n)', 'Patients, n', '対象患者数', 'n of patients', 'Enrolled', 'Patients no.', '患者全体']) {
      const { r, leaks } = attack(table(overlap, whole));
      expect(r.ok, whole).toBe(true);
      expect(codes(r), whole).toContain('header/union-line');
      expect(leaks, whole).toEqual([]);
    }
  });

  it('must pass: 「Admissions (n)」 (no whole group) is no union', () => {
    const r = result(table(overlap, 'Admissions (n)').text);
    expect(codes(r)).not.toContain('header/union-line');
  });

  it('must fail on 121a65ac: family whole 5350 (30): none leaked; innocent 5353 (30): hidden as on the base', () => {
    const leaked = wholeCases(30, 5350).filter((c) => attack(c).leaks.length > 0).length;
    expect(leaked).toBe(0);
    const inn = wholeInnocentCases(30, 5353).map((c) => attack(c));
    expect(inn.filter(({ leaks }) => leaks.length > 0).length).toBe(0);
    expect(inn.filter(({ r }) => !r.ok).length).toBe(0);
    expect(inn.reduce((a, { r }) => a + hiddenOf(r), 0)).toBe(133);
  });
});

describe('cumulative columns beside a column at no at-risk point', () => {
  it('must fail on 121a65ac: 表2 at 3/6/12ヶ月 beside 表1 at 0/6/12ヶ月: 6ヶ月 and 12ヶ月 read from 0ヶ月, said as ours', () => {
    const text =
      '# 表1\n\t0ヶ月\t6ヶ月\t12ヶ月\n人数\t122\t94\t53\n\n# 表2 累積の内訳\n\t3ヶ月\t6ヶ月\t12ヶ月\nイベント\t1\t3\t23\n打ち切り\t12\t25\t46\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const said = (r.warnings ?? []).filter((w) => w.code === 'table/life-table').map((w) => w.message);
    expect(said.join()).toContain('累積');
    expect(said.join()).toContain('チェッカーの推定');
    // 3 = 28 − 25 (the fall over 0–6ヶ月 less 打ち切り): hidden with a partner.
    const s2 = r.tables[1]!.status;
    expect([s2[1], s2[4]].filter((s) => s !== 'published').length).toBe(2);
  });

  it('must fail on 121a65ac: family cum 5362 (60): none leaked', () => {
    const leaked = cumCases(60, 5362).filter((c) => {
      const r = run(c.text);
      return r.ok && cumLeak(c, r.tables[0]!.status, r.tables[1]!.status);
    }).length;
    expect(leaked).toBe(0);
  });

  it('must pass: innocent 5361 (40): refused and hidden as on the base', () => {
    const rs = cumCases(40, 5361, true).map((c) => run(c.text));
    expect(rs.filter((r) => !r.ok).length).toBe(14);
    expect(
      rs.reduce((a, r) => a + (r.ok ? r.tables.reduce((b, t) => b + t.status.filter((s) => s !== 'published').length, 0) : 0), 0),
    ).toBe(55);
  });
});

describe('a fall over three lines or more', () => {
  const leakOf = (c: ThreeCase) => {
    const r = run(c.text);
    if (!r.ok) return false;
    const [L, P] = [c.intervals[0]!.cells.length, c.intervals.length + 1];
    const status = r.tables.map((t) =>
      c.kind.startsWith('own/') && t.status.length === L * P ? [...Array<string>(P).fill('published'), ...t.status] : t.status,
    );
    return threeLeak(c, status);
  };

  it('must fail on 121a65ac: one column 死亡 4 + 打ち切り 20 + 転院 22 = 300 − 254: tied, 死亡 hidden with a partner', () => {
    const text = '# 表1\n\t0か月\t6か月\t12か月\n人数\t300\t254\t200\n\n# 表2\n\t6か月\n死亡\t4\n打ち切り\t20\n転院\t22\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(codes(r)).toContain('table/life-table');
    expect(r.tables[1]!.status.filter((s) => s !== 'published').length).toBe(2);
  });

  it('must fail on 121a65ac: 区分A–C under no word over three intervals: said as ours', () => {
    const text =
      '# 表1\n\t0か月\t6か月\t12か月\t18か月\n人数\t300\t254\t200\t170\n\n# 表2\n\t0-6か月\t6-12か月\t12-18か月\n区分A\t4\t20\t10\n区分B\t20\t15\t10\n区分C\t22\t19\t10\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(codes(r)).toContain('table/life-table');
    expect(r.tables[1]!.status.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(2);
  });

  it('must fail on 121a65ac: the lines in the at-risk table itself (人数 read as each point N)', () => {
    const text =
      '# 表1\n\t0か月\t6か月\t12か月\t18か月\n人数\t300\t254\t200\t170\n死亡\t4\t20\t10\t0\n打ち切り\t20\t15\t10\t0\n転院\t22\t19\t10\t0\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(codes(r)).toContain('table/life-table');
    expect(r.tables[0]!.status.filter((s) => s !== 'published').length).toBeGreaterThanOrEqual(2);
  });

  it('must fail on 121a65ac: family three 5370 (45): none leaked', () => {
    expect(threeCases(45, 5370).filter(leakOf).length).toBe(0);
  });

  it('must pass: innocent 5371 (45): none refused, hidden as on the base', () => {
    const rs = threeCases(45, 5371, true).map((c) => run(c.text));
    expect(rs.filter((r) => !r.ok).length).toBe(0);
    expect(
      rs.reduce((a, r) => a + (r.ok ? r.tables.reduce((b, t) => b + t.status.filter((s) => s !== 'published').length, 0) : 0), 0),
    ).toBe(53);
  });
});
