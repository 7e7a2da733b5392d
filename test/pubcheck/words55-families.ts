/**
 * words55 (issue #11): a title's count of lines' patients counted once over groups that overlap (a patient in two
 * columns: 「65歳以上」「糖尿病あり」), and a note's mark before a count of what was left out (「※ 1 施設を除く」).
 * Seeds 3310–3339.
 * - `union55` (3310–3319): two or three small lines (1–6) beside two of ordinary ones over two to four overlapping
 *   groups (a 合計 row half the time); the title names the small lines (no group) and states their patients counted
 *   once over the whole table, at least each whole line's count and below both their sum and the sum of each group's
 *   largest (so the groups cannot be apart: words53 refused it, `title/count`).
 * - `exclude55` (3320–3329): ordinary tables (a small line half the time) under a note set apart from its mark and a
 *   number before a unit and words of leaving out (「※ 1 施設を除く」「* 2 sites excluded」「注 3 例を除外」), the
 *   number a line's sum or a cell of one in a quarter (`kind` 'sum': then no note, a count); `leaks` where it is.
 */
import { int, lcg, pick } from './helpers.ts';
import { render, type Case44 } from './words44-families.ts';
import type { Case53 } from './words53-families.ts';

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_EVENTS = ['Death', 'Withdrawal', 'Stroke', 'Fall', 'Amputation', 'Intubation', 'Transfusion', 'Bleeding'];
const JA_GROUPS = ['65歳以上', '糖尿病あり', '腎機能低下', '喫煙者'];
const EN_GROUPS = ['Age 65+', 'Diabetes', 'CKD', 'Smokers'];

export function union55(seed: number, size: number): Case53[] {
  const next = lcg(seed);
  const out: Case53[] = [];
  while (out.length < size) {
    const en = next() < 0.5;
    const cols = (en ? EN_GROUPS : JA_GROUPS).slice(0, int(next, 2, 4));
    const names = [...(en ? EN_EVENTS : JA_EVENTS)].sort(() => next() - 0.5).slice(0, int(next, 2, 3));
    const small = names.map((r) => [r, ...cols.map(() => int(next, 1, 6))]);
    const big = (en ? ['Hospitalization', 'Other'] : ['入院', 'その他']).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
    const lines: (string | number)[][] = [...small, ...big].sort(() => next() - 0.5);
    const pair = names.map((n) => lines.findIndex((l) => l[0] === n));
    const at = (r: number, k: number) => lines[r]![k + 1] as number;
    const lineSums = pair.map((r) => cols.reduce((s, _, k) => s + at(r, k), 0));
    const least = cols.reduce((s, _, k) => s + Math.max(...pair.map((r) => at(r, k))), 0);
    const all = lineSums.reduce((a, b) => a + b, 0);
    const lo = Math.max(...lineSums);
    const hi = Math.min(least, all) - 1;
    if (lo > hi) continue;
    const union = int(next, lo, hi);
    const shown =
      next() < 0.5
        ? [...lines, [en ? 'Total' : '合計', ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]]
        : lines;
    const ns = pair.map((r) => lines[r]![0] as string);
    const list = en
      ? ns
          .map((x) => x.toLowerCase())
          .join(ns.length > 2 ? ', ' : ' or ')
          .replace(/, ([^,]+)$/, ' or $1')
      : ns.join('または');
    const words = en
      ? pick(next, [`Patients with ${list}: ${union}`, `${list[0]!.toUpperCase()}${list.slice(1)} (patients): ${union}`])
      : pick(next, [`${list}の患者 ${union}例`, `${ns.join('・')}のいずれかを認めた患者 ${union}例`]);
    const title = en ? pick(next, [words, `Outcomes (${words})`]) : pick(next, [`有害事象（${words}）`, words]);
    out.push({
      text: render(next, title, { cols, lines: shown }),
      said: title,
      leaks: true,
      lines,
      cols,
      shown,
      pair,
      col: null,
      unions: [],
      union,
    });
  }
  return out;
}

export interface CaseExclude extends Case44 {
  shown: (string | number)[][];
  n: number;
  /** 'note': a number of no line's sum or cell; 'sum' / 'cell': the small line's sum or one of its cells. */
  kind: 'note' | 'sum' | 'cell';
}

export function exclude55(seed: number, size: number): CaseExclude[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const cols = (en ? ['Arm A', 'Arm B', 'Arm C'] : ['A群', 'B群', 'C群']).slice(0, int(next, 2, 3));
    const names = en ? ['Hospitalization', 'Other', 'Recovered'] : ['入院', 'その他', '回復'];
    const lines: (string | number)[][] = names.slice(0, int(next, 2, 3)).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
    const hasSmall = next() < 0.5;
    if (hasSmall) lines.unshift([pick(next, en ? EN_EVENTS : JA_EVENTS), ...cols.map(() => int(next, 1, 4))]);
    const cells = hasSmall ? (lines[0]!.slice(1) as number[]) : [];
    const sum = cells.reduce((a, b) => a + b, 0);
    const kind = hasSmall && next() < 0.25 ? pick(next, ['sum', 'cell'] as const) : 'note';
    let n = kind === 'sum' ? sum : kind === 'cell' ? pick(next, cells) : int(next, 1, 3);
    if (kind === 'note' && hasSmall) {
      // No sum of the small line's cells (nor its line's sum): a note's count only.
      const sums = new Set<number>([0]);
      for (const c of cells) for (const s of [...sums]) sums.add(s + c);
      while (sums.has(n)) n++;
    }
    const mark = pick(next, en ? ['*', '※', '†', 'Note'] : ['※', '※', '注', '*']);
    const note = en
      ? pick(next, [
          `${mark} ${n} sites excluded`,
          `${mark} ${n} hospitals were excluded`,
          `${mark} ${n} patients excluded (consent withdrawn)`,
          `${mark} ${n} centres excluded`,
        ])
      : pick(next, [
          `${mark} ${n} 施設を除く`,
          `${mark} ${n} 施設を除外`,
          `${mark} ${n} 例を除く`,
          `${mark} ${n} 例は同意撤回のため除外`,
          `${mark} ${n} 病院を除く`,
        ]);
    const shown =
      next() < 0.3
        ? [...lines, [en ? 'Total' : '合計', ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]]
        : lines;
    const title = pick(next, en ? ['Adverse events', 'Outcomes'] : ['有害事象', '転帰']);
    const body = `# ${title}\n${['', ...cols].join('\t')}\n${shown.map((l) => l.join('\t')).join('\n')}\n`;
    return {
      text: next() < 0.5 ? `${body}${note}\n` : `${body}\n${note}\n`,
      said: note,
      leaks: kind !== 'note',
      lines,
      cols,
      shown,
      n,
      kind,
    };
  });
}
