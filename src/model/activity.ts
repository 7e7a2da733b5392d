/** What changed recently, for the home page: version stages (意見募集, 通知, 施行 …), meetings held, amendment decisions taken. */
import type { AmendmentState, DateFact, GuidelineVersion } from '../../schemas/index.ts';
import { sortableDate } from './dates.ts';
import type { Model } from './model.ts';
import { DATED_STAGES } from './versions.ts';

/** Something that happened, for "what changed recently". */
export interface Activity {
  date: DateFact;
  kind: 'version' | 'meeting' | 'decision';
  /** Version, meeting or amendment id. */
  id: string;
  /** For decisions: the meeting and item. */
  meeting?: string;
  item?: string;
  state?: AmendmentState;
  /** For versions: the documented stage this event is (意見募集, 通知, 施行 …), dated by that stage's own date. */
  stage?: GuidelineVersion['status'];
}

/**
 * Version stages, meetings held and amendment decisions taken, newest first. Events whose date is unknown
 * sort by the latest date they can have, and after dated ones when not even that is known.
 */
export function recentActivity(model: Model, limit = 10): Activity[] {
  const events: Activity[] = [];
  // A version is an event at each documented stage that has a date (意見募集, 改定決定, 通知, 施行), named by that
  // stage: a public-comment date is never shown as a notice. Undated stages are not events (a policy approval is
  // listed as the meeting's decision instead).
  for (const v of model.versions.values()) {
    for (const [stage, field] of DATED_STAGES) {
      const date = v.data[field];
      if (date && 'date' in date) events.push({ date, kind: 'version', id: v.data.id, stage });
    }
  }
  for (const m of model.meetings.values()) events.push({ date: m.data.date, kind: 'meeting', id: m.data.id });
  for (const a of model.amendments.values()) {
    for (const t of a.data.timeline) {
      const m = model.meetings.get(t.meeting);
      if (m) events.push({ date: m.data.date, kind: 'decision', id: a.data.id, meeting: t.meeting, item: t.item, state: t.state });
    }
  }
  const kindRank = { meeting: 0, decision: 1, version: 2 } as const;
  // An unknown date bounded by `notAfter` happened before that day at the latest: it goes after the dated events of that day.
  const known = (e: Activity) => ('date' in e.date ? 0 : 1);
  return events
    .map((e, i) => ({ e, i, key: sortableDate(e.date) ?? '' }))
    .sort((a, b) =>
      a.key < b.key ? 1 : a.key > b.key ? -1 : known(a.e) - known(b.e) || kindRank[a.e.kind] - kindRank[b.e.kind] || a.i - b.i,
    )
    .slice(0, limit)
    .map(({ e }) => e);
}
