/**
 * words53 (issue #11): a count of two lines' patients counted once (「B群の肺炎または透析導入の患者 4例」) read as the
 * inequalities it is — at least each line, at most their sum (system.ts rows), checked and suppressed (base: refused,
 * words52); a note's mark, a number and a label (「※ 3 肺炎」) read by its layout: set apart, the line's count (its sum
 * or some of its cells', else refused); written onto the mark, a note's number, refused where it is also the line's
 * sum (base: a note's number, unread, passed). Measured (words53-families.ts / words53-measure.ts) in the README.
 */
import { describe, expect, it } from 'vitest';
import { run } from './words44-attack.ts';
import { checkerIn } from './helpers.ts';
import { union52 } from './words52-families.ts';
import { recoversUnion } from './words52-attack.ts';
import { mark53, union53 } from './words53-families.ts';
import { recoversUnion53, runWith } from './words53-attack.ts';

const T = '\tA群\tB群\n肺炎\t2\t1\n透析導入\t3\t4\n入院\t51\t12\nその他\t29\t17\n';
const E = '\tArm A\tArm B\tArm C\nAmputation\t2\t1\t4\nOther\t53\t13\t26\nDeath\t2\t3\t2\nHospitalization\t41\t60\t55\nFall\t4\t2\t4\n';

describe('two lines’ patients counted once: the union’s inequalities', () => {
  it('read and audited (base: refused as unchecked): the title bounds 透析導入・B群 (4 ≤ 4), protection fails', () => {
    const plain = run('# 有害事象\n' + T, 0.2);
    expect(plain.ok && plain.tables[0]!.suppression?.passed).toBe(true);
    for (const [title, table, said] of [
      ['B群の肺炎または透析導入の患者 4例', T, /行「肺炎」と「透析導入」（列「B群」）/],
      ['Outcomes (Patients with amputation or death: 10)', E, /行「Amputation」と「Death」/],
      ['肺炎または透析導入の患者 7例', T, /和 10 以下/],
    ] as const) {
      const r = run(`# ${title}\n${table}`, 0.2);
      expect(r.ok, title).toBe(true);
      const w = r.warnings.find((x) => x.code === 'title/lines-sum');
      expect(w?.message, title).toMatch(said);
      expect(w?.message, title).toContain('チェッカーの推定');
      expect(w?.message, title).toContain('重複を除いた数');
      if (title.startsWith('B群')) expect(r.ok && r.tables[0]!.suppression?.passed).toBe(false);
    }
  });
  it('whole lines below the sum of the larger count of each group: groups that overlap (words55: read, no longer refused)', () => {
    const U = '\tA群\tB群\n肺炎\t5\t1\n転倒\t1\t5\n入院\t51\t12\n';
    const r = run('# 肺炎または転倒の患者 8例\n' + U);
    expect(r.ok && r.warnings.some((w) => w.code === 'title/lines-sum' && w.message.includes('重なる'))).toBe(true);
    expect(run('# 肺炎または転倒の患者 10例\n' + U).ok).toBe(true);
  });
});

describe('a mark, a number and a label in a note', () => {
  it('「※ 3 肺炎」 set apart: the line’s sum, checked (base: a note’s number, unread, passed)', () => {
    for (const text of [`# 有害事象\n${T}※ 3 肺炎\n`, `# 有害事象\n${T}\n※ 3 肺炎\n`]) {
      const r = run(text, 0.2);
      expect(r.ok && r.warnings.some((w) => w.code === 'title/lines-sum' && w.message.includes('チェッカーの推定')), text).toBe(true);
      expect(r.ok && r.tables[0]!.suppression?.passed, text).toBe(false);
    }
  });
  it('「※3 肺炎」 onto the mark and the line’s sum, or set apart and no sum: refused, either reading (base: passed)', () => {
    // words55: 「※ 1 施設を除く」 (a place left out, no label of the table) is now read as a note (words55.test.ts).
    for (const note of ['※3 肺炎', '※ 5 肺炎', '※ 3 例を除く']) {
      const r = run(`# 有害事象\n${T}${note}\n`);
      expect(!r.ok && r.errors.some((e) => e.code === 'line/count' && e.message.includes('どちらか決まりません')), note).toBe(true);
    }
  });
  it('a note’s number as notes write it stays one (said where words follow a bare one)', () => {
    for (const note of ['※1 入院は30日以内', '注1）入院は再入院を含む', '※2 施設を除く'])
      expect(run(`# 有害事象\n${T}${note}\n`).ok, note).toBe(true);
    const r = run(`# 有害事象\n${T}※2 施設を除く\n`);
    expect(r.warnings.some((w) => w.code === 'line/not-read' && w.message.includes('注の番号と読みました'))).toBe(true);
  });
});

const k = await checkerIn();

describe('families (words53-families.ts)', () => {
  it('union53 3102, union52 3061 (20 each): no count under 10 recovered (words53’s MIP; words52’s oracle)', () => {
    expect(
      union53(3102, 20)
        .filter((c) => recoversUnion53(k, c))
        .map((c) => c.said),
    ).toEqual([]);
    const u52 = union52(3061, 20);
    expect(u52.filter((c) => recoversUnion53(k, { ...c, pair: [...c.pair] })).map((c) => c.said)).toEqual([]);
    expect(u52.filter((c) => recoversUnion(k, c)).map((c) => c.said)).toEqual([]);
  });
  it('mark53 3112 (30): no note’s number that is the line’s sum or cells’ left unread in a passed case', () => {
    const leaks = mark53(3112, 30).filter((c) => {
      if (c.kind === 'none') return false;
      const r = runWith(k, c.text);
      return r.ok && !r.warnings.some((w) => w.code === 'title/lines-sum') && r.tables[0]!.suppression?.passed !== false;
    });
    expect(leaks.map((c) => c.said)).toEqual([]);
  });
});
