/**
 * 新旧対照表 of the model: `compareVersions(model, from, to)`, and the JSON form (`compareDataOf`) that
 * /api/compare.json serves so the browser can compare any pair with the same code (comparison.ts).
 */
import { AMENDMENT_STATE_LABEL } from '../../schemas/index.ts';
import { latestStep } from './amendments.ts';
import { clauseText, clauseWording } from './clause-text.ts';
import { clauseDepth, clausesInOrder } from './clauses.ts';
import { compareData, type CompareData, type Comparison } from './comparison.ts';
import { meetingName } from './meetings.ts';
import { memo } from './memo.ts';
import type { Model } from './model.ts';

export * from './comparison.ts';

/** The JSON form of the model that `compareData` needs (computed once per model). */
export const compareDataOf = memo((model: Model): CompareData => ({
  format: 1,
  chain: [...model.chain],
  versions: model.chain.flatMap((id) => {
    const v = model.versions.get(id);
    if (!v) return [];
    return [
      {
        id,
        label: v.data.label,
        status: v.data.status,
        removed: v.data.removed,
        clauses: clausesInOrder(model, id).map((c) => ({
          id: c.data.id,
          number: c.data.number,
          heading: c.data.heading,
          parent: c.data.parent,
          depth: clauseDepth(model, c),
          provenance: c.data.provenance,
          text: clauseText(model, c),
          inferred: c.data.inferred,
          ...(c.refs.some((r) => r.kind === 'rule-value') ? { wording: clauseWording(model, c) } : {}),
        })),
      },
    ];
  }),
  amendments: [...model.amendments.values()].map(({ data: a }) => {
    const last = latestStep(a);
    const meeting = last ? model.meetings.get(last.meeting) : undefined;
    const decided = last ? `${meeting ? meetingName(meeting.data) : last.meeting}・${AMENDMENT_STATE_LABEL[last.state]}` : null;
    return { id: a.id, title: a.title, version: a.version, targets: a.targets, decided };
  }),
}));

/**
 * Compare two versions of the model: `fromId` is 改正前 (older), `toId` is 改正後 (newer). Computed once per model
 * and pair (every clause page reads the adjacent pairs for its history): treat the result as read-only.
 */
export const compareVersions = memo((model: Model, fromId: string, toId: string): Comparison =>
  compareData(compareDataOf(model), fromId, toId),
);
