/**
 * review62 (structure of tests, no behaviour change): round 24/25's generators and measures joined with the shared
 * ones beside them — life59/life60's fall over k other tables (life59-families.ts `fallOver`), life60/61's families
 * through life55's `drawn` and measures through life57-measure's `lifeMeasure`, means59/red60's named nestings
 * (means59-families.ts `nestNamedOf`), red60/red61's fixture, checker and one-table cases (red60-families.ts
 * `wholeTable`, `mipChecker`, `siteCase`), stats59/60's range pairs, other population, attack and measure
 * (stats59-families.ts `rangePairs`, `otherPopulation`, `attackInOrder`, `measureRanges`), words57/59/60's measure
 * rows (words57-attack.ts `outcomeTally`), words53/60's unions drawn (words53-families.ts `unionsOf`). Every case
 * these generators draw is the one 31b5f650 drew (hashes below, taken there); the shared helpers do what each copy
 * did. On 31b5f650 this file fails: the shared helpers are not there to import.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lcg } from './helpers.ts';
import * as l59 from './life59-families.ts';
import * as l60 from './life60-families.ts';
import * as l61 from './life61-families.ts';
import { allCases, bareNest, innocentNest, nestNamedOf } from './means59-families.ts';
import { UNION, allOverlap, nestNamed, siteCase, wholeTable } from './red60-families.ts';
import { PATIENTS, innocentPatients, otherPopulation as otherPop } from './red61-families.ts';
import { afterCases, otherPopulation, rangePairs } from './stats59-families.ts';
import { wrongCases } from './stats60-families.ts';
import { outcomeTally } from './words57-attack.ts';
import { union53, unionsOf } from './words53-families.ts';
import { wide60 } from './words60-families.ts';

const rep = (_k: string, v: unknown) => (v instanceof Map ? { map: [...v] } : v instanceof Set ? { set: [...v] } : v);
const hash = (xs: unknown) => createHash('sha256').update(JSON.stringify(xs, rep)).digest('hex').slice(0, 16);

describe('review62: the joined generators draw what 31b5f650 drew', () => {
  it('life59, life60 and life61 families and look-alikes (seed 4820, 20 a kind)', () => {
    const all = (m: typeof l59 | typeof l60 | typeof l61) =>
      (m.KINDS as readonly string[]).map((k) => [
        (m.family as (k: string, n: number, s: number) => unknown)(k, 20, 4820),
        (m.innocent as (k: string, n: number, s: number) => unknown)(k, 20, 4820),
      ]);
    expect(hash(all(l59))).toBe('799fe18980efc5d8');
    expect(hash(all(l60))).toBe('4f49e47ce99360aa');
    expect(hash(all(l61))).toBe('1d1db4eedc2c740b');
  });

  it('red60 allOverlap / nestNamed, red61 innocentPatients / otherPopulation (4821, 40), means59 (4822, 40)', () => {
    expect(hash([allOverlap(40, 4821), allOverlap(40, 4821, false, UNION), allOverlap(40, 4821, true, PATIENTS)])).toBe('279768aaa6e4f5c1');
    expect(hash([nestNamed(40, 4821, true), nestNamed(40, 4821, false)])).toBe('93265d19c1f6c858');
    expect(hash([innocentPatients(40, 4821), otherPop(40, 4821)])).toBe('4924e51de8d535a1');
    expect(hash([bareNest(40, 4822), innocentNest(40, 4822), allCases(40, 4822)])).toBe('a0e05aad14063c69');
  });

  it('stats59 afterCases and stats60 wrongCases (4823, 20)', () => {
    expect(hash(afterCases(20, 4823))).toBe('4e36b9ca9c189290');
    expect(hash(wrongCases(20, 4823))).toBe('a63be796a1b8e1ff');
  });

  it('words53 union53 (4822, 20) and words60 wide60 (4822, 12)', () => {
    expect(hash([union53(4822, 20), wide60(4822, 12)])).toBe('5a235fc983730b3b');
  });
});

describe('review62: the shared helpers', () => {
  it('wholeTable: the whole and its lines by site with the Total row, as red60/red61 wrote them', () => {
    const c = wholeTable(
      [
        [5, 3, 3],
        [29, 6, 28],
      ],
      'Patients',
      true,
    );
    expect(c.text).toBe('# Table 1\n\tPatients\tICU\tWard\nSite A\t5\t3\t3\nSite B\t29\t6\t28\nTotal\t34\t9\t31\n');
    expect(c.countLines.map((l) => l.label)).toEqual(['Patients', 'ICU', 'Ward']);
    expect(c.free).toBe(true);
  });

  it('nestNamedOf: the family named by language and total row; `over` puts one site’s part over the whole', () => {
    const list: [string, string, string][] = [['ICU', 'Ward', 'ICU deaths']];
    const cs = nestNamedOf(10, 4824, list, false, (ja, total) => `${ja ? 'ja' : 'en'}/${total}`, true);
    expect(cs.every((c) => /^en\/(true|false)$/.test(c.family))).toBe(true);
    expect(cs.every((c) => c.counts.some(([whole, part]) => part! > whole!))).toBe(true);
  });

  it('otherPopulation: the count table retitled 表n, its first hospital and totals 3–22 more', () => {
    const counts = '# 表1 年別入院患者数\n病院,2021年,2022年\nA病院,10,20\nB病院,30,40\n合計,40,60\n';
    const [title, head, a, b, total] = otherPopulation(counts, lcg(4825), 4).split('\n');
    expect([title, head, b]).toEqual(['# 表4 年別外来患者数', '病院,2021年,2022年', 'B病院,30,40']);
    const more = a!
      .split(',')
      .slice(1)
      .map((v, j) => Number(v) - [10, 20][j]!);
    expect(more.every((d) => d >= 3 && d <= 22)).toBe(true);
    expect(total).toBe(`合計,${40 + more[0]!},${60 + more[1]!}`);
  });

  it('rangePairs: stats55/57 -non cases split into counts (表1) and range (表2)', () => {
    const pairs = rangePairs(6, 4826, (c, counts, range, axis) => ({ family: c.family, counts, range, axis }));
    expect(pairs).toHaveLength(6);
    for (const p of pairs) {
      expect(p.family).toMatch(/-non$/);
      expect(p.counts.startsWith('# 表1 ')).toBe(true);
      expect(p.range.startsWith('# 表2 ')).toBe(true);
      expect(p.axis).toBe(p.family.startsWith('pct') ? 'col' : 'row');
    }
  });

  it('siteCase: 表1 of the lines by site, the Total row where asked, the counts per site', () => {
    const c = siteCase({
      family: 'f',
      groups: ['Site A', 'Site B'],
      labels: ['All', 'ICU'],
      lines: [
        [5, 9],
        [3, 4],
      ],
      total: true,
      transposed: false,
      free: false,
    });
    expect(c.counts).toEqual([
      [5, 3],
      [9, 4],
    ]);
    expect(c.countLines).toEqual([
      { label: 'All', table: 0 },
      { label: 'ICU', table: 0 },
    ]);
    expect(c.text).toContain('Total');
    expect(c.text).toContain('14');
  });

  it('unionsOf: each group between the largest line and the sum, under the sum at the group drawn', () => {
    const lines = [
      [3, 5, 2],
      [4, 1, 6],
    ];
    const us = unionsOf(
      lcg(4827),
      3,
      [0, 1],
      (r, k) => lines[r]![k]!,
      () => 1,
    );
    us.forEach((u, k) => expect(u).toBeGreaterThanOrEqual(Math.max(lines[0]![k]!, lines[1]![k]!)));
    us.forEach((u, k) => expect(u).toBeLessThanOrEqual(lines[0]![k]! + lines[1]![k]!));
    expect(us[1]).toBeLessThan(6);
  });

  it('outcomeTally: runs, read, refused by codes, failed, leaked, hidden per kind in the order met', () => {
    const { by, add } = outcomeTally();
    add('b', { outcome: 'refused', hidden: 0, codes: 'title/count' });
    add('a', { outcome: 'leaked', hidden: 3, codes: '' });
    add('b', { outcome: 'failed', hidden: 2, codes: '' });
    add('b', { outcome: 'safe', hidden: 1, codes: '' });
    expect([...by.keys()]).toEqual(['b', 'a']);
    expect(by.get('b')).toEqual({ runs: 3, read: 2, refused: new Map([['title/count', 1]]), failed: 1, leaked: 0, hidden: 3 });
    expect(by.get('a')).toEqual({ runs: 1, read: 1, refused: new Map(), failed: 0, leaked: 1, hidden: 3 });
  });
});
