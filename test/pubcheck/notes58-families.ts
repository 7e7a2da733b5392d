/**
 * notes58 (issue #11, red58's open leak): a note of left-out patients under one table (「注1: 8 例を除く（同意撤回）」,
 * 「※ 8 例を除く」) whose count is the sum of some cells of one line of ANOTHER table of the input (表2 「同意撤回」 3 and
 * 5). words55/57 read such a note as patients outside the table wherever its count is none of its own table's sums;
 * a reader who takes it for the other table's patients works the hidden cells back. Seeded families:
 * - `leak`: the count the sum of a set of one line's cells in the other table holding a count under 10 (the line's
 *   sum, two small cells, one small cell, or a small and a large one), the note under either table;
 * - `apart`: the count larger than every cell sum of both tables (a true note of left-out patients);
 * - `chance`: a count 1–30 and tables of random counts (how many notes a cross-table match refuses by chance).
 */
import { int, lcg, pick } from './helpers.ts';

export interface Case58 {
  text: string;
  /** The note's count: the sum of cells of the other table holding a count under 10 (a reader's equation). */
  leaks: boolean;
  /** `leak`: how the count is made of 表2 「同意撤回」's cells (A群 a, B群 b): a + b, a alone, a + a large b. */
  shape?: 'sum' | 'cell' | 'mixed';
  n: number;
}

const NOTES = ['注1: {n} 例を除く（同意撤回）', '※ {n} 例を除く', '注 2 {n}例を除外', 'Note 1: {n} patients excluded'];

function background(next: () => number, total: boolean): string[][] {
  const rows = [
    ['男性', String(int(next, 20, 60)), String(int(next, 20, 60))],
    ['女性', String(int(next, 20, 60)), String(int(next, 20, 60))],
  ];
  if (total) rows.push(['合計', ...[1, 2].map((k) => String(rows.reduce((s, r) => s + Number(r[k]), 0)))]);
  return rows;
}

function write(title: string, rows: string[][], note?: string): string {
  return `# ${title}\n\tA群\tB群\n${rows.map((r) => r.join('\t')).join('\n')}\n${note ? `${note}\n` : ''}`;
}

export function* family58(kind: 'leak' | 'apart' | 'chance', seed: number, count = 100): Generator<Case58> {
  const next = lcg(seed);
  for (let c = 0; c < count; c++) {
    const bg = background(next, next() < 0.5);
    const reasons = [
      ['有害事象', String(int(next, 12, 40)), String(int(next, 12, 40))],
      ['同意撤回', String(int(next, 1, 9)), String(int(next, 1, 9))],
      ['その他', String(int(next, 12, 40)), String(int(next, 12, 40))],
    ];
    const small = reasons[1]!;
    let n: number;
    let leaks = false;
    let shape: Case58['shape'];
    if (kind === 'leak') {
      shape = pick(next, ['sum', 'cell', 'mixed'] as const);
      if (shape === 'mixed') small[2] = String(int(next, 12, 30));
      n = shape === 'cell' ? Number(small[1]) : Number(small[1]) + Number(small[2]);
      leaks = true;
    } else if (kind === 'apart') {
      const all = [...bg, ...reasons].reduce((s, r) => s + Number(r[1]) + Number(r[2]), 0);
      n = all + int(next, 1, 50);
    } else {
      for (const r of reasons) for (const k of [1, 2]) r[k] = String(int(next, 0, 40));
      n = int(next, 1, 30);
    }
    const note = pick(next, NOTES).replace('{n}', String(n));
    const under = next() < 0.5 ? 1 : 2;
    const t1 = write('表1 背景', bg, under === 1 ? note : undefined);
    const t2 = write('表2 中止理由', reasons, under === 2 ? note : undefined);
    yield { text: under === 1 ? `${t1}\n${t2}` : `${t2}\n${t1}`, leaks, n, ...(shape && { shape }) };
  }
}
