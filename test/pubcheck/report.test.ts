/** The report: status in text as well as class, escaped values, no inline styles, links only with a base. */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pubcheck/check.ts';
import { renderReport, reportDocument, toReport } from '../../src/pubcheck/report.ts';
import { fixtureBundle, solver, tsv } from './helpers.ts';

const bundle = fixtureBundle();
const highs = await solver();
const report = (text: string) => toReport(check(highs, bundle, text, { details: true, purpose: 'safety-measures', venue: '学会発表' }), bundle, '2026-03-01T00:00:00.000Z');

describe('report', () => {
  const r = report(tsv([[3, 25], [12, 14]], { total: true, rows: ['<b>男性</b>', '女性'] }));
  const html = renderReport(r, { linkBase: '/base/' });

  it('marks every suppressed cell with text, not only a class', () => {
    expect(html).toContain('3 <span class="pc-mark pc-mark-primary">［一次秘匿］</span>');
    expect(html).toContain('［二次秘匿］');
  });
  it('escapes labels and values', () => {
    expect(html).toContain('&lt;b&gt;男性&lt;/b&gt;');
    expect(html).not.toContain('<b>男性</b>');
  });
  it('has no style attributes (the site CSP forbids them)', () => {
    expect(html).not.toMatch(/\sstyle=/);
  });
  it('links clauses under the base, and gives the path as text without one', () => {
    expect(html).toContain('href="/base/guideline/r2026/publication.small-counts/"');
    expect(renderReport(r)).not.toContain('href=');
    expect(renderReport(r)).toContain('（/guideline/r2026/publication.small-counts/）');
  });
  it('shows inferences and assumptions as such', () => {
    expect(html).toContain('［推定］');
    expect(html).toContain('［仮定］');
  });
  it('uses real table headers', () => {
    expect(html).toContain('<th scope="row" class="pc-h-item pc-depth-0">女性</th>');
    expect(html).toContain('<caption>');
  });
  it('records the context, including the venue, in the JSON', () => {
    expect(r.context).toEqual({ purpose: 'safety-measures', purposeLabel: '医薬品等の安全対策', details: true, venue: '学会発表' });
  });
  it('is a whole document for saving', () => {
    expect(reportDocument(r)).toMatch(/^<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>公表基準チェック結果（2026-03-01T00:00:00.000Z）<\/title>/);
  });
  it('lists input errors with their place', () => {
    const bad = renderReport(report('\tA\nx\t多数\n'));
    expect(bad).toContain('表1・2行目: 行「x」・列「A」: 患者数のはずのセルに文字「多数」があります');
  });
});
