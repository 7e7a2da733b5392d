/**
 * date/order — every ordering of dates the model implies holds:
 * - a version's stages in their natural order: public comment (`publicComment`) ≤ decision (`decided`) ≤ notice
 *   (`issued`) ≤ effect (`effective`), for each pair the version records (effective not before issued, …);
 * - along the chain, no stage of a version before the same or an earlier stage of a version it supersedes
 *   (a version not issued, decided or in effect before the one it replaces);
 * - a decision is not dated after what it produced: the meeting that approved a version (`approvedAt`), each
 *   step of an amendment (timeline entries before `in-force`), `decidedAt` of term definitions and rule values
 *   are held no later than the version's decision, notice and effect;
 * - an unknown date's bounds are not crossed (`notBefore` ≤ `notAfter`; meetings' are meeting/number's).
 * (A meeting that ends before it starts is wrong within its own record: the meeting schema reports it.)
 * Unknown dates count by their bounds: only what is certainly out of order is reported. When several dates
 * clash, the one that clashes with the most is blamed (one finding per fault); between a decision and a date
 * of the version, the decision.
 *
 * Why: pages, the feed and the amendment histories tell what happened when from these dates; one typo turns
 * the story round (a notice before the meeting that decided it, a revision issued before the one it replaces).
 * How to fix: correct the date (or the bound) the message names, or the meeting a decision cites; check both
 * against the sources.
 *
 * @example not-ok
 *   r1/version.yaml: issued: { date: '2021-02-01', basis: fact }  effective: { date: '2021-01-15', basis: fact }
 *   amendments/x.yaml (version: r1, issued 2021-02-01): timeline: [{ meeting: m31, item: d1, state: approved }]  ← m31 is 2026-02-17
 * @example ok
 *   r1/version.yaml: issued: { date: '2021-02-01', basis: fact }  effective: { date: '2021-04-01', basis: fact }
 *   r2/version.yaml: issued: { unknown: true, note: 未定, notBefore: '2026-02-17' }  approvedAt: { meeting: m31 }
 */
import type { Amendment, DateFact, GuidelineVersion } from '../../schemas/index.ts';
import { boundsCrossed, certainlyBefore, showDate } from '../../src/model/dates.ts';
import { decidedAfter, decidedAfterItsVersion, decisionsBehindVersions, type Decision } from '../../src/model/decisions.ts';
import { meetingDate } from '../../src/model/meetings.ts';
import { definitionSections } from '../../src/model/bodies.ts';
import type { Doc, Model, TermDoc } from '../../src/model/model.ts';
import { VERSION_DATE_FIELDS, versionDates, versionIndex, type VersionDateField } from '../../src/model/versions.ts';
import { finding, placeOf, type Finding, type FilePosition, type Rule } from './kit.ts';

const id = 'date/order';

/** A date in the graph of orderings: a stage of a version, or a decision dated by its meeting. */
interface Node {
  date: DateFact;
  place: FilePosition;
  /** Later stages (and later versions) are blamed first when two dates clash equally. */
  rank: number;
  version: Doc<GuidelineVersion>;
  field?: VersionDateField;
  decision?: Decision;
  /** The node stands for an amendment's `version`: a step comes after that version, and none is known to come before. */
  carrier?: true;
}

/** `before` must not be dated after `after`. */
interface Edge {
  before: Node;
  after: Node;
  kind: 'stage' | 'chain' | 'decision';
}

export const rule: Rule = {
  id,
  description:
    'Dates are in the order the model implies: stages of a version, versions along the chain, decisions before what they produced.',
  check(model: Model): Finding[] {
    const out: Finding[] = [];
    const stages = new Map<string, Map<VersionDateField, Node>>();
    for (const v of model.versions.values()) {
      const own = new Map<VersionDateField, Node>();
      stages.set(v.data.id, own);
      const at = versionIndex(model, v.data.id);
      for (const { field, date } of versionDates(v.data)) {
        if (crossedBounds(out, v, field, date)) continue;
        own.set(field, {
          date,
          place: placeOf(v, 'date' in date ? [field, 'date'] : [field]),
          rank: (at + 1) * 10 + VERSION_DATE_FIELDS.indexOf(field),
          version: v,
          field,
        });
      }
    }
    const edges: Edge[] = [];
    for (const own of stages.values()) {
      const list = [...own.values()];
      list.forEach((a, i) => list.slice(i + 1).forEach((b) => edges.push({ before: a, after: b, kind: 'stage' })));
    }
    // Along the chain (only while it is whole: version/chain reports a broken one), each stage of a version
    // against the same and the earlier stages of every version before it.
    if (model.chain.length === model.versions.size) {
      model.chain.forEach((later, j) => {
        for (const earlier of model.chain.slice(0, j)) {
          for (const b of stages.get(later)!.values()) {
            for (const a of stages.get(earlier)!.values()) {
              if (VERSION_DATE_FIELDS.indexOf(a.field!) <= VERSION_DATE_FIELDS.indexOf(b.field!))
                edges.push({ before: a, after: b, kind: 'chain' });
            }
          }
        }
      });
    }
    // An amendment decided after its version and never known before it names the wrong version: one node, at `version`.
    const wrongVersion = new Map<Doc<unknown>, Node>();
    for (const decision of decisionsBehindVersions(model)) {
      const date = meetingDate(model, decision.meeting);
      const version = model.versions.get(decision.version);
      if (!date || !version) continue;
      // A definition whose since names no section of its body has a misspelt since: body/sections' finding.
      if (decision.kind === 'definition' && !definitionSections((decision.doc as TermDoc).sections, decision.version).text) continue;
      let node: Node = { date, place: placeOf(decision.doc, decision.path), rank: -1, version, decision };
      if (decision.kind === 'amendment' && decidedAfterItsVersion(model, decision.doc.data as Amendment)) {
        // Dated by a step that comes after the version (the others' meetings have no fixed date).
        if (wrongVersion.has(decision.doc) || !decidedAfter(model, decision)) continue;
        node = { ...node, place: placeOf(decision.doc, ['version']), carrier: true };
        wrongVersion.set(decision.doc, node);
      }
      for (const field of ['decided', 'issued', 'effective'] as const) {
        const after = stages.get(decision.version)!.get(field);
        if (after) edges.push({ before: node, after, kind: 'decision' });
      }
    }
    blame(
      out,
      model,
      edges.filter((e) => certainlyBefore(e.after.date, e.before.date)),
    );
    return out;
  },
};

/** An unknown date whose bounds cross (notBefore after notAfter): reported, and left out of every ordering. */
function crossedBounds(out: Finding[], v: Doc<GuidelineVersion>, field: VersionDateField, date: DateFact): boolean {
  if ('date' in date || !boundsCrossed(date)) return false;
  out.push(
    finding(
      id,
      placeOf(v, [field, 'notBefore']),
      `「${date.notBefore}」 is after notAfter ${date.notAfter} in the ${field} date of ${v.data.id}; expected notBefore ≤ notAfter`,
      'swap or correct the bounds',
    ),
  );
  return true;
}

/**
 * One finding per fault: the date in the most clashes is blamed first (a decision before a version's date, then
 * the later stage), its clashes are then explained, and so on until none is left.
 */
function blame(out: Finding[], model: Model, clashes: Edge[]): void {
  let open = clashes;
  while (open.length) {
    const degree = new Map<Node, number>();
    for (const e of open) for (const n of [e.before, e.after]) degree.set(n, (degree.get(n) ?? 0) + 1);
    const [node] = [...degree].sort(([a, da], [b, db]) => db - da || Number(!!b.decision) - Number(!!a.decision) || b.rank - a.rank)[0]!;
    const mine = open.filter((e) => e.before === node || e.after === node);
    out.push(report(model, node, mine));
    open = open.filter((e) => e.before !== node && e.after !== node);
  }
}

function report(model: Model, node: Node, clashes: Edge[]): Finding {
  const first = clashes[0]!;
  const late = first.before === node;
  const other = late ? first.after : first.before;
  const more = clashes.length > 1 ? ` (and ${clashes.length - 1} more clash${clashes.length > 2 ? 'es' : ''})` : '';
  if (node.carrier) {
    const d = node.decision!;
    return finding(
      id,
      node.place,
      `「${d.version}」 is the version that carries ${(d.doc.data as Amendment).id}, which was decided at ${d.meeting} (${meetingWords(model, d.meeting)}), after ${describe(model, other, node)}; expected the version its decisions produced`,
      `name the version the amendment goes into (a later one), or check the meetings of its timeline against the minutes`,
    );
  }
  if (node.decision) {
    const d = node.decision;
    return finding(
      id,
      node.place,
      `「${d.meeting}」 (${meetingWords(model, d.meeting)}) is the meeting of ${d.what}, after ${describe(model, other, node)}${more}; expected a decision dated no later than the version it produced`,
      `check the meeting${d.item ? ' and item' : ''} against the minutes, or the date of ${d.version}`,
    );
  }
  const v = node.version.data.id;
  // An unknown date is wrong in the bound the clash crosses: notBefore when it is too late, notAfter when too early.
  const bound = late ? 'notBefore' : 'notAfter';
  const place =
    !('date' in node.date) && node.field && node.date[bound] !== undefined ? placeOf(node.version, [node.field, bound]) : node.place;
  const hint =
    first.kind === 'stage'
      ? "a version is put to public comment, decided, issued and then takes effect: correct whichever date is wrong (an unknown date's notBefore/notAfter too)"
      : first.kind === 'chain'
        ? 'a version comes after the versions it supersedes: check both dates, and supersedes'
        : 'a decision comes before the version it produced: check the date against the sources, or the meeting the decision cites';
  return finding(
    id,
    place,
    `「${showDate(node.date)}」 is the ${node.field} date of ${v}, ${late ? 'after' : 'before'} ${describe(model, other, node)}${more}; expected ${late ? 'no later than' : 'no earlier than'} that`,
    hint,
  );
}

function describe(model: Model, n: Node, from: Node): string {
  if (n.decision) return `${n.decision.meeting} (${meetingWords(model, n.decision.meeting)}), the meeting of ${n.decision.what}`;
  const v = n.version.data.id;
  if (v === from.version.data.id && !from.decision) return `its ${n.field} date ${showDate(n.date)}`;
  return `the ${n.field} date of ${v} (${showDate(n.date)})${from.decision ? '' : relation(model, n.version.data, from.version.data)}`;
}

/** How version `other` stands to version `self` in the chain, for messages. */
function relation(model: Model, other: GuidelineVersion, self: GuidelineVersion): string {
  if (self.supersedes === other.id) return `, the version ${self.id} supersedes`;
  if (other.supersedes === self.id) return `, the version that supersedes ${self.id}`;
  return versionIndex(model, other.id) < versionIndex(model, self.id)
    ? ', an earlier version in the chain'
    : ', a later version in the chain';
}

function meetingWords(model: Model, meetingId: string): string {
  const m = model.meetings.get(meetingId)!.data;
  return `第${m.number}回, ${showDate(m.date)}`;
}
