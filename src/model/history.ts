/**
 * What happened to a clause from version to version (eCFR's timeline, IETF's document history): added,
 * changed, moved, removed or merged, with the amendments and meeting decisions behind each change. The
 * classification is the 新旧対照表's (comparison.ts): each entry reads the row of its adjacent pair.
 */
import type { Amendment, AmendmentState, GuidelineVersion } from '../../schemas/index.ts';
import { amendmentsWhere, targetClauses } from './amendments.ts';
import { clausesInOrder } from './clauses.ts';
import {
  compareVersions,
  ROW_CHANGE_LABEL,
  rowChange,
  type Carried,
  type ClauseDifference,
  type CompareRow,
  type Comparison,
  type RowChange,
} from './compare.ts';
import { itemsListing, type MeetingItem } from './meetings.ts';
import { memo } from './memo.ts';
import type { ClauseDoc, Doc, Model } from './model.ts';
import { versionIndex } from './versions.ts';

type RemovedClause = GuidelineVersion['removed'][number];

/**
 * A row's change (see `RowChange`: added, changed, moved, unchanged, removed, merged), or `absent`: neither this
 * version nor the one before has the clause. In the first version a clause it has is `added`.
 */
export type ClauseChange = RowChange | 'absent';

export const CLAUSE_CHANGE_LABEL: Record<ClauseChange, string> = { ...ROW_CHANGE_LABEL, absent: 'なし' };

/** A decision on an amendment, taken at a meeting item. */
export interface Decision {
  amendment: string;
  meeting: string;
  item: string;
  state: AmendmentState;
  note?: string;
}

export interface ClauseVersionEntry {
  version: string;
  /** The version before this one in the chain, if any. */
  previous?: string;
  kind: ClauseChange;
  /** For a clause both versions have: what differs (the row's `differences`). */
  differences: ClauseDifference[];
  /** The clause as it stands in this version, when it has it. */
  clause?: ClauseDoc;
  /** The clause's row in the 新旧対照表 of the previous version and this one, when either has the clause. */
  row?: CompareRow;
  /** For `removed` / `merged`: the version's declaration. */
  removal?: RemovedClause;
  /** The previous version had the clause, this one neither has it nor declares its removal. */
  undeclared: boolean;
  /** Amendments carried by this version that target the clause. */
  amendments: Doc<Amendment>[];
  /** The meeting decisions on those amendments, in timeline order. */
  decisions: Decision[];
}

export interface ClauseHistory {
  clauseId: string;
  /** One entry per version of the chain, oldest first. */
  entries: ClauseVersionEntry[];
  /** Meeting items that list this clause, oldest meeting first. */
  discussedIn: MeetingItem[];
}

/** The clause's history across every version of the chain. */
export function clauseHistory(model: Model, clauseId: string): ClauseHistory {
  const entries = model.chain.map((version, i): ClauseVersionEntry => {
    const previous = i > 0 ? model.chain[i - 1] : undefined;
    const clause = model.clauses.get(version)?.get(clauseId);
    const amendments = amendmentsWhere(model, { version, clause: clauseId });
    const decisions = amendments.flatMap((a) =>
      a.data.timeline.map((t) => ({
        amendment: a.data.id,
        meeting: t.meeting,
        item: t.item,
        state: t.state,
        ...(t.note ? { note: t.note } : {}),
      })),
    );
    const common = { version, ...(clause ? { clause } : {}), amendments, decisions, undeclared: false, differences: [] };
    if (!previous) return { ...common, kind: clause ? 'added' : 'absent' };
    const row = rowsById(compareVersions(model, previous, version)).get(clauseId);
    if (!row) return { ...common, previous, kind: 'absent' };
    const removal = row.new ? undefined : model.versions.get(version)?.data.removed.find((r) => r.clause === clauseId);
    return {
      ...common,
      previous,
      kind: rowChange(row),
      differences: row.differences,
      row,
      ...(removal ? { removal } : {}),
      undeclared: row.undeclared === true,
    };
  });
  return { clauseId, entries, discussedIn: itemsListing(model, 'clauses', clauseId) };
}

/** The clauses an amendment targets, each with what happens to it in the amendment's version (its history entry). */
export function amendmentTargets(
  model: Model,
  amendment: Amendment,
): { id: string; clause: ClauseDoc | undefined; entry: ClauseVersionEntry | undefined }[] {
  return targetClauses(model, amendment).map((t) => ({
    ...t,
    entry: clauseHistory(model, t.id).entries.find((e) => e.version === amendment.version),
  }));
}

/** The rows of a 新旧対照表 by clause id (once per comparison, which compareVersions keeps once per pair). */
const rowsById = memo((comparison: Comparison) => new Map(comparison.rows.map((r) => [r.id, r])));

/** A removal as the 新旧対照表 of a version and its predecessor shows it. */
export interface Removal {
  clause: string;
  kind: 'removed' | 'merged';
  /** For `merged`: the clause of the version that took over its content. */
  into?: string;
  /** The version's note (every declared removal has one). */
  note?: string;
}

export interface VersionChanges {
  version: string;
  /** The version compared with; undefined for the first version (everything is `added`). */
  previous?: string;
  added: string[];
  changed: string[];
  moved: string[];
  /** Removals the version declares (削除 or 統合). */
  removed: Removal[];
  /** In the previous version, missing here without a declaration. */
  undeclared: string[];
  /** Unchanged clauses shown as in the previous version by assumption (no amendment covers them; see `Carried`). */
  carried: string[];
  /** Unchanged clauses, the carried ones included. */
  unchanged: number;
}

/** A version against its predecessor: which clause ids (in reading order) were added, changed, moved and removed. */
export function versionChanges(model: Model, versionId: string): VersionChanges {
  const i = versionIndex(model, versionId);
  const previous = i > 0 ? model.chain[i - 1] : undefined;
  const out: VersionChanges = {
    version: versionId,
    ...(previous ? { previous } : {}),
    added: [],
    changed: [],
    moved: [],
    removed: [],
    undeclared: [],
    carried: [],
    unchanged: 0,
  };
  if (!previous) {
    out.added = clausesInOrder(model, versionId).map((c) => c.data.id);
    return out;
  }
  for (const row of compareVersions(model, previous, versionId).rows) {
    const change = rowChange(row);
    if (change === 'added' || change === 'changed' || change === 'moved') out[change].push(row.id);
    else if (change === 'unchanged') out.unchanged++;
    else if (change === 'carried') {
      out.unchanged++;
      out.carried.push(row.id);
    } else if (row.undeclared) out.undeclared.push(row.id);
    else
      out.removed.push({
        clause: row.id,
        kind: change,
        ...(row.mergedInto ? { into: row.mergedInto } : {}),
        ...(row.note ? { note: row.note } : {}),
      });
  }
  return out;
}

/**
 * Whether a clause of a version is shown with the previous version's words by assumption (no amendment of this
 * version covers it and its words are not official; see `Carried`), and from which version.
 */
export function carriedOver(model: Model, versionId: string, clauseId: string): { carried: Carried; from: string } | undefined {
  const i = versionIndex(model, versionId);
  const previous = i > 0 ? model.chain[i - 1]! : undefined;
  const carried = previous ? rowsById(compareVersions(model, previous, versionId)).get(clauseId)?.carried : undefined;
  return carried && previous ? { carried, from: previous } : undefined;
}
