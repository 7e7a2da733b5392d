/**
 * words60 (issue #11): a cell's note mark matched to the nearest note after its own table, never a later table's.
 * Seeds 4480–4529.
 * - `later60` (4480–4489): words59's `marked59` tables (a count with a mark, 「2※1」「7a」, the note in most) followed by
 *   a second table (plain counts of other labels); the notes written under the SECOND table only (`kind` 'later': on
 *   a9147354 the mark was read with the later table's note, said as the note it names; now refused as a mark with no
 *   note, `cell/text` / `cell/mark`), or under their own table as words59 wrote them (`kind` 'own': innocent, read as
 *   on a9147354). `shown`, `marked` as `marked59`'s (the first table).
 */
import { int, lcg, pick } from './helpers.ts';
import { marked59, type Case59 } from './words59-families.ts';

export interface Case60 extends Omit<Case59, 'kind'> {
  kind: 'later' | 'own' | 'bare';
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
