/**
 * meeting/mention — every 「第N回」 in a body (clause, meeting, term) or in a YAML text names a meeting that has a record
 * (a meeting whose `number` is N), however N is written: 第31回, 第 31 回, 第３１回 (full-width), 第三十一回 (kanji).
 *
 * Why: pages link 「第N回」 to the meeting; a mention of a meeting we have no record of is either a typo or
 * a missing record (status: record-only holds what later minutes say of a meeting).
 * How to fix: correct the number, or add content/meetings/m<N>.mdx.
 *
 * @example not-ok — 「前回（第99回）有識者会議において了承された」 with no meeting number 99 (or 第九十九回, 第９９回)
 * @example ok — 「前回（第30回）有識者会議において了承された」 with meetings/m30.mdx (`number: 30`)
 */
import type { Model } from '../../src/model/model.ts';
import { allBodies } from '../../src/model/bodies.ts';
import { finding, inContent, type Finding, type FilePosition, type Rule } from './kit.ts';

const id = 'meeting/mention';

export const rule: Rule = {
  id,
  description: 'Every 「第N回」 in text names a meeting with a record.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const numbers = new Set([...model.meetings.values()].map((m) => m.data.number));
    const known = [...numbers]
      .sort((a, b) => a - b)
      .map((n) => `第${n}回`)
      .join(', ');
    // `place` is asked only for a mention that is reported: a YAML mention's position is computed on demand.
    const check = (number: number, text: string, place: () => FilePosition) => {
      // A record m<N> with a wrong number is meeting/number's finding, not one per mention of 第N回.
      if (numbers.has(number) || model.meetings.has(`m${number}`)) return;
      out.push(
        finding(
          id,
          place(),
          `「${text}」 is not a meeting with a record; expected a meeting in ${inContent(model, 'meetings/')}${known ? ` (${known})` : ''}`,
          `correct the number, or add ${inContent(model, 'meetings/')}m${number}.mdx (status: record-only if only later minutes mention it)`,
          [
            { kind: 'meeting', number },
            { kind: 'meeting', id: `m${number}` },
          ],
        ),
      );
    };
    for (const body of allBodies(model)) {
      for (const ref of body.refs) if (ref.kind === 'meeting-mention') check(ref.number, ref.text, () => ({ file: body.file, ...ref.pos }));
    }
    for (const m of model.mentions) check(m.number, m.text, () => ({ file: m.file, ...m.pos }));
    return out;
  },
};
