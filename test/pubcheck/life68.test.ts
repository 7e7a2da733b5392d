/**
 * life68 (issue #11): what life67 left open of a fall taken by three lines or more among 9–12 lines. (1) Inside the
 * at-risk table itself (readLifeTable's `taking`): sets of three lines or more were tried only in tables of up to 8
 * lines (`PLAIN_LINES`) and, over one step beside the largest line under no word, never (pairs only): 死亡 came back as
 * the fall less the others (life68-families.ts 5450 `own` 20 of 20, 5456 `own1` 30 of 40 leaked on eb81e31d). Now
 * `fallSets` past 8 lines, every set kept beside a pair found by chance, and over one step lines said events searched
 * and any lines' small counts tied by the fall less them (`guess`, said `life/not-searched`). (2) Over one column of
 * another table, lines under no word (life67 searched lines said events only: 5410, 5412 1 of 40 leaked each): each
 * small count tied by the fall less it (the at-risk cells hidden with it), said `life/not-searched`.
 * `ROOT=/tmp/base-life68 npx vitest run test/pubcheck/life68.test.ts` runs it against the base (fails).
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { cases, statusOf } from './life68-families.ts';
import { threeLeak } from './red66-families.ts';

const { check, highs, bundle } = await checkerOfRoot();
const run = (text: string) => check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
const hiddenOf = (r: ReturnType<typeof run>) =>
  r.ok ? r.tables.reduce((a, t) => a + t.status.filter((s) => s !== 'published').length, 0) : 0;

describe('a fall taken by three lines or more inside the at-risk table of 9 lines or more', () => {
  it('must fail on eb81e31d: 死亡 4 with 打ち切り and 転院 among 9 other lines over three points: 死亡 not alone', () => {
    const text =
      '# 表1\n\t0か月\t6か月\t12か月\n人数\t400\t377\t340\n死亡\t4\t12\t0\n入院\t31\t44\t20\n外来\t27\t18\t35\n打ち切り\t12\t14\t0\n' +
      '男性\t40\t35\t41\n転院\t7\t11\t0\n女性\t33\t29\t30\n喫煙\t19\t51\t22\n糖尿病\t24\t16\t28\n高血圧\t38\t22\t19\n腎障害\t15\t26\t17\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.warnings ?? []).some((w) => w.code === 'table/life-table')).toBe(true);
    const s = r.tables[0]!.status;
    // Row r (0 人数) at 0か月, 人数 taken out as the points' N (header.ts) or not.
    const at0 = (r: number) => s[(s.length === 36 ? r : r - 1) * 3]!;
    expect(at0(1)).not.toBe('published');
    expect([at0(4), at0(6)].some((x) => x !== 'published')).toBe(true);
  });

  it('must fail on eb81e31d: over one step, 区分B 6 with 区分A and 区分C under no word among 12 lines: said, not given back', () => {
    const text =
      '# 表1\n\t0か月\t6か月\n人数\t461\t424\n糖尿病\t51\t33\n男性\t50\t51\n高血圧\t55\t30\n区分B\t0\t6\n肝障害\t53\t34\n区分A\t0\t10\n' +
      '外来\t26\t37\n区分C\t0\t21\n入院\t55\t54\n65歳以上\t59\t31\n女性\t39\t50\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const said = (r.warnings ?? []).find((w) => w.code === 'life/not-searched');
    expect(said?.message).toContain('チェッカーの判断');
    expect(said?.message).toContain('「区分B」');
    const c = {
      intervals: [
        {
          fall: 37,
          fallCells: [
            [0, 0],
            [0, 1],
          ] as [number, number][],
          cells: [
            [0, 9, 6],
            [0, 13, 10],
            [0, 17, 21],
          ] as [number, number, number][],
        },
      ],
      kind: 'own1/plain',
      text,
    };
    expect(threeLeak(c, statusOf(c, r.tables))).toBe(false);
  });
});

describe('one column of another table, lines under no word past 8 lines', () => {
  it('must fail on eb81e31d: 区分B 6 with 区分A 19 and 区分C 24 (49, 表1 301 → 252) among 10 lines: tied with 表1, said', () => {
    const text =
      '# 表1\n\t0か月\t12か月\t24か月\t36か月\t48か月\n人数\t397\t345\t301\t252\t197\n\n# 表2\n\t24か月\n肝障害\t50\n区分A\t19\n入院\t53\n' +
      '外来\t34\n区分B\t6\n喫煙\t50\n非喫煙\t13\n区分C\t24\n腎障害\t32\n高血圧\t34\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const said = (r.warnings ?? []).find((w) => w.code === 'life/not-searched' && w.message.includes('表2の一つの列'));
    expect(said?.message).toContain('「区分B」');
    const [t1, t2] = [r.tables[0]!.status, r.tables[1]!.status];
    expect(t2[4]).not.toBe('published');
    // 49 − 19 − 24 = 6 no more: 表1's 24か月 or 36か月 hidden, or 区分A or 区分C.
    expect([t1[2], t1[3], t2[1], t2[7]].some((s) => s !== 'published')).toBe(true);
  });

  it('innocent: ten lines, no count under 10: nothing hidden, nothing said', () => {
    const text =
      '# 表1\n\t0か月\t12か月\t24か月\n人数\t397\t345\t301\n\n# 表2\n\t12か月\n肝障害\t50\n区分A\t19\n入院\t53\n外来\t34\n区分B\t16\n喫煙\t50\n' +
      '非喫煙\t13\n区分C\t24\n腎障害\t32\n高血圧\t34\n';
    const r = run(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect((r.warnings ?? []).some((w) => w.code === 'life/not-searched')).toBe(false);
    expect(hiddenOf(r)).toBe(0);
  });
});

describe('families (life68-families.ts)', () => {
  it('must fail on eb81e31d: attack 5450 (24, every kind): none leaked', () => {
    const leaked = cases(24, 5450).filter((c) => {
      const r = run(c.text);
      return r.ok && threeLeak(c, statusOf(c, r.tables));
    });
    expect(leaked.map((c) => c.kind)).toEqual([]);
  });

  it('innocent 5451 (24): none refused, hidden pinned (base 51: the single columns and one-step falls said and tied, +25)', () => {
    const inn = cases(24, 5451, undefined, true).map((c) => run(c.text));
    expect(inn.filter((r) => !r.ok).length).toBe(0);
    // life70: 76 → 70, sets no life table holds (counts at 0か月 read at the step's end, 死亡 or 打ち切り left out) untied.
    expect(inn.reduce((a, r) => a + hiddenOf(r), 0)).toBe(70);
  });
});
