/**
 * meeting/one-chair — a meeting that lists its attendees has exactly one chair (座長, ◎) and at most one
 * vice-chair (座長代理, ○).
 *
 * Why: the minutes mark one ◎ and one ○; two chairs or none is a transcription mistake.
 * How to fix: give the roles as the minutes mark them (◎ → chair, ○ → vice-chair, others member or
 * associate).
 *
 * @example not-ok — attendees: [{ member: hayashi, role: chair }, { member: nakashima, role: chair }]
 * @example ok — attendees: [{ member: hayashi, role: chair }, { member: nakashima, role: vice-chair }, …]
 */
import type { Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'meeting/one-chair';

export const rule: Rule = {
  id,
  description: 'A meeting with attendees has one chair and at most one vice-chair.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const m of model.meetings.values()) {
      const attendees = m.data.attendees;
      if (!attendees.length) continue;
      const chairs = attendees.flatMap((a, i) => (a.role === 'chair' ? [i] : []));
      const vices = attendees.flatMap((a, i) => (a.role === 'vice-chair' ? [i] : []));
      if (!chairs.length) {
        out.push(
          finding(
            id,
            placeOf(m, ['attendees']),
            `「${m.data.id}」 has no chair among its attendees; expected exactly one role: chair (◎)`,
            'mark the attendee printed with ◎ as role: chair',
          ),
        );
      }
      for (const [role, list, mark] of [
        ['chair', chairs, '◎'],
        ['vice-chair', vices, '○'],
      ] as const) {
        for (const i of list.slice(1)) {
          out.push(
            finding(
              id,
              placeOf(m, ['attendees', i, 'role']),
              `「${attendees[i]!.member}」 is a second ${role} of ${m.data.id} (after ${attendees[list[0]!]!.member}); expected one ${role} (${mark})`,
              `only the attendee printed with ${mark} is the ${role}; the others are member or associate`,
            ),
          );
        }
      }
    }
    return out;
  },
};
