/**
 * words55 (issue #11): a title's count of lines' patients counted once below the sum of each group's largest line
 * (groups that overlap: 「65歳以上」「糖尿病あり」) read as the inequalities that still hold — each whole line's count at
 * most the count, the count at most their sum (system.ts rows; base: refused, `title/count`) — and refused where a
 * reader who takes the groups for apart anyway sees a small hidden count under the threshold (check.ts
 * `unionsApart`). Measured (words55-families.ts / words55-measure.ts) in the README.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot } from './helpers.ts';
import { union55 } from './words55-families.ts';
import { recovers55 } from './words55-attack.ts';
import { exclude55 } from './words55-families.ts';
import { union52 } from './words52-families.ts';
import { recoversUnion } from './words52-attack.ts';
import { recoversUnion53 } from './words53-attack.ts';

const k = await checkerOfRoot();
const run = (text: string) => k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });

const OVERLAP =
  '有害事象（肺炎または透析導入の患者 20例）\n\t65歳以上\t糖尿病あり\t腎機能低下\t喫煙者\n入院\t33\t31\t49\t33\nその他\t36\t10\t37\t44\n透析導入\t4\t6\t5\t4\n肺炎\t3\t5\t5\t6\n';
const APART =
  '出血またはショックの患者 14例\n\t65歳以上\t糖尿病あり\t腎機能低下\nその他\t46\t24\t11\n入院\t12\t10\t13\nショック\t4\t6\t2\n出血\t2\t6\t5\n合計\t64\t46\t31\n';

describe('a union over groups that overlap', () => {
  it('read as each line ≤ n ≤ their sum (base: refused as no union of groups apart)', () => {
    const r = run(OVERLAP);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.tables[0]!.suppression?.passed).toBe(true);
    const w = r.warnings.find((x) => x.code === 'title/lines-sum');
    expect(w?.message).toMatch(/各行の合計以上・和 38 以下/);
    expect(w?.message).toContain('列どうしは重なる');
    expect(w?.message).toContain('チェッカーの推定');
  });
  it('the union read, its lines small: the title bounds them (protection fails), not refused', () => {
    const r = run('# 肺炎または転倒の患者 8例\n\tA群\tB群\n肺炎\t5\t1\n転倒\t1\t5\n入院\t51\t12\n');
    expect(r.ok && r.warnings.some((w) => w.code === 'title/lines-sum' && w.message.includes('重なる'))).toBe(true);
    expect(r.ok && r.tables[0]!.suppression?.passed).toBe(false);
  });
  it('refused where a reader taking the groups for apart sees a small hidden count (that reading wrong, what it says true)', () => {
    const r = run(APART);
    expect(
      !r.ok && r.errors.some((e) => e.code === 'title/count' && e.message.includes('重ならない') && e.message.includes('チェッカーの判断')),
    ).toBe(true);
    expect(!r.ok && r.errors[0]!.hint).toMatch(/「65歳以上の(ショックまたは出血|出血またはショック)の患者 ○例」/);
  });
  it('the same look with a count of groups apart stays words53’s reading (choices), a count above their sum a number', () => {
    const r = run(APART.replace('14例', '16例'));
    expect(r.ok && r.warnings.some((w) => w.code === 'title/lines-sum' && !w.message.includes('重なる'))).toBe(true);
  });
});

describe('union55 family (words55-attack.ts: a MIP apart from the engine, the overlap reading and the false apart one)', () => {
  it('union55 3312 (24): none recovered under either reading; most read', () => {
    const cases = union55(3312, 24);
    expect(cases.filter((c) => recovers55(k, c).length > 0).map((c) => c.said)).toEqual([]);
    expect(cases.filter((c) => run(c.text).ok).length).toBeGreaterThanOrEqual(12);
  });
});

const T = '\tA群\tB群\n肺炎\t2\t1\n透析導入\t3\t4\n入院\t51\t12\nその他\t29\t17\n';

describe('a note of what was left out: 「※ 1 施設を除く」', () => {
  it('read as a note where it is no count of a line (base: refused line/count as ambiguous)', () => {
    for (const note of ['※ 1 施設を除く', '* 2 sites excluded', '※ 6 例を除外', '† 11 patients excluded']) {
      const r = run(`# 有害事象\n${T}${note}\n`);
      expect(r.ok, note).toBe(true);
      expect(
        r.warnings.some((w) => w.code === 'line/not-read' && w.message.includes('チェッカーの判断') && w.message.includes('除いた')),
        note,
      ).toBe(true);
    }
    // 「Hospitalization」 names no hospital: the unit is a word of its own.
    const h = run('# Outcomes\n\tArm A\tArm B\nHospitalization\t41\t60\nOther\t53\t13\n* 1 hospitals were excluded\n');
    expect(h.ok && h.warnings.some((w) => w.code === 'line/not-read' && w.message.includes('hospitals'))).toBe(true);
  });
  it('still refused where the number may be a line’s count: patients equal to a line’s sum or cells, an N stated, a table of places', () => {
    for (const text of [
      `# 有害事象\n${T}※ 3 例を除く\n`,
      `# 有害事象\n${T}※ 7 例を除く\n`,
      `# 有害事象（N=116）\n${T}※ 11 例を除く\n`,
      '# 参加\n\t施設数\t患者数\nA地域\t20\t51\nB地域\t15\t40\n※ 1 施設を除く\n',
    ]) {
      const r = run(text);
      expect(!r.ok && r.errors.some((e) => e.code === 'line/count'), text).toBe(true);
    }
  });
  it('exclude55 3322 (40): no number that is the small line’s sum or cell of patients read as a note', () => {
    const wrong = exclude55(3322, 40).filter((c) => {
      if (c.kind === 'note' || !/例|patients/.test(c.said)) return false;
      const r = run(c.text);
      return r.ok && r.warnings.some((w) => w.code === 'line/not-read' && w.message.includes('除いた患者'));
    });
    expect(wrong.map((c) => c.said)).toEqual([]);
  });
});

describe('words52’s oracle in union52 3056 (#198): a chance equality only the oracle assumes, no reader’s leak', () => {
  const c = union52(3056, 200)[198]!;
  it('the oracle bounds 輸血 under 10 through X1 = 輸血 + X3 (its own split rows, equal by chance); the reader’s MIP does not', () => {
    expect(c.said).toBe('肺炎または輸血の患者 11例');
    // The split the oracle is given (words52-attack.ts): X1 = 肺炎 − both, X2 = 輸血 − both, X3 = both (0, 1).
    const x1 = [3 - 0, 4 - 1];
    const x3 = c.overlap;
    const transfusion = [3, 2];
    // By chance X1 = 輸血 + X3 in every column (3 = 3 + 0, 3 = 2 + 1): with X2 = 輸血 − X3 and X1 + X2 + X3 = 11, the
    // oracle gets 2·輸血 + X3 = 11, 輸血 ≤ 5. Nothing in the title says it: it is an equality of the true split only.
    expect(x1).toEqual(transfusion.map((t, k) => t + x3[k]!));
    expect(recoversUnion(k, c)).toBe(true);
    expect(recoversUnion53(k, { ...c, pair: [...c.pair] })).toBe(false);
    expect(recovers55(k, { ...c, pair: [...c.pair], unions: [], union: c.union })).toEqual([]);
  });
  it('a table a reader cannot tell from it has 輸血 A群 9 (over the oracle’s 5): the same published cells, the title true, hidden alike', () => {
    const witness = c.text.replace('肺炎\t3\t4', '肺炎\t1\t1').replace('輸血\t3\t2', '輸血\t9\t1');
    // The union of 肺炎 (2) and 輸血 (10) patients is any whole number from 10 to 12: 11 holds.
    const [a, b] = [run(c.text), run(witness)];
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(b.tables[0]!.status).toEqual(a.tables[0]!.status);
    const published = (r: typeof a, text: string) =>
      r.tables[0]!.status.flatMap((s, id) =>
        s === 'published' ? [`${id}:${text.split('\n').slice(2)[Math.floor(id / 2)]?.split('\t')[(id % 2) + 1]}`] : [],
      );
    expect(published(b, witness)).toEqual(published(a, c.text));
  });
});
