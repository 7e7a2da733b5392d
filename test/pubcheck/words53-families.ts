/**
 * words53 (issue #11): a title's count of lines' patients counted once read as the inequalities it is (the union: at
 * least each line, at most their sum), and a note's mark then a number before a label (「※ 3 肺炎」). Seeds 3100–3119.
 * - `union53` (3100–3109): two to four lines of small counts (1–5) beside two of ordinary ones over two to four
 *   groups (a 合計 row half the time); the title names two or three small lines, a group half the time, and states
 *   their patients counted once (at least one patient with two of them; below their sum, at least the largest);
 *   `pair` the lines, `col` the group (null: the whole lines), `union` per group the true union;
 * - `mark53` (3110–3119): the same tables under a plain title, a note under the table: a mark, a number and a small
 *   line's label (「※ 3 肺炎」「* 4 Stroke」「※3 肺炎」「注 2 転倒」), the number the line's sum, some of its cells' sum,
 *   or no sum of it (`kind`);
 * - `innocent53` (3110–3119, seed + 5): ordinary tables (counts 10–60, a small line half the time) with a note of a
 *   mark and its number written as notes are (「※1 入院は…」「*1 Fisher's exact test」「注1) …」「※2 施設を除く」).
 */
import { int, lcg, pick } from './helpers.ts';
import { render, type Case44 } from './words44-families.ts';

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_EVENTS = ['Death', 'Withdrawal', 'Stroke', 'Fall', 'Amputation', 'Intubation', 'Transfusion', 'Bleeding'];

export interface Case53 extends Case44 {
  shown: (string | number)[][];
  /** The small lines named (indices into `lines`, the rows as shown). */
  pair: number[];
  col: number | null;
  /** Per group, the patients counted once over the named lines (the true union there). */
  unions: number[];
  union: number;
}

function table(next: () => number, en: boolean, width: [number, number] = [2, 4]) {
  const cols = (en ? ['Arm A', 'Arm B', 'Arm C', 'Arm D'] : ['A群', 'B群', 'C群', 'D群']).slice(0, int(next, ...width));
  const names = [...(en ? EN_EVENTS : JA_EVENTS)].sort(() => next() - 0.5).slice(0, int(next, 2, 4));
  const small = names.map((r) => [r, ...cols.map(() => int(next, 1, 5))]);
  const big = (en ? ['Hospitalization', 'Other'] : ['入院', 'その他']).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
  const lines: (string | number)[][] = [...small, ...big].sort(() => next() - 0.5);
  const smallAt = names.map((n) => lines.findIndex((l) => l[0] === n));
  const shown =
    next() < 0.5 ? [...lines, [en ? 'Total' : '合計', ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]] : lines;
  return { cols, lines, smallAt, shown };
}

/**
 * Per group the patients of the union of the `pair` lines (`at(line, group)`): between the largest line and their sum,
 * and below the sum at the group `some` draws (words53, words60).
 */
export function unionsOf(
  next: () => number,
  groups: number,
  pair: number[],
  at: (r: number, k: number) => number,
  some: () => number,
): number[] {
  const unions = Array.from({ length: groups }, (_, k) => {
    const vs = pair.map((r) => at(r, k));
    return int(
      next,
      Math.max(...vs),
      vs.reduce((a, b) => a + b, 0),
    );
  });
  const k = some();
  const vs = pair.map((r) => at(r, k));
  if (unions[k] === vs.reduce((a, b) => a + b, 0)) unions[k] = Math.max(Math.max(...vs), unions[k]! - int(next, 1, Math.min(...vs)));
  return unions;
}

export function union53(seed: number, size: number): Case53[] {
  const next = lcg(seed);
  const out: Case53[] = [];
  while (out.length < size) {
    const en = next() < 0.5;
    const { cols, lines, smallAt, shown } = table(next, en);
    const m = smallAt.length >= 3 && next() < 0.35 ? 3 : 2;
    const pair = [...smallAt].sort(() => next() - 0.5).slice(0, m);
    const col = next() < 0.5 ? int(next, 0, cols.length - 1) : null;
    const at = (r: number, k: number) => lines[r]![k + 1] as number;
    // Per group: the union between the largest line and their sum; below the sum at one named group at least.
    const ks = col === null ? cols.map((_, k) => k) : [col];
    const unions = unionsOf(next, cols.length, pair, at, () => col ?? pick(next, ks));
    const union = ks.reduce((s, k) => s + unions[k]!, 0);
    const names = pair.map((r) => lines[r]![0] as string);
    const c = col === null ? '' : cols[col]!;
    const list = en
      ? names
          .map((x) => x.toLowerCase())
          .join(names.length > 2 ? ', ' : ' or ')
          .replace(/, ([^,]+)$/, ' or $1')
      : names.join('または');
    const words =
      col === null
        ? en
          ? pick(next, [`Patients with ${list}: ${union}`, `${list[0]!.toUpperCase()}${list.slice(1)} (patients): ${union}`])
          : pick(next, [`${list}の患者 ${union}例`, `${names.join('・')}のいずれかを認めた患者 ${union}例`])
        : en
          ? pick(next, [`Patients with ${list} in ${c.toLowerCase()}: ${union}`, `${c}, ${list}: ${union} patients`])
          : pick(next, [`${c}の${names.join('・')} ${union}例`, `${c}の${list}の患者 ${union}例`]);
    const title = en ? pick(next, [words, `Outcomes (${words})`]) : pick(next, [`有害事象（${words}）`, words]);
    out.push({ text: render(next, title, { cols, lines: shown }), said: title, leaks: true, lines, cols, shown, pair, col, unions, union });
  }
  return out;
}

export interface CaseMark extends Case44 {
  shown: (string | number)[][];
  /** The small line the note names (index into `lines`). */
  named: number;
  /** The note's number: the line's sum, some of its cells' sum, or no sum of them. */
  kind: 'sum' | 'cells' | 'none';
  n: number;
  glued: boolean;
}

export function mark53(seed: number, size: number): CaseMark[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const { cols, lines, smallAt, shown } = table(next, en, [2, 3]);
    const named = pick(next, smallAt);
    const cells = cols.map((_, k) => lines[named]![k + 1] as number);
    const sum = cells.reduce((a, b) => a + b, 0);
    const kind = pick(next, ['sum', 'sum', 'cells', 'none'] as const);
    let n = kind === 'sum' ? sum : kind === 'cells' ? pick(next, cells) : sum + int(next, 1, 3);
    const glued = next() < 0.3;
    const mark = pick(next, en ? ['*', '※', '†'] : ['※', '※', '注', '*']);
    const label = lines[named]![0] as string;
    const note = `${mark}${glued ? '' : ' '}${n} ${label}${pick(next, en ? ['', ' (patients)', ' events'] : ['', 'の患者', '（重複なし）'])}`;
    const title = pick(next, en ? ['Adverse events', 'Outcomes'] : ['有害事象', '転帰']);
    const body = `# ${title}\n${['', ...cols].join('\t')}\n${shown.map((l) => l.join('\t')).join('\n')}\n`;
    const text = next() < 0.5 ? `${body}${note}\n` : `${body}\n${note}\n`;
    return { text, said: note, leaks: kind !== 'none', lines, cols, shown, named, kind, n, glued };
  });
}

export function innocent53(seed: number, size: number): Case44[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const cols = (en ? ['Arm A', 'Arm B', 'Arm C'] : ['A群', 'B群', 'C群']).slice(0, int(next, 2, 3));
    const names = en ? ['Hospitalization', 'Other', 'Recovered'] : ['入院', 'その他', '回復'];
    const lines: (string | number)[][] = names.slice(0, int(next, 2, 3)).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
    if (next() < 0.5) lines.unshift([pick(next, en ? EN_EVENTS : JA_EVENTS), ...cols.map(() => int(next, 1, 3))]);
    const big = lines[lines.length - 1]![0] as string;
    const k = int(next, 1, 3);
    const note = en
      ? pick(next, [
          `*${k} Fisher's exact test`,
          `†${k} ${big} includes readmission`,
          `*${k}) ${big}: any cause`,
          `Note ${k}: ${big} within 30 days`,
        ])
      : pick(next, [
          `※${k} ${big}は30日以内`,
          `注${k}）${big}は再入院を含む`,
          `※${k}：Fisher の正確検定`,
          `※${k} 施設を除く`,
          `注${k}. ${big}の定義は本文参照`,
        ]);
    const title = pick(next, en ? ['Adverse events', 'Outcomes'] : ['有害事象', '転帰']);
    const body = `# ${title}\n${['', ...cols].join('\t')}\n${lines.map((l) => l.join('\t')).join('\n')}\n`;
    return { text: next() < 0.5 ? `${body}${note}\n` : `${body}\n${note}\n`, said: note, leaks: false, lines, cols };
  });
}
