/**
 * meeting/number — one record per meeting number (第N回), an id of the form m<N> agrees with the number, and
 * dates increase with the number: a known date is not before the date of a lower-numbered meeting; an unknown
 * date's bounds (`notBefore`, `notAfter`) agree with the other meetings' dates and with each other. Of two dates
 * out of order, the one in more clashes is reported; on a tie, not one that texts confirm (第31回（2026年2月17日）),
 * an unknown date's bounds before a known date, and the later meeting before the earlier.
 *
 * Why: 「第N回」 in text resolves through the number, and meeting lists are read in number order; a clash
 * or a date out of order is a typo that would mislead readers about what was decided when.
 * How to fix: correct the number or the date (or the bound) the message names.
 *
 * @example not-ok — m30 `number: 31`, or m30 `date: { unknown: true, note: …, notBefore: 2026-03 }` while m31 is 2026-02-17
 * @example ok — m30 `date: { unknown: true, note: 第31回より前, notAfter: 2026-02-17 }`, m31 `date: { date: 2026-02-17, basis: seed }`
 */
import type { Meeting } from '../../schemas/index.ts';
import { datedMentions } from '../../src/model/bodies.ts';
import { boundsCrossed, canBeSameDay, certainlyBefore, showDate } from '../../src/model/dates.ts';
import type { Doc, MeetingDoc, Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'meeting/number';

export const rule: Rule = {
  id,
  description: 'Meeting numbers are unique and dates increase with the number.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const byNumber = new Map<number, Doc<Meeting>>();
    for (const m of [...model.meetings.values()].sort((a, b) => (a.file < b.file ? -1 : 1))) {
      // An id such as m31 says the number: when they disagree, the number is the likely typo (and a clash
      // it causes with the real 第31回 is the same mistake).
      // The loader keeps the written number aside and holds the named one (MeetingDoc.writtenNumber).
      const said = /^m(\d+)$/.exec(m.data.id)?.[1];
      const written = (m as MeetingDoc).writtenNumber ?? m.data.number;
      if (said !== undefined && Number(said) !== written) {
        // A file named otherwise than its id (id/file-name) says nothing certain about the number.
        if (m.file.endsWith(`/${m.data.id}.mdx`)) {
          out.push(
            finding(
              id,
              placeOf(m, ['number']),
              `「${written}」 is the number of ${m.data.id}; expected ${said}, as its id says`,
              `correct the number, or rename the meeting to m${written} (and every reference to it)`,
            ),
          );
        }
        continue;
      }
      const other = byNumber.get(m.data.number);
      if (other) {
        out.push(
          finding(
            id,
            placeOf(m, ['number']),
            `「${m.data.number}」 is already the number of ${other.data.id} (${other.file}); expected one record per 第${m.data.number}回`,
            'correct the number, or merge the two records',
          ),
        );
      } else byNumber.set(m.data.number, m);
    }
    const crossed = new Set<Doc<Meeting>>();
    for (const m of byNumber.values()) {
      const d = m.data.date;
      if (!('date' in d) && boundsCrossed(d)) {
        // Crossed bounds say nothing about the order: the meeting is left out of it (one mistake, one finding).
        crossed.add(m);
        out.push(
          finding(
            id,
            placeOf(m, ['date', 'notBefore']),
            `「${d.notBefore}」 is after notAfter ${d.notAfter} in the date of ${m.data.id}; expected notBefore ≤ notAfter`,
            'swap or correct the bounds',
          ),
        );
      }
    }
    const ordered = [...byNumber.values()].filter((m) => !crossed.has(m)).sort((a, b) => a.data.number - b.data.number);
    // Every pair in number order whose dates are certainly the other way round is a clash. The meeting in the
    // most clashes is blamed first (one finding per fault); on a tie, a date that texts confirm
    // (第31回（2026年2月17日）) is kept, an unknown date's bounds are blamed before a known date, and the later
    // meeting before the earlier.
    const clashes: [Doc<Meeting>, Doc<Meeting>][] = [];
    ordered.forEach((lower, i) => {
      for (const higher of ordered.slice(i + 1)) if (certainlyBefore(higher.data.date, lower.data.date)) clashes.push([lower, higher]);
    });
    const mentions = datedMentions(model);
    const confirmed = (m: Doc<Meeting>) =>
      (mentions.get(m.data.number) ?? []).filter((x) => canBeSameDay({ date: x.mention.date.date, basis: 'fact' }, m.data.date)).length;
    let open = clashes;
    while (open.length) {
      const degree = new Map<Doc<Meeting>, number>();
      for (const pair of open) for (const m of pair) degree.set(m, (degree.get(m) ?? 0) + 1);
      const [at] = [...degree].sort(
        ([a, da], [b, db]) =>
          db - da ||
          confirmed(a) - confirmed(b) ||
          Number('date' in a.data.date) - Number('date' in b.data.date) ||
          b.data.number - a.data.number,
      )[0]!;
      const pair = open.find((p) => p.includes(at))!;
      const other = pair[0] === at ? pair[1] : pair[0];
      const side = other.data.number < at.data.number ? 'after' : 'before';
      // At the value a person must change: a known date, or the bound of an unknown one that the clash crosses.
      const d = at.data.date;
      const bound = side === 'after' ? 'notAfter' : 'notBefore';
      out.push(
        finding(
          id,
          placeOf(at, 'date' in d ? ['date', 'date'] : d[bound] !== undefined ? ['date', bound] : ['date']),
          `「${showDate(at.data.date)}」 is the date of 第${at.data.number}回 (${at.data.id}), which does not fit ${side} 第${other.data.number}回 (${other.data.id}: ${showDate(other.data.date)}); expected dates increasing with the number`,
          'date' in at.data.date
            ? 'check both dates and numbers against the minutes'
            : 'correct the bounds (notBefore/notAfter) of the unknown date',
        ),
      );
      open = open.filter((p) => !p.includes(at));
    }
    return out;
  },
};
