/**
 * The decisions behind each version, each dated by the meeting that took it: the meeting that approved the
 * version (`approvedAt`), each step of an amendment it carries, and `decidedAt` of the term definitions and rule
 * values that start with it. A decision comes before what it produced: the checker holds them against the
 * version's dates, and a page can list them.
 */
import type { Amendment, DateFact } from '../../schemas/index.ts';
import { certainlyBefore, dateBounds } from './dates.ts';
import { meetingDate } from './meetings.ts';
import { memo } from './memo.ts';
import type { Doc, Model } from './model.ts';
import type { PathKey } from './parse-document.ts';
import { versionDates, type VersionDateField } from './versions.ts';

export interface Decision {
  kind: 'approval' | 'amendment' | 'definition' | 'rule-value';
  /** The version the decision produced (or helped produce). */
  version: string;
  meeting: string;
  item?: string;
  /** The document that records the decision, and the path of its `meeting` field there. */
  doc: Doc<unknown>;
  path: PathKey[];
  /** What was decided, in a few words for messages: "step 2 of r2026-x", "the definition of utilization since r2026". */
  what: string;
}

/**
 * Every decision the content records, with the version it produced. Steps that only record what happened after
 * (an amendment's `in-force` or `withdrawn`) are no decisions that produced the version, and are left out.
 */
export const decisionsBehindVersions: (model: Model) => readonly Decision[] = memo((model: Model) => {
  const out: Decision[] = [];
  for (const v of model.versions.values()) {
    const at = v.data.approvedAt;
    if ('meeting' in at) {
      out.push({
        kind: 'approval',
        version: v.data.id,
        meeting: at.meeting,
        ...(at.item ? { item: at.item } : {}),
        doc: v,
        path: ['approvedAt', 'meeting'],
        what: `the approval of ${v.data.id}`,
      });
    }
  }
  for (const a of model.amendments.values()) {
    a.data.timeline.forEach((t, i) => {
      if (t.state === 'in-force' || t.state === 'withdrawn') return;
      out.push({
        kind: 'amendment',
        version: a.data.version,
        meeting: t.meeting,
        item: t.item,
        doc: a,
        path: ['timeline', i, 'meeting'],
        what: `step ${i + 1} (${t.state}) of ${a.data.id}`,
      });
    });
  }
  for (const t of model.terms.values()) {
    t.data.definitions.forEach((d, i) => {
      if (!d.decidedAt) return;
      out.push({
        kind: 'definition',
        version: d.since,
        meeting: d.decidedAt.meeting,
        ...(d.decidedAt.item ? { item: d.decidedAt.item } : {}),
        doc: t,
        path: ['definitions', i, 'decidedAt', 'meeting'],
        what: `the definition of ${t.data.id} since ${d.since}`,
      });
    });
  }
  for (const r of model.rules.values()) {
    r.data.params.forEach((p, i) =>
      p.values.forEach((v, j) => {
        if (!v.decidedAt) return;
        out.push({
          kind: 'rule-value',
          version: v.since,
          meeting: v.decidedAt.meeting,
          ...(v.decidedAt.item ? { item: v.decidedAt.item } : {}),
          doc: r,
          path: ['params', i, 'values', j, 'decidedAt', 'meeting'],
          what: `the value of ${r.data.id}.${p.id} since ${v.since}`,
        });
      }),
    );
  }
  return out;
});

/**
 * The stage of the produced version that a decision comes after (certainly, by the dates the records give):
 * its decision (`decided`), notice (`issued`) or effect (`effective`), the first that is before the meeting;
 * undefined when the order is possible.
 */
export function decidedAfter(model: Model, decision: Decision): { field: VersionDateField; date: DateFact } | undefined {
  const meeting = meetingDate(model, decision.meeting);
  const version = model.versions.get(decision.version);
  if (!meeting || !version) return undefined;
  return versionDates(version.data).find(({ field, date }) => field !== 'publicComment' && certainlyBefore(date, meeting));
}

/**
 * Whether an amendment names the wrong version: some step of it comes after the version it names, and none is
 * known to come before (the others are held at meetings whose dates the records do not fix). Then the version
 * is the mistake, rather than the meeting of each step.
 */
export function decidedAfterItsVersion(model: Model, amendment: Amendment): boolean {
  const steps = decisionsBehindVersions(model).filter((d) => d.kind === 'amendment' && d.doc.data === amendment);
  return steps.some((d) => decidedAfter(model, d) !== undefined) && steps.every((d) => !certainlyInTime(model, d));
}

/** Whether a decision is known to come no later than the stages of its version that have a date or a lower bound. */
function certainlyInTime(model: Model, decision: Decision): boolean {
  const meeting = meetingDate(model, decision.meeting);
  const version = model.versions.get(decision.version);
  const held = meeting && dateBounds(meeting).latest;
  if (!held || !version) return false;
  const bounds = versionDates(version.data)
    .filter(({ field }) => field !== 'publicComment')
    .map(({ date }) => dateBounds(date).earliest)
    .filter((d): d is string => d !== undefined);
  return bounds.length > 0 && bounds.every((earliest) => held <= earliest);
}
