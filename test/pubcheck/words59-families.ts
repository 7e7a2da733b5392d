/**
 * words59 (issue #11): a note's mark written in a count's cell — 「2※1」「3*」「5†」「7a」「4¹」「6^1」「8（注1）」. Seeds
 * 4120–4169.
 * - `marked59` (4120–4129): ordinary count tables (a small line of 1–9 per cell half the time, a 合計 row in some, a
 *   title N in some) with one to three cells carrying a mark, small or not; the note the mark names under the table in
 *   most (「※1 同意撤回例を含む」「a) 入院後の発症」). `kind`: 'symbol' (※ * † ‡ § ¶ #, 注n, superscripts, ^n, circled:
 *   read on the branch, the count without the mark), 'letter' (「7a」「7 (a)」 with a note opening with the letter:
 *   read), 'bare' (a letter with no note: refused in words, `cell/mark`). `shown` holds the true counts (no mark).
 * - `plain59` (4130–4139): the same tables, no marks (innocent: nothing may change).
 * - `apart59` (4150–4159): words57's `numbered57` tables with the note written 「Note 6 patients excluded」 (the word,
 *   a space, the count: a note's number or a count, words59 (c)) — attacked by words57-attack.ts.
 * - `column59` (4140–4149): every cell of one column carries a mark (「7※1」「38※1」, 「7a」「38a」 with its note): on
 *   a3601f36 a column of them was a label column (「Hospitalization・7※1」), its counts published unchecked.
 */
import { int, lcg, pick } from './helpers.ts';
import { numbered57, type Case57 } from './words57-families.ts';

export interface Case59 {
  text: string;
  kind: 'symbol' | 'letter' | 'bare' | 'plain' | 'column';
  /** Each line's true counts (label, counts by column), a 合計 row last where there is one; `lines` before it. */
  shown: (string | number)[][];
  lines: number;
  cols: string[];
  /** The title's N (the sum of every count) where the title states it. */
  n?: number;
  /** The cells (row, column of `shown`) written with a mark, and the text each was written as. */
  marked: { r: number; k: number; text: string }[];
}

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_EVENTS = ['Death', 'Withdrawal', 'Stroke', 'Fall', 'Amputation', 'Intubation', 'Transfusion', 'Bleeding'];
const SYMBOLS = ['※1', '※2', '※', '*', '**', '†', '‡', '§', '¹', '²', '^1', '①', '注1', '（注1）', '(※1)', ' *', ' ※1', '#'];
const NOTE_OF: Record<string, string> = {
  '※1': '※1 同意撤回例を含む',
  '※2': '※2 再入院を含む',
  '※': '※ 観察期間中の発症',
  '*': '* 追跡中',
  '**': '** 判定保留を含む',
  '†': '† 死亡例を含む',
  '‡': '‡ 転院例',
  '§': '§ 中央判定',
  '¹': '¹ 院外発症を含む',
  '²': '² 重複あり',
  '^1': '1) 院外発症を含む',
  '①': '① 中央判定',
  注1: '注1: 重複あり',
  '（注1）': '注1）重複あり',
  '(※1)': '※1 同意撤回例を含む',
  ' *': '* 追跡中',
  ' ※1': '※1 同意撤回例を含む',
  '#': '# 判定保留',
};

function table(next: () => number, en: boolean) {
  const cols = (en ? ['Arm A', 'Arm B', 'Arm C'] : ['A群', 'B群', 'C群']).slice(0, int(next, 2, 3));
  const names = en ? ['Hospitalization', 'Other', 'Recovered'] : ['入院', 'その他', '回復'];
  const lines: (string | number)[][] = names.slice(0, int(next, 2, 3)).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
  if (next() < 0.6) lines.unshift([pick(next, en ? EN_EVENTS : JA_EVENTS), ...cols.map(() => int(next, 1, 9))]);
  const total = next() < 0.4;
  const shown = total
    ? [...lines, [en ? 'Total' : '合計', ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]]
    : lines;
  const all = lines.reduce((s, l) => s + (l.slice(1) as number[]).reduce((a, b) => a + b, 0), 0);
  const lead = pick(next, en ? ['Adverse events', 'Outcomes'] : ['有害事象', '転帰']);
  const n = next() < 0.25 ? all : undefined;
  const title = n === undefined ? lead : en ? `${lead} (N=${n})` : `${lead}（N=${n}）`;
  return { cols, lines: lines.length, shown, title, n };
}

const render = (title: string, cols: string[], rows: (string | number)[][]) =>
  `# ${title}\n${['', ...cols].join('\t')}\n${rows.map((l) => l.join('\t')).join('\n')}\n`;

export function marked59(seed: number, size: number): Case59[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const t = table(next, en);
    const r = next();
    const kind: Case59['kind'] = r < 0.6 ? 'symbol' : r < 0.85 ? 'letter' : 'bare';
    const written = t.shown.map((l) => l.map(String));
    const marked: Case59['marked'] = [];
    const notes = new Set<string>();
    for (let m = int(next, 1, 3); m > 0; m--) {
      const ri = int(next, 0, t.shown.length - 1);
      const k = int(next, 0, t.cols.length - 1);
      if (marked.some((x) => x.r === ri && x.k === k)) continue;
      let mark: string;
      if (kind === 'symbol') {
        mark = pick(next, SYMBOLS);
        if (next() < 0.8) notes.add(NOTE_OF[mark]!);
      } else {
        const letter = pick(next, ['a', 'b', 'c']);
        mark = pick(next, [letter, ` ${letter}`, ` (${letter})`, `^${letter}`]);
        if (kind === 'letter')
          notes.add(pick(next, [`${letter}) 入院後の発症`, `(${letter}) Consent withdrawn`, `${letter} Central review`]));
      }
      const text = `${written[ri]![k + 1]}${mark}`;
      written[ri]![k + 1] = text;
      marked.push({ r: ri, k, text });
    }
    const body = render(t.title, t.cols, written);
    const under = [...notes].join('\n');
    return {
      text: under === '' ? body : next() < 0.5 ? `${body}${under}\n` : `${body}\n${under}\n`,
      kind,
      shown: t.shown,
      lines: t.lines,
      cols: t.cols,
      ...(t.n !== undefined && { n: t.n }),
      marked,
    };
  });
}

export function plain59(seed: number, size: number): Case59[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const t = table(next, next() < 0.5);
    return {
      text: render(t.title, t.cols, t.shown),
      kind: 'plain',
      shown: t.shown,
      lines: t.lines,
      cols: t.cols,
      ...(t.n !== undefined && { n: t.n }),
      marked: [],
    };
  });
}

export function column59(seed: number, size: number): Case59[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const t = table(next, en);
    const written = t.shown.map((l) => l.map(String));
    const k = int(next, 0, t.cols.length - 1);
    const letter = next() < 0.3;
    const mark = letter
      ? pick(next, ['a', 'b'])
      : pick(
          next,
          SYMBOLS.filter((m) => !m.startsWith(' ')),
        );
    const note = letter ? `${mark}) 入院後の発症` : NOTE_OF[mark]!;
    const marked: Case59['marked'] = [];
    t.shown.forEach((_, ri) => {
      const text = `${written[ri]![k + 1]}${mark}`;
      written[ri]![k + 1] = text;
      marked.push({ r: ri, k, text });
    });
    const body = render(t.title, t.cols, written);
    return {
      text: `${body}\n${note}\n`,
      kind: 'column',
      shown: t.shown,
      lines: t.lines,
      cols: t.cols,
      ...(t.n !== undefined && { n: t.n }),
      marked,
    };
  });
}

/** words57's numbered notes rewritten with the word set apart from one number (「Note 6 patients excluded」). */
export function apart59(seed: number, size: number): Case57[] {
  return numbered57(seed, size).map((c) => {
    const said = c.said.replace(/^(?:Note \d+[:.] |[*†]\d+ |注\d+[:）] ?|注 \d+ |※\d+ )/, 'Note ');
    return { ...c, said, text: c.text.replace(c.said, said) };
  });
}
