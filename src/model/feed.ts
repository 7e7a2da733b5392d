/**
 * The Atom feed (/feed.xml): one entry per meeting, guideline version and amendment, with stable tag: ids and
 * dates taken only from the sources.
 *
 * Dates. Atom wants a full timestamp on every entry; our sources give days, months, years or only bounds.
 * - A known date becomes the start of that day in Japan (+09:00). A month or a year becomes the start of that
 *   month or year: the earliest instant the source allows, not a guessed day; the entry text gives the date as
 *   the source does (「2018年4月（推定）」).
 * - An unknown date is dated by the record that bounds it: a meeting known only from later minutes takes the
 *   `notAfter` bound (the meeting whose minutes mention it); a version whose issue date is unknown takes the
 *   date of the meeting that approved it; an amendment takes its latest meeting, else its version's date.
 * - Where no date or bound exists at all, the document gets no entry (rather than an invented date).
 */
import { AMENDMENT_STATE_LABEL, VERSION_STATUS_LABEL } from '../../schemas/index.ts';
import { latestStep } from './amendments.ts';
import { formatDate, knownOrBound, latestDate, timestampOf } from './dates.ts';
import { escapeHtml as xml } from './escape.ts';
import { meetingName } from './meetings.ts';
import type { Model } from './model.ts';
import { routes } from './routes.ts';
import { versionLabel } from './versions.ts';

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
  category: 'meeting' | 'version' | 'amendment';
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

/** The feed for a model; `site` is the absolute URL of the site root. */
export function buildFeed(model: Model, site: URL): Feed {
  const tag = (kind: string, id: string) => `tag:${site.hostname},${TAG_YEAR}:${kind}/${id}`;
  const link = routes(site.href);
  const meetingDate = (id: string | undefined) => {
    const m = id ? model.meetings.get(id) : undefined;
    return m ? knownOrBound(m.data.date) : undefined;
  };
  const entries: FeedEntry[] = [];

  for (const { data: m } of model.meetings.values()) {
    const date = knownOrBound(m.date);
    if (!date) continue;
    const items = [...m.deliberations, ...m.reports].map((i) => i.title);
    entries.push({
      id: tag('meeting', m.id), category: 'meeting',
      title: `${meetingName(m)} MID-NETの利活用に関する有識者会議${m.status === 'draft' ? '（議事概要案）' : ''}`,
      link: link.meeting(m.id),
      updated: timestampOf(date),
      summary: `開催日：${formatDate(m.date)}。${items.length ? `議題：${items.join('／')}` : '議題の記録はありません。'}`,
    });
  }

  for (const id of model.chain) {
    const v = model.versions.get(id)!.data;
    const approved = 'meeting' in v.approvedAt ? meetingDate(v.approvedAt.meeting) : undefined;
    const issued = 'date' in v.issued ? v.issued.date : undefined;
    const date = latestDate([issued, approved]) ?? knownOrBound(v.issued);
    if (!date) continue;
    entries.push({
      id: tag('version', v.id), category: 'version',
      title: `ガイドライン ${v.label}`,
      link: link.version(v.id),
      updated: timestampOf(date),
      summary: `${VERSION_STATUS_LABEL[v.status]}。${v.summary}（通知・公表：${formatDate(v.issued)}）`,
    });
  }

  for (const { data: a } of model.amendments.values()) {
    const last = latestStep(a);
    const version = model.versions.get(a.version)?.data;
    const date = meetingDate(last?.meeting) ?? (version ? knownOrBound(version.issued) : undefined);
    if (!date) continue;
    const state = last ? `（${AMENDMENT_STATE_LABEL[last.state]}）` : '';
    entries.push({
      id: tag('amendment', a.id), category: 'amendment',
      title: `改定事項：${a.title}${state}`,
      link: link.amendment(a.id),
      updated: timestampOf(date),
      summary: `${a.summary}（${versionLabel(model, a.version)}）`,
    });
  }

  entries.sort((x, y) => (x.updated < y.updated ? 1 : x.updated > y.updated ? -1 : x.id < y.id ? -1 : 1));
  return {
    id: `tag:${site.hostname},${TAG_YEAR}:feed`,
    title: 'MID-NET利活用ガイドライン ポータル 更新情報',
    link: site.href,
    self: link.feed,
    updated: entries[0]?.updated ?? timestampOf(`${TAG_YEAR}`),
    entries,
  };
}

/** The feed as Atom 1.0 XML (RFC 4287). */
export function feedToAtom(feed: Feed): string {
  const entries = feed.entries.map((e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.link)}"/>
    <updated>${e.updated}</updated>
    <category term="${e.category}"/>
    <summary type="text">${xml(e.summary)}</summary>
  </entry>`);
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
