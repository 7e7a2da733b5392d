/**
 * words61 (issue #11): counts with a numbered note mark glued on (「21)」「52）」: 2 or 5 and the mark 「1)」「2)」, or
 * the counts 21, 52), the note 「1) …」 under the table (right under it or after an empty line). Seeds 4730–4759.
 * `glued61` (4730–4739), words59's `Case59` (attacked by words59-attack.ts: a marked cell read as another count than
 * its true one, a small count shown, or one pinned by a MIP over the table, is a leak). `kind`:
 * - 'total': a 合計 row, the small line's counts glued with their marks (and a large line's, a third of the time): the
 *   合計 adds up with the counts without the marks, so the whole numbers cannot be the counts (read now, said);
 * - 'column': no 合計; every other count of the glued cell's column carries the same mark set apart (「51 1)」) (read);
 * - 'open': no 合計, no marked column: 21 or 2, not told apart (refused on both);
 * - 'whole': the whole numbers ARE the counts (21, a 「)」 after it), a 合計 adding up with them, a 「1)」 note of
 *   something else under the table (refused on both; read as 2 it is a misread).
 * `plainGlued61` (4740–4749): the innocent look — the same tables with no glued cell, marks set apart (「2 1)」) or
 * none, the 「1) …」 note under them: as on 31b5f650.
 */
import { int, lcg, pick } from './helpers.ts';
import type { Case59 } from './words59-families.ts';

export interface Case61 extends Omit<Case59, 'kind'> {
  kind: 'total' | 'column' | 'open' | 'whole' | 'plain';
}

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_EVENTS = ['Death', 'Withdrawal', 'Stroke', 'Fall', 'Amputation', 'Intubation', 'Transfusion', 'Bleeding'];
const NOTES = ['入院後の発症', '同意撤回例を含む', 'Central review', 'Consent withdrawn', '中央判定'];

const render = (title: string, cols: string[], rows: (string | number)[][]) =>
  `# ${title}\n${['', ...cols].join('\t')}\n${rows.map((l) => l.join('\t')).join('\n')}\n`;

function build(next: () => number, kind: Case61['kind']): Case61 {
  const en = next() < 0.5;
  const cols = (en ? ['Arm A', 'Arm B', 'Arm C'] : ['A群', 'B群', 'C群']).slice(0, int(next, 2, 3));
  const names = (en ? ['Hospitalization', 'Other', 'Recovered'] : ['入院', 'その他', '回復']).slice(0, int(next, 2, 3));
  const small: (string | number)[] = [pick(next, en ? EN_EVENTS : JA_EVENTS), ...cols.map(() => int(next, 1, 9))];
  const lines: (string | number)[][] = [small, ...names.map((r) => [r, ...cols.map(() => int(next, 10, 60))])];
  const written = lines.map((l) => l.map(String));
  const marked: Case61['marked'] = [];
  const nos = new Set<number>();
  const bracket = () => pick(next, [')', '）']);
  const glue = (r: number, k: number) => {
    const no = int(next, 1, 2);
    nos.add(no);
    if (kind === 'whole') lines[r]![k + 1] = Number(`${lines[r]![k + 1]}${no}`);
    written[r]![k + 1] = `${lines[r]![k + 1] as number}${kind === 'whole' ? '' : no}${bracket()}`;
    marked.push({ r, k, text: written[r]![k + 1]! });
    return no;
  };
  if (kind === 'plain') {
    for (let m = int(next, 0, 2); m > 0; m--) {
      const k = int(next, 0, cols.length - 1);
      if (marked.some((x) => x.k === k)) continue;
      const no = int(next, 1, 2);
      nos.add(no);
      written[0]![k + 1] = `${lines[0]![k + 1]} ${no}${bracket()}`;
      marked.push({ r: 0, k, text: written[0]![k + 1]! });
    }
    if (nos.size === 0) nos.add(1);
  } else if (kind === 'column') {
    const k = int(next, 0, cols.length - 1);
    const no = glue(0, k);
    for (let r = 1; r < lines.length; r++) {
      written[r]![k + 1] = `${lines[r]![k + 1]} ${no}${bracket()}`;
      marked.push({ r, k, text: written[r]![k + 1]! });
    }
  } else {
    for (let m = int(next, 1, 2); m > 0; m--) {
      const k = int(next, 0, cols.length - 1);
      if (!marked.some((x) => x.r === 0 && x.k === k)) glue(0, k);
    }
    if (kind === 'total' && next() < 0.33) glue(int(next, 1, lines.length - 1), int(next, 0, cols.length - 1));
  }
  const withTotal = kind === 'total' || kind === 'whole' || (kind === 'plain' && next() < 0.5);
  const shown = withTotal
    ? [...lines, [en ? 'Total' : '合計', ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]]
    : lines;
  if (withTotal) written.push(shown[shown.length - 1]!.map(String));
  const title = pick(next, en ? ['Adverse events', 'Outcomes'] : ['有害事象', '転帰']);
  const body = render(title, cols, written);
  const under = [...nos]
    .sort()
    .map((no) => `${no}) ${pick(next, NOTES)}`)
    .join('\n');
  return {
    text: next() < 0.5 ? `${body}${under}\n` : `${body}\n${under}\n`,
    kind,
    shown,
    lines: lines.length,
    cols,
    marked,
  };
}

export function glued61(seed: number, size: number): Case61[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const r = next();
    return build(next, r < 0.35 ? 'total' : r < 0.6 ? 'column' : r < 0.85 ? 'open' : 'whole');
  });
}

export function plainGlued61(seed: number, size: number): Case61[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => build(next, 'plain'));
}
