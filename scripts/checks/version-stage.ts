/**
 * version/stage — a version's `status` (the furthest stage the sources document) has its evidence, and no later
 * stage has evidence while the status says less. The evidence of each stage:
 *   policy-approved (改定方針了承)  `approvedAt` names a meeting
 *   public-comment (意見募集)       `publicComment` is a known date
 *   approved (改定決定)             `decided` is a known date, or `approvedAt` names a meeting
 *   issued (通知)                   `issued` is a known date
 *   in-force (施行)                 `effective` is a known date
 *
 * Why: pages derive from the status and these dates which version is in force, which is an earlier one and
 * which is a revision under way. A status typed without its evidence (「施行」 where no source gives a 施行日)
 * turns a reading into a fact on every page; a known date under a lesser status hides what is known.
 * How to fix: give the date (with its basis and source) or the meeting the message names, or set `status` to
 * the stage the sources do document. A date we only infer is written with `basis: inferred`: the pages then
 * show the stage as 推定.
 *
 * @example not-ok
 *   status: in-force
 *   effective: { unknown: true, note: 施行日は確認できていない }        ← 施行 without a 施行日
 *   status: public-comment
 *   issued: { date: '2021-10-01', basis: fact }                          ← a 通知日 known, the status says less
 * @example ok
 *   status: public-comment
 *   publicComment: { date: '2021-10-01', basis: fact, note: 意見募集の日付 }
 *   issued: { unknown: true, note: 意見募集の後の通知日は確認できていない }
 */
import { VersionStatus, type GuidelineVersion } from '../../schemas/index.ts';
import type { Doc, Model } from '../../src/model/model.ts';
import { finding, placeOf, type Finding, type Rule } from './kit.ts';

const id = 'version/stage';

/** The field that proves a stage, and whether this version has that proof. */
interface Evidence {
  field: 'approvedAt' | 'publicComment' | 'decided' | 'issued' | 'effective';
  what: string;
  present(v: GuidelineVersion): boolean;
}

const knownDate = (field: 'publicComment' | 'decided' | 'issued' | 'effective') => (v: GuidelineVersion) => {
  const d = v[field];
  return d !== undefined && 'date' in d;
};
const atMeeting = (v: GuidelineVersion) => 'meeting' in v.approvedAt;

const EVIDENCE: Partial<Record<VersionStatus, Evidence>> = {
  'policy-approved': { field: 'approvedAt', what: 'the meeting that approved the policy (approvedAt: { meeting })', present: atMeeting },
  'public-comment': {
    field: 'publicComment',
    what: 'the public-comment date (publicComment: { date, basis })',
    present: knownDate('publicComment'),
  },
  approved: {
    field: 'decided',
    what: 'the decision date (decided: { date, basis }) or the approving meeting (approvedAt: { meeting })',
    present: (v) => knownDate('decided')(v) || atMeeting(v),
  },
  issued: { field: 'issued', what: 'the notice date (issued: { date, basis })', present: knownDate('issued') },
  'in-force': { field: 'effective', what: 'the date it took effect (effective: { date, basis })', present: knownDate('effective') },
};

/** Dates that prove a later stage than the status says (a meeting alone never does: it may have approved a policy). */
const LATER: { status: VersionStatus; field: 'publicComment' | 'decided' | 'issued' | 'effective' }[] = [
  { status: 'public-comment', field: 'publicComment' },
  { status: 'approved', field: 'decided' },
  { status: 'issued', field: 'issued' },
  { status: 'in-force', field: 'effective' },
];

const rank = (s: VersionStatus) => VersionStatus.options.indexOf(s);

export const rule: Rule = {
  id,
  description: "A version's status is backed by the date or meeting of that stage, and no later stage is known while the status says less.",
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    for (const doc of model.versions.values()) out.push(...checkVersion(doc));
    return out;
  },
};

function checkVersion(doc: Doc<GuidelineVersion>): Finding[] {
  const v = doc.data;
  const out: Finding[] = [];
  const evidence = EVIDENCE[v.status];
  if (evidence && !evidence.present(v)) {
    out.push(
      finding(
        id,
        placeOf(doc, ['status']),
        `「${v.status}」 is the status of ${v.id}, but ${evidence.field} does not give ${evidence.what}; expected the evidence of that stage, or a lesser status`,
        `give ${evidence.field} from a source (basis: inferred if it is our reading), or set status to the furthest stage the sources document`,
      ),
    );
  }
  const later = LATER.filter((l) => rank(l.status) > rank(v.status) && knownDate(l.field)(v)).at(-1);
  if (later) {
    out.push(
      finding(
        id,
        placeOf(doc, ['status']),
        `「${v.status}」 is the status of ${v.id}, but its ${later.field} date is known; expected status ${later.status}`,
        `set status to ${later.status}, or, if that date is not of this stage (a public-comment date is not a 通知日), move it to the right field`,
      ),
    );
  }
  return out;
}
