/**
 * 新旧対照表 as data, on the JSON form of the versions (`CompareData`): two versions aligned clause by clause on the
 * permanent clause id, with word diffs. Pure and free of schema code, so the /compare/ picker bundles only this.
 * This is the one place that decides what happened to a clause between two versions; a clause's history
 * (history.ts) reads the rows of each adjacent pair.
 */
import type { GuidelineVersion, Provenance } from '../../schemas/index.ts';
import { isPublishedStage } from './stages.ts';
import { diffSequences, diffText, hasChanges, type DiffPart } from './diff.ts';

/** 削除・統合の記録 of a version. */
type RemovedClause = GuidelineVersion['removed'][number];

/** One clause of one version, as the comparison needs it. */
export interface ComparableClause {
  id: string;
  number: string | null;
  heading: string;
  parent: string | null;
  /** Depth in its version's tree (0 at the top), for indentation. */
  depth: number;
  provenance: Provenance;
  /** The body as plain text (see clauseText): paragraphs and list items on their own lines. */
  text: string;
  /** Our readings in this clause (its `inferred` notes): the table labels them 推定. */
  inferred: string[];
  /**
   * Only when the body shows a rule value: the text with each `<RuleValue>` as 〔rule.param〕 (see clauseWording),
   * so that a change of value alone is told from a change of words.
   */
  wording?: string;
}

export interface ComparableVersion {
  id: string;
  label: string;
  status: GuidelineVersion['status'];
  /** Clauses of the previous version this version does not carry (削除・統合). */
  removed: RemovedClause[];
  /** Clauses in reading order. */
  clauses: ComparableClause[];
}

/** The amendments (改定事項) that explain the rows: which version carries them and which clauses they change. */
export interface ComparableAmendment {
  id: string;
  title: string;
  version: string;
  targets: string[];
  /** Where it was last decided, in words (「第31回・改定方針了承」); null when no meeting record is known. */
  decided: string | null;
}

/** Everything needed to compare any two versions; served as /api/compare.json. */
export interface CompareData {
  /** Format version of this JSON; bump it when a field changes meaning. */
  format: 1;
  /** Version ids, oldest first. */
  chain: string[];
  versions: ComparableVersion[];
  amendments: ComparableAmendment[];
}

/**
 * What happened to a clause's text between the two versions.
 * `merged`: the clause is gone and its content now lives in `mergedInto`.
 */
export type RowStatus = 'unchanged' | 'changed' | 'added' | 'removed' | 'merged';

/**
 * A row's status, or `moved` for a clause whose words stayed while its place or number changed, or `carried` for an
 * unchanged clause that no amendment covers and that is shown as in the older version (see `Carried`).
 */
export type RowChange = RowStatus | 'moved' | 'carried';

/** The words for a row's change, as the table, its counts and the clause histories show them. */
export const ROW_CHANGE_LABEL: Record<RowChange, string> = {
  unchanged: '変更なし',
  changed: '改正',
  added: '新設',
  removed: '削除',
  merged: '統合',
  moved: '移動・番号変更',
  carried: '前の版のまま',
};

/**
 * Why an unchanged clause is shown with the older version's words: nothing recorded changes it, and the newer text
 * is not the official one, so "unchanged" is our assumption, not a source's statement.
 * - `policy`: the newer version is a revision whose wording is not published (案, 改定方針了承): the approved
 *   policy does not cover the clause.
 * - `unrecorded`: the newer version's changes are known only in part: none recorded touches the clause.
 */
export type Carried = 'policy' | 'unrecorded';

const CARRIED_LABEL: Record<Carried, string> = {
  policy: '改定方針の対象外（前の版のまま）',
  unrecorded: '変更の記録なし（前の版のまま）',
};

/**
 * What differs in a clause both versions have, in this order: `heading` (見出し); `text` (the words of the body);
 * `values` (the same words showing other rule values); `number` (both numbers known and different); `parent`;
 * `position` (its place among the siblings it keeps, see reorderedIds); `provenance` (whose words the body is,
 * which alone changes nothing).
 */
export type ClauseDifference = 'heading' | 'text' | 'values' | 'number' | 'parent' | 'position' | 'provenance';

export const CLAUSE_DIFFERENCE_LABEL: Record<ClauseDifference, string> = {
  heading: '見出し',
  text: '本文',
  values: '基準値',
  number: '番号',
  parent: '位置（親条項）',
  position: '順序',
  provenance: '要約・公式の別',
};

/** How a clause present in both versions moved: another parent, another number, or another place among its siblings. */
export interface Move {
  parent?: { from: string | null; to: string | null };
  number?: { from: string; to: string };
  order?: true;
}

/** One row of the 新旧対照表. */
export interface CompareRow {
  id: string;
  status: RowStatus;
  /** Set when a clause present in both versions changed place or number (whatever its text did). */
  moved: Move | null;
  /** For a clause both versions have: what differs (empty when nothing does). `status` and `moved` follow from it. */
  differences: ClauseDifference[];
  /** For `merged`: the clause of the newer version that took over its content. */
  mergedInto?: string;
  /** For `removed` / `merged`: the note the version gives. */
  note?: string;
  /** For `removed`: no version after the older one declares the removal (a content error the checker reports). */
  undeclared?: true;
  /**
   * Either side's body is `pending`: the words are our summary of an approved policy, not a published text. The
   * table shows them as such and marks no words as changed (the diffs below are kept as data, never shown as 傍線).
   */
  pending?: true;
  /** For an unchanged clause: shown as in the older version by assumption (see `Carried`). */
  carried?: Carried;
  old: ComparableClause | null;
  new: ComparableClause | null;
  /** Word diff of the heading (old → new); for added/removed rows all insert / all delete. */
  heading: DiffPart[];
  /** Word diff of the body text. */
  body: DiffPart[];
  /** Amendments between the two versions that target this clause. */
  amendments: { id: string; title: string; decided: string | null }[];
}

export interface VersionRef {
  id: string;
  label: string;
  status: GuidelineVersion['status'];
}

export interface Comparison {
  /** The older version (改正前). */
  from: VersionRef;
  /** The newer version (改正後). */
  to: VersionRef;
  /** Rows in the reading order of the newer version; removed clauses where they stood in the older one. */
  rows: CompareRow[];
  /** Rows by status, plus the number of moved rows and of unchanged rows shown as carried over. */
  counts: Record<RowStatus | 'moved' | 'carried', number>;
}

/** Why two versions cannot be compared, said for a reader. */
export class CompareError extends Error {}

/** Pairs of consecutive versions, oldest first: the 新旧対照表 built as pages. */
export function adjacentPairs(data: Pick<CompareData, 'chain'>): [string, string][] {
  return data.chain.slice(1).map((to, i) => [data.chain[i]!, to]);
}

/** The comparison itself, on the JSON form: pure, and the same in the browser. */
export function compareData(data: CompareData, fromId: string, toId: string): Comparison {
  const from = data.versions.find((v) => v.id === fromId);
  const to = data.versions.find((v) => v.id === toId);
  if (!from || !to) {
    const missing = !from ? fromId : toId;
    throw new CompareError(`版「${missing}」がありません。比較できる版: ${data.chain.join(', ')}`);
  }
  const oldById = new Map(from.clauses.map((c) => [c.id, c]));
  const newById = new Map(to.clauses.map((c) => [c.id, c]));
  const reordered = reorderedIds(from.clauses, to.clauses);

  // Versions strictly after the older one, up to the newer one: their removal records and amendments apply.
  const lo = data.chain.indexOf(fromId);
  const hi = data.chain.indexOf(toId);
  const between = new Set(data.chain.slice(Math.min(lo, hi) + 1, Math.max(lo, hi) + 1));
  const removals = new Map<string, RemovedClause>();
  if (lo < hi) {
    for (const v of data.versions) if (between.has(v.id)) for (const r of v.removed) removals.set(r.clause, r);
  }
  const amendmentsOf = (id: string) =>
    data.amendments
      .filter((a) => between.has(a.version) && a.targets.includes(id))
      .map((a) => ({ id: a.id, title: a.title, decided: a.decided }));

  const row = (id: string): CompareRow => {
    const o = oldById.get(id) ?? null;
    const n = newById.get(id) ?? null;
    const heading = diffText(o?.heading ?? '', n?.heading ?? '');
    const body = diffText(o?.text ?? '', n?.text ?? '');
    const amendments = amendmentsOf(id);
    const pending = o?.provenance === 'pending' || n?.provenance === 'pending';
    const base = { id, old: o, new: n, heading, body, amendments, ...(pending ? { pending: true as const } : {}) };
    if (!o) return { ...base, status: 'added', moved: null, differences: [] };
    if (!n) {
      const record = removals.get(id);
      const into = record?.kind === 'merged' ? followMerge(record, removals, newById) : undefined;
      return {
        ...base,
        status: into ? 'merged' : 'removed',
        moved: null,
        differences: [],
        ...(into ? { mergedInto: into } : {}),
        ...(record ? { note: record.note } : { undeclared: true }),
      };
    }
    const differences: ClauseDifference[] = [];
    if (hasChanges(heading)) differences.push('heading');
    if (hasChanges(body)) differences.push((o.wording ?? o.text) === (n.wording ?? n.text) ? 'values' : 'text');
    const move: Move = {};
    // A number that is not known yet (null) is not a renumbering: the cell says 番号未定 instead.
    if (o.number !== null && n.number !== null && o.number !== n.number) {
      move.number = { from: o.number, to: n.number };
      differences.push('number');
    }
    if (o.parent !== n.parent) {
      move.parent = { from: o.parent, to: n.parent };
      differences.push('parent');
    }
    if (reordered.has(id)) {
      move.order = true;
      differences.push('position');
    }
    if (o.provenance !== n.provenance) differences.push('provenance');
    const status: RowStatus = differences.some((d) => d === 'heading' || d === 'text' || d === 'values') ? 'changed' : 'unchanged';
    // The same words, no amendment between, and not the official text: we show the older words by assumption.
    // (A clause that moved or was renumbered did change: it is not carried over.)
    const carried: Carried | undefined =
      status === 'unchanged' && Object.keys(move).length === 0 && lo < hi && amendments.length === 0 && n.provenance !== 'official'
        ? isPublishedStage(to.status)
          ? 'unrecorded'
          : 'policy'
        : undefined;
    return {
      ...base,
      differences,
      status,
      moved: Object.keys(move).length ? move : null,
      ...(carried ? { carried } : {}),
    };
  };

  // A clause that is gone follows the nearest clause before it (in the older order) that the table already shows.
  const after = new Map<string | null, string[]>();
  let anchor: string | null = null;
  for (const c of from.clauses) {
    if (newById.has(c.id)) anchor = c.id;
    else {
      after.set(anchor, [...(after.get(anchor) ?? []), c.id]);
      anchor = c.id;
    }
  }
  const order: string[] = [];
  const emit = (id: string | null) => {
    for (const gone of after.get(id) ?? []) {
      order.push(gone);
      emit(gone);
    }
  };
  emit(null);
  for (const c of to.clauses) {
    order.push(c.id);
    emit(c.id);
  }

  const rows = order.map(row);
  const counts: Comparison['counts'] = { unchanged: 0, changed: 0, added: 0, removed: 0, merged: 0, moved: 0, carried: 0 };
  for (const r of rows) {
    counts[r.status]++;
    if (r.moved) counts.moved++;
    if (r.carried) counts.carried++;
  }
  const ref = (v: ComparableVersion): VersionRef => ({ id: v.id, label: v.label, status: v.status });
  return { from: ref(from), to: ref(to), rows, counts };
}

/** Follow 「統合」 records until a clause that the newer version has (or give up where the trail ends). */
function followMerge(record: RemovedClause, removals: Map<string, RemovedClause>, present: Map<string, unknown>): string | undefined {
  const seen = new Set<string>();
  let into = record.into;
  while (into && !present.has(into) && !seen.has(into)) {
    seen.add(into);
    const next = removals.get(into);
    into = next?.kind === 'merged' ? next.into : undefined;
  }
  return into && present.has(into) ? into : undefined;
}

/**
 * Clauses whose place among siblings changed: for each parent, the siblings present in both versions are
 * compared as sequences; those outside the longest common subsequence moved. (The `order` numbers themselves
 * mean nothing across versions; only relative order counts.)
 */
function reorderedIds(oldClauses: readonly ComparableClause[], newClauses: readonly ComparableClause[]): Set<string> {
  const inOld = new Map(oldClauses.map((c) => [c.id, c]));
  const inNew = new Map(newClauses.map((c) => [c.id, c]));
  const siblings = (clauses: readonly ComparableClause[], other: Map<string, ComparableClause>) => {
    const byParent = new Map<string | null, string[]>();
    for (const c of clauses) {
      const o = other.get(c.id);
      if (!o || o.parent !== c.parent) continue;
      byParent.set(c.parent, [...(byParent.get(c.parent) ?? []), c.id]);
    }
    return byParent;
  };
  const oldSiblings = siblings(oldClauses, inNew);
  const newSiblings = siblings(newClauses, inOld);
  const moved = new Set<string>();
  for (const [parent, ids] of newSiblings) {
    const before = oldSiblings.get(parent) ?? [];
    let i = 0;
    for (const op of diffSequences(before, ids)) {
      if (op.kind === 'insert') for (const id of ids.slice(i, i + op.count)) moved.add(id);
      if (op.kind !== 'delete') i += op.count;
    }
  }
  return moved;
}

type RowFlags = Pick<CompareRow, 'status' | 'moved'> & Partial<Pick<CompareRow, 'pending' | 'carried'>>;

/** The row's change in one word: its status, `moved` when only its place or number changed, `carried` (see Carried). */
export function rowChange(row: RowFlags): RowChange {
  if (row.status === 'unchanged' && row.moved) return 'moved';
  return row.carried ? 'carried' : row.status;
}

/** The label of a row in Japanese, as the table and its filters show it. */
export function rowLabel(row: RowFlags): string {
  const text = row.carried && !row.moved ? CARRIED_LABEL[row.carried] : ROW_CHANGE_LABEL[row.status];
  // A pending row changes by an approved policy whose wording is not out yet: say so with the status.
  const withPending = row.pending && row.status !== 'unchanged' ? `${text}（文言未公表）` : text;
  if (!row.moved) return withPending;
  const how = row.moved.parent || row.moved.order ? '移動' : '番号変更';
  return row.status === 'unchanged' ? how : `${withPending}・${how}`;
}

/** Whether a row belongs in 「変更箇所のみ」. */
export function isChangedRow(row: Pick<CompareRow, 'status' | 'moved'>): boolean {
  return row.status !== 'unchanged' || row.moved !== null;
}
