/**
 * meeting/mention-date — a date written with a meeting's mention, 「第31回（2026年2月17日）」 (also 第31回有識者会議
 * （…）, 令和8年2月17日, 2026-02-17, full-width or kanji numbers in 第N回), agrees with the meeting's record: the
 * meeting's date, or for a date the record does not know, its bounds (`notBefore`, `notAfter`). Any text: clause,
 * meeting and term bodies, and every YAML string.
 *
 * Why: readers take the date in the text as the meeting's date; when it contradicts the record, one of them is
 * wrong, and the text is the one that was typed twice.
 * How to fix: correct the date in the text (or the meeting's number), or, if the record is wrong, the meeting's
 * `date` in content/meetings/m<N>.mdx.
 *
 * @example not-ok — 「第31回（2026年3月17日）で改定方針が了承された」 while m31 is `date: { date: '2026-02-17', … }`
 * @example ok — 「第31回（2026年2月17日）で改定方針が了承された」
 */
import { allBodies } from '../../src/model/bodies.ts';
import { canBeSameDay, showDate } from '../../src/model/dates.ts';
import type { MeetingMention } from '../../src/model/mdx.ts';
import { meetingByNumber } from '../../src/model/meetings.ts';
import type { Model } from '../../src/model/model.ts';
import { finding, type Finding, type Rule } from './kit.ts';

const id = 'meeting/mention-date';

export const rule: Rule = {
  id,
  description: 'A date written with 「第N回」 agrees with the meeting\'s record.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const check = (file: string, mention: Omit<MeetingMention, 'kind'>) => {
      const written = mention.date;
      const meeting = meetingByNumber(model, mention.number);
      if (!written || !meeting) return;
      const recorded = meeting.data.date;
      if (canBeSameDay({ date: written.date, basis: 'fact' }, recorded)) return;
      out.push(finding(id, { file, ...written.pos },
        `「${written.text}」 is the date given for ${mention.text} (${meeting.data.id}), whose record says ${showDate(recorded)}; expected ${'date' in recorded ? 'the meeting\'s date' : 'a date within the record\'s bounds'}`,
        `correct the date in the text, or the date of ${meeting.data.id} in ${meeting.file} if the record is wrong`));
    };
    for (const body of allBodies(model)) {
      for (const ref of body.refs) if (ref.kind === 'meeting-mention') check(body.file, ref);
    }
    for (const m of model.mentions) check(m.file, m);
    return out;
  },
};
