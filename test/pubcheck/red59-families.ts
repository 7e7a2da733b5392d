/**
 * red59 (issue #11): red team on round 22's readings. notes58 checked a note of left-out PATIENTS against every other
 * table (read.ts `leftOutElsewhere`); a note of left-out PLACES (「※ 3 施設を除く（データ不備）」, words55's place unit)
 * under a table of patients was read as such whatever the other tables count: where another table of the input counts
 * places (「表2 施設数（地域別）」) and one of its lines' sum, or some of its cells' sum, is the note's count (表2
 * 「データ不備」 1 and 2, hidden), a reader who takes the note for those places works the hidden cells back. Families:
 * - `leak`: the count the sum of a set of one line's cells in the places table holding a count under 10 (the line's
 *   sum, two small cells, one small cell, or a small and a large one), the note under the patients' table;
 * - `apart`: the count larger than every cell sum of the places table (places left out of both tables);
 * - `chance`: a count 1–30 and a places table of random counts (how many notes a cross-table match refuses by chance);
 * - `patients`: the other table counts PATIENTS and one of its lines adds up to the note's count (innocent: a count of
 *   places is no count of patients; read on the base, read now).
 */
import { int, lcg, pick } from './helpers.ts';
import { make as make57, KINDS as KINDS57 } from './life57-families.ts';

export interface Case59 {
  text: string;
  /** `leak`: how the count is made of the line 「…」 (cells a, b): a + b, a alone, a + a large b. */
  shape?: 'sum' | 'cell' | 'mixed';
  /** The label of the line the count is made of (`leak`, `patients`). */
  line?: string;
  n: number;
}

const NOTES = [
  '※ {n} 施設を除く（データ不備）',
  '注1: {n} 施設を除外',
  '※ {n} 医療機関を除く',
  'Note 1: {n} sites excluded',
  '* {n} hospitals excluded',
];
const PLACE_TITLES = ['表2 施設数（地域別）', '表2 参加施設の数', 'Table 2 Number of sites', '表2 医療機関数'];
const OUT = ['データ不備', '除外', '辞退', 'Excluded'];

function background(next: () => number): string[][] {
  return [
    ['男性', String(int(next, 20, 60)), String(int(next, 20, 60))],
    ['女性', String(int(next, 20, 60)), String(int(next, 20, 60))],
  ];
}

function write(title: string, cols: string[], rows: string[][], note?: string): string {
  return `# ${title}\n\t${cols.join('\t')}\n${rows.map((r) => r.join('\t')).join('\n')}\n${note ? `${note}\n` : ''}`;
}

export function* family59(kind: 'leak' | 'apart' | 'chance' | 'patients', seed: number, count = 100): Generator<Case59> {
  const next = lcg(seed);
  for (let c = 0; c < count; c++) {
    const bg = background(next);
    const out = pick(next, OUT);
    const lines = [
      [pick(next, ['北部', 'East', '関東']), String(int(next, 12, 40)), String(int(next, 12, 40))],
      [out, String(int(next, 1, 9)), String(int(next, 1, 9))],
      [pick(next, ['南部', 'West', '関西']), String(int(next, 12, 40)), String(int(next, 12, 40))],
    ];
    const small = lines[1]!;
    let n: number;
    let shape: Case59['shape'];
    if (kind === 'leak' || kind === 'patients') {
      shape = pick(next, ['sum', 'cell', 'mixed'] as const);
      if (shape === 'mixed') small[2] = String(int(next, 12, 30));
      n = shape === 'cell' ? Number(small[1]) : Number(small[1]) + Number(small[2]);
    } else if (kind === 'apart') {
      const all = [...bg, ...lines].reduce((s, r) => s + Number(r[1]) + Number(r[2]), 0);
      n = all + int(next, 1, 50);
    } else {
      for (const r of lines) for (const k of [1, 2]) r[k] = String(int(next, 0, 40));
      n = int(next, 1, 30);
    }
    if (next() < 0.5) lines.push(['合計', ...[1, 2].map((k) => String(lines.reduce((s, r) => s + Number(r[k]), 0)))]);
    const note = pick(next, NOTES).replace('{n}', String(n));
    const t1 = write('表1 患者背景', ['A群', 'B群'], bg, note);
    const t2 =
      kind === 'patients'
        ? write('表2 中止理由（患者数）', ['A群', 'B群'], lines)
        : write(
            pick(next, PLACE_TITLES),
            pick(next, [
              ['大学病院', '一般病院'],
              ['Public', 'Private'],
              ['公立', '私立'],
            ]),
            lines,
          );
    // `patients`: no reader's equation (a count of places is none of patients): measured for read and hidden only.
    yield { text: next() < 0.5 ? `${t1}\n${t2}` : `${t2}\n${t1}`, n, ...(shape && kind === 'leak' && { shape, line: out }) };
  }
}

/**
 * red59: life57's three tables (the at-risk line in 表1, events in 表2, censored in 表3: life57-families.ts `make`) with
 * 表2's and 表3's time points written otherwise than 表1's, the same points: 「12か月」 beside 「1年」 (`year`: points in
 * months that are whole years; others left in months), 「Day 30」 beside 「30日」 (`day`), 「4週」 beside 「Week 4」
 * (`week`), 「12か月」 beside 「Month 12」 (`month`), 「1年」 beside 「1年目」 (`ordinal`: the year ending at the point).
 * a3601f36 matched the points by label as written in a unit after the number (life57's `colsOver` through `timePoint`)
 * and tied none of them; a reader takes them for the same points. `truth` is the same three tables with every point
 * written as 表1's months (「12か月」), for the oracle; `back` turns the checker's labels into the truth's.
 * `innocent`: life57's look-alikes (表1 falling by random amounts) rewritten alike.
 */

export type Written = 'year' | 'day' | 'week' | 'month' | 'ordinal';
export const WRITTEN: readonly Written[] = ['year', 'day', 'week', 'month', 'ordinal'];
const WRITE: Record<Written, (v: number) => [string, string]> = {
  year: (v) => [`${v}か月`, v % 12 === 0 ? `${v / 12}年` : `${v}か月`],
  day: (v) => [`Day ${v}`, `${v}日`],
  week: (v) => [`${v}週`, `Week ${v}`],
  month: (v) => [`${v}か月`, `Month ${v}`],
  ordinal: (v) => (v % 12 === 0 ? [`${v / 12}年`, `${v / 12}年目`] : [`${v}か月`, `${v}か月目`]),
};
export interface LifeCase {
  text: string;
  truth: string;
  back: (label: string) => string;
}
export function lifeWritten(form: Written, count: number, seed: number, innocent = false): LifeCase[] {
  const next = lcg(seed);
  const back = (l: string) => {
    const m = /^(?:Day |Week |Month )?(\d+)\s*(年|日|週|か月)?目?$/.exec(l.trim());
    return m ? `${m[2] === '年' ? Number(m[1]) * 12 : m[1]}か月` : l;
  };
  return Array.from({ length: count }, (_, i) => {
    const blocks = make57(KINDS57[i % KINDS57.length]!, next, innocent).text.split('\n\n');
    const conv = (b: string, which: 0 | 1) => b.replace(/(\d+)(?:か月|ヶ月| months)/g, (_, v) => WRITE[form](Number(v))[which]);
    return {
      text: blocks.map((b, j) => conv(b, j === 0 ? 0 : 1)).join('\n\n'),
      truth: blocks.map((b) => b.replace(/(\d+)(?:か月|ヶ月| months)/g, (_, v) => `${v}か月`)).join('\n\n'),
      back,
    };
  });
}
