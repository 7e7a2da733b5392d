/**
 * life67 (issue #11): red66's sets of three lines or more taking a fall (`largerSets`) were tried only in tables of up to
 * 8 lines (`PLAIN_LINES`): 「死亡」「打ち切り」「転院」 among 9–12 lines (「入院」「外来」…) were read by no set, silently,
 * and 死亡 came back as the fall less the others (life67-families.ts 5410: 34 of 40 leaked on 535a16ab, none said). Now
 * lifetable.ts `lifeSpans` searches the sets bounded by the fall (`fallSets`: sums pruned at every step, depth first,
 * past `FALL_WORK` said `life/not-searched`); over one column, only lines said events or censored.
 * `ROOT=/tmp/base-life67 npx vitest run test/pubcheck/life67.test.ts` runs it against the base (fails).
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { manyCases } from './life67-families.ts';
import { threeLeak } from './red66-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });

describe('a fall taken by three lines among 9 or more', () => {
  it('must fail on 535a16ab: 死亡 3 with 打ち切り and 転院 among seven other lines: 死亡 hidden with another', () => {
    const text =
      '# 表1\n\t0か月\t6か月\t12か月\n人数\t400\t360\t322\n\n# 表2\n\t6か月\t12か月\n入院\t31\t44\n死亡\t3\t12\n外来\t27\t18\n' +
      '打ち切り\t22\t14\n男性\t40\t35\n転院\t15\t12\n女性\t33\t29\n喫煙\t19\t51\n糖尿病\t24\t16\n高血圧\t38\t22\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t2 = r.tables[1]!.status;
    // 死亡 at 6か月 (row 1, col 0) hidden, and not alone among 死亡・打ち切り・転院 at 6か月.
    expect(t2[2]).not.toBe('published');
    expect([t2[6], t2[10]].filter((s) => s !== 'published').length).toBeGreaterThan(0);
  });

  it('must fail on 535a16ab: past the search work (30 lines of 0 beside them) said `life/not-searched` in words', () => {
    const zeros = Array.from({ length: 30 }, (_, i) => `区分${i + 1}\t0\t0`).join('\n');
    const text =
      '# 表1\n\t0か月\t6か月\t12か月\n人数\t400\t360\t322\n\n# 表2\n\t6か月\t12か月\n' +
      zeros +
      '\n死亡\t3\t12\n打ち切り\t22\t14\n転院\t15\t12\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const cut = (r.warnings ?? []).find((w) => w.code === 'life/not-searched');
    expect(cut?.message).toContain('表2の三つ以上の行の和');
    expect(r.tables[1]!.status[60]).not.toBe('published');
  });

  it('must fail on 535a16ab: family 5410 (20): none leaked; innocent 5411 (20): none refused, hidden as on the base', () => {
    const leaked = manyCases(20, 5410).filter((c) => {
      const r = run(c.text);
      return (
        r.ok &&
        threeLeak(
          c,
          r.tables.map((t) => t.status),
        )
      );
    });
    expect(leaked.length).toBe(0);
    const inn = manyCases(20, 5411, true).map((c) => run(c.text));
    expect(inn.filter((r) => !r.ok).length).toBe(0);
    expect(
      inn.reduce((a, r) => a + (r.ok ? r.tables.reduce((b, t) => b + t.status.filter((s) => s !== 'published').length, 0) : 0), 0),
      // life68: 70 → 91, one column's lines under no word: each small count tied by the fall less it (said).
    ).toBe(91);
    // Forty checks of 9–12-line tables (about 65 s on a loaded two-core machine): past the default 120 s only when slow.
  }, 300_000);
});
