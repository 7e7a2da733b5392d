/**
 * words52 (issue #11): a count of two lines' patients counted once (「B群の肺炎または透析導入の患者 4例」「Patients with
 * amputation or death: 10」: the union, below their cells' sum, at least the larger) refused naming the lines (base:
 * read as the longer label's line's cells, or a line's sum, and passed; or refused as no sum); a bare number before
 * one line's label alone (「有害事象（3 肺炎）」) read as the line's sum or some of its cells' (base: a number,
 * unchecked). Measured (words52-families.ts / words52-measure.ts, base 850d8f8 → now) in the README (words52).
 */
import { describe, expect, it } from 'vitest';
import { run } from './words44-attack.ts';
import { checkerIn } from './helpers.ts';
import { before52, union52 } from './words52-families.ts';
import { recoversUnion } from './words52-attack.ts';
import { recoversCells } from './words49-attack.ts';

const T = '\tA群\tB群\n肺炎\t2\t1\n透析導入\t3\t4\n入院\t51\t12\nその他\t29\t17\n';
const E = '\tArm A\tArm B\tArm C\nAmputation\t2\t1\t4\nOther\t53\t13\t26\nDeath\t2\t3\t2\nHospitalization\t41\t60\t55\nFall\t4\t2\t4\n';

describe('two lines’ patients counted once', () => {
  it('below their sum, at least the larger: read as the union’s inequalities, the checker’s (words53; words52: refused)', () => {
    for (const [title, table, said] of [
      ['B群の肺炎または透析導入の患者 4例', T, /行「肺炎」と「透析導入」（列「B群」）/],
      ['Outcomes (Patients with amputation or death: 10)', E, /行「Amputation」と「Death」/],
      ['肺炎または透析導入の患者 7例', T, /行「肺炎」と「透析導入」のどれかに当たる患者.*和 10 以下/],
    ] as const) {
      const r = run(`# ${title}\n${table}`);
      expect(r.ok, title).toBe(true);
      const w = r.warnings.find((x) => x.code === 'title/lines-sum');
      expect(w?.message, title).toMatch(said);
      expect(w?.message, title).toContain('チェッカーの推定');
      expect(w?.message, title).toContain('重複を除いた数');
    }
  });
  it('their sum stays words50’s equation; a count below the larger stays as before', () => {
    const w = run('# B群の肺炎・透析導入 5例\n' + T).warnings.filter((x) => x.code === 'title/lines-sum');
    expect(w.length).toBe(1);
    const r = run('# B群の肺炎・透析導入 3例\n' + T);
    expect(!r.ok && r.errors.some((x) => x.message.includes('重複を除いた数'))).toBe(false);
  });
});

describe('a bare number before one line’s label', () => {
  it('「有害事象（3 肺炎）」: the line’s sum, checked (base: a number, unchecked, passed)', () => {
    const r = run('# 有害事象（3 肺炎）\n' + T, 0.2);
    expect(r.ok && r.warnings.some((w) => w.code === 'title/lines-sum' && w.message.includes('チェッカーの推定'))).toBe(true);
    expect(r.ok && r.tables[0]!.suppression?.passed).toBe(false);
    const s = run('# Outcomes (2 Amputation)\n' + E, 0.2);
    expect(s.ok && s.warnings.some((w) => w.code === 'title/lines-sum' && w.message.includes('「Arm A」'))).toBe(true);
  });
  it('no sum, a table’s or a step’s number: a number as before', () => {
    for (const title of ['12 肺炎', '表2 入院', 'Week 12 Fall', '表 3 肺炎']) {
      const r = run(`# ${title}\n${T.replace('入院', '入院')}`);
      expect(r.ok, title).toBe(true);
      expect(r.ok && r.warnings.some((w) => w.code === 'title/lines-sum'), title).toBe(false);
    }
  });
});

const k = await checkerIn();

describe('families (words52-families.ts)', () => {
  it('union52, before52, seeds 3061–3062 (25 each): no count under 10 recovered', () => {
    expect(
      union52(3061, 25)
        .filter((c) => recoversUnion(k, c))
        .map((c) => c.said),
    ).toEqual([]);
    expect(
      before52(3062, 25)
        .filter((c) => recoversCells(k, c))
        .map((c) => c.said),
    ).toEqual([]);
  });
});
