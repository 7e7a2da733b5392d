/**
 * sizes55 (issue #11): sizes.ts `pinnedSmall` (`percent/line-n`). (a) The sums of the lines' Ns found once per table
 * and each line's largest N searched from the top: the same answers as the search it replaces (sizes55-reference.ts,
 * `before`) where that one searched sums (N up to 3,000, 8 lines). (b) Past a table N of 3,000 each column was judged
 * alone (any N up to the table's): columns whose Ns are parts of the table's (n/2, n/3, n/7, n/42) in two-decimal
 * shares fit few Ns, the small column's N is what they leave, and its 4.3% a count under 10 — read, nothing hidden,
 * on 4ebba5ca. The family (sizes55-families.ts) against `lineAttack`, written apart from the checker.
 */
import { describe, expect, it } from 'vitest';
import { pinnedSmall } from '../../src/pubcheck/sizes.ts';
import type { Cell } from '../../src/pubcheck/types.ts';
import { checkerOfRoot, codesOf, lcg } from './helpers.ts';
import { lineAttack, sizes55Cases } from './sizes55-families.ts';
import { pinnedSmallBefore as before } from './sizes55-reference.ts';

const cell = (percent: number, decimals: number): Cell => ({
  row: 0,
  col: 0,
  text: `${percent}%`,
  line: 1,
  value: { kind: 'percent', percent, decimals },
});

/** Random lines of shares: each of its own N (the Ns adding up to n, or not), small counts among them. */
function randomLines(next: () => number): { lines: Cell[][]; n: number } {
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  const L = int(2, 6);
  const n = int(20, 1_200);
  const lines: Cell[][] = [];
  for (let j = 0; j < L; j++) {
    const m = next() < 0.7 ? Math.max(1, Math.floor(n / L) + int(-20, 20)) : int(1, n);
    const R = int(2, 5);
    const w = Array.from({ length: R }, () => (next() < 0.3 ? 0.05 : next()));
    const t = w.reduce((a, b) => a + b, 0);
    const k = w.map((x) => Math.floor((x / t) * m));
    k[0]! += m - k.reduce((a, b) => a + b, 0);
    const d = int(0, 2);
    lines.push(k.map((x) => cell(Number(((100 * x) / m).toFixed(d)), d)));
  }
  return { lines, n };
}

describe('sizes55 (a): the sums found once, the largest N from the top — the same answers', () => {
  it('as 4ebba5ca on 400 random tables of up to 6 lines under N ≤ 1,200 (seed 3450)', () => {
    const next = lcg(3450);
    let pinned = 0;
    for (let t = 0; t < 400; t++) {
      const { lines, n } = randomLines(next);
      const old = before(lines, n, 10);
      expect(pinnedSmall(lines, n, 10), `table ${t}`).toBe(old);
      if (old) pinned++;
    }
    expect(pinned).toBeGreaterThan(20);
  });
});

// Seed 3450 #1 of the class family: Ns 424 + 1272 + 212 + 1908 = 3816 (n/9, n/3, n/18, n/2); Control's 3.3% is 7 of 212.
const CLASS_TABLE = [
  '対象患者 (N=3816)\tDrug\tPlacebo\tControl\tOther',
  '肺炎\t32.783%\t21.78%\t24.1%\t24.948%',
  '心不全\t12.500%\t9.75%\t31.6%\t21.908%',
  '脳梗塞\t12.736%\t15.72%\t27.4%\t21.279%',
  '腎不全\t19.575%\t25.79%\t3.3%\t12.631%',
  'その他\t22.406%\t26.97%\t13.7%\t19.235%',
].join('\n');
/** Every share to one decimal (many Ns fit each column: the small column's N left large). */
const oneDecimal = (text: string) => text.replace(/(\d+\.\d+)%/g, (_, p: string) => `${Number(p).toFixed(1)}%`);

describe('sizes55 (b): a table N past 3,000 — the columns Ns searched as adding up to it', () => {
  it('the class family (seed 3451 × 30): refused where a reader pins a count, 0 leaked (4ebba5ca: leaked)', async () => {
    const { check, highs, bundle } = await checkerOfRoot();
    let [leaked, refused, read] = [0, 0, 0];
    for (const seed of [3451])
      for (const c of sizes55Cases(30, seed, 'class')) {
        const r = check(highs, bundle, c.text, { details: true });
        if (!r.ok) {
          refused++;
          if (
            lineAttack(
              c,
              c.cols.map(() => c.rows.map(() => true)),
            ).length > 0
          )
            expect(codesOf(r)).toContain('percent/');
          continue;
        }
        read++;
        const tb = r.tables[0]!;
        const C = tb.table.cols.length;
        const pub = c.cols.map((col) =>
          c.rows.map(
            (row) =>
              tb.status[tb.table.rows.findIndex((h) => h.label === row) * C + tb.table.cols.findIndex((h) => h.label === col)] ===
              'published',
          ),
        );
        if (lineAttack(c, pub).length > 0) leaked++;
      }
    expect(leaked).toBe(0);
    expect(read + refused).toBe(30);
  });

  it('seed 3450 #1: refused (4ebba5ca: read, nothing hidden, 7 of 212 pinned); in one decimal: not so refused', async () => {
    const { check, highs, bundle } = await checkerOfRoot();
    const r = check(highs, bundle, CLASS_TABLE, { details: true });
    expect(codesOf(r)).toBe('percent/line-n');
    if (!r.ok) expect(r.errors[0]!.message).toContain('チェッカーの判断');
    expect(codesOf(check(highs, bundle, oneDecimal(CLASS_TABLE), { details: true }))).not.toContain('percent/line-n');
  });

  it('innocent (two columns of one-decimal shares, N 3,001–20,000, counts ≥ 10; seed 3452 × 30): all read', async () => {
    const { check, highs, bundle } = await checkerOfRoot();
    for (const c of sizes55Cases(30, 3452, 'innocent')) expect(check(highs, bundle, c.text, { details: true }).ok, c.text).toBe(true);
  });
});

describe('sizes55 (c): a plain title line over an empty line over a table', () => {
  const tab = '\n\n\t男性\t女性\n軽症\t120\t80\n重症\t100\t80\n';
  it('is the table title, read as a # line is (4ebba5ca: a note stating a count, line/count)', async () => {
    const { check, highs, bundle } = await checkerOfRoot();
    for (const t of ['表1 背景（N=380）', 'Table 1 Background (N=380)', '表1 背景（N=383）', '対象患者の背景']) {
      const plain = check(highs, bundle, t + tab, { details: true });
      const hash = check(highs, bundle, `# ${t}${tab}`, { details: true });
      expect(plain.ok, `${t}: ${codesOf(plain)}`).toBe(hash.ok);
      expect(codesOf(plain)).toBe(codesOf(hash));
      if (plain.ok) expect(plain.tables[0]!.table.title).toBe(t);
    }
    const two = `表1 背景（N=380）${tab}\n表2 転帰（N=380）\n\n\t男性\t女性\n生存\t120\t80\n死亡\t100\t80\n`;
    const r = check(highs, bundle, two, { details: true });
    expect(r.ok, codesOf(r)).toBe(true);
    if (r.ok) expect(r.tables.map((x) => x.table.title)).toEqual(['表1 背景（N=380）', '表2 転帰（N=380）']);
  });

  it('a note stays a note: a count with its unit, a note mark, a line under another table that is no caption', async () => {
    const { check, highs, bundle } = await checkerOfRoot();
    for (const t of ['※ 3例は除外', '死亡 3例を含む', '注：対象は 2024 年', 'Note: 3 excluded']) {
      const r = check(highs, bundle, t + tab, { details: true });
      expect(!r.ok || r.tables[0]!.table.title === undefined, t).toBe(true);
    }
    const under = `\t男性\t女性\n軽症\t120\t80\n重症\t100\t80\n\nRows are sorted by frequency.${tab}`;
    const r = check(highs, bundle, under, { details: true });
    if (r.ok) expect(r.tables.map((x) => x.table.title ?? '')).toEqual(['', '']);
  });
});
