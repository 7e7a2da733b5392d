/**
 * review72 (seeds 5760–5769): structure-only identity proof. Runs the checker of the tree `ROOT` names (this tree
 * unless said) over the fixture tables and the rates/means/extremes/stats families' tables at seeds 5760–5769 and
 * prints, per case, a hash of its JSON report, its text report and its HTML report (the same date), so that the
 * base's and the branch's outputs can be diffed line by line.
 *
 *   ROOT=/tmp/base-review72 npx node test/pubcheck/review72-identity.ts [count] > base.txt
 *   npx node test/pubcheck/review72-identity.ts [count] > branch.txt && diff base.txt branch.txt
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { checkerOfRoot } from './helpers.ts';
import { KINDS as RATES70 } from './rates70-families.ts';
import { crossSum } from './rates66-families.ts';
import { misplacedShares } from './redd62-families.ts';
import { manyLines, crossBase } from './redh64-families.ts';
import { familyTables } from './rates3-families.ts';
import { orphanTables, intervalTables } from './rates5-families.ts';
import { rates7Tables } from './rates7-families.ts';
import { rates8Tables } from './rates8-families.ts';
import { loneTables, categoryTables, shareCiTables, rangeCategoryTables } from './rates10-families.ts';
import { shareCiFamily, personTimeTables, sdTables } from './rates11-families.ts';
import { countCiFamily } from './rates12-families.ts';
import { rateBeside } from './formats62-families.ts';
import { meanTables } from './attack36-families.ts';
import { ratioTables } from './means37-families.ts';
import { weightedTables, denseMeanTables } from './means39-families.ts';
import { doseCases, chanceWeightCases } from './means46-families.ts';
import { nCases, sdCases, twoCases } from './means48-families.ts';
import { linkedCases } from './means49-families.ts';
import { nestCases, crossCases } from './means53-families.ts';
import { allCases } from './means59-families.ts';
import { stats39Cases, centreCases, binaryCases } from './stats39-families.ts';
import { binaryCellCases, meanExtremeCases } from './stats40-families.ts';
import { plainMeanCases } from './stats41-families.ts';
import { shareCases } from './extremes60-families.ts';
import { fracCases, rankCases } from './extremes62-families.ts';
import { freqMissing, stata } from './formats35-families.ts';
import { freqMissingCross, stataCum, sasCum } from './formats36-families.ts';
import { sasCrossMore, sasCrossExtras } from './formats42-families.ts';
import { sasCode } from './titles68-families.ts';
import { family as life42, KINDS as LIFE42 } from './life42-families.ts';
import { family as life44, KINDS as LIFE44, SAID as SAID44 } from './life44-families.ts';
import { int, lcg } from './helpers.ts';

const FORMS7 = ['下限|上限', 'Lower|Upper', 'LV%CI下限|LV%CI上限'];
const FORMS8 = ['triple:PLO%|50%|PHI%', 'triple:PLO%|中央値|PHI%', 'triple-before:PPLO|P50|PPHI'];
const SEEDS = [5760, 5761, 5762, 5763, 5764, 5765, 5766, 5767, 5768, 5769];
const n = Number(process.argv[2] ?? 3);
const root = process.env.ROOT ?? new URL('../..', import.meta.url).pathname;
const { check, highs, bundle } = await checkerOfRoot();
const { toReport, renderText, renderReport } = (await import(
  `${root}/src/pubcheck/report.ts`
)) as typeof import('../../src/pubcheck/report.ts');

type Gen = (count: number, seed: number) => readonly { text: string }[];
const gens: [string, Gen][] = [
  ...Object.entries(RATES70).map(([k, v]) => [`rates70.${k}`, v.cases] as [string, Gen]),
  ['rates66.split', (c, s) => crossSum(c, s, 'split')],
  ['rates66.parts', (c, s) => crossSum(c, s, 'parts')],
  ['rates66.innocent', (c, s) => crossSum(c, s, 'split', true)],
  ['redd62.misplaced', (c, s) => misplacedShares(c, s)],
  ['redh64.many', (c, s) => manyLines(c, s, false)],
  ['redh64.two', (c, s) => manyLines(c, s, false, true)],
  ['redh64.wide', (c, s) => manyLines(c, s, false, false, 'wide')],
  ['redh64.twelve', (c, s) => manyLines(c, s, false, false, 'twelve')],
  ['redh64.combine', (c, s) => manyLines(c, s, false, false, 'combine')],
  ['redh64.cross', (c, s) => crossBase(c, s)],
  ['rates3.million', (c, s) => familyTables('million', c, s)],
  ['rates3.days', (c, s) => familyTables('days', c, s)],
  ['rates5.other', (c, s) => orphanTables('other', c, s)],
  ['rates5.events', (c, s) => orphanTables('events', c, s)],
  ['rates5.interval', (c, s) => intervalTables(c, s)],
  ['rates7', (c, s) => rates7Tables(FORMS7, c, s)],
  ['rates8', (c, s) => rates8Tables(FORMS8, c, s)],
  ['rates10.lone', (c, s) => loneTables(c, s)],
  ['rates10.both', (c, s) => loneTables(c, s, ['count', 'share', 'rate'], true)],
  ['rates10.category', (c, s) => categoryTables(c, s)],
  ['rates10.shareCi', (c, s) => shareCiTables(c, s)],
  ['rates10.range', (c, s) => rangeCategoryTables(c, s)],
  ['rates11.shareCi', (c, s) => shareCiFamily(c, s)],
  ['rates11.pt', (c, s) => personTimeTables(c, s)],
  ['rates11.sd', (c, s) => sdTables(c, s)],
  ['rates12.countCi', (c, s) => countCiFamily(c, s)],
  ['formats62.beside', (c, s) => rateBeside(c, s)],
  ['formats62.other', (c, s) => rateBeside(c, s, true)],
  ['attack36.mean', (c, s) => meanTables(c, s)],
  ['means37.ratio', (c, s) => ratioTables(c, s)],
  ['means39.weighted', (c, s) => weightedTables(c, s)],
  ['means39.dense', (c, s) => denseMeanTables(c, s)],
  ['means46.dose', (c, s) => doseCases(c, s)],
  ['means46.chance', (c, s) => chanceWeightCases(c, s)],
  ['means48.n', (c, s) => nCases(c, s)],
  ['means48.sd', (c, s) => sdCases(c, s)],
  ['means48.two', (c, s) => twoCases(c, s)],
  ['means49.linked', (c, s) => linkedCases(c, s)],
  ['means53.nest', (c, s) => nestCases(c, s)],
  ['means53.cross', (c, s) => crossCases(c, s)],
  ['means59.all', (c, s) => allCases(c, s)],
  ['stats39', (c, s) => stats39Cases(c, s)],
  ['stats39.centre', (c, s) => centreCases(c, s)],
  ['stats39.binary', (c, s) => binaryCases(c, s)],
  ['stats40.binaryCell', (c, s) => binaryCellCases(c, s)],
  ['stats40.meanExtreme', (c, s) => meanExtremeCases(c, s)],
  ['stats41.plainMean', (c, s) => plainMeanCases(c, s)],
  ['extremes60.share', (c, s) => shareCases(c, s, 'share')],
  ['extremes60.innocent', (c, s) => shareCases(c, s, 'innocent')],
  ['extremes62.frac', (c, s) => fracCases(c, s)],
  ['extremes62.rank', (c, s) => rankCases(c, s)],
];

/** Which of report.ts' rate reasons a report holds (a letter each): the coverage of the reasons' branches. */
const WHY: Record<string, string> = {
  W: 'この全体の平均も秘匿します',
  P: 'この平均も秘匿します（同じ患者の和',
  T: 'この平均も秘匿します（同じ見出しの表の人数',
  H: 'この平均も秘匿します（同じ見出しの表の和',
  B: 'この 0/1 の変数の',
  E: 'の値も秘匿します（',
  R: 'この比も秘匿します',
  S: 'この標準偏差も秘匿します',
  M: 'この平均も秘匿します（平均 ',
  I: 'この割合の信頼区間も秘匿します',
  A: 'この率も秘匿します（単位や分母',
  V: 'のイベント数を秘匿するため、この率も秘匿します',
  N: ' ÷ 率 ',
};
/** review72's third step (listing.ts `missingLink`, cumulative.ts `overTimeUnsaid`, `firstSmall`): `PART=2` runs these only. */
const gens2: [string, Gen][] = [
  ['formats35.freqMissing', (c, s) => freqMissing(c, s)],
  ['formats35.stata', (c, s) => stata(c, s)],
  ['formats35.stataSmallCum', (c, s) => stata(c, s, true)],
  ['formats36.freqMissingCross', (c, s) => freqMissingCross(c, s)],
  ['formats36.stataCum', (c, s) => stataCum(c, s)],
  ['formats36.sasCum', (c, s) => sasCum(c, s)],
  ['formats42.more', (c, s) => sasCrossMore(c, s)],
  ['formats42.extras', (c, s) => sasCrossExtras(c, s)],
  ['titles68.sasCode', (c, s) => sasCode(c, s)],
  ...[...LIFE42, ...LIFE44, ...SAID44].map(
    (k) =>
      [`life.${k}`, (c: number, s: number) => (LIFE42.includes(k as never) ? life42(k as never, c, s) : life44(k as never, c, s))] as [
        string,
        Gen,
      ],
  ),
  // Lines over time points that never fall (or never rise), small steps now and then: `cumulativeLike`, `atRiskLike`.
  [
    'hand.overTime',
    (c, s) => {
      const next = lcg(s ^ 0x7272);
      return Array.from({ length: c * 4 }, (_, q) => {
        const points = q % 2 === 0 ? ['2020年', '2021年', '2022年', '2023年'] : ['0か月', '6か月', '12か月', '18か月'];
        const down = q % 4 >= 2;
        const rows = ['A群', 'B群', 'C群'].slice(0, int(next, 1, 3)).map((g) => {
          let v = int(next, 40, 200);
          const xs = points.map(() => (v = Math.max(0, v + (down ? -1 : 1) * int(next, 0, 25))));
          return [g, ...xs].join('\t');
        });
        return { text: [['', ...points].join('\t'), ...rows].join('\n') + '\n' };
      });
    },
  ],
];
const when = new Date('2026-01-01T00:00:00Z');
const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
const only = process.env.ONLY;
function run(name: string, text: string): void {
  const r = check(highs, bundle, text, { details: true }, { protection: 'threshold', mipSeconds: 0.3 });
  const report = toReport(r, bundle, when);
  const json = JSON.stringify(report);
  const rates = r.ok ? r.tables.reduce((s, t) => s + ((t as { table?: { rates?: unknown[] } }).table?.rates?.length ?? 0), 0) : 0;
  const kinds = Object.entries(WHY)
    .filter(([, w]) => json.includes(w))
    .map(([k]) => k)
    .join('');
  console.log(name, r.ok ? 'read' : 'refused', rates, kinds || '-', hash(json), hash(renderText(report)), hash(renderReport(report)));
  if (only === name) console.error(json);
  // CODES=1: each case's warning codes on stderr (which readings the cases reach).
  if (process.env.CODES) console.error(name, [...new Set(report.warnings.map((w) => w.code))].join(' '));
}

const part2 = process.env.PART === '2';
const dir = new URL('../fixtures/pubcheck/tables/', import.meta.url).pathname;
if (!part2)
  for (const f of readdirSync(dir).sort()) {
    const buf = readFileSync(dir + f);
    run(`fixture.${f}`, f.endsWith('.csv') && f.includes('sjis') ? new TextDecoder('shift_jis').decode(buf) : buf.toString('utf8'));
  }
// Rates whose base (a line of patients) may be hidden where its events are not (the plain rate's base reason).
const HAND: [number, number, number][] = [
  [4, 0, 250],
  [6, 2, 250],
  [300, 15, 7],
  [300, 15, 8],
];
if (!part2)
  for (const [q, [a, e, b]] of HAND.entries())
    run(
      `hand.base.${q}`,
      `群\t患者数\tイベント数\t発現率（/100人）\nA群\t${a}\t${e}\t${((100 * e) / a).toFixed(1)}\nB群\t${b}\t20\t${((100 * 20) / b).toFixed(1)}\n合計\t${a + b}\t${e + 20}\t${((100 * (e + 20)) / (a + b)).toFixed(1)}\n`,
    );
for (const [g, gen] of part2 ? gens2 : gens)
  for (const seed of SEEDS) {
    let cases: readonly { text: string }[] = [];
    try {
      cases = gen(n, seed);
    } catch (e) {
      console.log(g, seed, 'generator failed', String(e).slice(0, 80));
    }
    cases.slice(0, n).forEach((c, q) => run(`${g}.${seed}.${q}`, c.text));
  }
