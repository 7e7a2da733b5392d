/**
 * life51 (issue #11): a note of the censored under a life table (「※ 打ち切り: 0-6か月 15例、6-12か月 5例」) naming each
 * interval of the table's at-risk line once, its counts fitting at-risk(t) − events − censored = at-risk(t+1) at every
 * step, read as a table of its own (「注（打ち切り）」, lifetable.ts `censoredNotes`), its cells protected as any (a small
 * one hidden), said `layout/note-censored` (チェッカーの判断). Refused on base 85f8705 (`line/count`). Measured with
 * life50-measure.ts (`npx node test/pubcheck/life50-measure.ts 10 2936,…,2940 life/note-censored`; numbers in the
 * README's life tables section).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { family } from './life50-families.ts';
import { judge } from './life50-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run, result } = adversary(highs, bundle);
const TABLE = '# 表1\n\t0か月\t6か月\t12か月\nリスク集合\t120\t102\t80\nイベント\t13\t12\t20\n';
const cellOf = (r: ReturnType<typeof run>, title: string, row: string, col: string) => {
  const t = r.tables.find((x) => x.table.title === title)!;
  const [i, k] = [t.table.rows.findIndex((h) => h.label === row), t.table.cols.findIndex((h) => h.label === col)];
  return t.status[i * t.table.cols.length + k];
};

describe('life51: the censored in a note, read where it fits exactly', () => {
  it('each interval once, fitting: read as 「注（打ち切り）」, its small count hidden (base: refused, line/count)', () => {
    for (const blank of ['\n', '']) {
      const r = run(`${TABLE}${blank}※ 打ち切り: 0-6か月 5例、6-12か月 10例\n`);
      expect(r.warnings.find((w) => w.code === 'layout/note-censored')?.message).toContain('チェッカーの判断');
      expect(cellOf(r, '注（打ち切り）', '打ち切り', '0か月')).toBe('primary');
      expect(cellOf(r, '注（打ち切り）', '打ち切り', '6か月')).toBe('published');
      // The event beside the hidden 5 hidden too: 120 − 102 = 18 gives the pair's sum.
      expect(cellOf(r, '表1', 'イベント', '0か月')).not.toBe('published');
      expect(r.warnings.some((w) => w.code === 'table/life-table')).toBe(true);
    }
  });
  it('the points down the first column, 「注：打ち切り例は0-6か月で5例、…」: read the same', () => {
    const r = run(
      '# 表1\n時点\tリスク集合\tイベント\n0か月\t120\t13\n6か月\t102\t12\n12か月\t80\t20\n注：打ち切り例は0-6か月で5例、6-12か月で10例\n',
    );
    expect(cellOf(r, '注（打ち切り）', '打ち切り', '0か月')).toBe('primary');
  });
  it('not fitting at one step, an interval missing or named twice, or 「各期間」: refused as before (line/count)', () => {
    for (const note of [
      '※ 打ち切り: 0-6か月 6例、6-12か月 10例',
      '※ 打ち切り: 0-6か月 5例',
      '※ 打ち切り: 0-6か月 5例、0-6か月 5例、6-12か月 10例',
      '※ 打ち切り: 0-3か月 5例、3-12か月 10例',
      '※ 打ち切り例は各期間5例',
      '※ 打ち切り: 0-6か月 5例、6-12か月 10例（ほかに除外 2例）',
    ]) {
      const r = result(`${TABLE}\n${note}\n`);
      expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['line/count']);
    }
  });
  it('life50 family (seeds 2936–2940, 2 each): the notes naming each interval read, none leaks', () => {
    const seen = { refused: 0, leaked: 0, held: 0 };
    for (let seed = 2936; seed <= 2940; seed++)
      for (const c of family('life/note-censored', 2, seed)) seen[judge(c, 'threshold').verdict as keyof typeof seen]++;
    expect(seen.leaked).toBe(0);
    expect(seen.held).toBeGreaterThanOrEqual(9);
  });
});
