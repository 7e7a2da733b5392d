/**
 * words57 (issue #11): numbered notes under a table — 「Note 1: 3 patients excluded」「注1: 3 例を除く」「注 2 6例を除外」
 * 「※1 3例を除く」「*1 2 sites excluded」 — the note's number, then one count, its unit and words. Seeds 3750–3799.
 * - `numbered57` (3750–3769): ordinary tables (a small line of 1–4 per cell half the time, a 合計 row in some, a title
 *   N in some) under one numbered note, directly below or after an empty line; its mark (「※1」「*1」「¹」「（注1）」)
 *   on the small line's label in some. `kind`: 'note' — a count of patients or places left out, no line's sum nor
 *   any sum of one line's cells (the truth: no count of the table); 'sum' / 'cell' — the small line's sum or one of
 *   its cells (the truth: that line's count, said as left out or as a count: 「3例は死亡」); 'n' — a count left out
 *   under a title stating the N. `truth`: the cells (row, column of `shown`) whose sum the note's count is, where it is.
 * - `plain57` (3770–3779): innocent look-alikes — the same tables under a numbered note with no count (「Note 1:
 *   Fisher's exact test」「注1: 施設は除く」「※2 同意撤回例を含む」).
 */
import { int, lcg, pick } from './helpers.ts';

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_EVENTS = ['Death', 'Withdrawal', 'Stroke', 'Fall', 'Amputation', 'Intubation', 'Transfusion', 'Bleeding'];
const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export interface Case57 {
  text: string;
  said: string;
  kind: 'note' | 'sum' | 'cell' | 'n' | 'plain';
  /** Each line as published (label, counts by column), a 合計 row last where there is one; `lines` before it. */
  shown: (string | number)[][];
  lines: number;
  cols: string[];
  n: number;
  truth: [number, number][];
  tied: boolean;
}

function table(next: () => number, en: boolean) {
  const cols = (en ? ['Arm A', 'Arm B', 'Arm C'] : ['A群', 'B群', 'C群']).slice(0, int(next, 2, 3));
  const names = en ? ['Hospitalization', 'Other', 'Recovered'] : ['入院', 'その他', '回復'];
  const lines: (string | number)[][] = names.slice(0, int(next, 2, 3)).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
  const hasSmall = next() < 0.6;
  if (hasSmall) lines.unshift([pick(next, en ? EN_EVENTS : JA_EVENTS), ...cols.map(() => int(next, 1, 4))]);
  return { cols, lines, hasSmall };
}

function markOf(next: () => number, en: boolean, no: number): { opening: string; onLabel: string } {
  const forms = en
    ? [
        { opening: `Note ${no}: `, onLabel: `(Note ${no})` },
        { opening: `*${no} `, onLabel: `*${no}` },
        { opening: `†${no} `, onLabel: `†${no}` },
        { opening: `Note ${no}. `, onLabel: [...String(no)].map((d) => SUP[Number(d)]).join('') },
      ]
    : [
        { opening: `注${no}: `, onLabel: `（注${no}）` },
        { opening: `注${no}）`, onLabel: `（注${no}）` },
        { opening: `注 ${no} `, onLabel: `（注${no}）` },
        { opening: `※${no} `, onLabel: `※${no}` },
        { opening: `*${no} `, onLabel: `*${no}` },
      ];
  return pick(next, forms);
}

function render(title: string, cols: string[], shown: (string | number)[][]): string {
  return `# ${title}\n${['', ...cols].join('\t')}\n${shown.map((l) => l.join('\t')).join('\n')}\n`;
}

export function numbered57(seed: number, size: number): Case57[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const { cols, lines, hasSmall } = table(next, en);
    const cells = hasSmall ? (lines[0]!.slice(1) as number[]) : [];
    const sum = cells.reduce((a, b) => a + b, 0);
    const r = next();
    const kind: Case57['kind'] = hasSmall && r < 0.4 ? pick(next, ['sum', 'cell'] as const) : r < 0.55 ? 'n' : 'note';
    let truth: [number, number][] = [];
    let n: number;
    if (kind === 'sum') {
      n = sum;
      truth = cells.map((_, k) => [0, k]);
    } else if (kind === 'cell') {
      const k = int(next, 0, cells.length - 1);
      n = cells[k]!;
      truth = [[0, k]];
    } else {
      // No sum of any line's cells (nor a line's sum): a count left out only.
      const sums = new Set<number>([0]);
      for (const l of lines) {
        const own = new Set<number>([0]);
        for (const c of l.slice(1) as number[]) for (const s of [...own]) own.add(s + c);
        for (const s of own) sums.add(s);
      }
      n = int(next, 1, 12);
      while (sums.has(n)) n++;
    }
    const no = int(next, 1, 3);
    const { opening, onLabel } = markOf(next, en, no);
    const tied = hasSmall && next() < 0.4;
    if (tied) lines[0]![0] = `${lines[0]![0]}${onLabel}`;
    const places = kind === 'note' && next() < 0.25;
    const words =
      kind === 'sum' || kind === 'cell'
        ? next() < 0.7
          ? en
            ? pick(next, [`${n} patients excluded`, `${n} patients were excluded (consent withdrawn)`])
            : pick(next, [`${n}例を除く`, `${n} 例は同意撤回のため除外`])
          : en
            ? `${n} patients died`
            : `${n}例は死亡`
        : places
          ? en
            ? pick(next, [`${n} sites excluded`, `${n} hospitals were excluded`])
            : pick(next, [`${n} 施設を除く`, `${n}病院を除外`])
          : en
            ? pick(next, [`${n} patients excluded`, `${n} patients were excluded (consent withdrawn)`])
            : pick(next, [`${n}例を除く`, `${n} 例は同意撤回のため除外`, `${n}名を除外した`]);
    const note = `${opening}${words}`;
    const shown =
      next() < 0.3
        ? [...lines, [en ? 'Total' : '合計', ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]]
        : lines;
    const total = lines.reduce((s, l) => s + (l.slice(1) as number[]).reduce((a, b) => a + b, 0), 0);
    const lead = pick(next, en ? ['Adverse events', 'Outcomes'] : ['有害事象', '転帰']);
    const title = kind === 'n' ? (en ? `${lead} (N=${total})` : `${lead}（N=${total}）`) : lead;
    const body = render(title, cols, shown);
    return {
      text: next() < 0.5 ? `${body}${note}\n` : `${body}\n${note}\n`,
      said: note,
      kind,
      shown,
      lines: lines.length,
      cols,
      n,
      truth,
      tied,
    };
  });
}

export function plain57(seed: number, size: number): Case57[] {
  const next = lcg(seed);
  return Array.from({ length: size }, () => {
    const en = next() < 0.5;
    const { cols, lines } = table(next, en);
    const no = int(next, 1, 3);
    // 「注 3 肺炎」 (a number set apart, not closed) stays words53's: a note's number or a count, refused.
    const opening = markOf(next, en, no).opening.replace(/^注 (\d+) $/, '注$1: ');
    const words = en
      ? pick(next, ["Fisher's exact test", 'Sites with missing data were excluded', 'Consent withdrawn patients included'])
      : pick(next, ['施設は除く', '同意撤回例を含む', 'Fisher の正確検定']);
    const note = `${opening}${words}`;
    const body = render(pick(next, en ? ['Adverse events', 'Outcomes'] : ['有害事象', '転帰']), cols, lines);
    return {
      text: next() < 0.5 ? `${body}${note}\n` : `${body}\n${note}\n`,
      said: note,
      kind: 'plain',
      shown: lines,
      lines: lines.length,
      cols,
      n: 0,
      truth: [],
      tied: false,
    };
  });
}
