/**
 * words60 (issue #11): a cell's note mark matched to the nearest note after its own table, never a later table's.
 * Seeds 4480–4529.
 * - `later60` (4480–4489): words59's `marked59` tables (a count with a mark, 「2※1」「7a」, the note in most) followed by
 *   a second table (plain counts of other labels); the notes written under the SECOND table only (`kind` 'later': on
 *   a9147354 the mark was read with the later table's note, said as the note it names; now refused as a mark with no
 *   note, `cell/text` / `cell/mark`), or under their own table as words59 wrote them (`kind` 'own': innocent, read as
 *   on a9147354). `shown`, `marked` as `marked59`'s (the first table).
 * - `numbered60` (4490–4499): words59's `plain59` tables with one to three counts carrying a numbered mark set apart
 *   (「2 1)」「38 2)」) and its note 「1) 入院後の発症」 right under the table (no empty line: `row/short` on a9147354)
 *   or after an empty line (`line/count`, the 1 a count): `kind` 'numbered' (read now, said); 'glued' (「21)」: 21 or 2
 *   and 「1)」, refused on both); 'other' (the note opens with another number, 「2) …」 under 「2 1)」: refused on both);
 *   'plain' (no mark, a 「1) …」 note: innocent, as on a9147354).
 * - `wide60` (4500–4509): words53's `union53` over many groups — two or three small lines (1–5) beside two ordinary
 *   ones over 5 to 13 groups (a 合計 row half the time), the title stating the named lines' patients counted once over
 *   the whole table (each group's union between its largest line and their sum, below the sum in one group at least).
 *   `kind` by the choices lines^groups: 'few' (≤ 256: read on a9147354 too), 'wide' (257–4,096: refused on a9147354,
 *   `title/count`; read now), 'past' (over 4,096: refused on both, `title/union-not-searched` now). Attacked by
 *   words53-attack.ts `recoversUnion53` (HiGHS, the union per group as the truth reads it).
 */
import { int, lcg, pick } from './helpers.ts';
import { render } from './words44-families.ts';
import { unionsOf, type Case53 } from './words53-families.ts';
import { marked59, plain59, type Case59 } from './words59-families.ts';

export interface Case60 extends Omit<Case59, 'kind'> {
  kind: 'later' | 'own' | 'bare' | 'numbered' | 'glued' | 'other' | 'plain';
}

function second(next: () => number): string {
  const en = next() < 0.5;
  const cols = en ? ['Male', 'Female'] : ['男性', '女性'];
  const rows = en ? ['Under 65', '65 and over'] : ['65歳未満', '65歳以上'];
  const title = pick(next, en ? ['Table 2 Background', 'Background'] : ['表2 背景', '患者背景']);
  return `# ${title}\n\t${cols.join('\t')}\n${rows.map((r) => `${r}\t${cols.map(() => int(next, 12, 80)).join('\t')}`).join('\n')}\n`;
}

export function later60(seed: number, size: number): Case60[] {
  const next = lcg(seed + 1_000);
  return marked59(seed, size).map((c) => {
    const lines = c.text.replace(/\n+$/, '').split('\n');
    const rows = 2 + c.shown.length;
    const body = lines.slice(0, rows).join('\n') + '\n';
    const notes = lines.slice(rows).filter((l) => l.trim() !== '');
    const other = second(next);
    const own = next() < 0.4;
    const { kind: k59, ...rest } = c;
    const kind: Case60['kind'] = notes.length === 0 || k59 === 'bare' ? 'bare' : own ? 'own' : 'later';
    const text =
      notes.length === 0
        ? `${body}\n${other}`
        : own
          ? `${body}${notes.join('\n')}\n\n${other}`
          : `${body}\n${other}\n${notes.join('\n')}\n`;
    return { ...rest, kind, text };
  });
}

const NUMBERED_NOTES = ['入院後の発症', '同意撤回例を含む', 'Central review', 'Consent withdrawn', '中央判定'];

export function numbered60(seed: number, size: number): Case60[] {
  const next = lcg(seed + 1_000);
  return plain59(seed, size).map((c) => {
    const lines = c.text.replace(/\n+$/, '').split('\n');
    const r = next();
    const kind: Case60['kind'] = r < 0.55 ? 'numbered' : r < 0.7 ? 'glued' : r < 0.8 ? 'other' : 'plain';
    const marked: Case60['marked'] = [];
    const notes = new Set<string>();
    if (kind !== 'plain')
      for (let m = int(next, 1, 3); m > 0; m--) {
        const ri = int(next, 0, c.shown.length - 1);
        const k = int(next, 0, c.cols.length - 1);
        if (marked.some((x) => x.r === ri && x.k === k)) continue;
        const no = int(next, 1, 2);
        const fields = lines[2 + ri]!.split('\t');
        const text = `${fields[k + 1]}${kind === 'glued' ? '' : ' '}${no}${pick(next, [')', '）'])}`;
        fields[k + 1] = text;
        lines[2 + ri] = fields.join('\t');
        marked.push({ r: ri, k, text });
        notes.add(`${kind === 'other' ? no + 2 : no}) ${pick(next, NUMBERED_NOTES)}`);
      }
    else notes.add(`1) ${pick(next, NUMBERED_NOTES)}`);
    const body = lines.join('\n') + '\n';
    const under = [...notes].sort().join('\n');
    const { kind: _, ...rest } = c;
    return { ...rest, kind, marked, text: next() < 0.5 ? `${body}${under}\n` : `${body}\n${under}\n` };
  });
}

const JA_EVENTS = ['切断', '転倒', '挿管', '輸血', '透析導入', '心停止', 'ショック', '再手術', '肺炎', '出血'];
const EN_EVENTS = ['Death', 'Withdrawal', 'Stroke', 'Fall', 'Amputation', 'Intubation', 'Transfusion', 'Bleeding'];
const LETTERS = 'ABCDEFGHIJKLM';

export interface CaseWide extends Case53 {
  kind: 'few' | 'wide' | 'past';
}

export function wide60(seed: number, size: number): CaseWide[] {
  const next = lcg(seed);
  const out: CaseWide[] = [];
  while (out.length < size) {
    const en = next() < 0.5;
    const m = next() < 0.6 ? 2 : 3;
    const g = m === 2 ? int(next, 6, 13) : int(next, 5, 8);
    const cols = [...LETTERS.slice(0, g)].map((c) => (en ? `Arm ${c}` : `${c}群`));
    const names = [...(en ? EN_EVENTS : JA_EVENTS)].sort(() => next() - 0.5).slice(0, m);
    const small = names.map((r) => [r, ...cols.map(() => int(next, 1, 5))]);
    const big = (en ? ['Hospitalization', 'Other'] : ['入院', 'その他']).map((r) => [r, ...cols.map(() => int(next, 10, 60))]);
    const lines: (string | number)[][] = [...small, ...big].sort(() => next() - 0.5);
    const pair = names.map((n) => lines.findIndex((l) => l[0] === n));
    const at = (r: number, k: number) => lines[r]![k + 1] as number;
    const unions = unionsOf(next, g, pair, at, () => int(next, 0, g - 1));
    const union = unions.reduce((a, b) => a + b, 0);
    const shown =
      next() < 0.5
        ? [...lines, [en ? 'Total' : '合計', ...cols.map((_, c) => lines.reduce((s, l) => s + (l[c + 1] as number), 0))]]
        : lines;
    const list = en
      ? names
          .map((x) => x.toLowerCase())
          .join(names.length > 2 ? ', ' : ' or ')
          .replace(/, ([^,]+)$/, ' or $1')
      : names.join('または');
    const words = en
      ? `Patients with ${list}: ${union}`
      : pick(next, [`${list}の患者 ${union}例`, `${names.join('・')}のいずれかを認めた患者 ${union}例`]);
    const title = en ? pick(next, [words, `Outcomes (${words})`]) : pick(next, [`有害事象（${words}）`, words]);
    const choices = m ** g;
    out.push({
      text: render(next, title, { cols, lines: shown }),
      said: title,
      leaks: true,
      lines,
      cols,
      shown,
      pair,
      col: null,
      unions,
      union,
      kind: choices <= 256 ? 'few' : choices <= 4_096 ? 'wide' : 'past',
    });
  }
  return out;
}
