/** Tests of the Atom feed: stable ids, dates only from the sources (or their bounds), valid Atom structure. */
import { describe, expect, it } from 'vitest';
import { formatDate, timestampOf } from '../../src/model/dates.ts';
import { buildClauseFeed, buildFeed, feedToAtom } from '../../src/model/feed.ts';
import { clauseHistory } from '../../src/model/history.ts';
import { loadModel } from '../../src/model/load.ts';

const site = new URL('https://midnet-guideline.example.jp/');
const { model } = loadModel('test/fixtures/compare/content');
const feed = buildFeed(model, site.href);
const entry = (id: string) => feed.entries.find((e) => e.id === id);

describe('timestampOf', () => {
  it('turns a day, a month or a year into the start of that period in Japan time', () => {
    expect(timestampOf('2026-02-17')).toBe('2026-02-17T00:00:00+09:00');
    expect(timestampOf('2023-05')).toBe('2023-05-01T00:00:00+09:00');
    expect(timestampOf('2021')).toBe('2021-01-01T00:00:00+09:00');
  });
});

describe('buildFeed', () => {
  it('gives every meeting, version and amendment a tag: id that does not depend on page paths', () => {
    expect(feed.entries.map((e) => e.id).sort()).toEqual([
      'tag:midnet-guideline.example.jp,2026:amendment/secretariat-publication',
      'tag:midnet-guideline.example.jp,2026:amendment/statistics-2023',
      'tag:midnet-guideline.example.jp,2026:amendment/utilization-definition',
      'tag:midnet-guideline.example.jp,2026:meeting/m30',
      'tag:midnet-guideline.example.jp,2026:meeting/m31',
      'tag:midnet-guideline.example.jp,2026:version/r2021-02',
      'tag:midnet-guideline.example.jp,2026:version/r2023-05',
      'tag:midnet-guideline.example.jp,2026:version/r2026',
    ]);
  });

  it('dates a meeting of unknown date by the bound its later record gives, and says the date is unknown', () => {
    const m30 = entry('tag:midnet-guideline.example.jp,2026:meeting/m30')!;
    expect(m30.updated).toBe('2026-02-17T00:00:00+09:00');
    expect(m30.summary).toContain('不明');
  });

  it('dates a version with no issue date by the meeting that approved it', () => {
    expect(entry('tag:midnet-guideline.example.jp,2026:version/r2026')!.updated).toBe('2026-02-17T00:00:00+09:00');
    expect(entry('tag:midnet-guideline.example.jp,2026:version/r2023-05')!.updated).toBe('2023-05-01T00:00:00+09:00');
  });

  it('dates an amendment by its latest meeting, else by its version', () => {
    expect(entry('tag:midnet-guideline.example.jp,2026:amendment/secretariat-publication')!.updated).toBe('2026-02-17T00:00:00+09:00');
    expect(entry('tag:midnet-guideline.example.jp,2026:amendment/statistics-2023')!.updated).toBe('2023-05-01T00:00:00+09:00');
  });

  it('puts the newest entries first and dates the feed by its newest entry', () => {
    const dates = feed.entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.updated).toBe(dates[0]);
  });
});

describe('feedToAtom', () => {
  const atom = feedToAtom(feed);
  it('writes the elements Atom requires (id, title, updated, author, self link) and one entry per document', () => {
    expect(atom).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ja">/);
    for (const el of [
      '<id>tag:',
      '<title>',
      '<updated>',
      '<author><name>',
      '<link rel="self" type="application/atom+xml" href="https://midnet-guideline.example.jp/feed.xml"/>',
    ]) {
      expect(atom).toContain(el);
    }
    expect(atom.match(/<entry>/g)).toHaveLength(feed.entries.length);
  });

  it('escapes text so that markup in titles cannot break the XML', () => {
    const custom = feedToAtom({ ...feed, entries: [{ ...feed.entries[0]!, title: 'A & <B>' }] });
    expect(custom).toContain('<title>A &amp; &lt;B&gt;</title>');
  });
});

describe("without the site's address (SITE_URL unset)", () => {
  const relative = buildFeed(model, '/');
  it("links relative to the site's root and keeps the same ids", () => {
    expect(relative.self).toBe('/feed.xml');
    expect(relative.entries.every((e) => e.link.startsWith('/') && !e.link.includes('//'))).toBe(true);
    expect(relative.entries.map((e) => e.id).sort()).toEqual(feed.entries.map((e) => e.id).sort());
  });
});

describe('buildClauseFeed', () => {
  const history = clauseHistory(model, 'publication.small-counts');
  const clauseFeed = buildClauseFeed(model, 'publication.small-counts', site.href);
  it('has one entry per version in which the clause came, changed, moved or went, with ids that name clause and version', () => {
    const changed = history.entries.filter((e) => e.kind !== 'unchanged' && e.kind !== 'absent').map((e) => e.version);
    expect(changed.length).toBeGreaterThan(0);
    expect(clauseFeed.entries.map((e) => e.id).sort()).toEqual(
      changed.map((v) => `tag:midnet-guideline.example.jp,2026:clause/publication.small-counts/${v}`).sort(),
    );
    expect(clauseFeed.self).toBe('https://midnet-guideline.example.jp/feeds/clauses/publication.small-counts.xml');
  });

  it('dates each entry like its version in the site feed and links to the clause in that version', () => {
    for (const e of clauseFeed.entries) {
      const version = e.id.split('/').at(-1)!;
      expect(e.updated).toBe(entry(`tag:midnet-guideline.example.jp,2026:version/${version}`)!.updated);
      expect(e.link).toMatch(new RegExp(`/guideline/${version}/`));
    }
  });

  it('is valid Atom like the site feed', () => {
    expect(feedToAtom(clauseFeed)).toContain('<category term="clause"/>');
  });
});

describe('buildFeed on the real content: each version by what the sources document', () => {
  const real = buildFeed(loadModel().model, site.href);
  const version = (id: string) => real.entries.find((e) => e.id === `tag:midnet-guideline.example.jp,2026:version/${id}`)!;

  it('dates a public-comment draft by its public comment, says so, and never calls it a notice or in force', () => {
    const draft = version('r2023-05');
    expect(draft.updated).toBe('2023-05-08T00:00:00+09:00');
    expect(
      draft.summary.startsWith(
        `公開資料で確認できる最新の版（施行日不明）。意見募集：${formatDate({ date: '2023-05-08', basis: 'fact' })}。`,
      ),
    ).toBe(true);
    expect(real.entries.map((e) => e.summary).join('\n')).not.toMatch(/通知・公表|施行中/);
  });

  it('labels a stage we only infer 推定, where the entry gives it', () => {
    expect(version('r2018-04').summary).toContain(`施行：${formatDate({ date: '2018-04', basis: 'inferred' })}`);
    expect(version('r2018-04').summary).toContain('（推定）');
  });

  it('labels every reading of ours ［推定］ in the entry of the version, amendment or clause that holds it', () => {
    const m = loadModel().model;
    /** The readings an entry labels: each note after its ［推定］, in order. */
    const readings = (summary: string) => summary.split('［推定］').length - 1;
    const labels = (summary: string, notes: readonly string[]) => {
      expect(readings(summary)).toBe(notes.length);
      for (const n of notes) expect(summary).toContain(`［推定］${n}`);
    };
    let labelled = 0;
    for (const v of m.versions.values()) {
      const e = real.entries.find((x) => x.id.endsWith(`:version/${v.data.id}`));
      if (!e || v.data.inferred.length === 0) continue;
      expect(e.summary, v.data.id).toContain('当サイトの推定を含みます');
      labels(e.summary, v.data.inferred);
      labelled++;
    }
    for (const a of m.amendments.values()) {
      const e = real.entries.find((x) => x.id.endsWith(`:amendment/${a.data.id}`))!;
      if (a.data.inferred.length === 0) expect(e.summary).not.toContain('推定');
      else {
        labels(e.summary, a.data.inferred);
        labelled++;
      }
    }
    expect(labelled).toBeGreaterThan(2);
    const clause = [...m.clauses.get('r2026')!.values()].find((c) => c.data.inferred.length > 0 && c.data.provenance === 'pending')!;
    const clauseEntry = buildClauseFeed(m, clause.data.id, site.href).entries.find((e) => e.id.endsWith(`/${clause.data.id}/r2026`))!;
    labels(clauseEntry.summary, clause.data.inferred);
  });

  it('keeps the amendments of public-comment drafts, dated by the public comment', () => {
    const ncda = real.entries.find((e) => e.id.endsWith(':amendment/r2023-05-ncda-link'))!;
    expect(ncda.updated).toBe('2023-05-08T00:00:00+09:00');
  });
});
