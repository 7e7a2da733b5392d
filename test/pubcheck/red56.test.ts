/**
 * red56 (issue #11, red team of round 19's readings): words55 read 「※ 7 医療機関を除く」 under a table of 「施設数」 as a
 * note (the note's unit, 医療機関, not written in the table), publishing a count of what the table counts under the
 * threshold. A table counts places where it names a count of them (「施設数」「Number of sites」) or any place's word
 * and no patients (read.ts `leftOutNote`, red56). The family (red56-families.ts, seeds 3500–) attacks the other
 * readings of round 19 too (red55's unit-alone 「%」 and section 計, sizes55's plain title line) with the truth
 * (red53's `truthAttack`): 0 leaked.
 */
import { describe, expect, it } from 'vitest';
import { checkerOfRoot, codesOf } from './helpers.ts';
import { publishedOf, truthAttack } from './red53-families.ts';
import { red56Cases } from './red56-families.ts';

const k = await checkerOfRoot();
const run = (text: string) => k.check(k.highs, k.bundle, text, { details: true });
const note = (r: ReturnType<typeof run>) => r.ok && r.warnings.some((w) => w.code === 'line/not-read');

describe('red56: a note of places left out under a table that counts places under another word', () => {
  it.each([
    ['「施設数」 over 医療機関', '\t施設数\n病院\t37\n診療所\t54\n薬局\t21\n合計\t112\n\n※ 9 医療機関を除く\n'],
    ['「Facilities」 over 機関', '\tFacilities\n病院\t66\n診療所\t16\n合計\t82\n\n※ 5 機関を除く\n'],
    ['rows of places under 「数」', '\t数\n病院\t33\n診療所\t65\n合計\t98\n\n※ 1 施設を除く\n'],
    ['「Number of sites」 over hospitals', '\tNumber of sites\nUrban\t33\nRural\t65\n\n* 2 hospitals were excluded\n'],
    ['a patients column beside 「医療機関数」', '\t医療機関数\t患者数\n東日本\t33\t340\n西日本\t65\t512\n\n※ 3 施設を除く\n'],
  ])('%s: refused as a count (7c5e633f: read as a note, the count published)', (_, text) => {
    const r = run(text);
    expect(r.ok, codesOf(r)).toBe(false);
    expect(codesOf(r)).toContain('line/count');
  });

  it.each([
    ['# 病院別の患者数\n\tA病院\tB病院\n肺炎\t31\t45\n心不全\t12\t20\n\n※ 2 施設を除く\n'],
    ['# 転帰\n\tA群\tB群\n入院\t31\t45\n回復\t12\t20\n\n※ 1 施設を除く\n'],
    ['\tArm A\tArm B\nHospitalization\t31\t45\nRecovered\t12\t20\n\n* 2 sites excluded\n'],
  ])('a table of patients: the note stays a note (read on both)', (text) => {
    const r = run(text);
    expect(note(r), codesOf(r)).toBe(true);
    if (r.ok) expect(r.warnings.find((w) => w.code === 'line/not-read')!.message).toContain('チェッカーの判断');
  });
});

describe('red56: 「範囲（%）」 under a title naming a rate (stats55 read each end as a count of the line’s N)', () => {
  // 28.6% fits only C病院's 4 of 14 among the hospitals (A 501, B 487): a reader of per-hospital rates has C's deaths, 4.
  const t1 = '# 表1 年別入院患者数\n施設,2021年\nA病院,501\nB病院,487\nC病院,14\n合計,1002\n\n';
  it.each(['施設別死亡割合の範囲', '施設別割合の範囲', '施設別の死亡率（範囲）', 'Mortality rate by site'])(
    '「%s」: refused in words, header/range-percent (7c5e633f: read, both ends published)',
    (title) => {
      const r = run(`${t1}# 表2 ${title}\n年,N,範囲（%）\n2021年,1002,3.0–28.6\n`);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const e = r.errors.find((x) => x.code === 'header/range-percent');
      expect(e?.message).toContain('単位の中の');
      expect(e?.message).toContain('チェッカーの判断');
    },
  );
  it('a title of counts (「施設別患者数の範囲」): read as before', () => {
    const r = run(`${t1}# 表2 施設別患者数の範囲\n年,N,範囲（%）\n2021年,1002,3.0–28.6\n`);
    expect(r.ok, codesOf(r)).toBe(true);
  });
});

describe('red56 family (seeds 3500, 3501; 160 each, 16 a kind): the truth leaks nothing', () => {
  it.each([3500, 3501])(
    'seed %i',
    (seed) => {
      const tally = new Map<string, { read: number; leaked: number }>();
      let pctUnsaid = 0;
      for (const c of red56Cases(160, seed)) {
        const t = tally.get(c.family) ?? { read: 0, leaked: 0 };
        tally.set(c.family, t);
        const r = run(c.text);
        if (!r.ok) continue;
        t.read++;
        const said = (r as unknown as { warnings: { code: string; message: string }[] }).warnings.some(
          (w) => w.code === 'layout/share' && w.message.includes('チェッカーの判断'),
        );
        if (c.family === 'pct/row' && !said) pctUnsaid++;
        const { published } = publishedOf(c, r as never);
        const leaks = truthAttack(k.highs, c, published);
        if (leaks.length) t.leaked++;
      }
      for (const [f, t] of tally) expect(t.leaked, f).toBe(0);
      expect(tally.get('exclude')!.read).toBe(0);
      // 「A群 | % | B群」: refused after ci118's narrowing (layout.ts `oneRowPairs`); since formats62 (rates.ts
      // `joinLineShares`) read as A群's share of each row's sum, said as the checker's (`layout/share`, チェッカーの判断),
      // the share hidden with its count: on purpose; every such reading said, and no truth (row's or column's shares)
      // leaks (asserted above).
      expect(pctUnsaid).toBe(0);
      expect(tally.get('range/rate')!.read).toBe(0);
    },
    120_000,
  );
});
