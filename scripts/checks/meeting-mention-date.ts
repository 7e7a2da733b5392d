/**
 * meeting/mention-date — a date written with a meeting's mention, 「第31回（2026年2月17日）」 (also 第31回有識者会議
 * （…）, 令和8年2月17日, 2026-02-17, full-width or kanji numbers in 第N回; a date without its year, 第31回（2月17日）,
 * by month and day; a date written before the mention, 2026年2月17日の第31回), agrees with the meeting's record: the
 * meeting's date, or for a date the record does not know, its bounds (`notBefore`, `notAfter`). Any text: clause,
 * meeting and term bodies, and every YAML string.
 *
 * Why: readers take the date in the text as the meeting's date; when it contradicts the record, one of them is
 * wrong: the text, which was typed twice — unless several texts agree on another date and none gives the
 * record's, when the record is the typo and is reported once, at its `date`.
 * How to fix: correct the date in the text (or the meeting's number), or, if the record is wrong, the meeting's
 * `date` in content/meetings/m<N>.mdx.
 *
 * @example not-ok — 「第31回（2026年3月17日）で改定方針が了承された」 while m31 is `date: { date: '2026-02-17', … }`
 * @example ok — 「第31回（2026年2月17日）で改定方針が了承された」
 */
import { datedMentions, type DatedMention } from '../../src/model/bodies.ts';
import { canBeSameDay, sameMonthDay, showDate } from '../../src/model/dates.ts';
import { meetingByNumber } from '../../src/model/meetings.ts';
import type { DateFact, Meeting } from '../../schemas/index.ts';
import type { Doc, Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'meeting/mention-date';

export const rule: Rule = {
  id,
  description: "A date written with 「第N回」 agrees with the meeting's record.",
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    /** Per meeting: the dated mentions that agree with its record, and those that do not. */
    const seen = new Map<Doc<Meeting>, { agree: number; contradict: DatedMention[] }>();
    for (const [number, mentions] of datedMentions(model)) {
      const meeting = meetingByNumber(model, number);
      if (!meeting) continue;
      const contradict = mentions.filter((m) => !agrees(m.mention.date.date, meeting.data.date));
      seen.set(meeting, { agree: mentions.length - contradict.length, contradict });
    }
    for (const [meeting, { agree, contradict }] of seen) {
      const recorded = meeting.data.date;
      const first = contradict[0];
      if (!first) continue;
      const written = first.mention.date;
      // Texts that all give one other date, none the record's: the record is the typo (one finding, there).
      if (
        'date' in recorded &&
        contradict.length > 1 &&
        agree === 0 &&
        contradict.every(
          (c) =>
            !isMonthDay(c.mention.date.date) &&
            canBeSameDay({ date: c.mention.date.date, basis: 'fact' }, { date: written.date, basis: 'fact' }),
        )
      ) {
        out.push(
          finding(
            id,
            placeOf(meeting, ['date']),
            `「${recorded.date}」 is the date of ${meeting.data.id}, but ${contradict.length} texts give 第${meeting.data.number}回 as ${written.text} (${[...new Set(contradict.map((c) => c.file))].join(', ')}); expected the date the sources give`,
            `check the date against the minutes, and correct the record (or the texts, if they are the ones that are wrong)`,
          ),
        );
        continue;
      }
      for (const { file, mention } of contradict) {
        out.push(
          finding(
            id,
            { file, ...mention.date.pos },
            `「${mention.date.text}」 is the date given for ${mention.text} (${meeting.data.id}), whose record says ${showDate(recorded)}; expected ${'date' in recorded ? "the meeting's date" : "a date within the record's bounds"}`,
            `correct the date in the text, or the date of ${meeting.data.id} in ${meeting.file} if the record is wrong`,
          ),
        );
      }
    }
    return out;
  },
};

const isMonthDay = (date: string) => date.startsWith('--');

/**
 * Whether a written date can be the recorded one: a year-less 3月17日 (`--03-17`) is compared by month and day with
 * a recorded day (a record known only by its bounds cannot contradict it); a dated one by what is known of both.
 */
function agrees(written: string, recorded: DateFact): boolean {
  if (isMonthDay(written)) return !('date' in recorded) || recorded.date.length < 10 || sameMonthDay(written, recorded.date);
  return canBeSameDay({ date: written, basis: 'fact' }, recorded);
}
