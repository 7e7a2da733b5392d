/**
 * Every statement with its basis, in the built HTML (issue #10.2, #10.5, #10.6): wherever the site shows a reading of
 * ours — clause pages and their term tips, term pages, the pre-built 新旧対照表, the checker page, home, banners,
 * the feed — dist/ labels it 推定, on every page that shows it, not on one example; clauses carried over into a
 * revision say so; a clause's paragraphs hold exactly its words; the search index holds no tip, banner, notice or
 * breadcrumb. No browser: these read dist/ as built (the browser views are test/e2e/basis.test.ts). Expectations
 * come from the model, so they follow the content; each fails if its label is removed from the page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtFiles, decodeEntities, parseHtml } from '../../scripts/gates/site.ts';
import { formatDate } from '../../src/model/dates.ts';
import { clauseText } from '../../src/model/clause-text.ts';
import { compareVersions } from '../../src/model/compare.ts';
import { carriedOver } from '../../src/model/history.ts';
import type { ClauseDoc } from '../../src/model/model.ts';
import { currentVersion, definitionAt, documentedStep, revisionUnderWay, versionStanding } from '../../src/model/versions.ts';
import { amendmentsWhere } from '../../src/model/amendments.ts';
import { DIST, model } from './harness.ts';

const pages = new Map<string, HtmlElement>();
/** The built page at a site path, parsed once. */
async function page(path: string): Promise<HtmlElement> {
  let doc = pages.get(path);
  if (!doc) {
    const file = join(DIST, path, path.endsWith('.xml') ? '' : 'index.html');
    doc = await parseHtml(readFileSync(file, 'utf8'), file);
    pages.set(path, doc);
  }
  return doc;
}
const text = (el: HtmlElement | null | undefined): string => decodeEntities(el?.textContent ?? '').replace(/\s+/g, '');
const squash = (s: string): string => s.replace(/\s+/g, '');

const clauses: ClauseDoc[] = [...model.clauses.values()].flatMap((m) => [...m.values()]);
/** The terms a clause uses whose definition, at the clause's version, is our reading. */
const ownInferredTerm = (c: ClauseDoc) =>
  [...new Set(c.refs.flatMap((r) => (r.kind === 'term' ? [r.id] : [])))].filter(
    (id) => definitionAt(model, id, c.version)?.basis === 'inferred',
  );

beforeAll(() => {
  expect(existsSync(join(DIST, 'index.html')), 'dist/ is built (npm run build)').toBe(true);
});

describe('clause pages', () => {
  it('label every reading of ours 当サイトの推定, with each reading, on every clause page that has one', async () => {
    const inferred = clauses.filter((c) => c.data.inferred.length > 0);
    expect(inferred.length).toBeGreaterThan(10);
    for (const c of inferred) {
      const box = (await page(`/guideline/${c.version}/${c.data.id}/`)).querySelector('main .inferred');
      expect(text(box?.querySelector('.inferred-label')), `${c.version}/${c.data.id}`).toBe('当サイトの推定を含みます');
      for (const note of c.data.inferred) expect(text(box), `${c.version}/${c.data.id}`).toContain(squash(note));
    }
  });

  it('give every term tip whose definition is our reading （当サイトの推定）, in the tip and in its hidden text', async () => {
    const users = clauses.filter((c) => ownInferredTerm(c).length > 0);
    expect(users.length).toBeGreaterThan(5);
    for (const c of users) {
      const main = (await page(`/guideline/${c.version}/${c.data.id}/`)).querySelector('main')!;
      for (const termId of ownInferredTerm(c)) {
        const where = `${c.version}/${c.data.id} → ${termId}`;
        const links = main.querySelectorAll(`.clause-body a.term-link[href="/terms/${termId}/"]`);
        expect(links.length, where).toBeGreaterThan(0);
        for (const a of links) {
          expect(decodeEntities(a.getAttribute('data-tip')?.value?.toString() ?? ''), where).toMatch(/（当サイトの推定）$/);
          const described = a.getAttribute('aria-describedby')?.value?.toString() ?? '';
          expect(text(main.querySelector(`[id="${described}"]`)), where).toMatch(/（当サイトの推定）$/);
        }
      }
    }
  });

  it("say that a clause carried over into a revision is the previous version's, on every such clause page (#10.5)", async () => {
    const carried = clauses.filter((c) => carriedOver(model, c.version, c.data.id));
    expect(carried.length).toBeGreaterThan(5);
    for (const c of carried) {
      const note = (await page(`/guideline/${c.version}/${c.data.id}/`)).querySelector('main .carried-note');
      expect(text(note), `${c.version}/${c.data.id}`).toMatch(/前の版（.+）の内容のまま載せています/);
    }
  });

  it("hold exactly the clause's words in each paragraph and list item, on its page and in its version's full text: a copied paragraph has no tip or note in it (#10.6)", async () => {
    let seen = 0;
    for (const c of clauses) {
      const words = squash(clauseText(model, c));
      const own = (await page(`/guideline/${c.version}/${c.data.id}/`)).querySelector('main .clause-body');
      const inVersion = (await page(`/guideline/${c.version}/`)).querySelector(`main [id="c-${c.data.id}"] .clause-body`);
      for (const body of [own, inVersion]) {
        expect(body, `${c.version}/${c.data.id}`).not.toBeNull();
        for (const p of body!.querySelectorAll(':scope > p, :scope > ul > li, :scope > ol > li')) {
          const t = text(p);
          expect(words, `${c.version}/${c.data.id}: 「${t}」`).toContain(t);
          expect(t).not.toMatch(/の定義（.+の時点）：|当サイトの推定/);
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(2 * clauses.length);
  });
});

describe('term pages', () => {
  it('give every definition its basis, 根拠：当サイトの推定 for each of ours, in order', async () => {
    let ours = 0;
    for (const term of model.terms.values()) {
      const blocks = (await page(`/terms/${term.data.id}/`)).querySelectorAll('main .definition');
      expect(blocks.length, term.data.id).toBe(term.data.definitions.length);
      term.data.definitions.forEach((d, i) => {
        const basis = blocks[i]!.querySelectorAll('p.muted')
          .map(text)
          .find((t) => t.startsWith('根拠：'));
        if (d.basis === 'inferred') {
          expect(basis, `${term.data.id} since ${d.since}`).toBe('根拠：当サイトの推定');
          ours++;
        } else expect(basis, `${term.data.id} since ${d.since}`).not.toContain('推定');
      });
    }
    expect(ours).toBeGreaterThan(5);
  });

  it('and the glossary end each definition of ours （当サイトの推定）', async () => {
    const current = currentVersion(model)!.doc.data.id;
    const rows = (await page('/terms/')).querySelectorAll('main table tbody tr');
    let ours = 0;
    for (const term of model.terms.values()) {
      const shown = definitionAt(model, term.data.id, current) ?? term.data.definitions[term.data.definitions.length - 1]!;
      const row = rows.find((r) => text(r.querySelector('th')) === squash(term.data.label));
      const cell = text(row?.querySelector('td[data-label="定義"]'));
      expect(cell, term.data.id).toContain(squash(shown.text));
      if (shown.basis === 'inferred') {
        expect(cell, term.data.id).toMatch(/（当サイトの推定）$/);
        ours++;
      } else expect(cell, term.data.id).not.toContain('推定');
    }
    expect(ours).toBeGreaterThan(3);
  });

  it('never call a version that is not in force 「現在まで」, on any page', async () => {
    for (const term of model.terms.values())
      expect(text((await page(`/terms/${term.data.id}/`)).querySelector('main'))).not.toContain('現在まで');
  });
});

describe('the pre-built 新旧対照表', () => {
  const pairs = model.chain.slice(1).map((to, i) => [model.chain[i]!, to] as const);

  it('labels the readings of each clause ［推定］ in its row, on every page between adjacent versions', async () => {
    let rows = 0;
    for (const [from, to] of pairs) {
      const table = (await page(`/compare/${from}/${to}/`)).querySelector('main table.compare-table')!;
      for (const r of compareVersions(model, from, to).rows) {
        for (const [side, clause] of [
          ['col-new', r.new],
          ['col-old', r.old],
        ] as const) {
          if (!clause || clause.inferred.length === 0) continue;
          const details = table.querySelector(`tr[id="c-${r.id}"] td.${side} details.inferred`);
          expect(text(details?.querySelector('summary')), `${from}→${to} ${r.id} ${side}`).toContain('［推定］');
          for (const note of clause.inferred) expect(text(details)).toContain(squash(note));
          rows++;
        }
      }
    }
    expect(rows).toBeGreaterThan(10);
  });

  it('shows a pending clause as the approved policy in our words, never as 改正後 text, and says when a clause is carried over', async () => {
    const [from, to] = pairs[pairs.length - 1]!;
    const cmp = compareVersions(model, from, to);
    const table = (await page(`/compare/${from}/${to}/`)).querySelector('main table.compare-table')!;
    const pending = cmp.rows.filter((r) => r.new?.provenance === 'pending');
    expect(pending.length).toBeGreaterThan(0);
    for (const r of pending) {
      const row = table.querySelector(`tr[id="c-${r.id}"]`)!;
      expect(text(row.querySelector('td.col-new p')), r.id).toBe(
        '改定案の文言は未公表です。以下は、了承された改定方針を当サイトが要約したもので、改正後の文言ではありません。',
      );
      expect(row.querySelectorAll('ins, del').length, r.id).toBe(0);
    }
    const carried = cmp.rows.filter((r) => r.carried);
    expect(carried.length).toBeGreaterThan(0);
    for (const r of carried)
      expect(text(table.querySelector(`tr[id="c-${r.id}"] td.col-new .carried-label`)), r.id).toContain(
        '改正前の版の内容のまま表示しています',
      );
  });
});

describe('the checker page', () => {
  it('lists every reading of every rule ［推定］ and labels the handling it applies 推定', async () => {
    const main = text((await page('/pubcheck/')).querySelector('main'));
    for (const rule of model.rules.values()) {
      expect(rule.data.inferred.length, rule.data.id).toBeGreaterThan(0);
      for (const note of rule.data.inferred) expect(main, rule.data.id).toContain(squash(`［推定］${note}`));
    }
    expect(main).toMatch(/未満の数をそのまま示さないものとして判定します（推定）/);
  });
});

describe('home', () => {
  it('folds the readings of the current version, the revision under way and its amendments under ［推定］', async () => {
    const main = (await page('/')).querySelector('main')!;
    const details = main.querySelectorAll('details.inferred');
    const summaries = details.map((d) => text(d.querySelector('summary')));
    const all = details.map(text).join('\n');
    const shown = [
      ...currentVersion(model)!.doc.data.inferred,
      ...(revisionUnderWay(model)?.data.inferred ?? []),
      ...amendmentsWhere(model, { version: revisionUnderWay(model)?.data.id ?? '' }).flatMap((a) => a.data.inferred),
    ];
    expect(shown.length).toBeGreaterThan(3);
    for (const note of shown) expect(all).toContain(squash(note));
    for (const s of summaries) expect(s).toMatch(/^［推定］当サイトの推定を含みます（\d+件）$/);
  });
});

describe('banners', () => {
  it('label 推定 the stage of every version whose documented stage is our reading', async () => {
    const inferred = model.chain.filter((id) => {
      const date = documentedStep(model.versions.get(id)!.data).date;
      return date && 'date' in date && date.basis === 'inferred';
    });
    expect(inferred.length).toBeGreaterThan(0);
    for (const id of inferred) {
      const banner = (await page(`/guideline/${id}/`)).querySelector('main [aria-label="この版の状態"]');
      expect(text(banner), id).toContain('（推定）');
    }
  });

  it("say of the revision under way that its clauses are our summary of the approved policy, and carried-over ones the previous version's", async () => {
    const revision = revisionUnderWay(model)!.data;
    expect(versionStanding(model, revision.id)?.kind).toBe('upcoming');
    const banner = text((await page(`/guideline/${revision.id}/`)).querySelector('main [aria-label="この版の状態"]'));
    expect(banner).toContain('了承された改定方針を当サイトが要約したもの');
    expect(banner).toContain('前の版の内容のまま載せています');
  });
});

describe('every built page', () => {
  it('shows a public-comment date as 意見募集, never as a notice, revision or effect date (#10.2)', async () => {
    const drafts = model.chain.map((id) => model.versions.get(id)!.data).filter((v) => v.publicComment && 'date' in v.publicComment);
    expect(drafts.length).toBeGreaterThan(0);
    const html = builtFiles(DIST, 'html').map((p) => ({
      url: p.url,
      body: squash(decodeEntities(readFileSync(p.abs, 'utf8').replace(/<[^>]+>/g, ''))),
    }));
    for (const v of drafts) {
      const date = squash(formatDate(v.publicComment!));
      for (const { url, body } of html) {
        expect(body, `${url}: ${v.id}`).not.toMatch(new RegExp(`(?:通知|施行|改定日|通知日|施行日)[：:]${date}`));
        expect(body, `${url}: ${v.id}`).not.toMatch(
          new RegExp(`${date}）?(?:により改定|に改定|付で改定|付の通知|付で通知|に施行|から施行)`),
        );
      }
    }
  });

  it('calls no version 施行中 that no source puts in force', async () => {
    const current = currentVersion(model)!;
    if (current.effect === 'known') return;
    for (const p of builtFiles(DIST, 'html')) {
      // Words and attributes a reader sees (a table cell's data-label is its label on a phone).
      const html = decodeEntities(readFileSync(p.abs, 'utf8'));
      const seen = squash(html.replace(/<[^>]+>/g, '')) + (html.match(/(?:data-label|title|aria-label)="[^"]*"/g) ?? []).join('');
      expect(seen, p.url).not.toMatch(/施行中(?!（推定）|ではありません)/);
    }
  });
});

describe('the feed', () => {
  it('ends each entry that holds a reading of ours with it, ［推定］', () => {
    const atom = decodeEntities(readFileSync(join(DIST, 'feed.xml'), 'utf8'));
    const entry = (tail: string) => atom.split('<entry>').find((e) => e.includes(`:${tail}</id>`)) ?? '';
    let n = 0;
    for (const v of model.versions.values())
      for (const note of v.data.inferred) {
        expect(entry(`version/${v.data.id}`)).toContain(`［推定］${note}`);
        n++;
      }
    for (const a of model.amendments.values())
      for (const note of a.data.inferred) {
        expect(entry(`amendment/${a.data.id}`)).toContain(`［推定］${note}`);
        n++;
      }
    expect(n).toBeGreaterThan(3);
  });
});

describe('the search index (#10.6)', () => {
  /** Every indexed page's text, as Pagefind stored it (its segmenting marks taken out). */
  const fragments = (): { url: string; content: string }[] => {
    const dir = join(DIST, 'pagefind', 'fragment');
    return readdirSync(dir).map((f) => {
      const raw = gunzipSync(readFileSync(join(dir, f)));
      const json = JSON.parse(raw.subarray(raw.indexOf('{')).toString('utf8')) as { url: string; content: string };
      return { url: json.url, content: json.content.replace(/[\u200b\s]/g, '') };
    });
  };

  it('holds no term tip, banner, notice, carried-over note or breadcrumb of any indexed page', async () => {
    const indexed = fragments();
    expect(indexed.length).toBeGreaterThan(20);
    for (const { url, content } of indexed) {
      const main = (await page(url)).querySelector('body')!;
      const notes = [...main.querySelectorAll('.term-defs > span, .banner, .notice-summary, p.notice, nav.crumbs, .carried-note')]
        .map(text)
        .filter((t) => t.length >= 8);
      for (const t of notes) expect(content, `${url}: 「${t.slice(0, 40)}…」`).not.toContain(t);
    }
  });
});
