/**
 * ext74 (issue #11): a sum's bare word (「合計」「Total」「全体」「Overall」「計」) over lines sharing patients (ICU 30,
 * 人工呼吸 12, 合計 35) was refused on 2b87fdfb (`total/mismatch`, whole68). Now read as their union where `unionOf`
 * holds (read.ts `groupUnion` → `wholeAsUnion`, said チェッカーの推定 with 「全患者」「All patients」 as the hint), the
 * union reader's bounds tied (system.ts `nestedWithin`), and a reader taking the 合計 for their exact sum checked after
 * the suppression (check.ts `bareSumSlips`): refused in words where that reading leaves a small hidden count under the
 * threshold. Judged by both readers (ext74-families.ts `bothAttack`: means48's `mipAttack` with `union`, `sumAttack`).
 * `ROOT=/tmp/base-ext74 npx vitest run test/pubcheck/ext74.test.ts` runs it against the base (fails).
 */
import { describe, expect, it } from 'vitest';
import { apartCases, bareCases, bothAttack, innocentCases, overCases } from './ext74-families.ts';
import { checkerOfRoot, envForFile } from './helpers.ts';
import type { MipCase } from './means48-families.ts';
import { wholeTable } from './red60-families.ts';
import type { Checked, Reported } from './stats39-families.ts';

envForFile('NOMEAN');
const ROOT = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
const { check, highs, bundle } = await checkerOfRoot();
const { toReport } = (await import(`${ROOT}/src/pubcheck/report.ts`)) as { toReport: (r: unknown, b: unknown, d: Date) => Reported };
type Result = Checked & { errors?: { code: string; message: string; hint?: string }[]; warnings?: { code: string; message: string }[] };
const result = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 }) as Result;
const run = (cases: MipCase[]) =>
  cases.map((c) => {
    const r = result(c.text);
    const leaks = bothAttack(c, r, r.ok ? toReport(r, bundle, new Date('2026-12-05T00:00:00Z')) : undefined, highs);
    return { r, leaks };
  });
const tally = (runs: ReturnType<typeof run>) => ({
  refused: runs.filter(({ r }) => !r.ok).length,
  leaked: runs.filter(({ leaks }) => leaks.length > 0).length,
  hidden: runs.reduce((a, { r }) => a + (r.tables ?? []).reduce((b, t) => b + t.status.filter((s) => s !== 'published').length, 0), 0),
});

describe('a bare 「合計」 over lines sharing patients (ext74)', () => {
  it('must fail on 2b87fdfb: read as their union, said as the checker’s estimate with 「全患者」 as the hint; none leaked', () => {
    // ICU and Ward share patients at every site, no count small: 合計 at each line or more, under their sum.
    const rows: [number, number, number][] = [
      [40, 30, 25],
      [52, 40, 30],
      [35, 20, 28],
    ];
    for (const word of ['合計', 'Total', '全体', 'Overall']) {
      const c = wholeTable(rows, word);
      const { r, leaks } = run([c])[0]!;
      expect(r.ok, word).toBe(true);
      const said = (r.warnings ?? []).find((w) => w.code === 'header/union-line')!.message;
      expect(said, word).toContain('チェッカーの推定');
      expect(said, word).toContain('「全患者」');
      expect(leaks, word).toEqual([]);
    }
  }, 60_000);

  it('must fail on 2b87fdfb: family bare 5900 (30) — 16 read, none leaked to the union reader or the sum reader', () => {
    const runs = run(bareCases(30, 5900));
    expect(tally(runs)).toEqual({ refused: 14, leaked: 0, hidden: 104 });
    // A refusal for the sum's reader says so, as the checker's, with the way out.
    const slip = runs.flatMap(({ r }) => r.errors ?? []).find((e) => e.message.includes('内訳の和と読む人'));
    expect(slip?.code).toBe('total/mismatch');
    expect(slip?.message).toContain('チェッカーの判断');
    expect(slip?.hint).toContain('「All patients」');
  }, 300_000);

  it('must fail on 2b87fdfb: innocents 5900 (30, a line of its own) read where a union fits, none leaked; over 5901 refused', () => {
    expect(tally(run(innocentCases(30, 5900)))).toEqual({ refused: 21, leaked: 0, hidden: 58 });
    expect(overCases(10, 5901).every((c) => !result(c.text).ok)).toBe(true);
  }, 300_000);

  it('must pass: apart 5900 (30, no patient shared: the 合計 their sum) as on the base', () => {
    expect(tally(run(apartCases(30, 5900)))).toEqual({ refused: 1, leaked: 0, hidden: 256 });
  }, 300_000);
});
