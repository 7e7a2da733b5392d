/**
 * The Atom feed (/feed.xml): one entry per meeting, guideline version and amendment, with stable tag: ids and
 * dates taken only from the sources.
 *
 * Dates. Atom wants a full timestamp on every entry; our sources give days, months, years or only bounds.
 * - A known date becomes the start of that day in Japan (+09:00). A month or a year becomes the start of that
 *   month or year: the earliest instant the source allows, not a guessed day; the entry text gives the date as
 *   the source does (「2018年4月（推定）」).
 * - An unknown date is dated by the record that bounds it: a meeting known only from later minutes takes the
 *   `notAfter` bound (the meeting whose minutes mention it); a version takes the date of the furthest stage the
 *   sources document (意見募集, 通知, 施行 …, each by its own date) or of the meeting that approved its policy; an
 *   amendment takes its latest meeting, else its version's date.
 * - Where no date or bound exists at all, the document gets no entry (rather than an invented date).
 */
import { AMENDMENT_STATE_LABEL, type PartialDate } from '../../schemas/index.ts';
import { latestStep } from './amendments.ts';
import { clauseTitle } from './clause-title.ts';
import { CLAUSE_DIFFERENCE_LABEL, rowLabel } from './comparison.ts';
import { formatDate, knownOrBound, latestDate, timestampOf } from './dates.ts';
import { escapeHtml as xml } from './escape.ts';
import { CLAUSE_CHANGE_LABEL, clauseHistory } from './history.ts';
import { meetingName } from './meetings.ts';
import type { Model } from './model.ts';
import { routes } from './routes.ts';
import { VERSION_STATUS_LABEL } from './stages.ts';
import { documentedStep, standingLabel, versionLabel, versionStanding, type Step } from './versions.ts';

export interface FeedEntry {
  /** tag: URI, stable across site moves of the pages. */
  id: string;
  title: string;
  /** Absolute URL of the page. */
  link: string;
  /** RFC 3339 timestamp. */
  updated: string;
  summary: string;
  /** Kind of document, used as the Atom category. */
  category: 'meeting' | 'version' | 'amendment' | 'clause';
}

export interface Feed {
  id: string;
  title: string;
  /** The site root (absolute, ending in "/"). */
  link: string;
  self: string;
  updated: string;
  entries: FeedEntry[];
}

/** The year our tag: ids were minted; never change it, or every reader sees every entry as new. */
const TAG_YEAR = '2026';
/**
 * The name our tag: ids are minted under. It is an identifier, not an address: it stays the same whatever
 * SITE_URL the site is published at (or none), so that moving the site never makes old entries look new.
 */
const TAG_AUTHORITY = 'midnet-guideline.example.jp';
const tag = (path: string) => `tag:${TAG_AUTHORITY},${TAG_YEAR}:${path}`;

/** The date of a meeting for a feed: its date, else the bound its record gives. */
function meetingDate(model: Model, id: string | undefined): PartialDate | undefined {
  const m = id ? model.meetings.get(id) : undefined;
  return m ? knownOrBound(m.data.date) : undefined;
}

/**
 * The date of a version for a feed: the later of the date of the furthest stage the sources document (each stage
 * by its own date: a public-comment date is 意見募集, never a 通知日) and the date of the meeting that approved it,
 * else the bound that stage's date gives.
 */
function versionDate(model: Model, versionId: string): PartialDate | undefined {
  const v = model.versions.get(versionId)?.data;
  if (!v) return undefined;
  const approved = 'meeting' in v.approvedAt ? meetingDate(model, v.approvedAt.meeting) : undefined;
  const step = documentedStep(v);
  const stepDate = step.date && 'date' in step.date ? step.date.date : undefined;
  return latestDate([stepDate, approved]) ?? (step.date && knownOrBound(step.date)) ?? knownOrBound(v.issued);
}

/** A version's standing and documented stage, as an entry's summary begins: 「以前の版。意見募集：2021年10月1日。」 */
function versionLead(model: Model, versionId: string): string {
  const v = model.versions.get(versionId)!.data;
  const standing = versionStanding(model, versionId);
  const step: Step = documentedStep(v);
  return (
    `${standing ? standingLabel(standing) : VERSION_STATUS_LABEL[v.status]}。` +
    (step.date ? `${VERSION_STATUS_LABEL[step.stage]}：${formatDate(step.date)}。` : '')
  );
}

/**
 * Our readings in a document, as an entry's summary ends: 「（当サイトの推定を含みます：［推定］…／［推定］…）」, or ''.
 * A feed reader shows the summary alone, so the readings go with it, labelled as ours.
 */
export function inferredTail(notes: readonly string[]): string {
  return notes.length ? `（当サイトの推定を含みます：${notes.map((n) => `［推定］${n}`).join('／')}）` : '';
}

/**
 * The feed for a model. `root` is the site's root (site-url.ts): absolute when the site's address is known,
 * else root-relative, and the entries' links follow it.
 */
export function buildFeed(model: Model, root: string): Feed {
  const link = routes(root);
  const entries: FeedEntry[] = [];

  for (const { data: m } of model.meetings.values()) {
    const date = knownOrBound(m.date);
    if (!date) continue;
    const items = [...m.deliberations, ...m.reports].map((i) => i.title);
    entries.push({
      id: tag(`meeting/${m.id}`),
      category: 'meeting',
      title: `${meetingName(m)} MID-NETの利活用に関する有識者会議${m.status === 'draft' ? '（議事概要案）' : ''}`,
      link: link.meeting(m.id),
      updated: timestampOf(date),
      summary: `開催日：${formatDate(m.date)}。${items.length ? `議題：${items.join('／')}` : '議題の記録はありません。'}`,
    });
  }

  for (const id of model.chain) {
    const v = model.versions.get(id)!.data;
    const date = versionDate(model, id);
    if (!date) continue;
    entries.push({
      id: tag(`version/${v.id}`),
      category: 'version',
      title: `ガイドライン ${v.label}`,
      link: link.version(v.id),
      updated: timestampOf(date),
      summary: `${versionLead(model, v.id)}${v.summary}${inferredTail(v.inferred)}`,
    });
  }

  for (const { data: a } of model.amendments.values()) {
    const last = latestStep(a);
    const version = model.versions.get(a.version)?.data;
    const date = meetingDate(model, last?.meeting) ?? (version ? versionDate(model, a.version) : undefined);
    if (!date) continue;
    const state = last ? `（${AMENDMENT_STATE_LABEL[last.state]}）` : '';
    entries.push({
      id: tag(`amendment/${a.id}`),
      category: 'amendment',
      title: `改定事項：${a.title}${state}`,
      link: link.amendment(a.id),
      updated: timestampOf(date),
      summary: `${a.summary}（${versionLabel(model, a.version)}）${inferredTail(a.inferred)}`,
    });
  }

  return {
    id: tag('feed'),
    title: 'MID-NET利活用ガイドライン ポータル 更新情報',
    link: link.home,
    self: link.feed,
    ...newestFirst(entries),
  };
}

/** Entries newest first, and the feed's `updated`: its newest entry's. */
function newestFirst(entries: FeedEntry[]): { updated: string; entries: FeedEntry[] } {
  entries.sort((x, y) => (x.updated < y.updated ? 1 : x.updated > y.updated ? -1 : x.id < y.id ? -1 : 1));
  return { updated: entries[0]?.updated ?? timestampOf(`${TAG_YEAR}`), entries };
}

/**
 * One clause's feed: an entry for each version in which the clause appeared, changed, moved or went away (the
 * same rows as its history, src/model/history.ts), dated like that version's entry in the site feed, linking to
 * the clause in that version. Ids `tag:…:clause/<clause>/<version>` never change.
 */
export function buildClauseFeed(model: Model, clauseId: string, root: string): Feed {
  const link = routes(root);
  const history = clauseHistory(model, clauseId);
  const latest = [...history.entries].reverse().find((e) => e.clause)?.clause;
  const name = latest ? clauseTitle(latest.data) : clauseId;
  const entries: FeedEntry[] = [];
  for (const e of history.entries) {
    // A clause carried over unchanged (no amendment covers it) did not change in that version either.
    if (e.kind === 'unchanged' || e.kind === 'carried' || e.kind === 'absent') continue;
    const date = versionDate(model, e.version);
    if (!date) continue;
    const v = model.versions.get(e.version)!.data;
    const what = e.kind === 'added' && !e.previous ? '制定' : e.row ? rowLabel(e.row) : CLAUSE_CHANGE_LABEL[e.kind];
    const differences = e.differences.length ? `（変わったもの：${e.differences.map((d) => CLAUSE_DIFFERENCE_LABEL[d]).join('、')}）` : '';
    const amendments = e.amendments.map((a) => a.data.title);
    entries.push({
      id: tag(`clause/${clauseId}/${e.version}`),
      category: 'clause',
      title: `「${name}」${what}：${v.label}`,
      link: e.clause ? link.clause(e.version, clauseId) : link.version(e.version),
      updated: timestampOf(date),
      summary:
        `${v.label}で${what}${differences}。` +
        (amendments.length ? `改定事項：${amendments.join('／')}。` : '') +
        `この版は${versionLead(model, e.version)}` +
        inferredTail(e.clause?.data.inferred ?? []),
    });
  }
  return {
    id: tag(`clause/${clauseId}`),
    title: `「${name}」の変更 — MID-NET利活用ガイドライン ポータル`,
    link: link.guideline,
    self: link.clauseFeed(clauseId),
    ...newestFirst(entries),
  };
}

/** The feed as Atom 1.0 XML (RFC 4287). */
export function feedToAtom(feed: Feed): string {
  const entries = feed.entries.map(
    (e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>
    <updated>${e.updated}</updated>
    <category term="${e.category}"/>
    <summary type="text">${xml(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">
  <id>${xml(feed.id)}</id>
  <title>${xml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.link)}"/>
  <updated>${feed.updated}</updated>
  <author><name>MID-NET利活用ガイドライン ポータル（非公式）</name></author>
${entries.join('\n')}
</feed>
`;
}
