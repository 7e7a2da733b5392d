/**
 * meeting/number — one record per meeting number (第N回), an id of the form m<N> agrees with the number, and
 * dates increase with the number: a known date is not before the date of a lower-numbered meeting; an unknown
 * date's bounds (`notBefore`, `notAfter`) agree with its neighbours' dates and with each other.
 *
 * Why: 「第N回」 in text resolves through the number, and meeting lists are read in number order; a clash
 * or a date out of order is a typo that would mislead readers about what was decided when.
 * How to fix: correct the number or the date (or the bound) the message names.
 *
 * @example not-ok — m30 `number: 31`, or m30 `date: { unknown: true, note: …, notBefore: 2026-03 }` while m31 is 2026-02-17
 * @example ok — m30 `date: { unknown: true, note: 第31回より前, notAfter: 2026-02-17 }`, m31 `date: { date: 2026-02-17, basis: seed }`
 */
import type { Meeting } from '../../schemas/index.ts';
import { boundsCrossed, dateBounds, showDate } from '../../src/model/dates.ts';
import type { Doc, Model } from '../../src/model/model.ts';
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
      const said = /^m(\d+)$/.exec(m.data.id)?.[1];
      if (said !== undefined && Number(said) !== m.data.number) {
        out.push(finding(id, placeOf(m, ['number']), `「${m.data.number}」 is the number of ${m.data.id}; expected ${said}, as its id says`,
          `correct the number, or rename the meeting to m${m.data.number} (and every reference to it)`));
        continue;
      }
      const other = byNumber.get(m.data.number);
      if (other) {
        out.push(finding(id, placeOf(m, ['number']), `「${m.data.number}」 is already the number of ${other.data.id} (${other.file}); expected one record per 第${m.data.number}回`,
          'correct the number, or merge the two records'));
      } else byNumber.set(m.data.number, m);
    }
    const crossed = new Set<Doc<Meeting>>();
    for (const m of byNumber.values()) {
      const d = m.data.date;
      if (!('date' in d) && boundsCrossed(d)) {
        // Crossed bounds say nothing about the order: the meeting is left out of it (one mistake, one finding).
        crossed.add(m);
        out.push(finding(id, placeOf(m, ['date', 'notBefore']), `「${d.notBefore}」 is after notAfter ${d.notAfter} in the date of ${m.data.id}; expected notBefore ≤ notAfter`,
          'swap or correct the bounds'));
      }
    }
    const ordered = [...byNumber.values()].filter((m) => !crossed.has(m)).sort((a, b) => a.data.number - b.data.number);
    // Linear walk in number order. A known date is compared with the latest known date before it (the later
    // one is blamed); an unknown date's bounds are blamed when they clash with a known date on either side.
    let known: { earliest: string; meeting: Doc<Meeting> } | undefined;
    let bound: { earliest: string; meeting: Doc<Meeting> } | undefined;
    const blamed = new Set<Doc<Meeting>>();
    const clash = (at: Doc<Meeting>, other: Doc<Meeting>, side: 'before' | 'after') => {
      if (blamed.has(at)) return;
      blamed.add(at);
      out.push(finding(id, placeOf(at, ['date']),
        `「${showDate(at.data.date)}」 is the date of 第${at.data.number}回 (${at.data.id}), which does not fit ${side} 第${other.data.number}回 (${other.data.id}: ${showDate(other.data.date)}); expected dates increasing with the number`,
        'date' in at.data.date ? 'check both dates and numbers against the minutes' : 'correct the bounds (notBefore/notAfter) of the unknown date'));
    };
    for (const m of ordered) {
      const { earliest, latest } = dateBounds(m.data.date);
      if (latest && known && latest < known.earliest) clash(m, known.meeting, 'after');
      else if (latest && bound && latest < bound.earliest) clash(bound.meeting, m, 'before');
      if (!earliest) continue;
      const floor = 'date' in m.data.date ? known : bound;
      if (!floor || earliest > floor.earliest) {
        if ('date' in m.data.date) known = { earliest, meeting: m };
        else bound = { earliest, meeting: m };
      }
    }
    return out;
  },
};
