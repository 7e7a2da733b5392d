/**
 * life52 (issue #11): what life50/51 left open in life tables. (1) A note of the censored naming one number for every
 * interval (「※ 打ち切り例は各期間15例」「Censored: 15 in each interval」) or in English (「Censored: 0-6 months 5,
 * 6-12 months 10」), read as life51's where it fits at every step (lifetable.ts `noteCounts`); one number's cells equal
 * in the system (read.ts). (2) Counts before 「0か月」 under no word over fewer than three points: said in the reading's
 * warning (not refused). (3) Two points of another table inside one at-risk interval (「2か月」「4か月」 of 0–6か月):
 * the interval's fall the sum of its columns (`withinGroups`, lifeSpans). Base 850d8f8: (1) refused (`line/count`),
 * (2) unsaid, (3) leaked. Measured with life52-measure.ts (seeds 3031–3035; numbers in the README).
 */
import { describe, expect, it } from 'vitest';
import { fixtureBundle, solver } from './helpers.ts';
import { adversary } from './protection.ts';
import { withinGroups } from '../../src/pubcheck/lifetable.ts';
import { family } from './life52-families.ts';
import { judge } from './life52-measure.ts';

const highs = await solver();
const bundle = fixtureBundle();
const { run, result } = adversary(highs, bundle);
const statusOf = (r: ReturnType<typeof run>, title: string, row: string, col: string) => {
  const t = r.tables.find((x) => x.table.title === title)!;
  const [i, k] = [t.table.rows.findIndex((h) => h.label === row), t.table.cols.findIndex((h) => h.label === col)];
  return t.status[i * t.table.cols.length + k];
};

describe('life52: notes of one number per interval or in English; counts before 0か月; two points in one interval', () => {
  it('「各期間15例」 fitting: read, its cells hidden together where one is (base: line/count)', () => {
    for (const note of ['※ 打ち切り例は各期間15例', 'Censored: 15 in each interval', '* Censored: 15 per interval']) {
      const r = run(`# 表1\n\t0か月\t6か月\t12か月\nリスク集合\t150\t132\t100\nイベント\t3\t17\t20\n\n${note}\n`);
      expect(r.warnings.find((w) => w.code === 'layout/note-censored')?.message).toContain('チェッカーの判断');
      const word = /censor/i.test(note) ? 'Censored' : '打ち切り';
      const [a, b] = [statusOf(r, '注（打ち切り）', word, '0か月'), statusOf(r, '注（打ち切り）', word, '6か月')];
      // 150 − 132 − 15 = 3: the note's 15 hidden, and once hidden in every interval (one number).
      expect(a).not.toBe('published');
      expect(b).not.toBe('published');
    }
  });
  it('English 「Censored: 0-6 months 5, 6-12 months 10」 fitting: read, the small 5 hidden (base: line/count)', () => {
    const r = run(
      '# 表1\n\t0 months\t6 months\t12 months\nNumber at risk\t120\t102\t80\nEvents\t13\t12\t20\n\nCensored: 0-6 months 5, 6-12 months 10\n',
    );
    expect(r.warnings.some((w) => w.code === 'layout/note-censored')).toBe(true);
    expect(statusOf(r, '注（打ち切り）', 'Censored', '0 months')).toBe('primary');
    expect(statusOf(r, '表1', 'Events', '0 months')).not.toBe('published');
  });
  it('not fitting, a number besides, two 「各期間」, an interval missing: refused as before, the hint naming both forms', () => {
    const TABLE = '# 表1\n\t0か月\t6か月\t12か月\nリスク集合\t150\t132\t100\nイベント\t3\t17\t20\n';
    for (const note of [
      '※ 打ち切り例は各期間14例',
      '※ 打ち切り例は各期間15例（除外 2例）',
      '※ 打ち切り例は各期間15例、各期間15例',
      'Censored: 0-6 months 15',
      'Censored: 0-6 months 15, 6-12 months 16',
    ]) {
      const r = result(`${TABLE}\n${note}\n`);
      expect(!r.ok && r.errors.map((e) => e.code)).toEqual(['line/count']);
      expect(!r.ok && r.errors[0]!.hint).toContain('各期間3例');
    }
  });
  it('counts at 「0か月」 under no word over two steps: said in the reading (base: unsaid), not refused', () => {
    const r = run('# 表1\n\t0か月\t6か月\t12か月\n人数\t120\t100\t80\nイベント\t3\t12\t5\n打ち切り\t4\t8\t15\n');
    expect(r.warnings.find((w) => w.code === 'table/life-table')?.message).toContain('「0か月」の7は追跡開始より前の数');
  });
  it('withinGroups: two points inside one interval grouped; each in its own interval is within’s', () => {
    expect(withinGroups(['0 month', '6 month', '12 month'], ['2 month', '4 month', '8 month'])).toEqual([
      { i0: 0, cols: [0, 1] },
      { i0: 1, cols: [2] },
    ]);
    expect(withinGroups(['0 month', '6 month', '12 month'], ['4 month', '8 month'])).toBeUndefined();
    expect(withinGroups(['0 month', '6 month', '12 month'], ['4 month', '6 month'])).toBeUndefined();
  });
  it('two points inside one interval: tied, no hidden count given back (base: the 3 left alone, given back)', () => {
    const r = run(
      '# 表1\n\t0か月\t6か月\t12か月\nリスク集合\t120\t90\t60\n\n# 表2\n\t2か月\t4か月\t8か月\nイベント\t10\t12\t14\n打ち切り\t3\t5\t16\n',
    );
    expect(r.warnings.some((w) => w.code === 'table/life-table' && w.message.includes('表2'))).toBe(true);
    expect(statusOf(r, '表2', '打ち切り', '2か月')).toBe('primary');
    const shown = [
      ['イベント', '2か月'],
      ['イベント', '4か月'],
      ['打ち切り', '4か月'],
    ].filter(([row, col]) => statusOf(r, '表2', row!, col!) === 'published');
    expect(shown.length).toBeLessThan(3);
  });
  it('families (seeds 3031–3032, 5 each): notes read, none leaks; two points in one interval none leaks', () => {
    for (const kind of ['life/note-each', 'life/note-english', 'life/within-two'] as const) {
      const seen = { refused: 0, leaked: 0, held: 0 };
      for (let seed = 3031; seed <= 3032; seed++)
        for (const c of family(kind, 5, seed)) seen[judge(c, 'threshold').verdict as keyof typeof seen]++;
      expect(seen.leaked).toBe(0);
      expect(seen.held).toBe(10);
    }
  });
});
