/** Tests of the 新旧対照表 markup: column order, change marks with their hidden text, row labels, escaping. */
import { describe, expect, it } from 'vitest';
import { compareView, h, markupToHtml } from '../../../src/components/compare/markup.ts';
import { compareVersions } from '../../../src/model/compare.ts';
import { loadModel } from '../../../src/model/load.ts';

const { model } = loadModel('test/fixtures/compare/content');
const html = markupToHtml(compareView(compareVersions(model, 'r2021-02', 'r2023-05'), { base: '/' }));
const row = (id: string) => html.match(new RegExp(`<tr id="c-${id.replace('.', '\\.')}"[^>]*>.*?</tr>`))?.[0] ?? '';

describe('compareView', () => {
  it('puts 改正後 on the left and 改正前 on the right, under a caption', () => {
    expect(html).toMatch(/<caption>新旧対照表 — 改正後：2023年5月改定／改正前：令和3年2月改定<\/caption>/);
    expect(html).toContain(
      '<thead><tr><th scope="col">条項</th><th scope="col">改正後（2023年5月改定）</th><th scope="col">改正前（令和3年2月改定）</th></tr></thead>',
    );
  });

  it('marks inserted words in the new column and deleted words in the old one, with text for screen readers', () => {
    const definitions = row('definitions');
    const [, newCell, oldCell] = definitions.split(/<td /);
    expect(newCell).toContain(
      '<ins class="diff"><span class="visually-hidden">〔追加：</span>し、その結果を得る<span class="visually-hidden">〕</span></ins>',
    );
    expect(newCell).not.toContain('<del');
    expect(oldCell).toContain(
      '<del class="diff"><span class="visually-hidden">〔削除：</span>する<span class="visually-hidden">〕</span></del>',
    );
  });

  it('says in words what happened to each row, and links a merged clause to where it went', () => {
    expect(row('purpose')).toContain('class="row-unchanged is-unchanged"');
    expect(row('statistics-moved-out')).toContain('（新設）');
    expect(row('data-handling.old-rule')).toContain('（削除）');
    expect(row('publication.secretariat')).toContain('統合先：<a href="#c-publication.review">第3 1. 公表前の審査</a>');
    expect(row('publication.small-counts')).toMatch(/<span class="status status-moved">移動<\/span>/);
  });

  it('says when a clause is gone without a removal record', () => {
    const m = loadModel('test/fixtures/compare/content').model;
    m.clauses.get('r2023-05')!.delete('purpose');
    const gone = markupToHtml(compareView(compareVersions(m, 'r2021-02', 'r2023-05'), { base: '/' }));
    expect(gone).toMatch(/<tr id="c-purpose"[^>]*>.*（削除）.*削除の記録がありません。.*?<\/tr>/);
    expect(row('data-handling.old-rule')).not.toContain('削除の記録がありません');
  });

  it('offers 「変更箇所のみ」 as a checkbox and lists the changed clauses as links', () => {
    expect(html).toContain('<input type="checkbox" id="only-changes" class="only-changes">');
    expect(html).toContain('<a href="#c-definitions">第2 定義（改正）</a>');
  });
});

describe('compareView: words that are not a published text', () => {
  const pendingHtml = markupToHtml(compareView(compareVersions(model, 'r2023-05', 'r2026'), { base: '/' }));
  const pendingRow = (id: string) => pendingHtml.match(new RegExp(`<tr id="c-${id.replace('.', '\\.')}"[^>]*>.*?</tr>`))?.[0] ?? '';

  it('shows a pending clause as the approved policy in our words, labelled at the top of the cell and never underlined', () => {
    const [header, newCell, oldCell] = pendingRow('publication.small-counts').split(/<td /);
    expect(header).toContain('改正（文言未公表）');
    expect(newCell).toMatch(
      /^class="col-new[^"]*"[^>]*><p class="cell-label pending-label">改定案の文言は未公表です。以下は、了承された改定方針を当サイトが要約したもので、改正後の文言ではありません。<\/p><p class="clause-head">/,
    );
    expect(newCell).not.toMatch(/<ins|<del/);
    expect(oldCell).not.toMatch(/<ins|<del/);
  });

  it('says a clause outside the approved policy is shown as in the previous version', () => {
    const purpose = pendingRow('purpose');
    expect(purpose).toContain('<span class="status status-carried">改定方針の対象外（前の版のまま）</span>');
    expect(purpose).toContain(
      '<p class="cell-label carried-label">了承された改定方針は、この条項に触れていません。改正前の版の内容のまま表示しています（改定されないとは限りません）。</p>',
    );
    expect(pendingHtml).toContain('変更なし 3（うち前の版のまま 3）');
    expect(row('purpose')).toContain('この版でこの条項が変わったかは、公開資料で確認できていません。');
  });

  it('labels our readings in a clause 推定, in both columns', () => {
    const [, newCell, oldCell] = pendingRow('definitions').split(/<td /);
    for (const cell of [newCell, oldCell]) {
      expect(cell).toMatch(
        /<details class="inferred"><summary>［推定］当サイトの推定を含みます（1件）<\/summary><ul><li>[^<]+<\/li><\/ul><\/details>/,
      );
    }
  });
});

describe('markupToHtml', () => {
  it('escapes text and attributes and writes void elements without end tags', () => {
    expect(markupToHtml(h('p', { title: 'a"b' }, '<script>&', h('br')))).toBe('<p title="a&quot;b">&lt;script&gt;&amp;<br></p>');
  });
});
