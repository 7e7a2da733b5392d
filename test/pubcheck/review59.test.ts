/**
 * review59 (structure, no behaviour change).
 *
 * - notes58's notes of left-out patients are held on the table they were read under (types.ts `Table.leftOut`, as
 *   `crossSums` is), not in a module table keyed by the read result: the read result's table carries the note and the
 *   very warning said for it; a note whose count is another table's line is refused as before (`line/count`). The first
 *   test fails on a3601f36 (no such field).
 * - The generators joined into one per area (R prints: formats50-families.ts `shareTable`, `countsTable` …; means across
 *   tables: means53-families.ts `nestPair`, `weightsTail` …; top-k tables: stats52-families.ts `topLineCase`,
 *   `smallNearK`) draw every table as before: the cases of each area hash as on a3601f36 (pinned below, computed on the
 *   base tree's generators). Passes on both trees.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/pubcheck/types.ts';
import { rProp } from './formats50-families.ts';
import { rAddmUnder, rDigits, rDigitsInnocent, rStage } from './formats55-families.ts';
import { rAddmOver, rAddmOverInnocent, rDigitsCalls } from './formats57-families.ts';
import { signifLie, signifTrue } from './red58-families.ts';
import { meanAttackCases, nestMore, rCoded } from './red57-families.ts';
import { crossCases, nestCases } from './means53-families.ts';
import { nestEnglish, ownCases, threeCases } from './means55-families.ts';
import { linesCases, manyCases as meansMany, shortNest } from './means57-families.ts';
import { topLineCases } from './stats52-families.ts';
import { topAnyCases } from './stats53-families.ts';
import { topEveryCases } from './stats55-families.ts';
import { manyCases } from './stats57-families.ts';
import { checkerOfRoot } from './helpers.ts';

const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
const { readTables } = (await import(`${root}/src/pubcheck/read.ts`)) as typeof import('../../src/pubcheck/read.ts');
const k = await checkerOfRoot();

const T1 = '# 表1 背景\n\tA群\tB群\n男性\t40\t38\n女性\t35\t37\n';
const T2 = '# 表2 中止理由\n\tA群\tB群\n有害事象\t21\t18\n同意撤回\t3\t5\nその他\t16\t14\n';

describe('notes58’s left-out notes live on their table', () => {
  it('the table read carries the note and the warning said for it (a3601f36: no Table.leftOut)', () => {
    const r = readTables(`${T1}注1: 200 例を除く（同意撤回）\n\n${T2}`);
    const [t1, t2] = r.tables as (Table & { leftOut?: { n: number; line: number; text: string; warning: object }[] })[];
    expect(t1!.leftOut?.map((x) => [x.n, x.line, x.text])).toEqual([[200, 5, '注1: 200 例を除く（同意撤回）']]);
    expect(r.warnings).toContain(t1!.leftOut![0]!.warning);
    expect(t2!.leftOut).toBeUndefined();
  });
  it('refused where another table holds the count, read where none does (as on a3601f36)', () => {
    const run = (text: string) => k.check(k.highs, k.bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.2 });
    const refused = run(`${T1}注1: 8 例を除く（同意撤回）\n\n${T2}`);
    expect(!refused.ok && refused.errors.map((e) => e.code)).toEqual(['line/count']);
    const read = run(`${T1}注1: 200 例を除く（同意撤回）\n\n${T2}`);
    expect(read.ok && read.warnings.some((w) => w.code === 'line/not-read' && w.message.includes('除いた患者の数'))).toBe(true);
    // A second table's note checked against the first (表1's 男性 sum 78), as on a3601f36.
    const under2 = run(`${T1}\n${T2}※ 78 例を除く\n`);
    expect(!under2.ok && under2.errors.some((e) => e.code === 'line/count' && e.message.includes('表1'))).toBe(true);
  });
});

const rep = (_k: string, v: unknown) => (v instanceof Map ? { map: [...v] } : v);
const hash = (xs: unknown[]) => createHash('sha256').update(JSON.stringify(xs, rep)).digest('hex').slice(0, 16);

describe('the joined generators draw every table as a3601f36’s did', () => {
  const n = 20;
  it('R prints (formats50/55/57, red57 rCoded, red58)', () => {
    const cases = [
      rProp(n, 2866),
      rDigits(n, 3370),
      rDigitsInnocent(n, 3380),
      rStage(n, 3375),
      rAddmUnder(n, 3385),
      rAddmOver(n, 3851),
      rAddmOverInnocent(n, 3855),
      rDigitsCalls(n, 3861),
      signifLie(n, 3900),
      signifTrue(n, 3920),
      rCoded(n, 3630),
    ];
    expect(hash(cases)).toBe('b61040f569787d15');
  });
  it('means across tables (means53/55/57, red57)', () => {
    const cases = [
      nestCases(n, 3140),
      crossCases(n, 3150),
      threeCases(n, 3280),
      ownCases(n, 3290),
      nestEnglish(n, 3300),
      meansMany(n, 3710),
      linesCases(n, 3711),
      shortNest(n, 3712),
      meanAttackCases(n, 3600),
      nestMore(n, 3610),
    ];
    expect(hash(cases)).toBe('9b255e255d5249b8');
  });
  it('top-k tables (stats52/53/55/57)', () => {
    const cases = [
      topLineCases(n, 3190, 'col'),
      topLineCases(n, 3191, 'part'),
      ...(['noyear', 'noword', 'multi', 'ranked'] as const).map((m) => topAnyCases(n, 3300, m)),
      ...(['own', 'ranked', 'part'] as const).map((m) => topEveryCases(n, 3340, m)),
      manyCases(n, 3800, 'many'),
      manyCases(n, 3802, 'bottom'),
    ];
    expect(hash(cases)).toBe('fa581bdecf4fcbfc');
  });
});
