/**
 * whole68 (issue #11): words the checker reads as a TOTAL that name the whole group of patients (「全対象者」「全例」
 * 「All patients」「患者総数」「総患者数」「All subjects」) over lines sharing patients (ICU 30, 人工呼吸 12, 全例 35: 42 over
 * 35) were refused on eb81e31d (`total/mismatch`, `total/not-sum`) though whole67 read 「患者全体数」 so; now read as
 * the lines' union (read.ts `allNotWhole` → `wholeAsUnion`, `groupUnion`), each line tied at most it, said
 * (`header/union-line`, チェッカーの判断). And any whole read as a union (red60's 「Any」, red61's 「Patients」, whole67's
 * 「患者全体数」) is at most the lines' sum to a reader: not tied on eb81e31d, a hidden line bounded under 10 through a
 * site where the whole and one line are printed (whole68-families.ts `read` 5534: 7 of 20 leaked to means48's
 * `mipAttack` with `union`); now tied (system.ts `nestedWithin`). A sum's bare word (「合計」「Total」「全体」) and a
 * whole under one of its lines stay refused.
 * `ROOT=/tmp/base-whole68 npx vitest run test/pubcheck/whole68.test.ts` runs it against the base (fails).
 */
import { describe, expect, it } from 'vitest';
import { envForFile } from './helpers.ts';
import { mipChecker, wholeTable as table } from './red60-families.ts';
import { OVERLAP as overlap } from './red61-families.ts';
import { apartCases, bareCases, innocentCases, NAMED, namedCases, overCases, readCases } from './whole68-families.ts';

const { result, attack, hiddenOf } = await mipChecker();
const codes = (r: { warnings?: { code: string }[]; errors?: { code: string }[] }) =>
  [...(r.errors ?? []), ...(r.warnings ?? [])].map((w) => w.code);
const union = (whole: string) => ({ ...table(overlap, whole), union: true });

envForFile('NOMEAN');

describe('a total word naming the whole group over lines sharing patients (「全対象者」「All patients」)', () => {
  it('must fail on eb81e31d: read as the union of ICU and Ward, tied, said as the checker’s with a hint; none leaked', () => {
    // NAMED's first nine: 「全対象者」「全例」「All patients」「患者総数」「総患者数」「全患者」「全症例」「All subjects」「Total patients (n)」.
    for (const whole of NAMED.slice(0, 9)) {
      const { r, leaks } = attack(union(whole));
      expect(r.ok, whole).toBe(true);
      expect(codes(r), whole).toContain('header/union-line');
      const said = (r.warnings ?? []).find((w) => w.code === 'header/union-line')!.message;
      expect(said, whole).toContain('チェッカーの判断');
      // (read by `wholeAsUnion`: its hint names the mark for a sum; whole67's `unionLine` says its own)
      if (!/総数|\(n\)/u.test(whole)) expect(said, whole).toContain('「[合計]」');
      expect(leaks, whole).toEqual([]);
    }
  });

  it('must pass: a sum’s bare word (「合計」「Total」「全体」「Overall」), a line marked 「[合計]」, a whole under a line: refused', () => {
    for (const whole of ['合計', 'Total', '全体', 'Overall', '[合計] 全対象者']) {
      const r = result(table(overlap, whole).text);
      expect(r.ok, whole).toBe(false);
      expect(codes(r), whole).toContain('total/mismatch');
    }
    // Site B's 全例 under ICU's 62: no union of them.
    const under = overlap.map((row, i) => (i === 1 ? ([20, row[1], row[2]] as [number, number, number]) : row));
    expect(result(table(under, '全対象者').text).ok).toBe(false);
  });

  it('must fail on eb81e31d: a bare 「Total」 under the lines’ sum names the way out in its hint', () => {
    const r = result(table(overlap, 'Total').text) as { errors?: { code: string; hint?: string }[] };
    expect(r.errors!.some((e) => e.code === 'total/mismatch' && e.hint!.includes('「All patients」'))).toBe(true);
  });

  it('must fail on eb81e31d: family named 5535 (20) read, none leaked; bare 5538 and over 5539 refused as before', () => {
    const named = namedCases(20, 5535).map((c) => attack(c));
    expect(named.filter(({ r }) => !r.ok).length).toBe(0);
    expect(named.filter(({ leaks }) => leaks.length > 0).length).toBe(0);
    expect(bareCases(10, 5538).every((c) => !result(c.text).ok)).toBe(true);
    expect(overCases(10, 5539).every((c) => !result(c.text).ok)).toBe(true);
  }, 120_000);

  it('must fail on eb81e31d: innocents — apart 5536 (20) hidden as on the base; innocent 5537 (20) read where a union fits, none leaked', () => {
    const apart = apartCases(20, 5536).map((c) => attack(c));
    expect(apart.filter(({ r }) => !r.ok).length).toBe(0);
    expect(apart.reduce((a, { r }) => a + hiddenOf(r), 0)).toBe(157);
    const inn = innocentCases(20, 5537).map((c) => attack(c));
    expect(inn.filter(({ leaks }) => leaks.length > 0).length).toBe(0);
    expect([inn.filter(({ r }) => !r.ok).length, inn.reduce((a, { r }) => a + hiddenOf(r), 0)]).toEqual([11, 41]);
  }, 120_000);
});

describe('a whole read as a union is at most the lines’ sum (system.ts `nestedWithin`)', () => {
  it('must fail on eb81e31d: family read 5534 (20, red60/red61/whole67 words, the attacker with the sum): none leaked', () => {
    const read = readCases(20, 5534).map((c) => attack(c));
    expect(read.filter(({ leaks }) => leaks.length > 0).length).toBe(0);
    expect(read.filter(({ r }) => !r.ok).length).toBe(1);
  }, 120_000);
});
