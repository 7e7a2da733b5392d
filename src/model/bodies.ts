/**
 * The bodies of meetings and terms read together with their frontmatter: which version a section is read in,
 * the plain texts the model keeps (a meeting item's summary, a definition's text and change), and every body
 * of the content, for the rules that check what bodies refer to.
 */
import type { Root } from 'mdast';
import type {
  Deliberation,
  Meeting,
  MeetingFrontmatter,
  Report,
  SubItem,
  Term,
  TermDefinition,
  TermFrontmatter,
} from '../../schemas/index.ts';
import { bodyText } from './clause-text.ts';
import type { MeetingMention, Reference } from './mdx.ts';
import { meetingItems } from './meetings.ts';
import { memo } from './memo.ts';
import type { MeetingDoc, Model, TermDoc } from './model.ts';
import { sortableDate } from './dates.ts';
import type { BodySection } from './sections.ts';

/** The heading of the section, under a definition, that says what changed from the previous definition. */
export const CHANGE_HEADING = '変更点';

/**
 * The version a meeting's item is read in (its terms' definitions, its clause references): the version its
 * first amendment goes into; else the version approved at the meeting; else the last version issued by the
 * meeting's date; else the latest. Undefined only when there is no version at all.
 */
export function itemVersion(model: Model, meeting: MeetingFrontmatter, itemId?: string): string | undefined {
  const items = [...meeting.deliberations.flatMap((d) => [d, ...d.subItems]), ...meeting.reports];
  const item = itemId ? items.find((i) => i.id === itemId) : undefined;
  for (const a of item?.amendments ?? []) {
    const version = model.amendments.get(a)?.data.version;
    if (version && model.versions.has(version)) return version;
  }
  const approved = model.chain.find((v) => {
    const at = model.versions.get(v)!.data.approvedAt;
    return 'meeting' in at && at.meeting === meeting.id;
  });
  if (approved) return approved;
  const day = sortableDate(meeting.date);
  const issued = day ? model.chain.filter((v) => (sortableDate(model.versions.get(v)!.data.issued) ?? '\uffff') <= day) : [];
  return issued[issued.length - 1] ?? model.chain[model.chain.length - 1];
}

/** The version a section of a meeting (its item's version) or of a term (its definition's `since`) is read in. */
export function sectionVersion(model: Model, doc: MeetingDoc | TermDoc, section: BodySection): string | undefined {
  if ('definitions' in doc.data) return definitionOf(doc as TermDoc, section)?.since ?? doc.data.definitions[0]?.since;
  return itemVersion(model, doc.data as Meeting, section.key);
}

/** The definition a section of a term belongs to: its own `## <since>`, or the one a `### 変更点` sits under. */
function definitionOf(doc: TermDoc, section: BodySection): { since: string } | undefined {
  const i = doc.sections.indexOf(section);
  for (let k = i; k >= 0; k--) {
    const s = doc.sections[k]!;
    if (s.depth <= 2) return doc.data.definitions.find((d) => d.since === s.key);
  }
  return undefined;
}

/** A meeting from its frontmatter: each item gets its text, the plain text of its section (minutes' words). */
export function meetingWithTexts(model: Model, meeting: MeetingFrontmatter, sections: readonly BodySection[]): Meeting {
  const text = (id: string) => {
    const section = sections.find((s) => s.depth > 0 && s.key === id);
    return section ? bodyText(model, section.body, itemVersion(model, meeting, id) ?? '', { quote: true }) : '';
  };
  return {
    ...meeting,
    deliberations: meeting.deliberations.map((d): Deliberation => ({
      ...d,
      summary: text(d.id),
      subItems: d.subItems.map((s): SubItem => ({ ...s, summary: text(s.id) })),
    })),
    reports: meeting.reports.map((r): Report => ({ ...r, summary: text(r.id) })),
  };
}

/** A term from its frontmatter: each definition gets its text (its section) and what changed (`### 変更点`). */
export function termWithTexts(model: Model, term: TermFrontmatter, sections: readonly BodySection[]): Term {
  return {
    ...term,
    definitions: term.definitions.map((d): TermDefinition => {
      const { text, change } = definitionSections(sections, d.since);
      return {
        since: d.since,
        text: text ? bodyText(model, text.body, d.since) : '',
        basis: d.basis,
        provenance: d.provenance,
        ...(d.decidedAt ? { decidedAt: d.decidedAt } : {}),
        ...(change ? { change: bodyText(model, change.body, d.since) } : {}),
        ...(d.note !== undefined ? { note: d.note } : {}),
        sources: d.sources,
      };
    }),
  };
}

/** The sections of one definition of a term: its text (`## <since>`) and, if any, its change (`### 変更点` under it). */
export function definitionSections(sections: readonly BodySection[], since: string): { text?: BodySection; change?: BodySection } {
  const at = sections.findIndex((s) => s.depth === 2 && s.key === since);
  if (at < 0) return {};
  let change: BodySection | undefined;
  for (const s of sections.slice(at + 1)) {
    if (s.depth <= 2) break;
    if (s.key === CHANGE_HEADING) change ??= s;
  }
  return { text: sections[at]!, ...(change ? { change } : {}) };
}

/** A body somewhere in the content, with what its references are read against. */
export interface ContentBody {
  kind: 'clause' | 'meeting' | 'term';
  file: string;
  /** The version its references resolve in (a clause's own, a meeting item's, a definition's `since`). */
  version: string | undefined;
  body: Root;
  refs: Reference[];
  /** The body transcribes a source (a meeting's minutes): components only mark words. */
  quote: boolean;
  /**
   * The section belongs to an item or a definition of the frontmatter (a clause's body always does). A stray
   * section is body/sections' finding; a rule that judges a body by its version may leave it out.
   */
  placed: boolean;
}

/** Every body of the content: each clause, each section of each meeting and term. */
export function* allBodies(model: Model): Generator<ContentBody> {
  for (const clauses of model.clauses.values()) {
    for (const c of clauses.values())
      yield { kind: 'clause', file: c.file, version: c.version, body: c.body, refs: c.refs, quote: false, placed: true };
  }
  for (const m of model.meetings.values()) {
    const items = new Set(meetingItems(m.data).map((i) => i.id));
    for (const s of m.sections)
      yield {
        kind: 'meeting',
        file: m.file,
        version: sectionVersion(model, m, s),
        body: s.body,
        refs: s.refs,
        quote: true,
        placed: items.has(s.key),
      };
  }
  for (const t of model.terms.values()) {
    for (const s of t.sections)
      yield {
        kind: 'term',
        file: t.file,
        version: sectionVersion(model, t, s),
        body: s.body,
        refs: s.refs,
        quote: false,
        placed: definitionOf(t, s) !== undefined,
      };
  }
}

/** A 「第N回（date）」 somewhere in the content: a body or a YAML string. */
export interface DatedMention {
  file: string;
  mention: Omit<MeetingMention, 'kind'> & { date: NonNullable<MeetingMention['date']> };
}

/** Every mention of a meeting written with a date (第31回（2026年2月17日）), by meeting number, in file order. */
export const datedMentions: (model: Model) => ReadonlyMap<number, readonly DatedMention[]> = memo((model: Model) => {
  const byNumber = new Map<number, DatedMention[]>();
  const add = (file: string, mention: Omit<MeetingMention, 'kind'>) => {
    if (!mention.date) return;
    const list = byNumber.get(mention.number) ?? [];
    list.push({ file, mention: mention as DatedMention['mention'] });
    byNumber.set(mention.number, list);
  };
  for (const body of allBodies(model)) for (const ref of body.refs) if (ref.kind === 'meeting-mention') add(body.file, ref);
  for (const m of model.mentions) add(m.file, m);
  return byNumber;
});
