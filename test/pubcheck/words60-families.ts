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
 */
import { int, lcg, pick } from './helpers.ts';
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
